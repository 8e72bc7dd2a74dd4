// A compiled task's state tree at a sim time, shaped as get_task_states returns it
// (bkflow-api.md §2.3, §2.4, §5): derived root states, "root_id:", times in +0800, reached nodes only.

import { hex32, type NodeEvent, type SimNode, type SimTask } from './compile.js'
import { formatStateTime } from './time-format.js'

/** The exact CREATED_STATUS object of a task that was never started (bkflow-api.md §5.2). */
export function createdStatus(): Record<string, unknown> {
  return {
    start_time: null,
    state: 'CREATED',
    retry: 0,
    skip: 0,
    finish_time: null,
    elapsed_time: 0,
    children: {}
  }
}

const ARCHIVED = new Set(['FINISHED', 'FAILED', 'REVOKED'])

/** The index of the event in force at `t`, or -1 before the first. */
export function currentIndex(events: NodeEvent[], t: number): number {
  let index = -1
  for (let i = 0; i < events.length && events[i].at <= t; i++) index = i
  return index
}

/** The engine state of a node at `t`, or null when it has not been reached. */
function engineState(node: SimNode, t: number): string | null {
  const i = currentIndex(node.events, t)
  return i < 0 ? null : node.events[i].state
}

/**
 * BKFlow's rewrite of a RUNNING node from its direct children (already rewritten): a FAILED child
 * makes it FAILED, otherwise an engine-SUSPENDED child makes it NODE_SUSPENDED (one level only).
 */
function derive(state: string, childStates: (string | null)[]): string {
  if (state !== 'RUNNING') return state
  if (childStates.includes('FAILED')) return 'FAILED'
  if (childStates.includes('SUSPENDED')) return 'NODE_SUSPENDED'
  return state
}

function derivedNodeState(node: SimNode, t: number): string | null {
  const state = engineState(node, t)
  if (state === null || node.children.length === 0) return state
  return derive(
    state,
    node.children.map((c) => derivedNodeState(c, t))
  )
}

/** What the root is at `t` before any rewrite; 'UNSTARTED' and 'NO_ROWS' are the two CREATED forms. */
function rootEngineState(task: SimTask, t: number): string {
  if (task.start === null || t < task.start) return 'UNSTARTED'
  if (task.rowsAt !== null && t < task.rowsAt) return 'NO_ROWS'
  if (task.revoke !== null && t >= task.revoke) return 'REVOKED'
  if (task.finish !== null && t >= task.finish) return 'FINISHED'
  if (task.pause !== null && t >= task.pause && (task.resume === null || t < task.resume)) {
    return 'SUSPENDED'
  }
  if (task.runAt !== null && t < task.runAt) return 'READY'
  return 'RUNNING'
}

/** Node events count only up to a revoke: the engine changes nothing in the tree after it. */
export function eventTime(task: SimTask, t: number): number {
  return task.revoke !== null && t > task.revoke ? task.revoke : t
}

/** The root state a batch request reports for the task at `t` (without the EXPIRED/null cases). */
export function rootState(task: SimTask, t: number): string {
  const state = rootEngineState(task, t)
  if (state === 'UNSTARTED' || state === 'NO_ROWS') return 'CREATED'
  const te = eventTime(task, t)
  return derive(
    state,
    task.nodes.map((n) => derivedNodeState(n, te))
  )
}

export interface TreeContext {
  task: SimTask
  /** Sim seconds now (for elapsed times) and the time node events are read at (capped by a revoke). */
  t: number
  te: number
  epochMs: number
}

/**
 * When the attempt in force at event `i` started running: a retry or a new loop clears the start
 * time, so it belongs to the current (retry, loop) only (bkflow-api.md §4). Null while READY.
 */
export function attemptStart(events: NodeEvent[], i: number): number | null {
  const cur = events[i]
  if (cur.state === 'READY') return null
  let startAt: number | null = null
  for (let j = i; j >= 0; j--) {
    const e = events[j]
    if (e.retry !== cur.retry || e.loop !== cur.loop) break
    if (e.state === 'RUNNING') startAt = e.at
  }
  return startAt
}

