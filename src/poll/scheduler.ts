import { bareTree, compare, mergeComparisons, nodeLabel } from '../check/index.js'
import { ENDPOINTS, overallResult } from '../model.js'
import type { Endpoint, RunResult, Spec, State, TreeNode } from '../model.js'
import { awaitedRetry, trackFailures, type AwaitedRetry } from './auto-retry.js'
import { checkSubprocesses } from './children.js'
import { decide, type Decision } from './decide.js'
import { toClientFailure, type ClientFailure } from './failure.js'
import {
  cancelledResult,
  comparedResult,
  deadlineResult,
  errorResult,
  newTracker,
  taskName,
  timeOfDay,
  timedOutResult,
  unsettledResult,
  type Tracker
} from './outcome.js'
import { childReads, loadNames, readTree, type ReadRun } from './task-reads.js'
import type { PollOptions } from './types.js'

/** Everything one run shares between its rounds. */
interface Run extends ReadRun {
  /** Spaces whose batch endpoint was refused: their tasks are polled one by one from then on. */
  refusedSpaces: Set<number>
  /** Work in flight: one lane per batch, per single read and per task's follow-up. */
  lanes: Set<Promise<void>>
  /** How many lanes each task is in; a busy task is neither due nor expired. */
  busy: Map<Tracker, number>
  /** Free task-lane slots, and the lanes waiting for one (see TASK_LANES). */
  taskSlots: { free: number; waiting: (() => void)[] }
}

/**
 * How many task lanes (a task's tree, detail and compare) run at once. A task holds its tree while
 * its detail is read, and the client sends requests in the order they come: unbounded, 1,000
 * tasks all read their trees before any detail, every tree is alive at once, and V8 lets the heap
 * grow to several times that (about 300 MB peak for 1,000 tasks × 100 nodes with names; about
 * 160–200 MB with 16 lanes, measured). The rate limit, not the lanes, bounds the pace: 16 lanes at
 * 200 ms a request are 80 requests a second, the gateway's whole quota.
 */
const TASK_LANES = 16

/**
 * Polls every task of the spec until it settles (mode `wait`) or looks once (mode `check`), and
 * returns the one result model every report reads. Never throws for BKFlow failures: a task that
 * cannot be read ends as `error`, one that does not settle in time as `pending`, never as `pass`.
 */
export async function pollTasks(spec: Spec, options: PollOptions): Promise<RunResult> {
  const { client, now, signal } = options
  const run: Run = {
    options,
    emit: options.onEvent ?? (() => {}),
    fail: (tr, failure, at) => fail(tr, failure, run, at),
    refusedSpaces: new Set(),
    taskSlots: { free: TASK_LANES, waiting: [] },
    lanes: new Set(),
    busy: new Map()
  }
  const countsAtStart = { ...client.counts }
  const startedAt = now()
  const trackers = spec.tasks.map((task) => newTracker(task, startedAt))

  // Lanes, not rounds: a request that keeps failing (each is retried up to its task's deadline)
  // holds only its own lane, never the tasks of other spaces or the rest of its own space.
  const idle = (): Tracker[] => open(trackers).filter((tr) => !run.busy.has(tr))
  for (let first = true; !signal?.aborted; first = false) {
    const at = now()
    // The first look always happens, even at a zero timeout; later ones end what ran out of time.
    if (!first) for (const tr of idle()) if (tr.deadline <= at) expire(tr, run, at)
    startLanes(
      idle().filter((tr) => tr.nextPollAt <= at),
      run,
      at
    )
    if (options.mode === 'check') {
      await drain(run)
      for (const tr of open(trackers)) settle(tr, unsettledResult(tr, now()), run)
      break
    }
    if (open(trackers).length === 0) break
    // Deadlines come from the clock: wake for the next look or deadline, or when a lane ends.
    const wakeAt = idle().reduce(
      (min, tr) => Math.min(min, tr.nextPollAt, tr.deadline),
      Number.POSITIVE_INFINITY
    )
    await nextWake(wakeAt - now(), run.lanes, options.sleep, signal)
  }
  // An abort cancels the lanes' requests; let them finish so no task changes after the result.
  await drain(run)

  // Only an abort leaves tasks open: wait mode loops until each settles, check mode settles all.
  const cancelled = open(trackers).length > 0
  const tasks = trackers.map((tr) => tr.result ?? cancelledResult(tr))
  const byEndpoint = {} as Record<Endpoint, number>
  for (const endpoint of ENDPOINTS) {
    byEndpoint[endpoint] = (client.counts[endpoint] ?? 0) - (countsAtStart[endpoint] ?? 0)
  }
  return {
    specFile: spec.file,
    mode: options.mode,
    result: overallResult(tasks, cancelled),
    startedAt,
    finishedAt: now(),
    cancelled,
    tasks,
    requests: {
      total: ENDPOINTS.reduce((sum, endpoint) => sum + byEndpoint[endpoint], 0),
      byEndpoint
    },
    skippedByShard: spec.skippedByShard
  }
}

