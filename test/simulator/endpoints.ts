// BKFlow's side of the simulated endpoints (interface decorators, then the task module), answering
// from the compiled scenario at a sim time. The gateway's checks run before these, in server.ts.

import { compileTask, checkScenario, withSubtasks, type SimTask } from './compile.js'
import type { Caller } from './gateway-auth.js'
import {
  decoratorError,
  detailFailure,
  engineFailure,
  gatewayError,
  notFound,
  otherSpace,
  relayedRefusal,
  statesFailure,
  statesSuccess,
  validationError,
  viewException,
  orderedBatchSuccess,
  wrappedSuccess,
  type SimResponse
} from './responses.js'
import type { Scenario, SpaceSpec, TemplateSpec } from './scenario-types.js'
import { rootState, stateTree } from './state-tree.js'
import { taskDetail } from './task-detail.js'
import { findNode, knownComponent, nodeDetail } from './node-detail.js'

/** The scenario compiled for lookups. */
export interface World {
  scenario: Scenario
  epochMs: number
  tasks: Map<number, SimTask>
  spaces: Map<number, SpaceSpec>
  templates: Map<number, TemplateSpec>
  /** Tasks in batch order: `-create_time` (ties: higher id first). */
  batchOrder: SimTask[]
}

/** The gateway's backend timeout (bkflow-api-2.md §10). */
export const GATEWAY_TIMEOUT_SEC = 120

/** Sim seconds the task module spends per id of a batch (a tree read); `batch_cost` overrides it. */
export const DEFAULT_BATCH_COST = 0.05

/** Sim time 0 when a scenario gives no epoch: 2026-08-21 10:00:00 +0800. */
export const DEFAULT_EPOCH = '2026-08-21T10:00:00+08:00'

/** Compiles a checked scenario into the lookups the endpoints use. */
export function buildWorld(scenario: Scenario): World {
  checkScenario(scenario)
  const epochMs = Date.parse(scenario.epoch ?? DEFAULT_EPOCH)
  if (Number.isNaN(epochMs))
    throw new Error(`invalid scenario: epoch "${scenario.epoch}" is not a date`)
  const compiled = scenario.tasks.flatMap((t) => withSubtasks(compileTask(t, epochMs)))
  const seen = new Set<number>()
  for (const task of compiled) {
    if (seen.has(task.id)) {
      throw new Error(`invalid scenario: task ${task.id} is both declared and a subprocess child`)
    }
    seen.add(task.id)
  }
  return {
    scenario,
    epochMs,
    tasks: new Map(compiled.map((t) => [t.id, t])),
    spaces: new Map(scenario.spaces.map((s) => [s.id, s])),
    templates: new Map((scenario.templates ?? []).map((t) => [t.id, t])),
    batchOrder: [...compiled].sort((a, b) => b.created - a.created || b.id - a.id)
  }
}

/** A request as the endpoints see it, after the gateway let it through. */
export interface BkflowRequest {
  caller: Caller
  spaceId?: number
  taskId?: number
  nodeId?: string
  /** The query string (get_task_node_detail reads `component_code` and `loop`). */
  query?: URLSearchParams
  body: string
  traceId: string
  /** Sim seconds now. */
  t: number
}

function inWindow(w: { from: number; until: number } | null, t: number): boolean {
  return w !== null && t >= w.from && t < w.until
}

/** check_jwt_and_space: B1 when the space does not exist, B2 when another app owns it. */
function checkSpace(world: World, req: BkflowRequest): SimResponse | null {
  const space = world.spaces.get(req.spaceId ?? -1)
  if (!space) return decoratorError(403, `空间不存在，space_id=${req.spaceId}`, req.traceId)
  if (space.app !== req.caller.app.code) {
    return decoratorError(403, `当前应用无权操作此空间，app=${req.caller.app.code}`, req.traceId)
  }
  return null
}

/** A task the single-task endpoints can see: the DRF queryset excludes deleted and expired ones. */
function visibleTask(world: World, taskId: number | undefined): SimTask | undefined {
  const task = world.tasks.get(taskId ?? -1)
  return task && task.deleted === 'no' && !task.expired ? task : undefined
}

/** The task module's get_states for a task it found, in the space the caller named. */
function taskStates(world: World, task: SimTask, spaceId: number, req: BkflowRequest): SimResponse {
  if (task.space !== spaceId) return otherSpace(task.id, req.traceId)
  if (inWindow(task.engineError, req.t)) return engineFailure(task.id, req.traceId)
  return statesSuccess(stateTree(task, req.t, world.epochMs), req.traceId)
}

/** GET /space/{s}/task/{t}/get_task_states/ */
export function getTaskStates(world: World, req: BkflowRequest): SimResponse {
  const denied = checkSpace(world, req)
  if (denied) return denied
  const task = visibleTask(world, req.taskId)
  if (!task) return notFound(req.traceId)
  return taskStates(world, task, req.spaceId ?? -1, req)
}

/** GET /task/{t}/get_task_states_by_app/: check_task_bk_app_code (A2–A6), then get_states. */
export function getTaskStatesByApp(world: World, req: BkflowRequest): SimResponse {
  const id = req.taskId ?? -1
  const task = visibleTask(world, id)
  if (!task) return decoratorError(404, `任务不存在，task_id=${id}`, req.traceId)
  if (task.template === undefined) {
    return decoratorError(403, `任务未关联任何模板，task_id=${id}`, req.traceId)
  }
  const template = world.templates.get(task.template)
  if (!template || template.deleted) {
    return decoratorError(
      404,
      `任务关联的模板不存在，task_id=${id}，template_id=${task.template}`,
      req.traceId
    )
  }
  if (template.app === null || template.app === '') {
    return decoratorError(
      403,
      `任务关联的模板未绑定任何 bk_app_code，task_id=${id}，template_id=${task.template}`,
      req.traceId
    )
  }
  if (template.app !== req.caller.app.code) {
    return decoratorError(
      403,
      `当前应用无权操作此任务，app=${req.caller.app.code}，模板绑定的 app=${template.app}`,
      req.traceId
    )
  }
  return taskStates(world, task, task.space, req)
}

