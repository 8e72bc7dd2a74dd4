// Turns a scenario into per-node event lists (the internal model the endpoints read).
// Compact nodes are laid out one after another from the task's start; explicit events are taken as given.

import { createHash } from 'node:crypto'
import type { NodeSpec, NodeType, Scenario, TaskSpec, WindowSpec } from './scenario-types.js'
import { formatCompactTime } from './time-format.js'

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
  /** On FAILED events: BKFlow retries it on its own, so no failure callback reaches a parent task. */
  autoRetry?: boolean
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
  /** Activities and gateways (top level): the node's id in the template (bkflow-api-2.md §8). */
  templateNodeId?: string
  /** Activities: `auto_retry` and `timeout_config` as the pipeline tree holds them. */
  autoRetry?: { enable: boolean; times: number; interval: number }
  timeout?: { seconds: number; action: 'forced_fail' | 'forced_fail_and_skip' }
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
  /** A subprocess child: the task whose node created it (detail's `parent_task_info`). */
  parentTaskId?: number
  /** The tasks this task's subprocess nodes created (each with its own), in pipeline order. */
  subtasks: SimTask[]
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
  space: number
  /** Seeds the template node ids: tasks of one template share them, as in BKFlow. */
  template: number | undefined
  pause: number | null
  resume: number | null
  epochMs: number
  /** Child tasks created by this task's subprocess nodes, collected while laying out. */
  subtasks: SimTask[]
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

/** The failure text BKFlow writes when a node timeout forces the failure (bkflow-api-2.md §6.3). */
export const FORCED_FAIL_TEXT = 'forced fail by bkflow_engine'

/** Seconds between a FAILED that BKFlow auto-retries and the retry: `interval` plus Celery's latency. */
const AUTO_RETRY_LATENCY = 1

/**
 * BKFlow's auto-retry strategy for a node, as fixed at task creation (bkflow-api-2.md §6.2):
 * `times` and `interval` capped at 10, `times` 10 when missing. Null when not enabled.
 */
