// The simulator's create, operate and list endpoints answer as BKFlow does (bkflow-api-2.md §3–§5):
// raw HTTP, no client, so the bodies are checked exactly as they go over the wire.

import { afterEach, describe, expect, it } from '@jest/globals'
import { simpleScenario, startSimulator, TEST_APP, type Scenario, type Simulator } from './index.js'
import { authHeader, call, type Answer } from './test-http.js'

let sim: Simulator | undefined
afterEach(async () => {
  await sim?.close()
  sim = undefined
})

const APP = authHeader({ bk_app_code: TEST_APP.code, bk_app_secret: TEST_APP.secret })
const USER = authHeader({
  bk_app_code: TEST_APP.code,
  bk_app_secret: TEST_APP.secret,
  bk_username: 'alice'
})

function scenario(): Scenario {
  const base = simpleScenario(
    [
      {
        id: 11,
        space: 7,
        template: 42,
        name: 'old run',
        created: -7200,
        start: -7200,
        nodes: [{ name: 'A' }]
      },
      {
        id: 12,
        space: 7,
        template: 42,
        name: 'new run',
        created: -3600,
        creator: 'bob',
        labels: ['ci']
      },
      {
        id: 13,
        space: 7,
        template: 43,
        name: 'other',
        created: -1800,
        start: -1800,
        nodes: [{ name: 'A', result: 'RUNNING' }]
      }
    ],
    { spaces: [7] }
  )
  return {
    ...base,
    templates: [{ id: 42, app: TEST_APP.code, nodes: [{ name: 'Build', duration: 5 }] }]
  }
}

async function start(): Promise<Simulator> {
  sim = await startSimulator({ scenario: scenario(), speed: 0 })
  return sim
}

function post(s: Simulator, path: string, body: unknown, headers = APP): Promise<Answer> {
  return call(s.url, path, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify(body)
  })
}

async function rootState(s: Simulator, task: number): Promise<unknown> {
  const answer = await call(s.url, `/space/7/task/${task}/get_task_states/`, { headers: APP })
  return (answer.json.data as { state: string }).state
}

describe('create_task and operate_task', () => {
  it('creates a task that is not started, then starts it once', async () => {
    const s = await start()
    const created = await post(s, '/space/7/create_task/', {
      template_id: 42,
      creator: 'alice',
      name: 'deploy',
      constants: { '${version}': '1.0' }
    })
    expect(created.status).toBe(200)
    expect(created.json).toMatchObject({ result: true, code: '0', message: '' })
    const data = created.json.data as Record<string, unknown>
    expect(data).toMatchObject({
      id: 14,
      space_id: 7,
      template_id: 42,
      name: 'deploy',
      creator: 'alice',
      is_started: false,
      start_time: null,
      parameters: { '${version}': '1.0' }
    })
    expect(data.instance_id).toMatch(/^n[0-9a-f]{31}$/)
    expect(await rootState(s, 14)).toBe('CREATED')

    const first = await post(s, '/space/7/task/14/operate_task/start/', { operator: 'alice' })
    expect(first.json).toMatchObject({ result: true, data: null, message: 'success' })
    s.clock.advance(10_000)
    expect(await rootState(s, 14)).toBe('FINISHED')

    const again = await post(s, '/space/7/task/14/operate_task/start/', { operator: 'alice' })
    expect(again.status).toBe(200)
    expect(again.json).toMatchObject({
      result: false,
      data: null,
      message: 'task operation error: task already started',
      exc: 'task already started'
    })
  })

  it('gives every created task fresh node ids', async () => {
    const s = await start()
    const ids = async (): Promise<string[]> => {
      const created = await post(s, '/space/7/create_task/', { template_id: 42, creator: 'a' })
      const id = (created.json.data as { id: number }).id
      const detail = await call(s.url, `/space/7/task/${id}/get_task_detail/`, { headers: APP })
      const tree = (detail.json.data as { pipeline_tree: { activities: object } }).pipeline_tree
      return Object.keys(tree.activities)
    }
    const first = await ids()
    const second = await ids()
    expect(first).toHaveLength(1)
    expect(second).toHaveLength(1)
    expect(second[0]).not.toBe(first[0])
  })

  it('refuses to revoke a finished task, and revokes a running one', async () => {
    const s = await start()
    const finished = await post(s, '/space/7/task/11/operate_task/revoke/', { operator: 'alice' })
    expect(finished.json).toMatchObject({ result: false, message: 'fail' })
    expect(String(finished.json.exc)).toMatch(
      /^can't not transit node\(n[0-9a-f]{31}\) state from FINISHED to REVOKED$/
    )

    const running = await post(s, '/space/7/task/13/operate_task/revoke/', { operator: 'alice' })
    expect(running.json).toMatchObject({ result: true, message: 'success' })
    expect(await rootState(s, 13)).toBe('REVOKED')
    const twice = await post(s, '/space/7/task/13/operate_task/revoke/', { operator: 'alice' })
    expect(String(twice.json.exc)).toMatch(/from REVOKED to REVOKED$/)

    const never = await post(s, '/space/7/task/12/operate_task/revoke/', { operator: 'alice' })
    expect(String(never.json.exc)).toMatch(/^node\(n[0-9a-f]{31}\) does not exist$/)
  })

  it('requires the operator and the creator (400 serializer errors)', async () => {
    const s = await start()
    const noOperator = await post(s, '/space/7/task/13/operate_task/revoke/', {})
    expect(noOperator.json).toMatchObject({ result: false, code: 400 })
    const noCreator = await post(s, '/space/7/create_task/', { template_id: 42 })
    expect(noCreator.json).toMatchObject({ result: false, code: 400 })
    expect(String(noCreator.json.message)).toContain('creator')
  })

  it('creates by app only with a user, for a template bound to the caller', async () => {
    const s = await start()
    const noUser = await post(s, '/template/42/create_task_by_app/', { name: 'x' })
    expect(noUser.status).toBe(400)
    const created = await post(s, '/template/42/create_task_by_app/', { name: 'x' }, USER)
    expect(created.json).toMatchObject({ result: true, data: { creator: 'alice', space_id: 7 } })
    const missing = await post(s, '/template/99/create_task_by_app/', {}, USER)
    expect(missing.status).toBe(404)
    expect(missing.json.message).toBe('模板不存在，template_id=99')
    const id = (created.json.data as { id: number }).id
    const started = await post(s, `/task/${id}/operate_task_by_app/start/`, {}, USER)
    expect(started.json).toMatchObject({ result: true })
  })
})

