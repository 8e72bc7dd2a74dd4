// BKFlow's create, operate and list endpoints (bkflow-api-2.md §3–§5) as the simulator answers
// them. Created tasks join the world: they are instantiated from their template's node list, are
// not started until operate_task/start, and from then on run the template's timeline.

import { compileTask, withSubtasks, type SimTask } from './compile.js'
import { getTaskStatesByApp, type BkflowRequest, type World } from './endpoints.js'
import {
  bkflow,
  decoratorError,
  notFound,
  otherSpace,
  validationError,
  viewException,
  wrappedSuccess,
  type SimResponse
} from './responses.js'
import type { EndpointName, NodeSpec, TaskSpec } from './scenario-types.js'
import { rootState } from './state-tree.js'
import { formatDetailTime } from './time-format.js'

/** The endpoints this module answers. */
export const OPERATION_ENDPOINTS = [
  'create_task',
  'create_task_by_app',
  'operate_task',
  'operate_task_by_app',
  'get_task_list'
] as const satisfies readonly EndpointName[]

export type OperationEndpointName = (typeof OPERATION_ENDPOINTS)[number]

/** A request routed to one of these endpoints, with the path's ids. */
export interface OperationRoute {
  endpoint: OperationEndpointName
  spaceId?: number
  taskId?: number
  templateId?: number
  operation?: string
}

/** The gateway's resources for these endpoints; path params are `\d+` / `\w+` as in urls.py. */
export function matchOperationRoute(method: string, subPath: string): OperationRoute | null {
  if (method === 'GET') {
    const m = /^\/space\/(\d+)\/get_task_list\/$/.exec(subPath)
    return m ? { endpoint: 'get_task_list', spaceId: Number(m[1]) } : null
  }
  if (method !== 'POST') return null
  let m = /^\/space\/(\d+)\/create_task\/$/.exec(subPath)
  if (m) return { endpoint: 'create_task', spaceId: Number(m[1]) }
  m = /^\/template\/(\d+)\/create_task_by_app\/$/.exec(subPath)
  if (m) return { endpoint: 'create_task_by_app', templateId: Number(m[1]) }
  m = /^\/space\/(\d+)\/task\/(\d+)\/operate_task\/(\w+)\/$/.exec(subPath)
  if (m) {
    return {
      endpoint: 'operate_task',
      spaceId: Number(m[1]),
      taskId: Number(m[2]),
      operation: m[3]
    }
  }
  m = /^\/task\/(\d+)\/operate_task_by_app\/(\w+)\/$/.exec(subPath)
  if (m) return { endpoint: 'operate_task_by_app', taskId: Number(m[1]), operation: m[2] }
  return null
}

/** The app-bound resources need a user identity and no resource permission (bkflow-api-2.md §3.1, §4). */
export function operationNeedsUser(endpoint: EndpointName): boolean {
  return endpoint === 'create_task_by_app' || endpoint === 'operate_task_by_app'
}

/** What the operation handlers read besides the base request. */
export type OperationRequest = BkflowRequest & Omit<OperationRoute, 'endpoint'>

/** Task specs of this world that operations change (created ones, and scenario tasks started or revoked). */
const specs = new WeakMap<World, Map<number, TaskSpec>>()

function specOf(world: World, taskId: number): TaskSpec | undefined {
  let byId = specs.get(world)
  if (!byId) {
    byId = new Map(world.scenario.tasks.map((t) => [t.id, { ...t }]))
    specs.set(world, byId)
  }
  return byId.get(taskId)
}

/** (Re)compiles a spec into the world, keeping the batch and list order `-create_time`, then `-id`. */
function install(world: World, spec: TaskSpec): SimTask {
  let byId = specs.get(world)
  if (!byId) {
    specOf(world, spec.id)
    byId = specs.get(world) as Map<number, TaskSpec>
  }
  byId.set(spec.id, spec)
  const task = compileTask(spec, world.epochMs)
  // Its subprocess children are tasks of their own, as at scenario start.
  const all = withSubtasks(task)
  const ids = new Set(all.map((t) => t.id))
  for (const t of all) world.tasks.set(t.id, t)
  const order = world.batchOrder.filter((t) => !ids.has(t.id))
  order.push(...all)
  order.sort((a, b) => b.created - a.created || b.id - a.id)
  world.batchOrder.splice(0, world.batchOrder.length, ...order)
  return task
}

function checkSpace(world: World, req: BkflowRequest): SimResponse | null {
  const space = world.spaces.get(req.spaceId ?? -1)
  if (!space) return decoratorError(403, `空间不存在，space_id=${req.spaceId}`, req.traceId)
  if (space.app !== req.caller.app.code) {
    return decoratorError(403, `当前应用无权操作此空间，app=${req.caller.app.code}`, req.traceId)
  }
  return null
}

