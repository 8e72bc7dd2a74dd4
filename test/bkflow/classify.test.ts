import { describe, expect, it } from '@jest/globals'
import { classifyResponse, type RequestContext } from '../../src/bkflow/classify.js'
import { BkflowError, type BkflowErrorKind } from '../../src/bkflow/errors.js'

const space: RequestContext = {
  endpoint: 'get_task_states',
  method: 'GET',
  path: '/api/bk-flow-engine/prod/space/7/task/42/get_task_states/',
  taskId: 42,
  spaceId: 7,
  appCode: 'my-app'
}
const byApp: RequestContext = {
  endpoint: 'get_task_states_by_app',
  method: 'GET',
  path: '/api/bk-flow-engine/prod/task/42/get_task_states_by_app/',
  taskId: 42,
  appCode: 'my-app'
}

function gateway(code: number, codeName: string, message: string) {
  return JSON.stringify({ code, code_name: codeName, message, result: false, data: null })
}

function classify(
  status: number,
  body: string,
  ctx: RequestContext = space,
  headers: Record<string, string> = {}
) {
  return classifyResponse({ status, headers: new Headers(headers), body }, ctx, 1_000_000)
}

function expectError(
  outcome: ReturnType<typeof classify>,
  kind: BkflowErrorKind,
  retryable: boolean,
  fix?: RegExp
): BkflowError {
  expect(outcome).toBeInstanceOf(BkflowError)
  const error = outcome as BkflowError
  expect(error.kind).toBe(kind)
  expect(error.retryable).toBe(retryable)
  if (fix !== undefined) expect(error.message).toMatch(fix)
  return error
}

describe('classifyResponse: success', () => {
  it('returns data for result true, whatever code says', () => {
    const body = JSON.stringify({ result: true, data: { state: 'RUNNING' }, code: 500 })
    expect(classify(200, body)).toEqual({ data: { state: 'RUNNING' } })
  })

  it('treats a 2xx body without a boolean result as malformed and retryable', () => {
    expectError(classify(200, '{"data":{}}'), 'malformed', true)
    expectError(classify(200, '{"result": tr'), 'malformed', true)
    expectError(classify(200, ''), 'malformed', true, /empty body/)
    expectError(classify(200, '[1,2]'), 'malformed', true)
  })

  it('treats an HTML page with status 200 as a setup failure that names api-url and the proxy', () => {
    const page = '<html><head><title>Sign in</title></head><body>login</body></html>'
    const error = expectError(classify(200, page), 'unreachable', true, /HTML page \("Sign in"\)/)
    expect(error.message).toMatch(/api-url/)
    expect(error.message).toMatch(/HTTPS_PROXY/)
  })
})

