// Every body and status the four endpoints can answer with (bkflow-api.md §3): gateway errors,
// BKFlow decorator errors, wrapped task-module results and success envelopes.

import { randomBytes } from 'node:crypto'

/** A response before the gateway adds its request-id and rate-limit headers. */
export interface SimResponse {
  status: number
  headers: Record<string, string>
  body: string
  /** Set when the response is a BKFlow one (gets Bkflow-Engine-Trace-Id); gateway errors have none. */
  traceId?: string
}

/** A 32-hex trace id, or the incoming `traceparent` verbatim (bkflow-api.md §3.1). */
export function newTraceId(traceparent?: string): string {
  return traceparent && traceparent.length > 0 ? traceparent : randomBytes(16).toString('hex')
}

/** A gateway error's code and name per HTTP status (APISIX errorx). */
export const GATEWAY_ERRORS = {
  INVALID_ARGS: { status: 400, code: 1640001, name: 'INVALID_ARGS', text: 'Parameters error' },
  APP_NO_PERMISSION: {
    status: 403,
    code: 1640301,
    name: 'APP_NO_PERMISSION',
    text: 'App has no permission to the resource'
  },
  API_NOT_FOUND: { status: 404, code: 1640401, name: 'API_NOT_FOUND', text: 'API not found' },
  RATE_LIMIT_RESTRICTION: {
    status: 429,
    code: 1642902,
    name: 'RATE_LIMIT_RESTRICTION',
    text: 'API rate limit exceeded by stage strategy'
  },
  INTERNAL_SERVER_ERROR: {
    status: 500,
    code: 1650001,
    name: 'INTERNAL_SERVER_ERROR',
    text: 'Internal Server Error'
  },
  BAD_GATEWAY: { status: 502, code: 1650200, name: 'BAD_GATEWAY', text: 'Bad Gateway' },
  SERVICE_UNAVAILABLE: {
    status: 503,
    code: 1650300,
    name: 'SERVICE_UNAVAILABLE',
    text: 'Service Unavailable'
  },
  REQUEST_BACKEND_TIMEOUT: {
    status: 504,
    code: 1650401,
    name: 'REQUEST_BACKEND_TIMEOUT',
    text: 'Request backend service timeout'
  }
} as const

export type GatewayErrorName = keyof typeof GATEWAY_ERRORS

/**
 * A gateway error: the exact five-key body, X-Bkapi-Error-* headers, and extra detail appended
 * as ` [key="value"]` (bkflow-api.md §3.3). `status` overrides the error's usual one.
 */
export function gatewayError(
  name: GatewayErrorName,
  detail: Record<string, string> = {},
  status?: number
): SimResponse {
  const error = GATEWAY_ERRORS[name]
  const fields = Object.entries(detail).map(([k, v]) => `${k}="${v}"`)
  const message = fields.length > 0 ? `${error.text} [${fields.join(' ')}]` : error.text
  const body = JSON.stringify({
    code: error.code,
    code_name: error.name,
    message,
    result: false,
    data: null
  })
  return {
    status: status ?? error.status,
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'x-bkapi-error-code': String(error.code),
      'x-bkapi-error-message': message
    },
    body
  }
}

/** The gateway error that a status fault answers with (unknown statuses borrow BAD_GATEWAY's code). */
export function gatewayErrorForStatus(status: number): SimResponse {
  switch (status) {
    case 400:
      return gatewayError('INVALID_ARGS', { reason: 'bk_app_code or bk_app_secret is incorrect' })
    case 403:
      return gatewayError('APP_NO_PERMISSION', { reason: 'no permission' })
    case 404:
      return gatewayError('API_NOT_FOUND')
    case 429:
      return gatewayError('RATE_LIMIT_RESTRICTION')
    case 500:
      return gatewayError('INTERNAL_SERVER_ERROR', { reason: 'auth backend unavailable' })
    case 503:
      return gatewayError('SERVICE_UNAVAILABLE')
    case 504:
      return gatewayError('REQUEST_BACKEND_TIMEOUT', {
        upstream_error:
          'connection timed out while reading response header from upstream OR reading upstream'
      })
    case 502:
      return gatewayError('BAD_GATEWAY', { upstream_error: 'connection refused' })
    default:
      return gatewayError('BAD_GATEWAY', { upstream_error: 'connection refused' }, status)
  }
}

