// The calls that drive tasks (bkflow-api-2.md §3–§5): create, start, revoke and list, each going
// through the client's one request path, with its response parsing beside it.
// Create is not idempotent, so a create whose answer was lost is never sent again.

import type { CallOptions, OperationEndpoint, TaskRef } from '../model.js'
import { BkflowError } from './errors.js'

/** Per-request hooks of the client's request path. */
export interface SendHooks<T> {
  /**
   * Sees every failed attempt (after classification) before the retry loop does: return a value to
   * accept the failure as success, or an error to throw (a non-retryable one ends the retries).
   */
  settle?: (error: BkflowError) => BkflowError | { value: T }
}

/** One request as the client sends it. */
export interface SendRequest<T> {
  endpoint: OperationEndpoint
  method: 'GET' | 'POST'
  /** Below the gateway base, query string included. */
  path: string
  ids: { taskId?: number; spaceId?: number }
  call: CallOptions
  body?: unknown
  interpret: (data: unknown) => T
  hooks?: SendHooks<T>
}

/** The client's request path, as BkflowClient hands it over. */
export type Send = <T>(request: SendRequest<T>) => Promise<T>

/** What to create (create_task with a space, create_task_by_app without). */
export interface CreateTaskRequest {
  templateId: number
  spaceId?: number
  name: string
  /** Keys already wrapped as `${key}`; values may be secrets: never put in a message. */
  constants: Record<string, unknown>
  /** Space variant: required by BKFlow; the caller defaults it to the username. */
  creator?: string
}

/** A task BKFlow created: its id, and its space when the answer names one. */
export interface CreatedTask {
  taskId: number
  spaceId?: number
}

/** One task of get_task_list, with the fields the filters and reports read. */
export interface TaskListItem {
  id: number
  name: string
  templateId: number | null
  creator: string
  /** Epoch ms, or null when BKFlow gave no readable time. */
  createdAt: number | null
  isStarted: boolean
  isFinished: boolean
  isRevoked: boolean
  /** Label names and full paths (null entries, for deleted labels, dropped). */
  labels: string[]
}

export interface TaskListPage {
  count: number
  results: TaskListItem[]
}

/** get_task_list's filters as BKFlow names them (bkflow-api-2.md §5); `limit` is capped at 200. */
export interface TaskListQuery {
  template_id?: number
  name?: string
  creator?: string
  label?: string
  /** `YYYY-MM-DD HH:MM:SS`, read by BKFlow as Asia/Shanghai. */
  create_at_start?: string
  limit: number
  offset: number
}

/** BKFlow's page size cap for get_task_list. */
export const TASK_LIST_MAX_LIMIT = 200

/** What revoking found: revoked now, or already revoked before. */
export type RevokeOutcome = 'revoked' | 'already-revoked'

/** Create, start, revoke and list: the calls that drive tasks, sent through the client. */
export class TaskOperations {
  constructor(
    private readonly send: Send,
    private readonly identity: { username?: string; hasUser: boolean }
  ) {}