/** The JSON object body, or the answer BKFlow gives to one that is not. */
function parseBody(
  req: BkflowRequest
): { body: Record<string, unknown> } | { refused: SimResponse } {
  let body: unknown
  try {
    body = JSON.parse(req.body === '' ? '{}' : req.body)
  } catch {
    return { refused: viewException('Expecting value: line 1 column 1 (char 0)', req.traceId) }
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return {
      refused: validationError('non_field_errors', '无效数据。期待为字典类型。', req.traceId)
    }
  }
  return { body: body as Record<string, unknown> }
}

/** The create answer's `data`: every TaskInstance column, `parameters` and (space variant) labels. */
function taskInstance(
  world: World,
  spec: TaskSpec,
  task: SimTask,
  t: number
): Record<string, unknown> {
  const time = (sec: number | null): string | null =>
    sec === null ? null : formatDetailTime(sec, world.epochMs)
  const started = task.start !== null && t >= task.start
  const state = rootState(task, t)
  return {
    id: task.id,
    instance_id: task.rootId,
    space_id: task.space,
    scope_type: null,
    scope_value: null,
    template_id: task.template ?? null,
    name: task.name,
    creator: spec.creator ?? 'admin',
    create_time: time(task.created),
    create_method: 'API',
    trigger_method: 'api',
    executor: started ? (spec.creator ?? 'admin') : '',
    start_time: started ? time(task.start) : null,
    finish_time:
      state === 'FINISHED' ? time(task.finish) : state === 'REVOKED' ? time(task.revoke) : null,
    description: '',
    is_started: started,
    is_finished: state === 'FINISHED',
    is_revoked: state === 'REVOKED',
    is_deleted: false,
    is_expired: false,
    snapshot_id: task.id * 10 + 1,
    execution_snapshot_id: task.id * 10 + 2,
    tree_info_id: null,
    extra_info: {},
    labels: (spec.labels ?? []).map((name, i) => ({
      id: i + 1,
      name,
      color: '#dcffe2',
      full_path: name
    }))
  }
}

function nextTaskId(world: World): number {
  let max = 0
  for (const id of world.tasks.keys()) max = Math.max(max, id)
  return max + 1
}

/** The template's nodes without their ids: BKFlow gives every new task fresh runtime ids (§3.3). */
function freshIds(nodes: NodeSpec[]): NodeSpec[] {
  return nodes.map(({ id: _id, nodes: inner, ...rest }) => ({
    ...rest,
    ...(inner !== undefined && { nodes: freshIds(inner) })
  }))
}

/** Creates the task from its template's nodes: not started (bkflow-api-2.md §3.3). */
function createFrom(
  world: World,
  req: BkflowRequest,
  templateId: number,
  spaceId: number,
  creator: string,
  body: Record<string, unknown>
): SimResponse {
  const template = world.templates.get(templateId)
  const name = typeof body.name === 'string' ? body.name : 'default_taskflow_instance'
  if (name.length > 128) {
    return validationError('name', '请确保这个字段不超过 128 个字符。', req.traceId)
  }
  const constants = body.constants ?? {}
  if (typeof constants !== 'object' || constants === null || Array.isArray(constants)) {
    return validationError('constants', '请填写合法的JSON。', req.traceId)
  }
  const id = nextTaskId(world)
  const spec: TaskSpec = {
    id,
    space: spaceId,
    template: templateId,
    name,
    creator,
    created: req.t,
    nodes: freshIds(template?.nodes ?? []),
    constants: constants as Record<string, unknown>
  }
  const task = install(world, spec)
  const data = {
    ...taskInstance(world, spec, task, req.t),
    parameters: { ...(constants as Record<string, unknown>) }
  }
  return wrappedSuccess(data, req.traceId)
}

/** POST /space/{s}/create_task/ */
export function createTask(world: World, req: OperationRequest): SimResponse {
  const denied = checkSpace(world, req)
  if (denied) return denied
  const parsed = parseBody(req)
  if ('refused' in parsed) return parsed.refused
  const { body } = parsed
  const templateId = body.template_id
  if (templateId === undefined)
    return validationError('template_id', '该字段是必填项。', req.traceId)
  if (typeof templateId !== 'number' || !Number.isInteger(templateId)) {
    return validationError('template_id', '请填写合法的整数值。', req.traceId)
  }
  if (typeof body.creator !== 'string' || body.creator === '') {
    return validationError('creator', '该字段是必填项。', req.traceId)
  }
  if (body.creator.length > 32) {
    return validationError('creator', '请确保这个字段不超过 32 个字符。', req.traceId)
  }
  const template = world.templates.get(templateId)
  if (
    !template ||
    template.deleted ||
    (template.space !== undefined && template.space !== req.spaceId)
  ) {
    // A BKFlow ValidationError takes the generic branch: code 500 (bkflow-api-2.md §3.5).
    return viewException(
      `模版不存在，space_id=${req.spaceId}, template_id=${templateId}`,
      req.traceId
    )
  }
  return createFrom(world, req, templateId, req.spaceId ?? -1, body.creator, body)
}

