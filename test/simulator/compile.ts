// Turns a scenario into per-node event lists (the internal model the endpoints read).
// Compact nodes are laid out one after another from the task's start; explicit events are taken as given.

import { createHash } from 'node:crypto'
import type { NodeSpec, NodeType, Scenario, TaskSpec, WindowSpec } from './scenario-types.js'

/** One point of a node's timeline: from `at` (sim seconds) the node has these values. */
export interface NodeEvent {
  at: number
  state: string
  retry: number
  loop: number
  skip: boolean
  errorIgnored: boolean
  /** On FAILED events: the attempt's failure text (get_task_node_detail's `ex_data`). */
  exData?: string
  /** On FAILED events: a timeout forced the failure (output `_forced_failed`). */
  forcedFail?: boolean
}

export type SimNodeKind = 'start' | 'end' | 'activity' | 'gateway' | 'subprocess'

/** A node of a compiled task: identity, pipeline-tree facts and its timeline. */
export interface SimNode {
  id: string
  name: string
  kind: SimNodeKind
  type: string
  component: string
  events: NodeEvent[]
  /** Legacy SubProcess: the nested pipeline, start and end events included. */
  children: SimNode[]
  /** A subprocess_plugin node: the id of the child task it runs (its `task_id` output). */
  childTaskId?: number
  /** Output keys mapped to a global variable take the variable's name (bkflow-api-2.md §1). */
  renamedOutputs?: Record<string, string>
}

/** A compiled task. Times are sim seconds; null means never. */
export interface SimTask {
  id: number
  space: number
  template?: number
  name: string
  created: number
  /** When the task was started (is_started); null → CREATED_STATUS for ever. */
  start: number | null
  /** When the engine root exists (bare `{"state":"CREATED"}` before it). */
  rowsAt: number | null
  /** When the root leaves READY and the first node runs. */
  runAt: number | null
  finish: number | null
  pause: number | null
  resume: number | null
  revoke: number | null
  deleted: 'no' | 'hard' | 'soft'
  expired: boolean
  engineError: { from: number; until: number } | null
  rootId: string
  /** Top-level pipeline: start event, the scenario's nodes, end event. */
  nodes: SimNode[]
}

/** Deterministic 32-hex digest of the parts, for ids, versions and flow ids. */
export function hex32(...parts: (string | number)[]): string {
  return createHash('md5').update(parts.join(':')).digest('hex')
}

/** A node id as the engine makes them: `n` + 31 hex (32 chars). */
export function nodeId(...parts: (string | number)[]): string {
  return 'n' + hex32(...parts).slice(0, 31)
}

const GATEWAY_TYPES: ReadonlySet<string> = new Set<NodeType>([
  'ExclusiveGateway',
  'ParallelGateway',
  'ConditionalParallelGateway',
  'ConvergeGateway'
])

interface Layout {
  taskId: number
  pause: number | null
  resume: number | null
}

/** Where a node laid out at `cursor` really starts: a paused pipeline starts nothing until resumed. */
function afterPause(cursor: number, layout: Layout): number | null {
  if (layout.pause === null || cursor < layout.pause) return cursor
  if (layout.resume === null) return null
  return Math.max(cursor, layout.resume)
}

function ev(
  at: number,
  state: string,
  retry = 0,
  loop = 1,
  skip = false,
  errorIgnored = false
): NodeEvent {
  return { at, state, retry, loop, skip, errorIgnored }
}

/**
 * The failure text of a node's n-th failed attempt (0-based): the scenario's `ex_data` (one text,
 * or one per attempt, the last repeating), else a plugin-like default.
 */
export function failureText(spec: NodeSpec, name: string, n: number): string {
  const given = spec.ex_data
  if (typeof given === 'string') return given
  if (Array.isArray(given) && given.length > 0) return given[Math.min(n, given.length - 1)]
  return `${name}: the plugin returned exit code 1 (attempt ${n + 1})`
}

/** A FAILED event carrying its attempt's failure text. */
function failed(at: number, retry: number, loop: number, exData: string): NodeEvent {
  return { ...ev(at, 'FAILED', retry, loop), exData }
}