  /**
   * Creates a task (not started). Sent once: only a 429 and a setup failure, which never reach
   * BKFlow, are retried. A lost answer (timeout, reset, 5xx, garbage) throws an
   * `unconfirmed` error saying a task may exist and how to find it. `nameAsWritten` is the name
   * without its variables expanded, for that message.
   */
  async createTask(
    request: CreateTaskRequest,
    call: CallOptions,
    nameAsWritten: string
  ): Promise<CreatedTask> {
    const { templateId, spaceId } = request
    const where =
      spaceId === undefined
        ? `template ${templateId} (by app)`
        : `template ${templateId} in space ${spaceId}`
    const find =
      spaceId === undefined
        ? `look in BKFlow for a task of template ${templateId} named "${nameAsWritten}"`
        : `list them with get_task_list?template_id=${templateId}&name=… (the name "${nameAsWritten}") in space ${spaceId}`
    // The name and the constants may hold variable values: an answer that echoes one loses it.
    const scrub = scrubber([request.name, request.constants])
    const settle = (error: BkflowError): BkflowError => {
      // A 429, or a setup failure (DNS, refused, TLS, a login page): BKFlow never saw the request.
      if (error.kind === 'rate_limited' || error.kind === 'unreachable') return error
      const bkMessage = error.bkMessage === undefined ? undefined : scrub(error.bkMessage)
      // BKFlow's own `result: false` envelope (HTTP 200) is a refusal by the view, which creates
      // nothing; a relayed task-module failure or no envelope at all leaves the outcome unknown.
      const refused =
        error.status === 200 &&
        error.kind !== 'malformed' &&
        !(error.bkMessage ?? '').startsWith('Request API error')
      if (error.retryable && !refused) {
        return new BkflowError({
          kind: 'unconfirmed',
          retryable: false,
          endpoint: error.endpoint,
          status: error.status,
          bkMessage,
          message: `The answer to creating a task from ${where} was lost (${scrub(error.message)}); a task may have been created anyway. Creating is not idempotent, so the gate did not try again: ${find} before running again.`
        })
      }
      return new BkflowError({
        kind: error.kind,
        retryable: false,
        endpoint: error.endpoint,
        status: error.status,
        bkMessage,
        message: `BKFlow refused to create a task from ${where}: ${scrub(error.message)} Check create.template_id, the space and the template's app binding.`
      })
    }
    if (spaceId === undefined) {
      if (!this.identity.hasUser) {
        throw configError(
          'Creating a task without space_id uses create_task_by_app, which needs a user identity: set username or access-token (BKFLOW_USERNAME or BKFLOW_ACCESS_TOKEN for the CLI), or give the task a space_id.'
        )
      }
      return this.send({
        endpoint: 'create_task_by_app',
        method: 'POST',
        path: `/template/${positive(templateId, 'template_id')}/create_task_by_app/`,
        ids: {},
        call,
        body: { name: request.name, constants: request.constants },
        interpret: parseCreated,
        hooks: { settle }
      })
    }
    const creator = request.creator ?? this.identity.username
    if (!creator) {
      throw configError(
        'create_task needs a creator: set create.creator in the spec, or the username input.'
      )
    }
    return this.send({
      endpoint: 'create_task',
      method: 'POST',
      path: `/space/${positive(spaceId, 'space_id')}/create_task/`,
      ids: { spaceId },
      call,
      body: {
        template_id: positive(templateId, 'template_id'),
        creator,
        name: request.name,
        constants: request.constants
      },
      interpret: parseCreated,
      hooks: { settle }
    })
  }

  /** Starts a created task. Safe to retry: "task already started" counts as started. */
  async startTask(ref: TaskRef, operator: string | undefined, call: CallOptions): Promise<void> {
    await this.operate<void>(
      ref,
      'start',
      operator,
      call,
      () => undefined,
      (error) => (refusal(error).includes('task already started') ? { value: undefined } : error)
    )
  }

  /**
   * Revokes a running task. A task already revoked is fine; one that finished, or never started,
   * cannot be revoked (BKFlow's engine refuses): a permanent error that says which.
   */
  async revokeTask(
    ref: TaskRef,
    operator: string | undefined,
    call: CallOptions
  ): Promise<RevokeOutcome> {
    return this.operate<RevokeOutcome>(
      ref,
      'revoke',
      operator,
      call,
      () => 'revoked',
      (error) => {
        const text = refusal(error)
        if (text.includes('REVOKED to REVOKED')) return { value: 'already-revoked' }
        const final = /from (FINISHED|FAILED|EXPIRED) to REVOKED/.exec(text)
        if (final) {
          return new BkflowError({
            kind: 'bad_request',
            retryable: false,
            endpoint: error.endpoint,
            bkMessage: error.bkMessage,
            message: `Task ${ref.taskId} had already ended (${final[1]}): there was nothing to revoke.`
          })
        }
        if (text.includes('does not exist')) {
          return new BkflowError({
            kind: 'bad_request',
            retryable: false,
            endpoint: error.endpoint,
            bkMessage: error.bkMessage,
            message: `Task ${ref.taskId} was never started: there was nothing to revoke.`
          })
        }
        return error
      }
    )
  }

  /** One page of a space's task list, newest first. */
  async listTasks(spaceId: number, query: TaskListQuery, call: CallOptions): Promise<TaskListPage> {
    const params = new URLSearchParams()
    for (const [key, value] of Object.entries(query)) {
      if (value !== undefined) params.set(key, String(value))
    }
    params.set('limit', String(Math.min(Math.max(1, query.limit), TASK_LIST_MAX_LIMIT)))
    return this.send({
      endpoint: 'get_task_list',
      method: 'GET',
      path: `/space/${positive(spaceId, 'space_id')}/get_task_list/?${params.toString()}`,
      ids: { spaceId },
      call,
      interpret: parseTaskListPage
    })
  }