describe('classifyResponse: gateway errors (bkflow-api.md §3.3)', () => {
  it('400 INVALID_ARGS for app credentials → auth, says to check app-code and app-secret', () => {
    const body = gateway(
      1640001,
      'INVALID_ARGS',
      'Parameters error [reason="bk_app_code or bk_app_secret is incorrect"]'
    )
    const error = expectError(classify(400, body), 'auth', false, /check app-code and app-secret/)
    expect(error.message).toContain('bk_app_code or bk_app_secret is incorrect')
    expect(error.bkMessage).toContain('Parameters error')
    expect(error.status).toBe(400)
  })

  it('400 INVALID_ARGS for the user → auth, says to set username or access-token', () => {
    const body = gateway(
      1640001,
      'INVALID_ARGS',
      'Parameters error [reason="user authentication failed, please provide a valid user identity, such as bk_username, bk_token, access_token"]'
    )
    expectError(classify(400, body, byApp), 'auth', false, /set username or access-token/)
  })

  it('recognises INVALID_ARGS from the X-Bkapi-Error-Code header alone', () => {
    expectError(
      classify(400, 'Bad Request', space, { 'X-Bkapi-Error-Code': '1640001' }),
      'auth',
      false,
      /app-secret/
    )
  })

  it('403 APP_NO_PERMISSION → permission, says to apply (or renew)', () => {
    const body = gateway(
      1640301,
      'APP_NO_PERMISSION',
      'App has no permission to the resource [reason="no permission, bk_app_code=my-app"]'
    )
    expectError(classify(403, body), 'permission', false, /apply for the resource permission/)
    const expired = gateway(
      1640301,
      'APP_NO_PERMISSION',
      'App has no permission to the resource [reason="permission has expired, type=resource_permission, bk_app_code=my-app"]'
    )
    expectError(classify(403, expired), 'permission', false, /renew the resource permission/)
  })

  it('404 API_NOT_FOUND → api_not_found, names the path and says to check api-url', () => {
    const body = gateway(
      1640401,
      'API_NOT_FOUND',
      'API not found [method="GET" path="/api/bk-flow-engine/prod/space/7/task/42/get_task_states/"]'
    )
    const error = expectError(classify(404, body), 'api_not_found', false, /check api-url/)
    expect(error.message).toContain(space.path)
  })

  it('404 HTML page → api_not_found', () => {
    expectError(
      classify(404, '<html><title>Not Found</title></html>'),
      'api_not_found',
      false,
      /check api-url/
    )
  })

  it('429 → rate_limited, retryable, with the reset header as the wait', () => {
    const body = gateway(
      1642902,
      'RATE_LIMIT_RESTRICTION',
      'API rate limit exceeded by stage strategy'
    )
    const error = expectError(
      classify(429, body, space, {
        'X-Bkapi-RateLimit-Remaining': '0',
        'X-Bkapi-RateLimit-Reset': '17'
      }),
      'rate_limited',
      true,
      /lower rate-limit/
    )
    expect(error.retryAfterMs).toBe(17_000)
  })

  it.each([
    [502, gateway(1650200, 'BAD_GATEWAY', 'Bad Gateway [upstream_error="connection refused"]')],
    [503, gateway(1650300, 'SERVICE_UNAVAILABLE', 'Service Unavailable')],
    [504, gateway(1650401, 'REQUEST_BACKEND_TIMEOUT', 'Request backend service timeout')],
    [500, gateway(1650001, 'INTERNAL_SERVER_ERROR', 'Internal Server Error [reason="x"]')],
    [500, '<!DOCTYPE html><html><title>Server Error (500)</title></html>'],
    [502, '<html><body>bad gateway</body></html>'],
    [500, JSON.stringify({ result: false, message: '获取任务详情失败，task_id=42' })]
  ])('%i upstream failure → transient and retryable', (status, body) => {
    const error = expectError(classify(status, body), 'transient', true)
    expect(error.message).toContain(`HTTP ${status}`)
  })

  it('Retry-After on a 503 becomes the minimum wait', () => {
    const error = expectError(
      classify(503, 'busy', space, { 'Retry-After': '3' }),
      'transient',
      true
    )
    expect(error.retryAfterMs).toBe(3000)
  })

  it('a redirect → api_not_found, naming the target', () => {
    const error = expectError(
      classify(302, '', space, { Location: 'https://login.example.com/' }),
      'api_not_found',
      false,
      /check api-url/
    )
    expect(error.message).toContain('https://login.example.com/')
  })

  it('403 HTML from apigw_require (backend hit directly) → api_not_found', () => {
    expectError(
      classify(403, 'This API can only be accessed through API gateway'),
      'api_not_found',
      false,
      /through the API gateway/
    )
  })
})