function explicitEvents(spec: NodeSpec, name: string): NodeEvent[] {
  let retry = 0
  let loop = 1
  let skip = false
  let errorIgnored = false
  let failures = 0
  const events: NodeEvent[] = []
  for (const e of [...(spec.events ?? [])].sort((a, b) => a.at - b.at)) {
    retry = e.retry ?? retry
    loop = e.loop ?? loop
    skip = e.skip ?? skip
    errorIgnored = e.error_ignored ?? errorIgnored
    const event = ev(e.at, e.state, retry, loop, skip, errorIgnored)
    if (e.state === 'FAILED') event.exData = e.ex_data ?? failureText(spec, name, failures++)
    events.push(event)
  }
  return events
}

/** Lays out a compact activity from `cursor`; returns its events and when the next node may start. */
function compactActivity(
  spec: NodeSpec,
  name: string,
  cursor: number,
  isGateway: boolean
): { events: NodeEvent[]; next: number | null } {
  const events: NodeEvent[] = []
  const duration = spec.duration ?? (isGateway ? 0 : 1)
  let c = cursor
  if (spec.suspend_for !== undefined) {
    events.push(ev(c, 'SUSPENDED'))
    if (spec.suspend_for === 'forever') return { events, next: null }
    c += spec.suspend_for
  }
  const loops = Math.max(1, spec.loop ?? 1)
  for (let loop = 1; loop < loops; loop++) {
    events.push(ev(c, 'RUNNING', 0, loop))
    c += duration
    events.push(ev(c, 'FINISHED', 0, loop))
  }
  events.push(ev(c, 'RUNNING', 0, loops))
  const result = spec.result ?? 'FINISHED'
  if (result === 'RUNNING') return { events, next: null }
  c += duration
  if (result === 'FINISHED') {
    events.push(ev(c, 'FINISHED', 0, loops))
    return { events, next: c }
  }
  if (spec.error_ignored) {
    // An ignorable failure: the engine marks the node FINISHED with error_ignored and goes on.
    events.push(ev(c, 'FINISHED', 0, loops, false, true))
    return { events, next: c }
  }
  events.push(failed(c, 0, loops, failureText(spec, name, 0)))
  if (spec.skip_after !== undefined) {
    c += spec.skip_after
    events.push(ev(c, 'FINISHED', 0, loops, true))
    return { events, next: c }
  }
  if (spec.retry_after === undefined) return { events, next: null }
  c += spec.retry_after
  events.push(ev(c, 'READY', 1, loops))
  c += spec.ready_for ?? 1
  events.push(ev(c, 'RUNNING', 1, loops))
  const then = spec.then ?? 'FINISHED'
  if (then === 'RUNNING') return { events, next: null }
  c += duration
  events.push(
    then === 'FAILED' ? failed(c, 1, loops, failureText(spec, name, 1)) : ev(c, then, 1, loops)
  )
  return { events, next: then === 'FINISHED' ? c : null }
}