  private operate<T>(
    ref: TaskRef,
    operation: 'start' | 'revoke',
    operator: string | undefined,
    call: CallOptions,
    interpret: () => T,
    settle: (error: BkflowError) => BkflowError | { value: T }
  ): Promise<T> {
    const taskId = positive(ref.taskId, 'task_id')
    if (ref.spaceId === undefined) {
      // The app-bound variant reads no body: the operator is the gateway's user.
      return this.send<T>({
        endpoint: 'operate_task_by_app',
        method: 'POST',
        path: `/task/${taskId}/operate_task_by_app/${operation}/`,
        ids: { taskId },
        call,
        interpret,
        hooks: { settle }
      })
    }
    const who = operator ?? this.identity.username
    if (!who) {
      throw configError(
        `operate_task/${operation} needs an operator: set create.creator in the spec, or the username input.`
      )
    }
    return this.send<T>({
      endpoint: 'operate_task',
      method: 'POST',
      path: `/space/${positive(ref.spaceId, 'space_id')}/task/${taskId}/operate_task/${operation}/`,
      ids: { taskId, spaceId: ref.spaceId },
      call,
      body: { operator: who },
      interpret,
      hooks: { settle }
    })
  }
}

/** Replaces every string (of 4 characters or more) found in `values`, at any depth, with `***`. */
function scrubber(values: unknown[]): (text: string) => string {
  const found: string[] = []
  const walk = (value: unknown): void => {
    if (typeof value === 'string') {
      if (value.length >= 4) found.push(value, JSON.stringify(value).slice(1, -1))
    } else if (Array.isArray(value)) value.forEach(walk)
    else if (value !== null && typeof value === 'object') Object.values(value).forEach(walk)
  }
  values.forEach(walk)
  const forms = [...new Set(found)].sort((a, b) => b.length - a.length)
  return (text) => forms.reduce((out, form) => out.split(form).join('***'), text)
}

/** The engine's own words for a refused operation ("fail: <exc>" or the message). */
function refusal(error: BkflowError): string {
  return error.bkMessage ?? ''
}

/** `data` of a create answer: the task id is `data.id` (`instance_id` is the engine's, not ours). */
export function parseCreated(data: unknown): CreatedTask {
  if (!isObject(data) || !isPositiveInt(data.id)) {
    throw malformed('the create answer has no task id (data.id)')
  }
  return {
    taskId: data.id,
    ...(isPositiveInt(data.space_id) && { spaceId: data.space_id })
  }
}

/** `data` of get_task_list: `{count, results}`; results without a positive integer id are refused. */
export function parseTaskListPage(data: unknown): TaskListPage {
  if (!isObject(data) || !Array.isArray(data.results)) {
    throw malformed('the task list has no results')
  }
  const results = data.results.map((item: unknown, index): TaskListItem => {
    if (!isObject(item) || !isPositiveInt(item.id)) {
      throw malformed(`task list entry ${index} has no id`)
    }
    return {
      id: item.id,
      name: typeof item.name === 'string' ? item.name : '',
      templateId: isPositiveInt(item.template_id) ? item.template_id : null,
      creator: typeof item.creator === 'string' ? item.creator : '',
      createdAt: parseBkflowTime(item.create_time),
      isStarted: item.is_started === true,
      isFinished: item.is_finished === true,
      isRevoked: item.is_revoked === true,
      // The full path too: BKFlow's label filter also matches a label's children (`release/ci`).
      labels: Array.isArray(item.labels)
        ? item.labels.flatMap((label: unknown) =>
            isObject(label)
              ? [label.name, label.full_path].filter((s): s is string => typeof s === 'string')
              : []
          )
        : []
    }
  })
  const count =
    typeof data.count === 'number' && Number.isSafeInteger(data.count) ? data.count : results.length
  return { count, results }
}

/** `2026-08-21 10:00:00+0800` (or ISO) → epoch ms; null when unreadable. */
export function parseBkflowTime(value: unknown): number | null {
  if (typeof value !== 'string') return null
  const m = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2})(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?$/.exec(
    value.trim()
  )
  if (!m) return null
  const zone =
    m[3] === undefined
      ? '+08:00'
      : m[3] === 'Z'
        ? 'Z'
        : m[3].replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2')
  const ms = Date.parse(`${m[1]}T${m[2]}${zone}`)
  return Number.isFinite(ms) ? ms : null
}

/** Epoch ms → `YYYY-MM-DD HH:MM:SS` in Asia/Shanghai (UTC+8, no daylight saving): BKFlow's naive time. */
export function shanghaiTime(ms: number): string {
  return new Date(ms + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ')
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isPositiveInt(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0
}

function positive(value: number, name: string): number {
  if (!isPositiveInt(value))
    throw configError(`${name} must be a positive integer (got ${String(value)}).`)
  return value
}

function configError(message: string): BkflowError {
  return new BkflowError({ kind: 'config', retryable: false, message })
}

function malformed(what: string): BkflowError {
  return new BkflowError({
    kind: 'malformed',
    retryable: true,
    message: `BKFlow returned an unexpected payload: ${what}.`
  })
}