/** The version of a node's attempt: new on every retry, skip and loop. */
export function attemptVersion(nodeId: string, e: NodeEvent): string {
  return 'v' + hex32(nodeId, e.retry, e.loop, String(e.skip))
}

/** Whether the state archives the node (sets its finish time). */
export function isArchived(state: string): boolean {
  return ARCHIVED.has(state)
}

export function nodeJson(
  node: SimNode,
  parentId: string,
  ctx: TreeContext
): Record<string, unknown> | null {
  const { task, t, te, epochMs } = ctx
  const i = currentIndex(node.events, te)
  if (i < 0) return null
  const cur = node.events[i]
  const startAt = attemptStart(node.events, i)
  const finishAt = ARCHIVED.has(cur.state) ? cur.at : null
  // A loop re-entry does not clear the archive time (a retry does): the node shows the previous
  // loop's finish time, and the engine computes a negative elapsed time from it.
  const stale = finishAt === null && cur.loop > 1 && cur.retry === 0 ? loopFinish(node, i) : null
  const children: Record<string, unknown> = {}
  const childStates: (string | null)[] = []
  for (const child of node.children) {
    const json = nodeJson(child, node.id, ctx)
    childStates.push(json === null ? null : (json.state as string))
    if (json) children[child.id] = json
  }
  return {
    id: node.id,
    state: derive(cur.state, childStates),
    'root_id:': task.rootId,
    parent_id: parentId,
    version: attemptVersion(node.id, cur),
    loop: cur.loop,
    retry: cur.retry,
    skip: cur.skip,
    error_ignorable: cur.errorIgnored,
    error_ignored: cur.errorIgnored,
    children,
    elapsed_time:
      startAt === null
        ? 0
        : stale !== null
          ? Math.round(stale - startAt)
          : Math.max(0, Math.round((finishAt ?? t) - startAt)),
    start_time: startAt === null ? '' : formatStateTime(startAt, epochMs),
    finish_time:
      (finishAt ?? stale) === null ? '' : formatStateTime((finishAt ?? stale) as number, epochMs)
  }
}

/** When the loop before the one in force at event `i` ended, or null. */
function loopFinish(node: SimNode, i: number): number | null {
  const loop = node.events[i].loop
  for (let j = i - 1; j >= 0; j--) {
    const e = node.events[j]
    if (e.loop < loop && ARCHIVED.has(e.state)) return e.at
  }
  return null
}

/**
 * The `data` of get_task_states for the task at sim second `t`: CREATED_STATUS, a bare
 * `{"state":"CREATED"}`, or the full tree with the derived root state.
 */
export function stateTree(task: SimTask, t: number, epochMs: number): Record<string, unknown> {
  const engine = rootEngineState(task, t)
  if (engine === 'UNSTARTED') return createdStatus()
  if (engine === 'NO_ROWS') return { state: 'CREATED' }
  const ctx: TreeContext = { task, t, te: eventTime(task, t), epochMs }
  const children: Record<string, unknown> = {}
  const childStates: (string | null)[] = []
  for (const node of task.nodes) {
    const json = nodeJson(node, task.rootId, ctx)
    childStates.push(json === null ? null : (json.state as string))
    if (json) children[node.id] = json
  }
  const startAt = task.rowsAt ?? 0
  // Only the end event archives the root; a revoked root keeps finish_time "" and a growing elapsed time.
  const finishAt = engine === 'FINISHED' ? task.finish : null
  return {
    id: task.rootId,
    state: derive(engine, childStates),
    'root_id:': task.rootId,
    parent_id: task.rootId,
    version: 'v' + hex32(task.rootId, 'root'),
    loop: 1,
    retry: 0,
    skip: false,
    error_ignorable: false,
    error_ignored: false,
    elapsed_time: Math.max(0, Math.round((finishAt ?? t) - startAt)),
    start_time: formatStateTime(startAt, epochMs),
    finish_time: finishAt === null ? '' : formatStateTime(finishAt, epochMs),
    children
  }
}