/** DRF's Python type name of a JSON value, for its "got type" messages. */
function pythonType(value: unknown): string {
  if (value === null) return 'NoneType'
  if (Array.isArray(value)) return 'list'
  if (typeof value === 'boolean') return 'bool'
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'float'
  if (typeof value === 'string') return 'str'
  return 'dict'
}

/** DRF IntegerField: ints, integral floats and numeric strings pass; bools and the rest do not. */
function toTaskId(value: unknown): number | null {
  if (typeof value === 'number') return Number.isInteger(value) ? value : null
  if (typeof value === 'string' && /^\s*-?\d+(\.0*)?\s*$/.test(value))
    return Number.parseInt(value, 10)
  return null
}

/** POST /space/{s}/get_tasks_states/ with `{"task_ids": [...]}`. */
export function getTasksStates(world: World, req: BkflowRequest): SimResponse {
  const denied = checkSpace(world, req)
  if (denied) return denied
  let body: unknown
  try {
    body = JSON.parse(req.body)
  } catch {
    // B9: json.loads' own error text, code 500.
    return viewException('Expecting value: line 1 column 1 (char 0)', req.traceId)
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return validationError(
      'non_field_errors',
      `无效数据。期待为字典类型，得到的是 ${pythonType(body)} 。`,
      req.traceId
    )
  }
  const raw = (body as Record<string, unknown>).task_ids
  if (raw === undefined) return validationError('task_ids', '该字段是必填项。', req.traceId)
  if (raw === null) return validationError('task_ids', '该字段不能为 null。', req.traceId)
  if (!Array.isArray(raw)) {
    return validationError(
      'task_ids',
      `期望为一个包含物件的列表，得到的类型是“${pythonType(raw)}”。`,
      req.traceId
    )
  }
  const ids = new Set<number>()
  for (const item of raw) {
    const id = toTaskId(item)
    if (id === null) return validationError('task_ids', '请填写合法的整数值。', req.traceId)
    ids.add(id)
  }
  // Each id the task module finds costs it a full tree read; the gateway cuts at 120 s (504).
  const found = world.batchOrder.filter((t) => ids.has(t.id) && t.space === req.spaceId)
  if (found.length * (world.scenario.batch_cost ?? DEFAULT_BATCH_COST) > GATEWAY_TIMEOUT_SEC) {
    return gatewayError('REQUEST_BACKEND_TIMEOUT', {
      upstream_error:
        'connection timed out while reading response header from upstream OR reading upstream'
    })
  }
  const entries: [string, { state: string | null }][] = []
  // The task module filters by id and space only: unknown, other-space and hard-deleted ids are
  // omitted, soft-deleted and expired ones are kept (bkflow-api.md §1.3, §5.5).
  for (const task of world.batchOrder) {
    if (!ids.has(task.id) || task.space !== req.spaceId || task.deleted === 'hard') continue
    if (task.expired) entries.push([String(task.id), { state: 'EXPIRED' }])
    else if (inWindow(task.engineError, req.t)) entries.push([String(task.id), { state: null }])
    else entries.push([String(task.id), { state: rootState(task, req.t) }])
  }
  return orderedBatchSuccess(entries, req.traceId)
}

/** GET /space/{s}/task/{t}/get_task_detail/: checks the space but not the task's membership of it. */
export function getTaskDetail(world: World, req: BkflowRequest): SimResponse {
  const denied = checkSpace(world, req)
  if (denied) return denied
  const task = visibleTask(world, req.taskId)
  if (!task) return detailFailure('未找到。', req.traceId)
  const templateName = task.template === undefined ? '' : `template ${task.template}`
  const parent = task.parentTaskId === undefined ? undefined : world.tasks.get(task.parentTaskId)
  const parentState = parent ? rootState(parent, req.t) : undefined
  return wrappedSuccess(
    taskDetail(task, req.t, world.epochMs, templateName, parentState),
    req.traceId
  )
}

/**
 * GET /space/{s}/task/{t}/node/{n}/get_task_node_detail/ (bkflow-api-2.md §1): the space check,
 * the task module's task and membership checks, then the node's detail in the OperationResult
 * envelope (no `code`).
 */
export function getTaskNodeDetail(world: World, req: BkflowRequest): SimResponse {
  const denied = checkSpace(world, req)
  if (denied) return denied
  const loop = req.query?.get('loop')
  if (loop !== null && loop !== undefined && !/^\s*-?\d+\s*$/.test(loop)) {
    return validationError('loop', '请填写合法的整数值。', req.traceId)
  }
  const task = visibleTask(world, req.taskId)
  if (!task) return notFound(req.traceId)
  const path = `task/${task.id}/get_task_node_detail/${req.nodeId ?? ''}/`
  if (task.space !== req.spaceId) return relayedRefusal(path, 'space_id is invalid', req.traceId)
  const found = findNode(task.nodes, req.nodeId ?? '', task.rootId)
  if (!found) return relayedRefusal(path, 'node_id should be in task', req.traceId)
  if (inWindow(task.engineError, req.t)) return engineFailure(task.id, req.traceId)
  const code = req.query?.get('component_code') ?? null
  if (code !== null && !knownComponent(code, task)) {
    return statesFailure('_format_outputs fail', req.traceId)
  }
  return statesSuccess(nodeDetail(task, found, req.t, world.epochMs, code), req.traceId)
}
