// get_task_node_detail's `data` for one node of a compiled task (bkflow-api-2.md §1): state fields,
// outputs as a list, the current attempt's `ex_data` and the archived earlier attempts.

import type { NodeEvent, SimNode, SimTask } from './compile.js'
import {
  attemptStart,
  attemptVersion,
  currentIndex,
  eventTime,
  isArchived,
  nodeJson,
  type TreeContext
} from './state-tree.js'
import { formatStateTime } from './time-format.js'

type Json = Record<string, unknown>

/** Plugins whose output schema the simulated BKFlow knows; another `component_code` fails. */
const DECLARED_OUTPUTS: Record<string, { name: string; key: string }[]> = {
  subprocess_plugin: [{ name: '任务ID', key: 'task_id' }],
  sleep_timer: [{ name: '执行结果', key: '_result' }],
  job_execute: [
    { name: 'JOB任务ID', key: 'job_inst_id' },
    { name: '执行结果', key: '_result' }
  ],
  bk_http_request: [
    { name: '状态码', key: 'status_code' },
    { name: '执行结果', key: '_result' }
  ]
}

/** Whether BKFlow's plugin library knows the code (`?component_code=`); unknown → `_format_outputs fail`. */
export function knownComponent(code: string, task: SimTask): boolean {
  return code in DECLARED_OUTPUTS || allComponents(task.nodes).has(code)
}

function allComponents(nodes: SimNode[], into = new Set<string>()): Set<string> {
  for (const node of nodes) {
    if (node.component !== '') into.add(node.component)
    allComponents(node.children, into)
  }
  return into
}

/** A node of the task by id at any depth (legacy subprocesses nest), with its parent's id. */
export function findNode(
  nodes: SimNode[],
  id: string,
  parentId: string
): { node: SimNode; parentId: string } | undefined {
  for (const node of nodes) {
    if (node.id === id) return { node, parentId }
    const inner = findNode(node.children, id, node.id)
    if (inner) return inner
  }
  return undefined
}

/** The raw outputs of an attempt, keyed as the engine writes them (before any rename). */
function rawOutputs(node: SimNode, e: NodeEvent): [string, unknown][] {
  const outputs: [string, unknown][] = []
  // The child id is written before the child starts, so it is there as soon as the node runs.
  if (node.childTaskId !== undefined) outputs.push(['task_id', node.childTaskId])
  if (e.state === 'FINISHED' || e.state === 'FAILED')
    outputs.push(['_result', e.state !== 'FAILED'])
  outputs.push(['_loop', e.loop])
  if (e.state === 'FAILED') outputs.push(['ex_data', e.exData ?? null])
  if (e.forcedFail) outputs.push(['_forced_failed', true])
  return outputs
}

/**
 * The outputs list (bkflow-api-2.md §1 "outputs format"): without a component code one
 * `{key, value, preset: false}` per raw key; with one, the declared outputs first with their
 * `name` and `preset: true`. A key the scenario maps to a global variable is renamed.
 */
function outputsList(node: SimNode, e: NodeEvent, componentCode: string | null): Json[] {
  const raw = rawOutputs(node, e).map(([key, value]): [string, unknown] => [
    node.renamedOutputs?.[key] ?? key,
    value
  ])
  if (componentCode === null) return raw.map(([key, value]) => ({ key, value, preset: false }))
  const declared = (DECLARED_OUTPUTS[componentCode] ?? []).map((d) => ({
    ...d,
    key: node.renamedOutputs?.[d.key] ?? d.key
  }))
  const values = new Map(raw)
  const list: Json[] = declared.map((d) => ({
    name: d.name,
    key: d.key,
    value: values.has(d.key) ? values.get(d.key) : '',
    preset: true
  }))
  const subprocess = componentCode === 'subprocess_plugin'
  for (const [key, value] of raw) {
    if (declared.some((d) => d.key === key)) continue
    list.push({
      name: subprocess ? key.replace(/^\$\{|\}$/g, '') : key,
      key,
      value,
      preset: subprocess
    })
  }
  return list
}

/** Events split into attempts: a new one at each change of (retry, loop, skip). */
function attempts(events: NodeEvent[], upTo: number): { first: number; last: number }[] {
  const groups: { first: number; last: number }[] = []
  for (let i = 0; i <= upTo; i++) {
    const e = events[i]
    const prev = groups[groups.length - 1]
    const p = prev === undefined ? undefined : events[prev.last]
    if (p && p.retry === e.retry && p.loop === e.loop && p.skip === e.skip) prev.last = i
    else groups.push({ first: i, last: i })
  }
  return groups
}

/** The data of a node that has not run: only its name, the configured flag and empty data. */
function notRun(node: SimNode): Json {
  return {
    name: node.name,
    error_ignorable: false,
    state: 'READY',
    inputs: {},
    outputs: [],
    ex_data: ''
  }
}

/**
 * The `data` of get_task_node_detail for `node` at sim second `t`. Times are null when unset
 * (unlike the state tree's ""), there is no `name` on a node that has run, and each earlier
 * attempt that ended (a failed try before a retry or skip, a finished loop) is in `histories`.
 */
export function nodeDetail(
  task: SimTask,
  found: { node: SimNode; parentId: string },
  t: number,
  epochMs: number,
  componentCode: string | null
): Json {
  const { node, parentId } = found
  const ctx: TreeContext = { task, t, te: eventTime(task, t), epochMs }
  const i = currentIndex(node.events, ctx.te)
  const state = i < 0 ? null : nodeJson(node, parentId, ctx)
  if (i < 0 || state === null) return notRun(node)
  const cur = node.events[i]
  const time = (value: unknown): string | null => (value === '' ? null : (value as string))
  const groups = attempts(node.events, i)
  const histories = groups.slice(0, -1).flatMap((g, h) => {
    const last = node.events[g.last]
    if (!isArchived(last.state)) return []
    const startAt = attemptStart(node.events, g.last)
    return [
      {
        id: h + 1,
        node_id: node.id,
        retry: last.retry,
        loop: last.loop,
        skip: last.skip,
        version: attemptVersion(node.id, last),
        state: last.state,
        history_id: h + 1,
        ex_data: last.state === 'FAILED' ? (last.exData ?? null) : null,
        inputs: {},
        outputs: outputsList(node, last, componentCode),
        children: {},
        elapsed_time: startAt === null ? 0 : Math.max(0, Math.round(last.at - startAt)),
        start_time: startAt === null ? null : formatStateTime(startAt, epochMs),
        finish_time: formatStateTime(last.at, epochMs)
      }
    ]
  })
  return {
    ...state,
    children: node.children.length === 0 ? {} : state.children,
    start_time: time(state.start_time),
    finish_time: time(state.finish_time),
    history_id: -1,
    inputs: {},
    outputs: outputsList(node, cur, componentCode),
    ex_data: cur.state === 'FAILED' ? (cur.exData ?? null) : null,
    histories
  }
}