/** A BKFlow JSON answer; the trace id goes into the Bkflow-Engine-Trace-Id header. */
export function bkflow(status: number, payload: unknown, traceId: string): SimResponse {
  return {
    status,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(payload),
    traceId
  }
}

/** get_task_states / by_app success: pydantic OperationResult, no `code` (bkflow-api.md §3.1). */
export function statesSuccess(data: unknown, traceId: string): SimResponse {
  return bkflow(
    200,
    { result: true, data, message: '', exc: null, exc_trace: null, trace_id: traceId },
    traceId
  )
}

/** An OperationResult failure with no exception (e.g. node detail's `_format_outputs fail`). */
export function statesFailure(message: string, traceId: string): SimResponse {
  return bkflow(
    200,
    { result: false, data: {}, message, exc: null, exc_trace: null, trace_id: traceId },
    traceId
  )
}

/** get_tasks_states / get_task_detail success: DRF default wrapper, `code` is the string "0". */
export function wrappedSuccess(data: unknown, traceId: string): SimResponse {
  return bkflow(200, { result: true, data, code: '0', message: '', trace_id: traceId }, traceId)
}

/**
 * get_tasks_states success with the map's keys in the given order. Python keeps insertion order
 * (`-create_time`), while a JS object would sort integer-like keys, so the body is written by hand.
 */
export function orderedBatchSuccess(
  entries: [string, { state: string | null }][],
  traceId: string
): SimResponse {
  const data = entries.map(([id, value]) => `${JSON.stringify(id)}:${JSON.stringify(value)}`)
  const rest = JSON.stringify({ code: '0', message: '', trace_id: traceId }).slice(1)
  return {
    status: 200,
    headers: { 'content-type': 'application/json' },
    body: `{"result":true,"data":{${data.join(',')}},${rest}`,
    traceId
  }
}

/** B1, B2, A1–A6: decorator errors carry only `result` and `message`, with their own status. */
export function decoratorError(status: number, message: string, traceId: string): SimResponse {
  return bkflow(status, { result: false, message }, traceId)
}

/** B3: DRF NotFound wrapped by finalize_response, in zh_Hans. */
export function notFound(traceId: string): SimResponse {
  return bkflow(
    200,
    {
      result: false,
      data: { detail: '未找到。' },
      code: 'not_found',
      message: '未找到。',
      trace_id: traceId
    },
    traceId
  )
}

/** Python's `{'result': False, …}` repr of a task-module body, as the HTTP wrapper prints it. */
function pythonRepr(message: string): string {
  return `{'result': False, 'data': None, 'message': '${message}'}`
}

/** B4: the task is in another space; the task module's 403 relayed as text (bkflow-api.md §3.2). */
export function otherSpace(taskId: number, traceId: string): SimResponse {
  const message =
    `Request API error, status_code: 403, url: http://bkflow-task.service.consul/task/${taskId}/get_states/, ` +
    `method: GET, resp: ${pythonRepr('space_id is invalid')}`
  return bkflow(200, { result: false, message, trace_id: traceId }, traceId)
}

/** A task-module 403 relayed as text, e.g. node detail's `space_id is invalid` / `node_id should be in task`. */
export function relayedRefusal(path: string, reason: string, traceId: string): SimResponse {
  const message =
    `Request API error, status_code: 403, url: http://bkflow-task.service.consul/${path}, ` +
    `method: GET, resp: ${pythonRepr(reason)}`
  return bkflow(200, { result: false, message, trace_id: traceId }, traceId)
}