describe('classifyResponse: BKFlow errors (bkflow-api.md §3.2)', () => {
  const decorator = (message: string) => JSON.stringify({ result: false, message })

  it('B1 space missing → permission, says to fix space_id', () => {
    const error = expectError(
      classify(403, decorator('空间不存在，space_id=7')),
      'permission',
      false,
      /Space 7 does not exist.*fix space_id/
    )
    expect(error.message).toContain('空间不存在，space_id=7')
  })

  it('B2 space of another app → permission, says to use a space the app owns', () => {
    expectError(
      classify(403, decorator('当前应用无权操作此空间，app=my-app')),
      'permission',
      false,
      /use a space that app my-app owns/
    )
  })

  it('B3 not_found → task_not_found: does not exist, deleted, or expired', () => {
    const body = JSON.stringify({
      result: false,
      data: { detail: '未找到。' },
      code: 'not_found',
      message: '未找到。',
      trace_id: 'abc'
    })
    const error = expectError(
      classify(200, body),
      'task_not_found',
      false,
      /does not exist, was deleted, or has expired/
    )
    expect(error.bkMessage).toBe('未找到。')
  })

  it('B3 recognised by data.detail alone', () => {
    const body = JSON.stringify({ result: false, data: { detail: '未找到。' }, message: '' })
    expectError(classify(200, body), 'task_not_found', false)
  })

  it('B4 relayed 403 space_id is invalid → wrong_space: fix space_id', () => {
    const message =
      "Request API error, status_code: 403, url: http://task/task/42/get_states/, method: GET, resp: {'result': False, 'data': None, 'message': 'space_id is invalid'}"
    expectError(
      classify(200, JSON.stringify({ result: false, message, trace_id: 'x' })),
      'wrong_space',
      false,
      /Task 42 is not in space 7: fix space_id/
    )
  })

  it('B4 is recognised even when the relay message is longer than the quote limit', () => {
    const message = `Request API error, status_code: 403, url: http://${'x'.repeat(400)}/get_states/, method: GET, resp: {'message': 'space_id is invalid'}`
    const error = expectError(
      classify(200, JSON.stringify({ result: false, message })),
      'wrong_space',
      false
    )
    expect(error.bkMessage?.length).toBeLessThanOrEqual(301)
  })

  it.each([
    ['B5', 'Request API error, exception: HTTPConnectionPool(host=task) Max retries exceeded'],
    ['B6', 'Request API error, status_code: 502, url: http://task/task/42/get_states/'],
    ['B7', 'task operation error: redis down']
  ])('%s relay with HTTP 200 → transient', (_case, message) => {
    expectError(classify(200, JSON.stringify({ result: false, message })), 'transient', true)
  })

  it('B7 "fail" with exc → transient', () => {
    const body = JSON.stringify({
      result: false,
      data: null,
      message: 'fail',
      exc: 'boom',
      exc_trace: 'Traceback'
    })
    expectError(classify(200, body), 'transient', true, /engine query failed/)
  })

  it('B8 serializer error → bad_request (not retried)', () => {
    const body = JSON.stringify({
      result: false,
      message: '{"task_ids": "\\u8be5\\u5b57\\u6bb5\\u662f\\u5fc5\\u586b\\u9879\\u3002"}',
      code: 400,
      data: null
    })
    expectError(
      classify(200, body, { ...space, endpoint: 'get_tasks_states', taskId: undefined }),
      'bad_request',
      false
    )
  })

  it('an unrecognised result:false is retried rather than trusted', () => {
    expectError(
      classify(200, JSON.stringify({ result: false, message: 'something odd', code: 500 })),
      'transient',
      true
    )
  })

  it('A2 任务不存在 (404) → task_not_found', () => {
    expectError(
      classify(404, decorator('任务不存在，task_id=42'), byApp),
      'task_not_found',
      false,
      /Task 42 does not exist/
    )
  })

  it.each([
    [403, '任务未关联任何模板，task_id=42', /give the task a space_id/],
    [404, '任务关联的模板不存在，task_id=42，template_id=3', /no longer exists/],
    [
      403,
      '任务关联的模板未绑定任何 bk_app_code，task_id=42，template_id=3',
      /bind the task's template to app my-app/
    ],
    [403, '当前应用无权操作此任务，app=my-app，模板绑定的 app=other', /bound to another app/]
  ])('A3–A6 (%i %s) → permission with the fix', (status, message, fix) => {
    const error = expectError(classify(status, decorator(message), byApp), 'permission', false, fix)
    expect(error.message).toContain(message)
  })

  it('an unknown 4xx is a permanent bad_request that quotes BKFlow', () => {
    const error = expectError(classify(405, ''), 'bad_request', false)
    expect(error.message).toContain('HTTP 405')
  })

  it('trims a long BKFlow message in the quote', () => {
    const long = '错'.repeat(1000)
    const error = expectError(classify(403, decorator(long)), 'permission', false)
    expect(error.bkMessage?.length).toBeLessThanOrEqual(301)
    expect(error.message.length).toBeLessThan(600)
  })
})

describe('classifyResponse: server hints', () => {
  it('ignores the gateway reset header on a 502 while the window has tokens left', () => {
    const outcome = classify(502, gateway(1650200, 'BAD_GATEWAY', 'Bad Gateway'), space, {
      'X-Bkapi-RateLimit-Remaining': '4000',
      'X-Bkapi-RateLimit-Reset': '40'
    })
    expect((outcome as BkflowError).retryAfterMs).toBeUndefined()
  })
})