/**
 * Waits `ms` (on the injected clock) or until a lane ends, whichever is first; returns at once on
 * abort. With no lane running, only the sleep can wake it.
 */
async function nextWake(
  ms: number,
  lanes: ReadonlySet<Promise<void>>,
  sleep: PollOptions['sleep'],
  signal: AbortSignal | undefined
): Promise<void> {
  if (ms <= 0 || signal?.aborted) return
  if (lanes.size === 0 && !Number.isFinite(ms)) return
  const stop = new AbortController()
  const onAbort = (): void => stop.abort()
  signal?.addEventListener('abort', onAbort)
  const timer = Number.isFinite(ms)
    ? sleep(ms, stop.signal).catch(() => undefined)
    : new Promise<void>(() => {})
  try {
    await Promise.race([timer, ...lanes])
  } finally {
    stop.abort()
    signal?.removeEventListener('abort', onAbort)
  }
}

function open(trackers: readonly Tracker[]): Tracker[] {
  return trackers.filter((tr) => tr.result === null)
}

/** One look at every due task: a lane per space (one batch request) and per task without one. */
function startLanes(due: readonly Tracker[], run: Run, at: number): void {
  const bySpace = new Map<number, Tracker[]>()
  for (const tr of due) {
    const spaceId = tr.task.spaceId
    if (spaceId === undefined || run.refusedSpaces.has(spaceId)) {
      startTaskLane(run, tr, () => lookAlone(tr, run, at))
    } else {
      const group = bySpace.get(spaceId)
      if (group) group.push(tr)
      else bySpace.set(spaceId, [tr])
    }
  }
  for (const [spaceId, group] of bySpace) {
    startLane(run, group, () => pollSpace(spaceId, group, run, at))
  }
}

/** Runs `work` as a lane that keeps `trackers` busy until it ends. */
function startLane(run: Run, trackers: readonly Tracker[], work: () => Promise<void>): void {
  for (const tr of trackers) run.busy.set(tr, (run.busy.get(tr) ?? 0) + 1)
  const lane: Promise<void> = work().finally(() => {
    for (const tr of trackers) {
      const n = (run.busy.get(tr) ?? 1) - 1
      if (n > 0) run.busy.set(tr, n)
      else run.busy.delete(tr)
    }
    run.lanes.delete(lane)
  })
  run.lanes.add(lane)
}

/** Runs `work` as a lane of task `tr` once a task slot is free (see TASK_LANES). */
function startTaskLane(run: Run, tr: Tracker, work: () => Promise<void>): void {
  startLane(run, [tr], async () => {
    const slots = run.taskSlots
    if (slots.free > 0) slots.free--
    else await new Promise<void>((resolve) => slots.waiting.push(resolve))
    try {
      await work()
    } finally {
      // The slot passes to the next waiting lane, or back to the pool.
      const next = slots.waiting.shift()
      if (next) next()
      else slots.free++
    }
  })
}

/** Waits until no lane runs (a lane may start others, e.g. a batch its tasks' tree reads). */
async function drain(run: Run): Promise<void> {
  while (run.lanes.size > 0) await Promise.all([...run.lanes])
}