/** POST /template/{t}/create_task_by_app/: check_template_bk_app_code, creator = the gateway user. */
export function createTaskByApp(world: World, req: OperationRequest): SimResponse {
  const id = req.templateId ?? -1
  const template = world.templates.get(id)
  if (!template || template.deleted) {
    return decoratorError(404, `模板不存在，template_id=${id}`, req.traceId)
  }
  if (template.app === null || template.app === '') {
    return decoratorError(403, `模板未绑定任何 bk_app_code，template_id=${id}`, req.traceId)
  }
  if (template.app !== req.caller.app.code) {
    return decoratorError(
      403,
      `当前应用无权操作此模板，app=${req.caller.app.code}，模板绑定的 app=${template.app}`,
      req.traceId
    )
  }
  const parsed = parseBody(req)
  if ('refused' in parsed) return parsed.refused
  const { body } = parsed
  // The space comes from the template; a scenario template without one lives in the app's first space.
  const space = template.space ?? world.scenario.spaces.find((s) => s.app === template.app)?.id ?? 0
  return createFrom(world, req, id, space, req.caller.user ?? 'admin', body)
}

/** The engine's refusal: `message: "fail"`, the reason in `exc` (bkflow-api-2.md §4). */
function engineRefusal(exc: string, traceId: string, message = 'fail'): SimResponse {
  return bkflow(
    200,
    {
      result: false,
      data: null,
      message,
      exc,
      exc_trace: `Traceback (most recent call last):\n  File "bamboo_engine/engine.py", line 120\n${exc}`,
      trace_id: traceId
    },
    traceId
  )
}

const VALID_OPERATIONS = new Set(['start', 'pause', 'resume', 'revoke'])

/** The task module's operate: start once, revoke a running task; other refusals as the engine words them. */
function operate(world: World, req: OperationRequest, task: SimTask): SimResponse {
  const operation = req.operation ?? ''
  if (!VALID_OPERATIONS.has(operation)) {
    return bkflow(
      200,
      {
        result: false,
        message: `Request API error, status_code: 500, url: http://bkflow-task.service.consul/task/${task.id}/operate/${operation}/, method: POST`,
        trace_id: req.traceId
      },
      req.traceId
    )
  }
  const spec = specOf(world, task.id)
  if (!spec) return notFound(req.traceId)
  const t = req.t
  const started = task.start !== null && t >= task.start
  if (operation === 'start') {
    if (started) {
      return engineRefusal(
        'task already started',
        req.traceId,
        'task operation error: task already started'
      )
    }
    install(world, { ...spec, start: t })
    return bkflow(
      200,
      {
        result: true,
        data: null,
        message: 'success',
        exc: null,
        exc_trace: null,
        trace_id: req.traceId
      },
      req.traceId
    )
  }
  if (!started) return engineRefusal(`node(${task.rootId}) does not exist`, req.traceId)
  if (operation !== 'revoke') {
    return engineRefusal(`operation ${operation} is not simulated`, req.traceId)
  }
  const state = rootState(task, t)
  // A derived FAILED task's root is still RUNNING, so it can be revoked; an ended root cannot.
  if (state === 'FINISHED' || state === 'REVOKED' || state === 'EXPIRED') {
    return engineRefusal(
      `can't not transit node(${task.rootId}) state from ${state} to REVOKED`,
      req.traceId
    )
  }
  install(world, { ...spec, revoke: t })
  return bkflow(
    200,
    {
      result: true,
      data: null,
      message: 'success',
      exc: null,
      exc_trace: null,
      trace_id: req.traceId
    },
    req.traceId
  )
}

/** POST /space/{s}/task/{t}/operate_task/{op}/ with `{"operator": …}` (required). */
export function operateTask(world: World, req: OperationRequest): SimResponse {
  const denied = checkSpace(world, req)
  if (denied) return denied
  const parsed = parseBody(req)
  if ('refused' in parsed) return parsed.refused
  const { body } = parsed
  if (typeof body.operator !== 'string' || body.operator === '') {
    return validationError('operator', '该字段是必填项。', req.traceId)
  }
  const task = world.tasks.get(req.taskId ?? -1)
  if (!task || task.deleted !== 'no' || task.expired) return notFound(req.traceId)
  if (task.space !== req.spaceId) return otherSpace(task.id, req.traceId)
  return operate(world, req, task)
}

