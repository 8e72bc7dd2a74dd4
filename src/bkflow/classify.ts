// The error tables of bkflow-api.md §3 as one pure function: an HTTP answer in, data or a typed error out.
// Most BKFlow failures arrive as HTTP 200 with `result: false`, so the branch is on `result`, never on `code`.

import type { ApiEndpoint } from '../model.js'
import { ACTION_SETTINGS, type SettingNames } from '../settings.js'
import { BkflowError, trimQuote, type BkflowErrorKind } from './errors.js'
import { serverHintMs } from './retry.js'

/** What was asked, for messages that name the task, the space and the fix. */
export interface RequestContext {
  endpoint: ApiEndpoint
  method: string
  /** The gateway path as sent, e.g. `/api/bk-flow-engine/prod/space/7/task/42/get_task_states/`. */
  path: string
  taskId?: number
  spaceId?: number
  appCode: string
  /** Masks secrets; quotes of the answer pass through it before they are cut to length. */
  redact?: (text: string) => string
  /** How messages name the settings to fix (default: the action's inputs). */
  settings?: SettingNames
}

/** One complete HTTP answer. */
export interface RawResponse {
  status: number
  headers: Headers
  body: string
  /** The body already parsed (and redacted) by the caller; absent: parse `body` here. */
  parsed?: { value: unknown }
}

/** `{ data }` for `result: true`, otherwise the classified failure (returned, not thrown). */
export function classifyResponse(
  response: RawResponse,
  ctx: RequestContext,
  nowMs: number
): { data: unknown } | BkflowError {
  const json =
    response.parsed === undefined ? parseJsonObject(response.body) : asObject(response.parsed.value)
  const status = response.status
  const names = settingNames(ctx)
  const fail = (kind: BkflowErrorKind, retryable: boolean, what: string, bk?: string) =>
    new BkflowError({
      kind,
      retryable,
      endpoint: ctx.endpoint,
      status,
      bkMessage: bk,
      message: bk === undefined ? what : `${what} BKFlow said: "${bk}"`,
      retryAfterMs: retryable ? serverHintMs(response.headers, nowMs, status === 429) : undefined
    })
  const bk = bkMessageOf(json, response, ctx)

  if (status >= 200 && status < 300) return classifyEnvelope(json, response, ctx, fail)
  if (status >= 300 && status < 400) {
    // Redirects are not followed (a custom auth header would go to wherever they point); one here
    // means the URL is not the gateway's (a login page, an http→https hop, a renamed stage).
    const location = response.headers.get('location')
    return fail(
      'api_not_found',
      false,
      `The server answered ${ctx.method} ${ctx.path} with a redirect (HTTP ${status}${location === null ? '' : ` to ${trimQuote(location, ctx.redact)}`}): check ${names.apiUrl}: it must be the BKFlow gateway base itself.`
    )
  }
  if (status === 429) {
    return fail(
      'rate_limited',
      true,
      `The API gateway rate-limited ${ctx.endpoint} (HTTP 429): lower ${names.rateLimit} (the gateway allows 5000 requests per minute per app, shared by every caller using app ${ctx.appCode}).`,
      bk
    )
  }
  const gatewayCode = gatewayCodeName(json, response.headers)
  if (status === 400 || status === 401) {
    if (gatewayCode === 'INVALID_ARGS' || status === 401) {
      const userReason = /user authentication|user identity|bk_username|access_token|bk_token/i
      if (bk !== undefined && userReason.test(bk)) {
        return fail(
          'auth',
          false,
          `The API gateway could not authenticate a user for ${ctx.endpoint} (HTTP ${status}): the app-bound endpoint needs a user identity: set ${names.username} or ${names.accessToken}, or give the task a space_id.`,
          bk
        )
      }
      return fail(
        'auth',
        false,
        `The API gateway rejected the app credentials (HTTP ${status}): check ${names.appCode} and ${names.appSecret}.`,
        bk
      )
    }
    return fail('bad_request', false, `BKFlow refused ${describe(ctx)} (HTTP ${status}).`, bk)
  }
  if (status === 403) return classifyForbidden(json, response, ctx, gatewayCode, bk, fail)
  if (status === 404) {
    if (gatewayCode === 'API_NOT_FOUND' || json === undefined) {
      return fail(
        'api_not_found',
        false,
        `The API gateway has no route for ${ctx.method} ${ctx.path} (HTTP 404): check ${names.apiUrl}: it must be the BKFlow gateway base, such as https://bkapi.example.com/api/bk-flow-engine/prod (some installations omit /api).`,
        bk
      )
    }
    if (bk !== undefined && bk.includes('任务关联的模板不存在')) {
      return fail(
        'permission',
        false,
        `The template of task ${ctx.taskId} no longer exists, so the app-bound endpoint cannot authorize it (HTTP 404): give the task a space_id to use the space-scoped endpoint.`,
        bk
      )
    }
    return fail(
      'task_not_found',
      false,
      `Task ${ctx.taskId} does not exist (HTTP 404): check task_id; it may have been deleted or have expired.`,
      bk
    )
  }
  if (status === 408 || status >= 500) {
    const name = gatewayCode === undefined ? '' : ` ${gatewayCode}`
    return fail(
      'transient',
      true,
      `BKFlow or its API gateway failed temporarily on ${describe(ctx)} (HTTP ${status}${name}${json === undefined ? ', not JSON' : ''}).`,
      bk
    )
  }
  return fail('bad_request', false, `BKFlow refused ${describe(ctx)} (HTTP ${status}).`, bk)
}

