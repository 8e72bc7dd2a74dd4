import { summarizeTree } from '../check/index.js'
import type { FailedSighting } from './auto-retry.js'
import type { ClientFailure } from './failure.js'
import { formatDuration } from '../duration.js'
import type {
  Comparison,
  Finding,
  NodeNames,
  State,
  TaskExpectation,
  TaskResult,
  TreeNode
} from '../model.js'

/** What the scheduler knows about one task while it polls it. */
export interface Tracker {
  task: TaskExpectation
  startedAt: number
  /** startedAt + timeout: polling stops here and the client stops retrying here. */
  deadline: number
  nextPollAt: number
  state: State | null
  stateSince: number | null
  /** The last tree read, for the summary of a task that ends unsettled. */
  tree: TreeNode | null
  names?: NodeNames
  /** BKFlow refused the task detail for good while only auto-retry settings needed it. */
  detailRefused?: boolean
  /** FAILED nodes of the last tree and when each attempt was first seen (auto-retry waits). */
  failures: Map<string, FailedSighting>
  /** Awaited auto-retries already announced, as `node@version`, so each is logged once. */
  announced: Set<string>
  /** The last request failure, cleared by the next successful look: a timeout then means `error`. */
  lastError: ClientFailure | null
  requests: number
  /** This task's share of the batch requests it was in (1/n of each POST for n tasks). */
  batchShare: number
  result: TaskResult | null
}

export function newTracker(task: TaskExpectation, startedAt: number): Tracker {
  return {
    task,
    startedAt,
    deadline: startedAt + task.timeoutMs,
    nextPollAt: startedAt,
    state: null,
    stateSince: null,
    tree: null,
    failures: new Map(),
    announced: new Set(),
    lastError: null,
    requests: 0,
    batchShare: 0,
    result: null
  }
}

function expectedStates(task: TaskExpectation): string {
  return task.states.join(' | ')
}

function taskFinding(tr: Tracker, kind: Finding['kind'], actual: string, message: string): Finding {
  return {
    kind,
    target: 'task',
    expected: expectedStates(tr.task),
    actual,
    message,
    range: tr.task.range
  }
}

/** `12:00:05 UTC`: runners log in UTC, so a reader can line it up with the job's timestamps. */
export function timeOfDay(ms: number): string {
  return `${new Date(ms).toISOString().slice(11, 19)} UTC`
}

function base(
  tr: Tracker,
  settledAt: number | null
): Omit<TaskResult, 'verdict' | 'reason' | 'findings' | 'rows' | 'cancelled'> {
  return {
    task: tr.task,
    state: tr.state,
    stateSince: tr.stateSince,
    tree: tr.tree ? summarizeTree(tr.tree) : null,
    startedAt: tr.startedAt,
    settledAt,
    requests: tr.requests,
    ...(tr.batchShare > 0 && { batchShare: tr.batchShare }),
    // The root's own elapsed_time: how long the task ran in BKFlow, not how long the gate waited.
    ...(tr.tree && tr.tree.id !== '' && { elapsedSec: tr.tree.elapsedSec })
  }
}

function failReason(findings: readonly Finding[]): string {
  if (findings.length === 0) return 'no finding'
  const more = findings.length > 1 ? ` (+${findings.length - 1} more)` : ''
  return `${findings[0].message}${more}`
}

/** A task judged on a real tree: the comparison's verdict, findings and rows. */
export function comparedResult(tr: Tracker, comparison: Comparison, at: number): TaskResult {
  const reason =
    comparison.verdict === 'pass'
      ? `${tr.state ?? 'state'} as expected, every expectation met`
      : failReason(comparison.findings)
  return {
    ...base(tr, at),
    verdict: comparison.verdict,
    reason,
    findings: comparison.findings,
    rows: comparison.rows,
    cancelled: false
  }
}

/** A task that could not be checked; `message` says what to fix and never holds a secret. */
export function errorResult(
  tr: Tracker,
  error: { kind: string; message: string },
  at: number
): TaskResult {
  return {
    ...base(tr, at),
    verdict: 'error',
    reason: error.message,
    findings: [taskFinding(tr, 'error', error.kind, error.message)],
    rows: [],
    error: { kind: error.kind, message: error.message },
    cancelled: false
  }
}

/**
 * Mode check: one look found the task unsettled and not in an expected state, or (`why`) not
 * settled for another reason such as a failure BKFlow is about to retry; nodes are not judged.
 */
export function unsettledResult(tr: Tracker, at: number, why = 'not settled'): TaskResult {
  const actual = tr.state ?? 'unknown'
  const message = `task ${tr.task.taskId} is ${actual}, expected ${expectedStates(tr.task)} (${why}; nodes not judged)`
  return {
    ...base(tr, at),
    verdict: 'fail',
    reason: message,
    findings: [taskFinding(tr, 'state', actual, message)],
    rows: [],
    cancelled: false
  }
}

/** The task's own timeout ran out before it settled: the last state seen and since when. */
export function timedOutResult(tr: Tracker): TaskResult {
  const after = formatDuration(tr.task.timeoutMs)
  const message =
    tr.state === null
      ? `state never read after ${after}`
      : `still ${tr.state} after ${after} (since ${timeOfDay(tr.stateSince ?? tr.startedAt)})`
  return pendingResult(tr, message, false)
}

/**
 * The task's deadline ended the next look before it could happen (a wait the gateway asked for,
 * or the rate budget, reaches past it; a request was cut): pending with the last state seen.
 */
export function deadlineResult(tr: Tracker, why: string): TaskResult {
  const since = timeOfDay(tr.stateSince ?? tr.startedAt)
  const reason = why.charAt(0).toLowerCase() + why.slice(1)
  return pendingResult(tr, `still ${tr.state ?? 'unknown'} (since ${since}): ${reason}`, false)
}

/** The run was cancelled before this task settled: pending, never pass. */
export function cancelledResult(tr: Tracker): TaskResult {
  return pendingResult(tr, 'cancelled before it settled', true)
}

function pendingResult(tr: Tracker, message: string, cancelled: boolean): TaskResult {
  return {
    ...base(tr, null),
    verdict: 'pending',
    reason: message,
    findings: [taskFinding(tr, 'pending', tr.state ?? 'unknown', message)],
    rows: [],
    cancelled
  }
}

/** `task 101 (deploy-prod)` for log lines. */
export function taskName(tr: Tracker): string {
  const { taskId, label } = tr.task
  return label ? `task ${taskId} (${label})` : `task ${taskId}`
}