/** POST /task/{t}/operate_task_by_app/{op}/: the same checks as the other app-bound endpoint; no body read. */
export function operateTaskByApp(world: World, req: OperationRequest): SimResponse {
  // check_task_bk_app_code answers exactly as for get_task_states_by_app: reuse its refusals.
  const check = getTaskStatesByApp(world, req)
  const parsed = JSON.parse(check.body) as { result?: unknown }
  if (parsed.result !== true) return check
  const task = world.tasks.get(req.taskId ?? -1)
  if (!task) return notFound(req.traceId)
  return operate(world, req, task)
}

/** Asia/Shanghai naive `YYYY-MM-DD HH:MM:SS` → sim seconds, or null. */
function naiveShanghai(text: string, epochMs: number): number | null {
  const m = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2})?)$/.exec(text.trim())
  if (!m) return null
  const ms = Date.parse(`${m[1]}T${m[2].length === 5 ? `${m[2]}:00` : m[2]}+08:00`)
  return Number.isFinite(ms) ? (ms - epochMs) / 1000 : null
}

/**
 * GET /space/{s}/get_task_list/: only the serializer's filters work (is_started, is_finished and
 * the rest are silently ignored); newest first; limit default 100, capped at 200; no `state` field.
 */
export function getTaskList(world: World, req: OperationRequest): SimResponse {
  const denied = checkSpace(world, req)
  if (denied) return denied
  const q = req.query ?? new URLSearchParams()
  const t = req.t
  const filters: ((task: SimTask, spec: TaskSpec | undefined) => boolean)[] = []
  const name = q.get('name')
  if (name) filters.push((task) => task.name.toLowerCase().includes(name.toLowerCase()))
  const creator = q.get('creator')
  if (creator) filters.push((_, spec) => (spec?.creator ?? 'admin') === creator)
  const templateId = q.get('template_id')
  if (templateId) {
    if (!/^\d+$/.test(templateId))
      return validationError('template_id', '请填写合法的整数值。', req.traceId)
    filters.push((task) => task.template === Number(templateId))
  }
  const id = q.get('id')
  if (id) filters.push((task) => task.id === Number(id))
  for (const [key, keep] of [
    ['create_at_start', (created: number, at: number) => created >= at],
    ['create_at_end', (created: number, at: number) => created <= at]
  ] as const) {
    const value = q.get(key)
    if (!value) continue
    const at = naiveShanghai(value, world.epochMs)
    if (at === null) return validationError(key, '日期时间格式错误。', req.traceId)
    filters.push((task) => keep(task.created, at))
  }
  const label = q.get('label')
  if (label) {
    // Names match as case-insensitive substrings; when none matches, nothing is listed.
    const wanted = label
      .split(/[,\s]+/)
      .filter(Boolean)
      .map((s) => s.toLowerCase())
    filters.push((_, spec) =>
      (spec?.labels ?? []).some((l) => wanted.some((w) => l.toLowerCase().includes(w)))
    )
  }
  const rawLimit = Number(q.get('limit') ?? '100')
  const limit = !Number.isInteger(rawLimit) || rawLimit <= 0 ? 10 : Math.min(rawLimit, 200)
  const offset = Math.max(0, Number(q.get('offset') ?? '0') || 0)
  const matches = world.batchOrder.filter((task) => {
    if (task.deleted !== 'no' || task.expired || task.created > t) return false
    const spec = specOf(world, task.id)
    return filters.every((keep) => keep(task, spec))
  })
  const results = matches.slice(offset, offset + limit).map((task) => {
    const spec = specOf(world, task.id) ?? { id: task.id, space: task.space }
    return taskInstance(world, spec, task, t)
  })
  return wrappedSuccess(
    {
      count: matches.length,
      // Built by the internal task module: unusable by clients (bkflow-api-2.md §5).
      next:
        offset + limit < matches.length
          ? `http://bkflow-task.service.consul/task/?limit=${limit}&offset=${offset + limit}`
          : null,
      previous: offset > 0 ? `http://bkflow-task.service.consul/task/?limit=${limit}` : null,
      results
    },
    req.traceId
  )
}

/** The handler of each endpoint this module answers. */
export const OPERATION_HANDLERS: Record<
  OperationEndpointName,
  (world: World, req: OperationRequest) => SimResponse
> = {
  create_task: createTask,
  create_task_by_app: createTaskByApp,
  operate_task: operateTask,
  operate_task_by_app: operateTaskByApp,
  get_task_list: getTaskList
}