type Fail = (kind: BkflowErrorKind, retryable: boolean, what: string, bk?: string) => BkflowError

function classifyEnvelope(
  json: Record<string, unknown> | undefined,
  response: RawResponse,
  ctx: RequestContext,
  fail: Fail
): { data: unknown } | BkflowError {
  if (json === undefined && response.status < 300 && isHtml(response)) {
    // A login page, a proxy's block page or a portal: the URL is not the gateway, and asking again
    // will not change that. Retried only within the client's short setup budget.
    const title = htmlTitle(response.body)
    const named = title === undefined ? '' : ` ("${trimQuote(title, ctx.redact)}")`
    return fail(
      'unreachable',
      true,
      `${ctx.method} ${ctx.path} answered HTTP ${response.status} with an HTML page${named} instead of BKFlow's JSON: check ${settingNames(ctx).apiUrl} (it must be the gateway base, not a web page) and the proxy variables (HTTPS_PROXY, HTTP_PROXY, NO_PROXY).`
    )
  }
  if (json === undefined || typeof json.result !== 'boolean') {
    const snippet =
      response.body.length === 0 ? 'an empty body' : `"${trimQuote(response.body, ctx.redact)}"`
    return fail(
      'malformed',
      true,
      `BKFlow answered ${describe(ctx)} with HTTP ${response.status} but not a JSON envelope with a boolean result: ${snippet}.`
    )
  }
  if (json.result) return { data: json.data }
  // Tests run on the whole message (a B4 relay can be long); quotes use the trimmed one.
  const raw = typeof json.message === 'string' ? json.message.trim() : ''
  // An operation the engine refused says only "fail"; its reason is in `exc` (bkflow-api-2.md §4).
  const exc = typeof json.exc === 'string' && json.exc.trim() !== '' ? json.exc : undefined
  const operation = ctx.endpoint === 'operate_task' || ctx.endpoint === 'operate_task_by_app'
  const bk =
    operation && raw === 'fail' && exc !== undefined
      ? trimQuote(`fail: ${exc}`, ctx.redact)
      : bkMessageOf(json, response, ctx)
  const relay = /^Request API error, status_code: (\d{3})/.exec(raw)
  const notFound =
    json.code === 'not_found' ||
    raw === '未找到。' ||
    /^not found\.?$/i.test(raw) ||
    (isObject(json.data) &&
      typeof json.data.detail === 'string' &&
      /^(未找到。|not found\.?)$/i.test(json.data.detail)) ||
    (relay !== null && relay[1] === '404')
  if (notFound) {
    const where = ctx.spaceId === undefined ? '' : ` in space ${ctx.spaceId}`
    return fail(
      'task_not_found',
      false,
      `Task ${ctx.taskId} was not found${where}: it does not exist, was deleted, or has expired. Check task_id.`,
      bk
    )
  }
  if (relay !== null && relay[1] === '403' && raw.includes('space_id is invalid')) {
    return fail(
      'wrong_space',
      false,
      `Task ${ctx.taskId} is not in space ${ctx.spaceId}: fix space_id.`,
      bk
    )
  }
  if (relay !== null && Number(relay[1]) >= 500) {
    return fail('transient', true, `BKFlow's task module failed on ${describe(ctx)}.`, bk)
  }
  if (relay !== null) {
    return fail('bad_request', false, `BKFlow's task module refused ${describe(ctx)}.`, bk)
  }
  if (raw.startsWith('Request API error, exception')) {
    return fail(
      'transient',
      true,
      `BKFlow could not reach its task module for ${describe(ctx)}.`,
      bk
    )
  }
  if (raw.startsWith('task operation error') || (raw === 'fail' && 'exc' in json)) {
    return fail('transient', true, `BKFlow's engine query failed for ${describe(ctx)}.`, bk)
  }
  if (isSerializerMessage(raw)) {
    return fail('bad_request', false, `BKFlow rejected the body of ${describe(ctx)}.`, bk)
  }
  // Unrecognized `result: false` (B9/B10 "maybe"): retried until the deadline rather than trusted.
  return fail('transient', true, `BKFlow reported a failure for ${describe(ctx)}.`, bk)
}

