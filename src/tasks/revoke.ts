// `on-cancel: revoke`: when the job is cancelled, or a task this run created timed out, revoke the
// tasks this run created, within a short budget (the runner kills the job soon after a cancel).
// Only tasks the run created are ever touched.

import { TERMINAL_STATES, type RunResult, type TaskExpectation, type TaskResult } from '../model.js'
import { toClientFailure } from '../poll/failure.js'
import type { TaskDriver } from './context.js'

/** What `on-cancel` may say: leave created tasks running (default), or revoke them. */
export const ON_CANCEL = ['leave', 'revoke'] as const
export type OnCancel = (typeof ON_CANCEL)[number]

/** Time for all revokes together: inside the runner's grace after a cancel. */
export const REVOKE_BUDGET_MS = 1000

export interface RevokeOptions {
  driver: TaskDriver
  now: () => number
  /** Real-time bound of the whole step (the client's clock may be a test's). */
  budgetMs?: number
  emit?: (message: string) => void
}

/**
 * Whether a created task is to be revoked: on a cancel every one not seen to end, otherwise the
 * ones that timed out.
 */
function shouldRevoke(result: TaskResult, run: RunResult): boolean {
  if (result.state !== null && TERMINAL_STATES.has(result.state)) return false
  return run.cancelled || result.verdict === 'pending'
}

/**
 * Revokes the tasks of `created` that the run's end calls for, and returns the run with each
 * one's outcome on its result. Never throws; a revoke that fails is said, not retried past the budget.
 */
export async function revokeCreated(
  run: RunResult,
  created: readonly TaskExpectation[],
  options: RevokeOptions
): Promise<RunResult> {
  const budgetMs = options.budgetMs ?? REVOKE_BUDGET_MS
  const ours = new Set(created.map((task) => task.key))
  const targets = run.tasks.filter((r) => ours.has(r.task.key) && shouldRevoke(r, run))
  if (targets.length === 0) return run
  const signal = AbortSignal.timeout(budgetMs)
  const call = { deadline: options.now() + budgetMs, signal }
  const outcomes = new Map<TaskResult, NonNullable<TaskResult['revoke']>>()
  await Promise.all(
    targets.map(async (result) => {
      const { taskId, spaceId, label } = result.task
      const name = label ? `${label}: task ${taskId}` : `task ${taskId}`
      let outcome: NonNullable<TaskResult['revoke']>
      try {
        const done = await options.driver.revokeTask(
          { taskId, ...(spaceId !== undefined && { spaceId }) },
          result.task.source?.kind === 'create' ? result.task.source.creator : undefined,
          call
        )
        outcome = {
          revoked: true,
          message: done === 'revoked' ? 'revoked (on-cancel: revoke)' : 'already revoked'
        }
      } catch (error: unknown) {
        outcome = { revoked: false, message: `not revoked: ${toClientFailure(error).message}` }
      }
      outcomes.set(result, outcome)
      options.emit?.(`${name} ${outcome.message}`)
    })
  )
  return {
    ...run,
    tasks: run.tasks.map((r) => {
      const revoke = outcomes.get(r)
      return revoke ? { ...r, revoke } : r
    })
  }
}
