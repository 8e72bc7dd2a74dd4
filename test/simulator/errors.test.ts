import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startSimulator, type Simulator } from './index.js'
import { authHeader, batch, call, DEMO, scenarioFile, type Answer } from './test-http.js'

let auth: Simulator
let states: Simulator
beforeAll(async () => {
  auth = await startSimulator({ scenario: scenarioFile('auth.yml'), speed: 0 })
  states = await startSimulator({ scenario: scenarioFile('states.yml'), speed: 0 })
  states.clock.advance(40_000)
})
afterAll(async () => {
  await auth.close()
  await states.close()
})

const byApp = (task: number, headers: Record<string, string>): Promise<Answer> =>
  call(auth.url, `/task/${task}/get_task_states_by_app/`, { headers })
const single = (sim: Simulator, space: number, task: number, headers = DEMO): Promise<Answer> =>
  call(sim.url, `/space/${space}/task/${task}/get_task_states/`, { headers })
const ALICE = authHeader({
  bk_app_code: 'bkflow-gate-demo',
  bk_app_secret: 'demo-secret',
  bk_username: 'alice'
})

function expectGatewayError(answer: Answer, status: number, code: number, message: string): void {
  expect(answer.status).toBe(status)
  expect(answer.headers.get('content-type')).toBe('application/json; charset=utf-8')
  expect(answer.headers.get('x-bkapi-error-code')).toBe(String(code))
  expect(answer.headers.get('bkflow-engine-trace-id')).toBeNull()
  expect(Object.keys(answer.json)).toEqual(['code', 'code_name', 'message', 'result', 'data'])
  expect(answer.json).toMatchObject({ code, result: false, data: null, message })
}

describe('gateway authentication (400 INVALID_ARGS, no rate-limit token spent)', () => {
  const reason = (text: string): string => `Parameters error [reason="${text}"]`
  it.each([
    ['no header', {}, 'app code cannot be empty'],
    [
      'a header that is not JSON',
      { 'X-Bkapi-Authorization': '{bk_app_code: x' },
      'request header X-Bkapi-Authorization is not a valid JSON'
    ],
    [
      'no secret',
      authHeader({ bk_app_code: 'bkflow-gate-demo' }),
      'please provide bk_app_secret or bk_signature to verify app'
    ],
    ['an unknown app', authHeader({ bk_app_code: 'nobody', bk_app_secret: 'x' }), 'app not found'],
    [
      'a wrong secret',
      authHeader({ bk_app_code: 'bkflow-gate-demo', bk_app_secret: 'wrong' }),
      'bk_app_code or bk_app_secret is incorrect'
    ]
  ])('refuses %s', async (_case, headers, text) => {
    const answer = await single(auth, 7, 201, headers)
    expectGatewayError(answer, 400, 1640001, reason(text))
    expect(answer.json.code_name).toBe('INVALID_ARGS')
    expect(answer.headers.get('x-bkapi-ratelimit-remaining')).toBeNull()
  })

  it('accepts app_code / app_secret as well', async () => {
    const answer = await single(
      auth,
      7,
      201,
      authHeader({ app_code: 'bkflow-gate-demo', app_secret: 'demo-secret' })
    )
    expect(answer.json.result).toBe(true)
  })

  it('requires a listed user identity on the app-bound endpoint only', async () => {
    const userError =
      'user authentication failed, please provide a valid user identity, such as bk_username, bk_token, access_token'
    expectGatewayError(await byApp(201, DEMO), 400, 1640001, reason(userError))
    const bob = authHeader({
      bk_app_code: 'bkflow-gate-demo',
      bk_app_secret: 'demo-secret',
      bk_username: 'bob'
    })
    expect((await byApp(201, bob)).status).toBe(400)
    expect((await byApp(201, ALICE)).json.result).toBe(true)
    const token = authHeader({
      bk_app_code: 'bkflow-gate-demo',
      bk_app_secret: 'demo-secret',
      access_token: 'token-alice'
    })
    expect((await byApp(201, token)).json.result).toBe(true)
  })
})

describe('permissions and app binding', () => {
  it('answers 403 APP_NO_PERMISSION to an app without resource permission', async () => {
    const np = authHeader({ bk_app_code: 'no-permission', bk_app_secret: 'np-secret' })
    const answer = await single(auth, 7, 201, np)
    expectGatewayError(
      answer,
      403,
      1640301,
      'App has no permission to the resource [reason="no permission, bk_app_code=no-permission"]'
    )
    expect(answer.headers.get('x-bkapi-ratelimit-limit')).toBe('5000')
  })

  it.each([
    [999, 404, '任务不存在，task_id=999'],
    [202, 403, '任务未关联任何模板，task_id=202'],
    [203, 404, '任务关联的模板不存在，task_id=203，template_id=99'],
    [206, 404, '任务关联的模板不存在，task_id=206，template_id=4'],
    [204, 403, '任务关联的模板未绑定任何 bk_app_code，task_id=204，template_id=2'],
    [205, 403, '当前应用无权操作此任务，app=bkflow-gate-demo，模板绑定的 app=other-app']
  ])('by_app task %d → %d', async (task, status, message) => {
    const answer = await byApp(task, ALICE)
    expect(answer.status).toBe(status)
    expect(answer.json).toEqual({ result: false, message })
  })

  it('by_app reads the task in its own space even when the caller does not own it', async () => {
    expect((await byApp(207, ALICE)).json.result).toBe(true)
    const b2 = await single(auth, 9, 207)
    expect(b2.status).toBe(403)
    expect(b2.json).toEqual({
      result: false,
      message: '当前应用无权操作此空间，app=bkflow-gate-demo'
    })
  })

  it('answers B1 for a missing space on every space-scoped endpoint', async () => {
    const message = { result: false, message: '空间不存在，space_id=404' }
    expect((await single(auth, 404, 201)).json).toEqual(message)
    expect((await batch(auth.url, 404, [201])).json).toEqual(message)
    const detail = await call(auth.url, '/space/404/task/201/get_task_detail/', { headers: DEMO })
    expect(detail.status).toBe(403)
    expect(detail.json).toEqual(message)
  })
})