function classifyForbidden(
  json: Record<string, unknown> | undefined,
  response: RawResponse,
  ctx: RequestContext,
  gatewayCode: string | undefined,
  bk: string | undefined,
  fail: Fail
): BkflowError {
  const text = bk ?? ''
  if (gatewayCode === 'APP_NO_PERMISSION') {
    const expired = text.includes('expired')
    return fail(
      'permission',
      false,
      `App ${ctx.appCode} has no permission to the BKFlow resource ${ctx.endpoint} (HTTP 403): ${expired ? 'renew' : 'apply for'} the resource permission of the BKFlow gateway in the BlueKing API gateway console.`,
      bk
    )
  }
  if (text.includes('空间不存在')) {
    return fail(
      'permission',
      false,
      `Space ${ctx.spaceId} does not exist (HTTP 403): fix space_id.`,
      bk
    )
  }
  if (text.includes('无权操作此空间')) {
    return fail(
      'permission',
      false,
      `Space ${ctx.spaceId} belongs to another app (HTTP 403): use a space that app ${ctx.appCode} owns, or fix space_id.`,
      bk
    )
  }
  if (text.includes('未关联任何模板')) {
    return fail(
      'permission',
      false,
      `Task ${ctx.taskId} is not linked to any template, so the app-bound endpoint cannot authorize it (HTTP 403): give the task a space_id to use the space-scoped endpoint.`,
      bk
    )
  }
  if (text.includes('未绑定任何')) {
    return fail(
      'permission',
      false,
      `The template of task ${ctx.taskId} is not bound to any app (HTTP 403): bind the task's template to app ${ctx.appCode} in BKFlow, or give the task a space_id.`,
      bk
    )
  }
  if (text.includes('无权操作此任务')) {
    return fail(
      'permission',
      false,
      `The template of task ${ctx.taskId} is bound to another app (HTTP 403): bind the task's template to app ${ctx.appCode}, use that app's credentials, or give the task a space_id.`,
      bk
    )
  }
  if (json === undefined && /API gateway/i.test(response.body)) {
    return fail(
      'api_not_found',
      false,
      `The request reached BKFlow directly instead of through the API gateway (HTTP 403): check ${settingNames(ctx).apiUrl}: it must be the gateway base, such as https://bkapi.example.com/api/bk-flow-engine/prod.`,
      bk
    )
  }
  return fail(
    'permission',
    false,
    `Access to ${describe(ctx)} was denied (HTTP 403): check that app ${ctx.appCode} has permission to the BKFlow gateway resource and owns the space.`,
    bk
  )
}