/** Compiles a pipeline (start event, nodes, end event) laid out from `cursor` (null → never reached). */
function compilePipeline(
  specs: NodeSpec[],
  cursor: number | null,
  layout: Layout,
  path: string
): { nodes: SimNode[]; end: number | null } {
  const start: SimNode = {
    id: nodeId(layout.taskId, path, 'start'),
    name: '',
    kind: 'start',
    type: 'EmptyStartEvent',
    component: '',
    events: cursor === null ? [] : [ev(cursor, 'RUNNING'), ev(cursor, 'FINISHED')],
    children: []
  }
  const nodes: SimNode[] = [start]
  let c = cursor
  specs.forEach((spec, index) => {
    const id = spec.id ?? nodeId(layout.taskId, path, index)
    const type = spec.type ?? (spec.nodes ? 'SubProcess' : 'ServiceActivity')
    const isGateway = GATEWAY_TYPES.has(type)
    const kind: SimNodeKind = isGateway
      ? 'gateway'
      : type === 'SubProcess'
        ? 'subprocess'
        : 'activity'
    const node: SimNode = {
      id,
      name: spec.name ?? (isGateway ? `${type} ${index + 1}` : `Step ${index + 1}`),
      kind,
      type,
      component: isGateway || kind === 'subprocess' ? '' : (spec.component ?? 'sleep_timer'),
      events: [],
      children: [],
      ...(spec.rename_outputs ? { renamedOutputs: spec.rename_outputs } : {})
    }
    nodes.push(node)
    if (spec.events) {
      node.events = explicitEvents(spec, node.name)
      const last = node.events[node.events.length - 1]
      c = last?.state === 'FINISHED' ? last.at : null
      if (kind === 'subprocess') {
        node.children = compilePipeline(spec.nodes ?? [], null, layout, `${path}/${index}`).nodes
      }
      return
    }
    const at = c === null ? null : afterPause(c, layout)
    if (kind === 'subprocess') {
      const inner = compilePipeline(spec.nodes ?? [], at, layout, `${path}/${index}`)
      node.children = inner.nodes
      if (at !== null) node.events.push(ev(at, 'RUNNING'))
      if (inner.end !== null) node.events.push(ev(inner.end, 'FINISHED'))
      c = inner.end
      return
    }
    if (at === null) {
      c = null
      return
    }
    const laid = compactActivity(spec, node.name, at, isGateway)
    node.events = laid.events
    c = laid.next
  })
  const endAt = c === null ? null : afterPause(c, layout)
  nodes.push({
    id: nodeId(layout.taskId, path, 'end'),
    name: '',
    kind: 'end',
    type: 'EmptyEndEvent',
    component: '',
    events: endAt === null ? [] : [ev(endAt, 'RUNNING'), ev(endAt, 'FINISHED')],
    children: []
  })
  return { nodes, end: endAt }
}

function window(value: boolean | WindowSpec | undefined): { from: number; until: number } | null {
  if (value === undefined || value === false) return null
  if (value === true) return { from: -Infinity, until: Infinity }
  return { from: value.from ?? -Infinity, until: value.until ?? Infinity }
}

/** Compiles one task of a scenario. */
export function compileTask(spec: TaskSpec): SimTask {
  const start = spec.start ?? null
  const rowsAt = start === null ? null : Math.max(start, spec.engine_rows_at ?? start)
  const runAt = rowsAt === null ? null : rowsAt + (spec.ready_for ?? 0)
  const layout: Layout = {
    taskId: spec.id,
    pause: spec.pause ?? null,
    resume: spec.pause === undefined ? null : (spec.resume ?? null)
  }
  const pipeline = compilePipeline(spec.nodes ?? [], runAt, layout, 'root')
  const end = pipeline.nodes[pipeline.nodes.length - 1]
  let finish = pipeline.end
  if (spec.finish !== undefined) {
    finish = spec.finish
    end.events = [ev(finish, 'RUNNING'), ev(finish, 'FINISHED')]
  }
  const deleted = spec.deleted === 'soft' ? 'soft' : spec.deleted ? 'hard' : 'no'
  return {
    id: spec.id,
    space: spec.space,
    template: spec.template,
    name: spec.name ?? `task ${spec.id}`,
    created: spec.created ?? 0,
    start,
    rowsAt,
    runAt,
    finish: runAt === null ? null : finish,
    pause: layout.pause,
    resume: layout.resume,
    revoke: spec.revoke ?? null,
    deleted,
    expired: spec.expired ?? false,
    engineError: window(spec.engine_error),
    rootId: nodeId(spec.id, 'root'),
    nodes: pipeline.nodes
  }
}

/** Checks the cross references a scenario relies on; throws one Error listing every problem. */
export function checkScenario(scenario: Scenario): void {
  const problems: string[] = []
  const apps = new Set(scenario.apps.map((a) => a.code))
  for (const s of scenario.spaces) {
    if (!apps.has(s.app)) problems.push(`space ${s.id}: unknown app "${s.app}"`)
  }
  const taskIds = new Set<number>()
  for (const t of scenario.tasks) {
    if (!Number.isInteger(t.id) || t.id <= 0)
      problems.push(`task id ${String(t.id)} is not a positive integer`)
    if (taskIds.has(t.id)) problems.push(`task ${t.id}: duplicate id`)
    taskIds.add(t.id)
    if (!Number.isInteger(t.space)) problems.push(`task ${t.id}: space must be an integer`)
  }
  if (problems.length > 0) throw new Error(`invalid scenario: ${problems.join('; ')}`)
}
