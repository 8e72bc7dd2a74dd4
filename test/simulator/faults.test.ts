import { afterEach, describe, expect, it } from '@jest/globals'
import {
  linearTask,
  simpleScenario,
  startSimulator,
  TEST_APP,
  type Fault,
  type Simulator
} from './index.js'
import { authHeader, batch, call, type Answer } from './test-http.js'

const AUTH = authHeader({ bk_app_code: TEST_APP.code, bk_app_secret: TEST_APP.secret })

let sim: Simulator | undefined
afterEach(async () => {
  await sim?.close()
  sim = undefined
})

async function withFaults(faults: Fault[], latencyMs = 0): Promise<Simulator> {
  const scenario = simpleScenario([
    linearTask(1, { space: 7, template: 1, nodes: 2 }),
    linearTask(2, { space: 7, template: 1, nodes: 2 })
  ])
  sim = await startSimulator({ scenario: { ...scenario, faults }, speed: 0, latencyMs })
  return sim
}

const states = (s: Simulator, task: number, init: { signal?: AbortSignal } = {}): Promise<Answer> =>
  call(s.url, `/space/7/task/${task}/get_task_states/`, { headers: AUTH, ...init })

describe('injected faults', () => {
  it('answers a status sequence for the first N matching requests, then the real answer', async () => {
    const s = await withFaults([
      { type: 'status', status: 502, times: 1, task: 1 },
      { type: 'status', status: 504, times: 1, task: 1 }
    ])
    const first = await states(s, 1)
    expect(first.status).toBe(502)
    expect(first.json).toMatchObject({ code: 1650200, code_name: 'BAD_GATEWAY', result: false })
    expect(first.json.message).toBe('Bad Gateway [upstream_error="connection refused"]')
    const second = await states(s, 1)
    expect(second.json).toMatchObject({ code: 1650401, code_name: 'REQUEST_BACKEND_TIMEOUT' })
    expect((await states(s, 2)).status).toBe(200) // other task untouched
    expect((await states(s, 1)).json.result).toBe(true)
    expect(s.log.map((e) => [e.taskId, e.status, e.fault])).toEqual([
      [1, 502, 'status'],
      [1, 504, 'status'],
      [2, 200, undefined],
      [1, 200, undefined]
    ])
  })

  it('serves 503 and 500 gateway bodies, an HTML 502 page and a non-JSON 200', async () => {
    const s = await withFaults([
      { type: 'status', status: 503, times: 1 },
      { type: 'status', status: 500, times: 1 },
      { type: 'html', times: 1 },
      { type: 'not_json', times: 1 }
    ])
    expect((await states(s, 1)).json).toMatchObject({
      code: 1650300,
      message: 'Service Unavailable'
    })
    expect((await states(s, 1)).json).toMatchObject({
      code: 1650001,
      code_name: 'INTERNAL_SERVER_ERROR'
    })
    const html = await states(s, 1)
    expect(html.status).toBe(502)
    expect(html.headers.get('content-type')).toBe('text/html')
    expect(html.text).toContain('<title>502 Bad Gateway</title>')
    const page = await states(s, 1)
    expect(page.status).toBe(200)
    expect(() => JSON.parse(page.text)).toThrow()
  })

  it('relays task-module failures as HTTP 200 result:false (B5, B6) and engine errors (B7, B9, B10)', async () => {
    const s = await withFaults([
      { type: 'relay', times: 1 },
      { type: 'relay', upstream_status: 0, times: 1 },
      { type: 'engine_error', times: 1, endpoint: 'get_task_states' },
      { type: 'engine_error', times: 1, endpoint: 'get_tasks_states' },
      { type: 'engine_error', times: 1, endpoint: 'get_task_detail' },
      { type: 'app_check_error', times: 1, endpoint: 'get_task_states_by_app' }
    ])
    const b6 = await states(s, 1)
    expect(b6.status).toBe(200)
    expect(b6.json.message).toMatch(
      /^Request API error, status_code: 502, url: .*\/task\/1\/get_states\/, method: GET, resp: /
    )
    const b5 = await states(s, 1)
    expect(b5.json.message).toMatch(/^Request API error, exception: /)
    const b7 = await states(s, 1)
    expect(b7.json).toMatchObject({ result: false, data: null })
    expect(b7.json.message).toMatch(/^task operation error: /)
    expect((await batch(s.url, 7, [1], AUTH)).json).toMatchObject({ result: false, code: 500 })
    const detail = await call(s.url, '/space/7/task/1/get_task_detail/', { headers: AUTH })
    expect(detail.json).toMatchObject({ result: false, code: 500, data: {} })
    const user = authHeader({ ...JSON.parse(AUTH['X-Bkapi-Authorization']), bk_username: 'ci' })
    const a1 = await call(s.url, '/task/1/get_task_states_by_app/', { headers: user })
    expect(a1.status).toBe(500)
    expect(a1.json).toEqual({ result: false, message: '获取任务详情失败，task_id=1' })
  })

  it('truncates JSON and sends a 429 with the scripted reset', async () => {
    const s = await withFaults([
      { type: 'truncated', times: 1 },
      { type: 'rate_limit', reset: 17, times: 1, name: 'storm' }
    ])
    const cut = await states(s, 1)
    expect(cut.status).toBe(200)
    expect(cut.text.startsWith('{"result":true')).toBe(true)
    expect(() => JSON.parse(cut.text)).toThrow()
    const limited = await states(s, 1)
    expect(limited.status).toBe(429)
    expect(limited.json).toEqual({
      code: 1642902,
      code_name: 'RATE_LIMIT_RESTRICTION',
      message: 'API rate limit exceeded by stage strategy',
      result: false,
      data: null
    })
    expect(limited.headers.get('x-bkapi-ratelimit-reset')).toBe('17')
    expect(limited.headers.get('x-bkapi-ratelimit-remaining')).toBe('0')
    expect(s.log[1].fault).toBe('storm')
  })

  it('hangs until the client gives up, and resets connections; both log status 0', async () => {
    const s = await withFaults([
      { type: 'hang', times: 1 },
      { type: 'reset', times: 1 }
    ])
    await expect(states(s, 1, { signal: AbortSignal.timeout(100) })).rejects.toThrow()
    await expect(states(s, 1)).rejects.toThrow()
    expect((await states(s, 1)).status).toBe(200)
    expect(s.log.map((e) => [e.status, e.fault])).toEqual([
      [0, 'hang'],
      [0, 'reset'],
      [200, undefined]
    ])
  })

  it('matches faults by sim-time window and by a task listed in a batch; inject() adds one live', async () => {
    const s = await withFaults([{ type: 'status', status: 503, from: 10, until: 20, task: 2 }])
    expect((await batch(s.url, 7, [1, 2], AUTH)).status).toBe(200)
    s.clock.advance(10_000)
    expect((await batch(s.url, 7, [1, 2], AUTH)).status).toBe(503)
    expect((await batch(s.url, 7, [1], AUTH)).status).toBe(200)
    s.clock.advance(10_000)
    expect((await batch(s.url, 7, [2], AUTH)).status).toBe(200)
    s.inject({ type: 'status', status: 502, endpoint: 'get_tasks_states' })
    expect((await batch(s.url, 7, [1], AUTH)).status).toBe(502)
    expect((await states(s, 1)).status).toBe(200)
    const entry = s.log[1]
    expect(entry).toMatchObject({
      method: 'POST',
      path: '/api/bk-flow-engine/prod/space/7/get_tasks_states/',
      endpoint: 'get_tasks_states',
      app: TEST_APP.code,
      spaceId: 7,
      taskIds: [1, 2],
      status: 503
    })
    expect(entry.at).toBe(Date.parse('2026-08-21T10:00:10+08:00'))
  })

  it('counts requests handled at the same time', async () => {
    const s = await withFaults([], 50)
    await Promise.all([1, 2, 1, 2].map((task) => states(s, task)))
    expect(s.inFlightMax).toBeGreaterThanOrEqual(2)
    expect(s.log.every((e) => e.status === 200)).toBe(true)
  })
})