async function pollSpace(
  spaceId: number,
  group: readonly Tracker[],
  run: Run,
  at: number
): Promise<void> {
  const { client, signal } = run.options
  // One request serves the whole group; retrying it past the earliest deadline would starve that task.
  const deadline = group.reduce((min, tr) => Math.min(min, tr.deadline), Number.POSITIVE_INFINITY)
  let states: Map<number, State | null>
  try {
    // A spec may list one task twice (two sets of expectations): ask for it once.
    const taskIds = [...new Set(group.map((tr) => tr.task.taskId))]
    states = await client.getTasksStates(spaceId, taskIds, { deadline, signal })
  } catch (error: unknown) {
    if (signal?.aborted) return
    const failure = toClientFailure(error)
    if (failure.kind === 'permission') {
      // The batch needs its own resource permission; the per-task endpoint may still be allowed.
      run.refusedSpaces.add(spaceId)
      run.emit({
        type: 'notice',
        at: run.options.now(),
        spaceId,
        message: `the batch state endpoint was refused for space ${spaceId} (${failure.message}); polling its ${group.length} task(s) one by one`
      })
      for (const tr of group) startTaskLane(run, tr, () => lookAlone(tr, run, at))
      return
    }
    for (const tr of group) fail(tr, failure, run, at)
    return
  }
  for (const tr of group) {
    const taskId = tr.task.taskId
    // Each task goes on in its own lane: one slow or failing tree read holds no other task.
    if (!states.has(taskId)) {
      // BKFlow silently omits unknown, deleted and other-space ids: one single read says which.
      startTaskLane(run, tr, () => lookAlone(tr, run, at))
      continue
    }
    const state = states.get(taskId) ?? null
    if (state !== null) startTaskLane(run, tr, () => advance(tr, state, null, run, at))
    // A null state is BKFlow's own query of that task failing (or a chunk that could not be
    // read): the task's own endpoint says what it is, or fails with BKFlow's message (`error`).
    else startTaskLane(run, tr, () => lookAlone(tr, run, at))
  }
}

/** Reads a task's tree through its own endpoint (space-scoped or app-bound) and decides from it. */
async function lookAlone(tr: Tracker, run: Run, at: number): Promise<void> {
  const tree = await readTree(tr, run, at)
  if (tree) await advance(tr, tree.state, tree, run, at)
}

/**
 * Moves a task on from a root state (and its tree when one was already read): decide, fetch the
 * tree only if it can decide, compare, then settle or schedule the next look.
 */
async function advance(
  tr: Tracker,
  state: State,
  knownTree: TreeNode | null,
  run: Run,
  at: number
): Promise<void> {
  observe(tr, state, run, at)
  let decision = decide(tr.task, state, failedSince(tr), at)
  if (decision.kind === 'wait') return schedule(tr, decision, at)
  let tree = knownTree ?? (state === 'EXPIRED' ? bareTree('EXPIRED') : null)
  if (tree === null) {
    const read = await readTree(tr, run, at)
    if (!read) return
    tree = read
    // The tree is newer than the batch: decide again from its own root state.
    observe(tr, tree.state, run, at)
    decision = decide(tr.task, tree.state, failedSince(tr), at)
    if (decision.kind === 'wait') {
      tr.tree = tree
      return schedule(tr, decision, at)
    }
  }
  tr.tree = tree
  tr.failures = trackFailures(tree, tr.failures, at)
  const names = await loadNames(tr, run, at, tree)
  if (!names.ok) return
  // A failure BKFlow is about to retry on its own is not final, whatever on_failed says.
  const awaited = awaitedRetry(tr.failures, names.names, at)
  if (awaited) return awaitRetry(tr, awaited, run, at)
  const own = compare(tr.task, tree, names.names)
  const children = await checkSubprocesses(tr.task, tree, names.names, childReads(tr, run, at))
  if (!children) return
  const comparison = mergeComparisons(own, children)
  // An `error` comparison comes from names that cannot be resolved; the pipeline tree does not
  // change while the task runs, so waiting would only hide it behind a timeout.
  const final =
    decision.kind === 'settle' || comparison.verdict !== 'fail' || run.options.mode === 'check'
  if (final) {
    settle(tr, comparedResult(tr, comparison, run.options.now()), run)
  } else {
    schedule(tr, decision, at)
  }
}

/**
 * Holds a task whose failed node BKFlow will retry (auto_retry, bkflow-api-2.md §6): looked at
 * again when the retry is due, settled only once the failure is final. Check mode has no later
 * look: the task is reported unsettled.
 */