/** The task-module URL a relayed error names, per endpoint. */
export function upstreamUrl(
  endpoint: string,
  taskId: number | undefined
): { url: string; method: string } {
  const base = 'http://bkflow-task.service.consul'
  if (endpoint === 'get_tasks_states')
    return { url: `${base}/task/get_tasks_states/`, method: 'POST' }
  if (endpoint === 'get_task_detail') return { url: `${base}/task/${taskId ?? 0}/`, method: 'GET' }
  if (endpoint === 'get_task_node_detail') {
    return { url: `${base}/task/${taskId ?? 0}/get_task_node_detail/`, method: 'GET' }
  }
  return { url: `${base}/task/${taskId ?? 0}/get_states/`, method: 'GET' }
}

/** B6 (the task module answered `upstreamStatus`) or B5 (upstreamStatus 0: no connection). */
export function relayError(
  endpoint: string,
  taskId: number | undefined,
  upstreamStatus: number,
  traceId: string,
  text?: string
): SimResponse {
  const { url, method } = upstreamUrl(endpoint, taskId)
  const message =
    upstreamStatus === 0
      ? `Request API error, exception: ${
          text ??
          `HTTPConnectionPool(host='bkflow-task.service.consul', port=80): Max retries exceeded with url: ${url.replace(/^http:\/\/[^/]+/, '')} (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f3a2c1b9d30>: Failed to establish a new connection: [Errno 111] Connection refused'))`
        }`
      : `Request API error, status_code: ${upstreamStatus}, url: ${url}, method: ${method}, resp: ${
          text ?? `<html><head><title>${upstreamStatus} Bad Gateway</title></head></html>`
        }`
  return bkflow(200, { result: false, message, trace_id: traceId }, traceId)
}

/** B7 as the task-level engine failure: `message: "fail"` with exc and a traceback. */
export function engineFailure(taskId: number, traceId: string): SimResponse {
  const exc = `(2013, 'Lost connection to MySQL server during query') task_id=${taskId}`
  return bkflow(
    200,
    {
      result: false,
      data: null,
      message: 'fail',
      exc,
      exc_trace: `Traceback (most recent call last):\n  File "bamboo_engine/api.py", line 331, in get_pipeline_states\nOperationalError: ${exc}`,
      trace_id: traceId
    },
    traceId
  )
}

/** B7's other form, `task operation error: <e>` (used by the engine_error fault). */
export function taskOperationError(text: string, traceId: string): SimResponse {
  return bkflow(
    200,
    { result: false, data: null, message: `task operation error: ${text}`, trace_id: traceId },
    traceId
  )
}

/** Python's json.dumps default: `: ` and `, ` separators and non-ASCII escaped as \uXXXX. */
export function pythonJsonDumps(value: Record<string, string>): string {
  const items = Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`)
  return `{${items.join(', ')}}`.replace(
    /[\u0080-\uffff]/g,
    (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0')
  )
}

/** B8: serializer errors, the message a json.dumps of field → joined messages. */
export function validationError(field: string, text: string, traceId: string): SimResponse {
  return bkflow(
    200,
    {
      result: false,
      message: pythonJsonDumps({ [field]: text }),
      code: 400,
      data: null,
      trace_id: traceId
    },
    traceId
  )
}

/** B9 (and the batch form of an engine error): any other exception in the view, code 500. */
export function viewException(text: string, traceId: string): SimResponse {
  return bkflow(
    200,
    { result: false, message: text, code: 500, data: null, trace_id: traceId },
    traceId
  )
}

/** B10: get_task_detail failed; `data` is an empty object and `code` the number 500. */
export function detailFailure(text: string, traceId: string): SimResponse {
  return bkflow(
    200,
    { result: false, data: {}, code: 500, message: text, trace_id: traceId },
    traceId
  )
}

/** A 502 page as a proxy in front of the gateway serves it (not JSON). */
export function html502(): SimResponse {
  return {
    status: 502,
    headers: { 'content-type': 'text/html' },
    body:
      '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n' +
      '<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n'
  }
}

/** A 200 answer that is not JSON: a login page served by a misrouted proxy. */
export function notJson(): SimResponse {
  return {
    status: 200,
    headers: { 'content-type': 'text/html; charset=utf-8' },
    body: '<!DOCTYPE html><html><head><title>蓝鲸智云 - 登录</title></head><body>login required</body></html>'
  }
}
