// New ways to find a task are sources, not branches (style.md): `create:` and `select:` entries
// are turned into concrete tasks before polling, so the scheduler keeps one job. A source that
// finds no task yields an `error` result in the entry's place.

import {
  OPERATION_ENDPOINTS,
  overallResult,
  type Endpoint,
  type OperationEndpoint,
  type RunResult,
  type Spec,
  type TaskExpectation,
  type TaskResult
} from '../model.js'
import { pollTasks, type PollOptions } from '../poll/index.js'
import { createAndStart } from './create.js'
import type { SourceOptions } from './context.js'
import { selectTasks } from './select.js'

/** An entry resolved: the tasks it stands for (polled in file order), or its error. */
type Slot = { tasks: TaskExpectation[] } | { error: TaskResult }

/** What the sources found, before polling. */
export interface Resolution {
  /** One slot per spec entry, in file order. */
  slots: Slot[]
  /** The tasks this run created, for `on-cancel: revoke`. */
  created: TaskExpectation[]
}

/** Resolves every entry; entries with a task_id pass through. Never throws. */
export async function resolveSources(spec: Spec, options: SourceOptions): Promise<Resolution> {
  const created: (TaskExpectation | undefined)[] = []
  const slots = await Promise.all(
    spec.tasks.map(async (entry, i): Promise<Slot> => {
      const source = entry.source
      if (source === undefined) return { tasks: [entry] }
      if (source.kind === 'select') return selectTasks(entry, source, options)
      const outcome = await createAndStart(entry, source, options)
      created[i] = outcome.created
      return 'error' in outcome ? { error: outcome.error } : { tasks: [outcome.task] }
    })
  )
  return { slots, created: created.filter((t): t is TaskExpectation => t !== undefined) }
}

/** Both what polling counts and what the operations count, per endpoint. */
export type RequestCounts = Readonly<Record<Endpoint, number>> &
  Readonly<Partial<Record<OperationEndpoint, number>>>

/**
 * Resolves the spec's sources, polls every task they found (and every task_id entry), and returns
 * the one result model, entries in file order, with the tasks this run created.
 */
export async function runTasks(
  spec: Spec,
  options: PollOptions & SourceOptions & { counts: RequestCounts }
): Promise<{ run: RunResult; created: TaskExpectation[] }> {
  const startedAt = options.now()
  const before = { ...options.counts }
  const { slots, created } = await resolveSources(spec, options)
  const tasks = slots.flatMap((slot) => ('tasks' in slot ? slot.tasks : []))
  const polled = await pollTasks({ ...spec, tasks }, options)
  let next = 0
  const results = slots.flatMap((slot) =>
    'error' in slot ? [slot.error] : slot.tasks.map(() => polled.tasks[next++])
  )
  const byEndpoint = { ...polled.requests.byEndpoint } as RunResult['requests']['byEndpoint']
  let extra = 0
  for (const endpoint of OPERATION_ENDPOINTS) {
    const n = (options.counts[endpoint] ?? 0) - (before[endpoint] ?? 0)
    byEndpoint[endpoint] = n
    extra += n
  }
  const cancelled = polled.cancelled || options.signal?.aborted === true
  return {
    run: {
      ...polled,
      startedAt,
      cancelled,
      result: overallResult(results, cancelled),
      tasks: results,
      requests: { total: polled.requests.total + extra, byEndpoint },
      taskIds: taskIdsOf(spec, slots)
    },
    created
  }
}

/**
 * The `task-ids` output: label → task id for every labelled entry that has a task, and label →
 * ids for `select` with `pick: all`. Entries whose source found nothing are left out.
 */
function taskIdsOf(spec: Spec, slots: Slot[]): Record<string, number | number[]> {
  const ids: Record<string, number | number[]> = {}
  spec.tasks.forEach((entry, i) => {
    if (entry.label === undefined) return
    const slot = slots[i]
    // An error keeps the id it got, if any: a task created but not started is still a task.
    const found =
      'error' in slot
        ? [slot.error.task.taskId].filter((id) => id > 0)
        : slot.tasks.map((t) => t.taskId)
    if (found.length === 0) return
    const all = entry.source?.kind === 'select' && entry.source.pick === 'all'
    ids[entry.label] = all ? found : found[0]
  })
  return ids
}
