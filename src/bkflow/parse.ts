// Defensive parsers for BKFlow payloads (bkflow-api.md §2.4, §5): typed trees, names and batch maps
// from whatever the API sends, tolerating its quirks and unknown extra fields.

import type { NodeDetail, NodeNames, PipelineNode, State, TreeNode } from '../model.js'
import { BkflowError } from './errors.js'

/**
 * A state tree from `data` of get_task_states. Accepts the full engine tree, CREATED_STATUS
 * (`skip: 0`, null times) and bare `{"state": …}` objects; throws BkflowError 'malformed' only when
 * a node is not an object with a string state.
 */
export function parseStateTree(data: unknown): TreeNode {
  return parseNode(data, '', ROOT, 0)
}

/** Where a node sits, for error messages only: built lazily, as trees may hold 100,000 nodes. */
type Where = () => string
const ROOT: Where = () => 'the state tree'

/** Far deeper than any pipeline nests subprocesses; deeper input is refused, not recursed into. */
export const MAX_TREE_DEPTH = 200

function parseNode(value: unknown, keyId: string, where: Where, depth: number): TreeNode {
  if (!isObject(value) || typeof value.state !== 'string') {
    throw malformed(`${where()} is not an object with a string state`)
  }
  if (depth > MAX_TREE_DEPTH)
    throw malformed(`the state tree is nested over ${MAX_TREE_DEPTH} levels deep`)
  const id = nonEmptyString(value.id) ?? keyId
  return {
    id,
    state: value.state,
    retry: count(value.retry, 0),
    loop: count(value.loop, 1),
    skip: flag(value.skip),
    errorIgnored: flag(value.error_ignored),
    elapsedSec: count(value.elapsed_time, 0),
    startTime: nonEmptyString(value.start_time) ?? null,
    finishTime: nonEmptyString(value.finish_time) ?? null,
    version: nonEmptyString(value.version) ?? null,
    children: parseChildren(value.children, id === '' ? where : () => `node ${id}`, depth + 1)
  }
}

// `children` is a map keyed by node id; an array is tolerated in case a proxy or a future version
// reshapes it. Missing or null means no reached children (bare `{"state": …}` roots).
function parseChildren(value: unknown, parent: Where, depth: number): TreeNode[] {
  if (Array.isArray(value)) {
    return value.map((child, i) => parseNode(child, '', () => `child ${i} of ${parent()}`, depth))
  }
  if (!isObject(value)) return []
  return Object.entries(value).map(([key, child]) =>
    parseNode(child, key, () => `child ${key} of ${parent()}`, depth)
  )
}

/**
 * Runtime node id → what get_task_detail's `pipeline_tree` says of it: name, type, template node
 * id, component code and auto-retry settings, for activities and gateways at any depth (legacy
 * SubProcess activities nest a `pipeline`). Start and end events are left out.
 */
export function parseNodeNames(pipelineTree: unknown): NodeNames {
  const names: NodeNames = new Map()
  collectNames(pipelineTree, names, 0)
  return names
}

// Depth is bounded so a cyclic or absurd payload cannot recurse without end.
const MAX_DEPTH = 32

function collectNames(tree: unknown, names: NodeNames, depth: number): void {
  if (!isObject(tree) || depth > MAX_DEPTH) return
  for (const section of ['activities', 'gateways'] as const) {
    const entries = tree[section]
    if (!isObject(entries)) continue
    for (const [key, node] of Object.entries(entries)) {
      if (!isObject(node)) continue
      const id = nonEmptyString(node.id) ?? key
      const entry: PipelineNode = {
        name: typeof node.name === 'string' ? node.name : '',
        type: typeof node.type === 'string' ? node.type : section === 'gateways' ? 'Gateway' : ''
      }
      const templateNodeId = nonEmptyString(node.template_node_id)
      if (templateNodeId !== undefined) entry.templateNodeId = templateNodeId
      const component = isObject(node.component) ? nonEmptyString(node.component.code) : undefined
      if (component !== undefined) entry.component = component
      // The engine's retry needs the node's `retryable` flag: without it auto-retry cannot happen.
      const autoRetry = node.retryable === false ? undefined : parseAutoRetry(node.auto_retry)
      if (autoRetry !== undefined) entry.autoRetry = autoRetry
      if (skipsOnTimeout(node.timeout_config)) entry.skipsOnTimeout = true
      names.set(id, entry)
      if (section === 'activities') collectNames(node.pipeline, names, depth + 1)
    }
  }
}

/** BKFlow's own cap on auto-retry times and interval (bkflow-api-2.md §6.2). */
const AUTO_RETRY_CAP = 10

/**
 * An activity's `auto_retry` as BKFlow reads it at task creation (bkflow-api-2.md §6.2): only a
 * truthy `enable` counts; `times` and `interval` go through Python's int(), abs() and a cap of
 * 10, a missing `times` or a non-numeric value becoming 10, a missing interval 0.
 */
function parseAutoRetry(value: unknown): PipelineNode['autoRetry'] {
  if (!isObject(value) || !pythonTruthy(value.enable)) return undefined
  return {
    times: engineInt(value.times, AUTO_RETRY_CAP),
    intervalSec: engineInt(value.interval, 0)
  }
}

/**
 * Whether a `timeout_config` registers a timeout that skips the node (bkflow-api-2.md §6.3): a
 * truthy `enable`, a non-zero JSON integer `seconds` (BKFlow skips "60" and 0 silently) and the
 * action `forced_fail_and_skip`.
 */
