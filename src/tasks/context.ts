// What the task sources share: the client's task operations, the clock, the run's identity.

import type { TaskOperations } from '../bkflow/operations.js'
import type { TaskExpectation, TaskResult } from '../model.js'
import { errorResult, newTracker } from '../poll/outcome.js'

/** The part of the client that creates, starts, revokes and lists tasks. */
export type TaskDriver = Pick<
  TaskOperations,
  'createTask' | 'startTask' | 'revokeTask' | 'listTasks'
>

export interface SourceOptions {
  driver: TaskDriver
  now: () => number
  signal?: AbortSignal
  /** Ends default task names, `<label> <runName>`: GITHUB_RUN_ID in the action, else a time. */
  runName: string
  /** One line per step, for the log; never holds a variable's value. */
  emit?: (message: string) => void
}

/**
 * How long a source may retry one request (a start, a list page): bounded well under a task's
 * timeout, so a BKFlow outage ends as an error rather than eating the whole wait.
 */
export const SOURCE_REQUEST_BUDGET_MS = 2 * 60_000

/** The deadline of a source's requests for this entry. */
export function sourceDeadline(task: TaskExpectation, now: number): number {
  return now + Math.min(task.timeoutMs, SOURCE_REQUEST_BUDGET_MS)
}

/** An entry whose source found no task to check: `error`, never pass, with what to fix. */
export function sourceError(
  task: TaskExpectation,
  error: { kind: string; message: string },
  at: number,
  cancelled = false
): TaskResult {
  return { ...errorResult(newTracker(task, at), error, at), cancelled }
}
