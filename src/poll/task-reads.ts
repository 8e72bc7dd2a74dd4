// A task's reads beyond the batch: its tree (the app-bound endpoint's 404 confirmed first), its
// detail (names, template node ids, auto-retry settings) and its subprocess children. Each is
// counted for the task; a failure goes to the run's handler (look again later, or settle).

import { indexTree } from '../check/index.js'
import { formatDuration } from '../duration.js'
import type { NodeExpectation, NodeNames, TreeNode } from '../model.js'
import { plural } from '../text.js'
import type { ChildReads, Unreadable } from './children.js'
import { toClientFailure, type ClientFailure } from './failure.js'
import { taskName, type Tracker } from './outcome.js'
import type { CallOptions, PollEvent, PollOptions, TaskRef } from './types.js'

/** What the reads need from the run: its options, its events, and how a failed call is handled. */
export interface ReadRun {
  options: PollOptions
  emit: (event: PollEvent) => void
  /** A call the client retried as far as it could: looked at again later, or settled as error. */
  fail: (tr: Tracker, failure: ClientFailure, at: number) => void
}

function ref(tr: Tracker): TaskRef {
  const { taskId, spaceId } = tr.task
  return spaceId === undefined ? { taskId } : { taskId, spaceId }
}

function callOptions(tr: Tracker, run: ReadRun): CallOptions {
  return { deadline: tr.deadline, signal: run.options.signal }
}

/** A per-task request: counted for the task; a failure is handled here (undefined then). */
async function request<T>(
  tr: Tracker,
  run: ReadRun,
  at: number,
  send: () => Promise<T>
): Promise<T | undefined> {
  tr.requests += 1
  try {
    const value = await send()
    tr.lastError = null
    return value
  } catch (error: unknown) {
    if (run.options.signal?.aborted) return undefined
    run.fail(tr, toClientFailure(error), at)
    return undefined
  }
}

export function readTree(tr: Tracker, run: ReadRun, at: number): Promise<TreeNode | undefined> {
  if (tr.task.spaceId === undefined) return readByApp(tr, run, at)
  return request(tr, run, at, () => run.options.client.getTaskStates(ref(tr), callOptions(tr, run)))
}

/** How many times, and how far apart, a by-app 404 is asked again before it is believed. */
const NOT_FOUND_TRIES = 4
const NOT_FOUND_STEP_MS = 3_500

/**
 * The app-bound tree. Its 404 "任务不存在" also comes from any failure of BKFlow's task module
 * behind it (bkflow-api.md A2), so it is asked again a few times over more than 10 s (never past
 * the task's deadline) before the task is reported not found, with a message that says so.
 */
async function readByApp(tr: Tracker, run: ReadRun, at: number): Promise<TreeNode | undefined> {
  const { client, now, sleep, signal } = run.options
  const first = now()
  for (let tries = 1; ; tries++) {
    tr.requests += 1
    try {
      const tree = await client.getTaskStates(ref(tr), callOptions(tr, run))
      tr.lastError = null
      return tree
    } catch (error: unknown) {
      if (signal?.aborted) return undefined
      const failure = toClientFailure(error)
      if (failure.kind !== 'task_not_found') {
        run.fail(tr, failure, at)
        return undefined
      }
      if (tries < NOT_FOUND_TRIES && now() + NOT_FOUND_STEP_MS < tr.deadline) {
        try {
          await sleep(NOT_FOUND_STEP_MS, signal)
        } catch {
          return undefined
        }
        continue
      }
      const over = formatDuration(now() - first)
      const message = `${failure.message} (asked ${plural(tries, 'time')} over ${over}: BKFlow's app-bound endpoint also answers 404 when its task module fails, so this may be an outage; if the task exists, run again later or give it a space_id)`
      run.fail(tr, { ...failure, message }, at)
      return undefined
    }
  }
}

/** The reads of subprocess children, as per-task requests of this task. */
export function childReads(tr: Tracker, run: ReadRun, at: number): ChildReads {
  const { client } = run.options
  const call = callOptions(tr, run)
  return {
    nodeDetail: (task, nodeId) =>
      readChild(tr, run, at, () =>
        client.getTaskNodeDetail(task, nodeId, call, { componentCode: 'subprocess_plugin' })
      ),
    taskDetail: (task) => readChild(tr, run, at, () => client.getTaskDetail(task, call)),
    tree: (task) => readChild(tr, run, at, () => client.getTaskStates(task, call))
  }
}

/**
 * A read for a subprocess child: a permanent failure makes only that subprocess unreadable (its
 * nested expectations an `error` finding); a retryable one is handled as for the task itself.
 */
async function readChild<T>(
  tr: Tracker,
  run: ReadRun,
  at: number,
  send: () => Promise<T>
): Promise<T | Unreadable | undefined> {
  tr.requests += 1
  try {
    return await send()
  } catch (error: unknown) {
    if (run.options.signal?.aborted) return undefined
    const failure = toClientFailure(error)
    if (!failure.retryable) return { unreadable: failure.message }
    run.fail(tr, failure, at)
    return undefined
  }
}

/**
 * The pipeline tree costs a request: fetched once per task, and only when something needs it: a
 * node given by name, an id that is not a runtime id of the tree (a template node id), or a
 * FAILED node (its auto-retry settings). When only the settings need it and BKFlow refuses it for
 * good (no permission for get_task_detail), the gate goes on without them (BKFlow's caps assumed).
 */
export async function loadNames(
  tr: Tracker,
  run: ReadRun,
  at: number,
  tree: TreeNode
): Promise<{ ok: true; names?: NodeNames } | { ok: false }> {
  const { taskId, spaceId } = tr.task
  if (tr.names) return { ok: true, names: tr.names }
  const need = detailNeed(tr, tree)
  // Without a space there is no detail endpoint; compare reports the names as not loaded.
  if (spaceId === undefined || need === 'none' || tr.detailRefused) return { ok: true }
  tr.requests += 1
  try {
    const detail = await run.options.client.getTaskDetail({ taskId, spaceId }, callOptions(tr, run))
    tr.lastError = null
    tr.names = detail.names
    return { ok: true, names: detail.names }
  } catch (error: unknown) {
    if (run.options.signal?.aborted) return { ok: false }
    const failure = toClientFailure(error)
    if (need === 'settings' && !failure.retryable) {
      tr.detailRefused = true
      run.emit({
        type: 'notice',
        at,
        message: `${taskName(tr)}: the task detail could not be read (${failure.message}); auto-retry settings unknown, BKFlow's caps assumed`
      })
      return { ok: true }
    }
    run.fail(tr, failure, at)
    return { ok: false }
  }
}

/** What the task detail is needed for: nothing, only auto-retry settings, or matching nodes. */
function detailNeed(tr: Tracker, tree: TreeNode): 'none' | 'settings' | 'nodes' {
  if (usesNames(tr.task.nodes)) return 'nodes'
  const ids = tr.task.nodes.flatMap((node) => (node.id === undefined ? [] : [node.id]))
  if (ids.length > 0) {
    const { byId } = indexTree(tree)
    if (ids.some((id) => !byId.has(id))) return 'nodes'
  }
  return tr.failures.size > 0 ? 'settings' : 'none'
}

function usesNames(nodes: readonly NodeExpectation[]): boolean {
  return nodes.some((n) => n.name !== undefined || usesNames(n.subprocess?.nodes ?? []))
}