function skipsOnTimeout(value: unknown): boolean {
  if (!isObject(value) || !pythonTruthy(value.enable)) return false
  const seconds = value.seconds
  if (typeof seconds !== 'number' || !Number.isInteger(seconds) || seconds === 0) return false
  return value.action === 'forced_fail_and_skip'
}

function engineInt(value: unknown, missing: number): number {
  if (value === undefined || value === null) return missing
  let n: number
  if (typeof value === 'number' && Number.isFinite(value)) n = Math.trunc(value)
  else if (typeof value === 'boolean') n = value ? 1 : 0
  else if (typeof value === 'string' && /^\s*[+-]?\d+\s*$/.test(value)) n = Number(value)
  else return AUTO_RETRY_CAP
  return Math.min(Math.abs(n), AUTO_RETRY_CAP)
}

function pythonTruthy(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0
  if (isObject(value)) return Object.keys(value).length > 0
  return Boolean(value)
}

/**
 * The `data` of get_tasks_states as task id → root state, for the ids that were asked for.
 * BKFlow omits unknown ids (they stay absent) and reports `null` when its per-task query failed.
 */
export function parseBatchStates(
  data: unknown,
  requested: readonly number[]
): Map<number, State | null> {
  if (!isObject(data)) throw malformed('the batch answer is not an object of task states')
  const wanted = new Set(requested)
  const states = new Map<number, State | null>()
  for (const [key, entry] of Object.entries(data)) {
    if (!/^\d+$/.test(key)) continue
    const taskId = Number(key)
    if (!wanted.has(taskId)) continue
    if (typeof entry === 'string') states.set(taskId, entry)
    else if (entry === null) states.set(taskId, null)
    else if (isObject(entry) && (typeof entry.state === 'string' || entry.state === null)) {
      states.set(taskId, entry.state)
    } else if (isObject(entry) && !('state' in entry)) states.set(taskId, null)
    else throw malformed(`the batch entry for task ${key} has no readable state`)
  }
  return states
}

/**
 * The `data` of get_task_node_detail (bkflow-api-2.md §1). Tolerates every shape the engine sends:
 * a not-run node (`name`, `state: READY`, `ex_data: ""`), null times, `ex_data` as text, JSON or
 * null, outputs as a list (or a plain map), histories with or without `ex_data`. Throws
 * BkflowError 'malformed' only when `data` is not an object with a string state.
 */
export function parseNodeDetail(data: unknown): NodeDetail {
  if (!isObject(data) || typeof data.state !== 'string') {
    throw malformed('the node detail is not an object with a string state')
  }
  const outputs = parseOutputs(data.outputs)
  const histories = (Array.isArray(data.histories) ? data.histories : [])
    .filter((h): h is Record<string, unknown> => isObject(h) && typeof h.state === 'string')
    .map((h) => ({
      retry: count(h.retry, 0),
      loop: count(h.loop, 1),
      state: h.state as State,
      version: nonEmptyString(h.version) ?? null,
      // A past loop's history items lack `ex_data`; it is still inside their outputs.
      exData: failureText(
        'ex_data' in h ? h.ex_data : outputValue(parseOutputs(h.outputs), 'ex_data')
      )
    }))
    // Oldest first: BKFlow lists them by history row, but a proxy could reorder; loop, then retry.
    .sort((a, b) => a.loop - b.loop || a.retry - b.retry)
  return {
    state: data.state,
    version: nonEmptyString(data.version) ?? null,
    retry: count(data.retry, 0),
    loop: count(data.loop, 1),
    exData: failureText(data.ex_data),
    outputs,
    histories
  }
}

// `outputs` is a list of `{key, value, name?, preset}`; a plain `{key: value}` map is tolerated.
function parseOutputs(value: unknown): NodeDetail['outputs'] {
  if (isObject(value)) return Object.entries(value).map(([key, v]) => ({ key, value: v }))
  if (!Array.isArray(value)) return []
  const outputs: NodeDetail['outputs'] = []
  for (const entry of value) {
    if (!isObject(entry) || typeof entry.key !== 'string') continue
    const output: NodeDetail['outputs'][number] = { key: entry.key, value: entry.value }
    if (typeof entry.name === 'string') output.name = entry.name
    outputs.push(output)
  }
  return outputs
}

function outputValue(outputs: NodeDetail['outputs'], key: string): unknown {
  return outputs.find((o) => o.key === key)?.value
}

// ex_data is usually text (plain, JSON or HTML), null on success and "" on a node that never ran;
// a structured value is kept as its JSON text. Empty means none.
function failureText(value: unknown): string | null {
  if (value === null || value === undefined) return null
  const text = typeof value === 'string' ? value : JSON.stringify(value)
  return text === undefined || text.trim() === '' ? null : text
}

function malformed(what: string): BkflowError {
  return new BkflowError({
    kind: 'malformed',
    retryable: true,
    message: `BKFlow returned an unexpected payload: ${what}.`
  })
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function nonEmptyString(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined
}

// Integers arrive as numbers; numeric strings are tolerated. Anything else is the neutral value.
function count(value: unknown, fallback: number): number {
  if (typeof value === 'number' && Number.isFinite(value)) return value
  if (typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value)) return Number(value)
  return fallback
}

// `skip` is the number 0 in CREATED_STATUS and a boolean elsewhere.
function flag(value: unknown): boolean {
  return value === true || value === 1 || value === 'true' || value === '1'
}