/** How this request's messages name the settings to fix. */
export function settingNames(ctx: RequestContext): SettingNames {
  return ctx.settings ?? ACTION_SETTINGS
}

/** A short description of the request for messages: `get_task_states for task 42 in space 7`. */
export function describe(ctx: RequestContext): string {
  const task = ctx.taskId === undefined ? '' : ` for task ${ctx.taskId}`
  const space = ctx.spaceId === undefined ? '' : ` in space ${ctx.spaceId}`
  return `${ctx.endpoint}${task}${space}`
}

function parseJsonObject(body: string): Record<string, unknown> | undefined {
  try {
    return asObject(JSON.parse(body))
  } catch {
    return undefined
  }
}

function asObject(value: unknown): Record<string, unknown> | undefined {
  return isObject(value) ? value : undefined
}

function isHtml(response: RawResponse): boolean {
  const type = response.headers.get('content-type') ?? ''
  return /html/i.test(type) || /^\s*</.test(response.body.slice(0, 1024))
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The gateway's code name (`INVALID_ARGS`, …) from the body or the X-Bkapi-Error-Code header. */
function gatewayCodeName(json: Record<string, unknown> | undefined, headers: Headers) {
  if (json !== undefined && typeof json.code_name === 'string') return json.code_name
  const numeric = json?.code ?? headers.get('x-bkapi-error-code')
  const byCode: Record<string, string> = {
    '1640001': 'INVALID_ARGS',
    '1640101': 'APP_VERIFY_FAILED',
    '1640102': 'USER_VERIFY_FAILED',
    '1640301': 'APP_NO_PERMISSION',
    '1640401': 'API_NOT_FOUND',
    '1642902': 'RATE_LIMIT_RESTRICTION',
    '1650001': 'INTERNAL_SERVER_ERROR',
    '1650200': 'BAD_GATEWAY',
    '1650300': 'SERVICE_UNAVAILABLE',
    '1650401': 'REQUEST_BACKEND_TIMEOUT'
  }
  return typeof numeric === 'string' || typeof numeric === 'number'
    ? byCode[String(numeric)]
    : undefined
}

/** BKFlow's own words: the body's `message`, else the gateway's error header, trimmed. */
function bkMessageOf(
  json: Record<string, unknown> | undefined,
  response: RawResponse,
  ctx: RequestContext
): string | undefined {
  if (json !== undefined && typeof json.message === 'string' && json.message.trim() !== '') {
    return trimQuote(json.message, ctx.redact)
  }
  const header = response.headers.get('x-bkapi-error-message')
  if (header !== null && header.trim() !== '') return trimQuote(header, ctx.redact)
  if (json === undefined && response.body.trim() !== '' && response.status >= 300) {
    return trimQuote(htmlTitle(response.body) ?? response.body, ctx.redact)
  }
  return undefined
}

function htmlTitle(body: string): string | undefined {
  const match = /<title>([^<]*)<\/title>/i.exec(body)
  return match?.[1]
}

/** B8: DRF serializer errors are a JSON object of field → messages. */
function isSerializerMessage(message: string): boolean {
  if (!message.startsWith('{')) return false
  try {
    return isObject(JSON.parse(message))
  } catch {
    return false
  }
}