describe('get_task_list', () => {
  it('lists newest first, without a state field, ignoring is_started', async () => {
    const s = await start()
    const answer = await call(s.url, '/space/7/get_task_list/?is_started=true', { headers: APP })
    const data = answer.json.data as { count: number; results: Record<string, unknown>[] }
    expect(data.count).toBe(3)
    expect(data.results.map((r) => r.id)).toEqual([13, 12, 11])
    expect(data.results.every((r) => !('state' in r))).toBe(true)
    expect(data.results[1]).toMatchObject({ is_started: false, creator: 'bob' })
    expect(data.results[0].create_time).toBe('2026-08-21 09:30:00+0800')
  })

  it('filters by template, name, creator, label and create_at_start (Asia/Shanghai)', async () => {
    const s = await start()
    const ids = async (query: string): Promise<unknown[]> => {
      const answer = await call(s.url, `/space/7/get_task_list/?${query}`, { headers: APP })
      return (answer.json.data as { results: { id: number }[] }).results.map((r) => r.id)
    }
    expect(await ids('template_id=42')).toEqual([12, 11])
    expect(await ids('name=RUN')).toEqual([12, 11])
    expect(await ids('creator=bob')).toEqual([12])
    expect(await ids('label=c')).toEqual([12])
    expect(await ids('label=nomatch')).toEqual([])
    expect(await ids(`create_at_start=${encodeURIComponent('2026-08-21 09:00:00')}`)).toEqual([
      13, 12
    ])
  })

  it('caps the page at 200 and pages with offset', async () => {
    const base = scenario()
    base.tasks = Array.from({ length: 250 }, (_, i) => ({ id: i + 1, space: 7, created: i }))
    sim = await startSimulator({ scenario: base, speed: 0 })
    sim.clock.advance(300_000)
    const page = async (query: string) =>
      (await call(sim?.url ?? '', `/space/7/get_task_list/?${query}`, { headers: APP })).json
        .data as { count: number; results: { id: number }[] }
    const first = await page('limit=500')
    expect(first.results).toHaveLength(200)
    expect(first.count).toBe(250)
    expect(first.results[0].id).toBe(250)
    const second = await page('limit=200&offset=200')
    expect(second.results.map((r) => r.id)).toEqual(Array.from({ length: 50 }, (_, i) => 50 - i))
    expect((await page('')).results).toHaveLength(100)
  })
})