function awaitRetry(tr: Tracker, awaited: AwaitedRetry, run: Run, at: number): void {
  const sighting = tr.failures.get(awaited.nodeId)
  const key = `${awaited.nodeId}@${sighting?.version ?? ''}`
  const node = nodeLabel(awaited.nodeId, tr.names?.get(awaited.nodeId)?.name)
  if (run.options.mode === 'check') {
    const why = `${node} FAILED and BKFlow will retry it on its own`
    settle(tr, unsettledResult(tr, run.options.now(), why), run)
    return
  }
  if (!tr.announced.has(key)) {
    tr.announced.add(key)
    const settings = tr.names
      ? 'auto_retry'
      : `auto_retry settings unknown${tr.task.spaceId === undefined ? ' without a space_id' : ''}`
    run.emit({
      type: 'notice',
      at,
      message: `${taskName(tr)}: ${node} FAILED; BKFlow may retry it on its own (${settings}): the failure counts only if it is still FAILED at ${timeOfDay(awaited.until)}`
    })
  }
  tr.nextPollAt = Math.min(at + tr.task.intervalMs, awaited.until)
}

function failedSince(tr: Tracker): number | null {
  return tr.state === 'FAILED' ? tr.stateSince : null
}

function observe(tr: Tracker, state: State, run: Run, at: number): void {
  if (tr.state === state) return
  run.emit({
    type: 'state',
    at,
    key: tr.task.key,
    taskId: tr.task.taskId,
    state,
    previous: tr.state,
    message:
      tr.state === null ? `${taskName(tr)}: ${state}` : `${taskName(tr)}: ${tr.state} -> ${state}`
  })
  tr.state = state
  tr.stateSince = at
}

/** Next look one interval after this round's start, or sooner if a grace period ends first. */
function schedule(tr: Tracker, decision: Decision, at: number): void {
  const wakeAt = decision.kind === 'wait' ? (decision.wakeAt ?? Infinity) : Infinity
  tr.nextPollAt = Math.min(at + tr.task.intervalMs, wakeAt)
}

/**
 * A call the client already retried as far as it could. A permanent failure settles the task as
 * `error`; a retryable one is looked at again next round while the task has time (mode wait).
 */
function fail(tr: Tracker, failure: ClientFailure, run: Run, at: number): void {
  const time = run.options.now()
  // The deadline, not BKFlow, ended the look: after failed looks the task kept failing (error);
  // otherwise a task whose state was read is pending with it.
  if (failure.kind === 'deadline' && tr.lastError) {
    const message = `${tr.lastError.message}; then ${failure.message}`
    settle(tr, errorResult(tr, keptFailing({ ...tr.lastError, message }), time), run)
    return
  }
  if (failure.kind === 'deadline' && tr.state !== null) {
    settle(tr, deadlineResult(tr, failure.message), run)
    return
  }
  if (failure.retryable && run.options.mode === 'wait' && time < tr.deadline) {
    tr.lastError = failure
    tr.nextPollAt = at + tr.task.intervalMs
    run.emit({
      type: 'retry',
      at: time,
      key: tr.task.key,
      taskId: tr.task.taskId,
      message: `${taskName(tr)}: ${failure.message}; will look again next round`
    })
    return
  }
  settle(tr, errorResult(tr, keptFailing(failure), time), run)
}

function keptFailing(failure: ClientFailure): ClientFailure {
  return failure.retryable
    ? { ...failure, message: `BKFlow kept failing: ${failure.message}` }
    : failure
}

/** The task's timeout ran out: pending with its last state, or error if its last look failed. */
function expire(tr: Tracker, run: Run, at: number): void {
  const result = tr.lastError ? errorResult(tr, keptFailing(tr.lastError), at) : timedOutResult(tr)
  settle(tr, result, run)
}

function settle(tr: Tracker, result: NonNullable<Tracker['result']>, run: Run): void {
  tr.result = result
  // The result holds what reports need (rows, findings, a tree summary): let the tree go.
  tr.tree = null
  tr.names = undefined
  run.emit({
    type: 'settled',
    at: result.settledAt ?? run.options.now(),
    key: tr.task.key,
    taskId: tr.task.taskId,
    verdict: result.verdict,
    reason: result.reason,
    ...(result.error && { error: result.error }),
    message: `${taskName(tr)}: ${result.verdict} (${result.reason})`
  })
}