describe('BKFlow errors on HTTP 200', () => {
  it('B3: not found, deleted and expired tasks', async () => {
    for (const task of [9999, 110, 111, 117]) {
      const answer = await single(states, 7, task)
      expect(answer.status).toBe(200)
      expect(answer.json).toEqual({
        result: false,
        data: { detail: '未找到。' },
        code: 'not_found',
        message: '未找到。',
        trace_id: answer.json.trace_id
      })
    }
  })

  it('B4: a task of another space is a relayed 403 with a Python repr', async () => {
    const answer = await single(states, 7, 122)
    expect(Object.keys(answer.json)).toEqual(['result', 'message', 'trace_id'])
    expect(answer.json.message).toMatch(
      /^Request API error, status_code: 403, url: \S+\/task\/122\/get_states\/, method: GET, resp: \{'result': False, 'data': None, 'message': 'space_id is invalid'\}$/
    )
  })

  it('B7: an engine query failure', async () => {
    const answer = await single(states, 7, 116)
    expect(answer.json).toMatchObject({ result: false, data: null, message: 'fail' })
    expect(answer.json.exc).toEqual(expect.any(String))
  })

  it('B8 / B9: invalid batch bodies, and coercion of numeric strings', async () => {
    const escaped = (field: string, text: string): string =>
      `{"${field}": "${[...text].map((c) => (c.charCodeAt(0) > 127 ? '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0') : c)).join('')}"}`
    const missing = await call(states.url, '/space/7/get_tasks_states/', {
      method: 'POST',
      headers: DEMO,
      body: '{}'
    })
    expect(missing.json).toEqual({
      result: false,
      message: escaped('task_ids', '该字段是必填项。'),
      code: 400,
      data: null,
      trace_id: missing.json.trace_id
    })
    expect((await batch(states.url, 7, 'abc')).json.message).toBe(
      escaped('task_ids', '期望为一个包含物件的列表，得到的类型是“str”。')
    )
    expect((await batch(states.url, 7, ['x'])).json.code).toBe(400)
    const notJson = await call(states.url, '/space/7/get_tasks_states/', {
      method: 'POST',
      headers: DEMO,
      body: 'task_ids=1'
    })
    expect(notJson.json).toMatchObject({ result: false, code: 500, data: null })
    expect((await batch(states.url, 7, ['108', 108])).json.data).toEqual({
      '108': { state: 'FINISHED' }
    })
    expect((await batch(states.url, 7, [])).json).toMatchObject({ result: true, data: {} })
  })

  it('B10: get_task_detail of a missing task', async () => {
    const answer = await call(states.url, '/space/7/task/111/get_task_detail/', { headers: DEMO })
    expect(answer.json).toEqual({
      result: false,
      data: {},
      code: 500,
      message: '未找到。',
      trace_id: answer.json.trace_id
    })
  })
})

describe('routing (404 API_NOT_FOUND before any other check)', () => {
  it.each([
    ['GET', '/space/7/get_tasks_states/'],
    ['POST', '/space/7/task/108/get_task_states/'],
    ['GET', '/space/7/task/108/get_task_states'],
    ['GET', '/space/x/task/108/get_task_states/'],
    ['GET', '/space/7/task/108/get_task_status/']
  ])('%s %s', async (method, path) => {
    const answer = await call(states.url, path, { method, headers: {} })
    const fullPath = new URL(states.url + path).pathname
    expectGatewayError(
      answer,
      404,
      1640401,
      `API not found [method="${method}" path="${fullPath}"]`
    )
  })

  it('a path outside the base path', async () => {
    const answer = await call(
      states.url.replace('/prod', '/stage'),
      '/task/1/get_task_states_by_app/'
    )
    expect(answer.status).toBe(404)
  })
})

describe('stage rate limit', () => {
  it('allows the quota per window, then 429 with headers; auth failures spend nothing', async () => {
    const sim = await startSimulator({ scenario: scenarioFile('auth.yml'), speed: 0 })
    try {
      const tq = authHeader({ bk_app_code: 'tiny-quota', bk_app_secret: 'tq-secret' })
      const bad = authHeader({ bk_app_code: 'tiny-quota', bk_app_secret: 'nope' })
      expect((await single(sim, 11, 208, bad)).status).toBe(400)
      sim.clock.advance(13_000)
      const remaining: (string | null)[] = []
      for (let i = 0; i < 3; i++) {
        const answer = await single(sim, 11, 208, tq)
        expect(answer.json.result).toBe(true)
        remaining.push(answer.headers.get('x-bkapi-ratelimit-remaining'))
      }
      expect(remaining).toEqual(['2', '1', '0'])
      const limited = await single(sim, 11, 208, tq)
      expectGatewayError(limited, 429, 1642902, 'API rate limit exceeded by stage strategy')
      expect(limited.headers.get('x-bkapi-ratelimit-limit')).toBe('3')
      expect(limited.headers.get('x-bkapi-ratelimit-remaining')).toBe('0')
      expect(limited.headers.get('x-bkapi-ratelimit-reset')).toBe('47')
      expect((await single(sim, 7, 201)).status).toBe(200) // another app has its own window
      sim.clock.advance(47_000)
      expect((await single(sim, 11, 208, tq)).headers.get('x-bkapi-ratelimit-remaining')).toBe('2')
    } finally {
      await sim.close()
    }
  })
})