export function autoRetryOf(spec: NodeSpec): { times: number; interval: number } | null {
  const config = spec.auto_retry
  if (config === undefined || config.enable === false) return null
  const cap = (value: number | undefined, missing: number) =>
    value === undefined ? missing : Math.min(Math.abs(Math.trunc(value)), 10)
  return { times: cap(config.times, 10), interval: cap(config.interval, 0) }
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
  if (result === 'FINISHED') {
    c += duration
    events.push(ev(c, 'FINISHED', 0, loops))
    return { events, next: c }
  }
  if (spec.error_ignored) {
    // An ignorable failure: the engine marks the node FINISHED with error_ignored and goes on.
    c += duration
    events.push(ev(c, 'FINISHED', 0, loops, false, true))
    return { events, next: c }
  }
  // Failing attempts (`fail_times`, default all), each retried by BKFlow while its strategy has
  // retries left: FAILED for `interval` + latency, then READY (retry + 1, new version), RUNNING.
  const auto = autoRetryOf(spec)
  const failTimes = spec.fail_times ?? Infinity
  let retry = 0
  for (;;) {
    if (retry >= failTimes) {
      c += duration
      events.push(ev(c, 'FINISHED', retry, loops))
      return { events, next: c }
    }
    c += spec.timeout ?? duration
    const failure = failed(c, retry, loops, failureText(spec, name, retry))
    if (spec.timeout !== undefined) {
      failure.exData = FORCED_FAIL_TEXT
      failure.forcedFail = true
    }
    events.push(failure)
    if (spec.timeout !== undefined && spec.timeout_action === 'forced_fail_and_skip') {
      // BKFlow skips it right after the forced fail; the FAILED shows for a moment (1 s here).
      c += 1
      events.push(ev(c, 'FINISHED', retry, loops, true))
      return { events, next: c }
    }
    if (auto === null || retry >= auto.times) break
    failure.autoRetry = true
    c += auto.interval + AUTO_RETRY_LATENCY
    retry++
    events.push(ev(c, 'READY', retry, loops))
    c += 1
    events.push(ev(c, 'RUNNING', retry, loops))
  }
  // No automatic retry left: the failure stands until an operator acts, if one does.
  if (spec.skip_after !== undefined) {
    c += spec.skip_after
    events.push(ev(c, 'FINISHED', retry, loops, true))
    return { events, next: c }
  }
  if (spec.retry_after === undefined) return { events, next: null }
  c += spec.retry_after
  retry++
  events.push(ev(c, 'READY', retry, loops))
  c += spec.ready_for ?? 1
  events.push(ev(c, 'RUNNING', retry, loops))
  const then = spec.then ?? 'FINISHED'
  if (then === 'RUNNING') return { events, next: null }
  c += duration
  events.push(
    then === 'FAILED'
      ? failed(c, retry, loops, failureText(spec, name, retry))
      : ev(c, then, retry, loops)
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
    // Runtime ids are new in every task; template node ids are the template's (top level only).
    const id = spec.id ?? nodeId(layout.taskId, path, index)
    const declared = spec.type ?? (spec.nodes ? 'SubProcess' : 'ServiceActivity')
    // BKFlow turns every SubProcess into a subprocess_plugin activity running a child task;
    // `legacy: true` keeps the old engine layout, nested in the same tree.
    const plugin = declared === 'SubProcess' && spec.legacy !== true
    const type = plugin ? 'ServiceActivity' : declared
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
      component: plugin
        ? 'subprocess_plugin'
        : isGateway || kind === 'subprocess'
          ? ''
          : (spec.component ?? 'sleep_timer'),
      events: [],
      children: [],
      ...(spec.rename_outputs ? { renamedOutputs: spec.rename_outputs } : {})
    }
    if (path === 'root' && kind !== 'subprocess') {
      node.templateNodeId =
        spec.template_node_id ??
        'node' + hex32('template', layout.template ?? `task ${layout.taskId}`, index).slice(0, 28)
    }
    if (kind === 'activity') {
      const auto = autoRetryOf(spec)
      node.autoRetry =
        auto === null ? { enable: false, times: 1, interval: 0 } : { enable: true, ...auto }
      if (spec.timeout !== undefined) {
        node.timeout = { seconds: spec.timeout, action: spec.timeout_action ?? 'forced_fail' }
      }
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
    if (plugin) {
      if (at === null) {
        c = null
        return
      }
      const child = compileChild(spec, node.name, layout.taskId * 100 + index + 1, at, layout)
      layout.subtasks.push(child)
      node.childTaskId = child.id
      node.events = subprocessEvents(at, child)
      c = child.finish
      return
    }
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

/** The text of a subprocess node whose child failed (bkflow-api-2.md §7). */
export const CHILD_FAILED_TEXT = '子流程执行失败，请检查失败节点'

/**
 * The child task a subprocess node creates when it runs at `at` (bkflow-api-2.md §7): a task of
 * its own (fresh id, the parent's space and template unless told, started at once), named
 * `<node name>_子流程_<YYYYmmddHHMMSS>`.
 */
function compileChild(
  spec: NodeSpec,
  nodeName: string,
  defaultId: number,
  at: number,
  parent: Layout
): SimTask {
  const id = spec.child_id ?? defaultId
  const layout: Layout = {
    taskId: id,
    space: spec.child_space ?? parent.space,
    template: spec.child_template ?? parent.template,
    pause: null,
    resume: null,
    epochMs: parent.epochMs,
    subtasks: []
  }
  const pipeline = compilePipeline(spec.nodes ?? [], at, layout, 'root')
  return {
    id,
    space: layout.space,
    template: layout.template,
    name: `${nodeName}_子流程_${formatCompactTime(at, parent.epochMs)}`,
    created: at,
    start: at,
    rowsAt: at,
    runAt: at,
    finish: pipeline.end,
    pause: null,
    resume: null,
    revoke: null,
    deleted: 'no',
    expired: false,
    engineError: null,
    rootId: nodeId(id, 'root'),
    nodes: pipeline.nodes,
    parentTaskId: parent.taskId,
    subtasks: layout.subtasks
  }
}

/**
 * A subprocess node's timeline from its child's: RUNNING while the child runs, FAILED (with
 * BKFlow's fixed text) while a child node's failure stands (BKFlow's own retries do not call back),
 * RUNNING again when an operator retries or skips it, FINISHED when the child finishes.
 */
function subprocessEvents(at: number, child: SimTask): NodeEvent[] {
  const changes: { at: number; delta: number }[] = []
  const scan = (nodes: SimNode[]): void => {
    for (const node of nodes) {
      node.events.forEach((e, i) => {
        if (e.state !== 'FAILED' || e.autoRetry) return
        changes.push({ at: e.at, delta: 1 })
        const next = node.events[i + 1]
        if (next !== undefined) changes.push({ at: next.at, delta: -1 })
      })
      scan(node.children)
    }
  }
  scan(child.nodes)
  changes.sort((a, b) => a.at - b.at || a.delta - b.delta)
  const events: NodeEvent[] = [ev(at, 'RUNNING')]
  let failing = 0
  for (const change of changes) {
    const before = failing
    failing += change.delta
    if (before === 0 && failing > 0) events.push(failed(change.at, 0, 1, CHILD_FAILED_TEXT))
    else if (before > 0 && failing === 0) events.push(ev(change.at, 'RUNNING'))
  }
  if (child.finish !== null) events.push(ev(child.finish, 'FINISHED'))
  return events
}

/** Compiles one task of a scenario, with the child tasks of its subprocess nodes. */
export function compileTask(
  spec: TaskSpec,
  epochMs = Date.parse('2026-08-21T10:00:00+08:00')
): SimTask {
  const start = spec.start ?? null
  const rowsAt = start === null ? null : Math.max(start, spec.engine_rows_at ?? start)
  const runAt = rowsAt === null ? null : rowsAt + (spec.ready_for ?? 0)
  const layout: Layout = {
    taskId: spec.id,
    space: spec.space,
    template: spec.template,
    pause: spec.pause ?? null,
    resume: spec.pause === undefined ? null : (spec.resume ?? null),
    epochMs,
    subtasks: []
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
    nodes: pipeline.nodes,
    subtasks: layout.subtasks
  }
}

/** A task and every task its subprocess nodes created, at any depth. */
export function withSubtasks(task: SimTask): SimTask[] {
  return [task, ...task.subtasks.flatMap(withSubtasks)]
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
