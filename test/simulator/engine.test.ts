// The real engine's behaviours in the simulator (engine.yml): template node ids, auto-retry,
// timeouts, subprocess child tasks, loop re-entry; and the by-app 404 and the batch cost.

import { afterEach, describe, expect, it } from '@jest/globals'
import { startSimulator, type Simulator } from './index.js'
import { batch, call, DEMO, kids, scenarioFile, type TreeJson } from './test-http.js'

let sim: Simulator | undefined
afterEach(async () => {
  await sim?.close()
  sim = undefined
})

async function engine(): Promise<Simulator> {
  sim = await startSimulator({ scenario: scenarioFile('engine.yml'), speed: 0 })
  return sim
}

type Activity = {
  id: string
  name: string
  template_node_id?: string
  component?: { code: string }
  auto_retry?: Record<string, unknown>
  timeout_config?: Record<string, unknown>
}
type Detail = {
  space_id: number
  name: string
  trigger_method: string
  parent_task_info?: { task_id: number; state: string | null }
  pipeline_tree: { activities: Record<string, Activity>; gateways: Record<string, Activity> }
}

async function detail(s: Simulator, task: number): Promise<Detail> {
  const answer = await call(s.url, `/space/7/task/${task}/get_task_detail/`, { headers: DEMO })
  expect(answer.json.result).toBe(true)
  return answer.json.data as Detail
}

async function tree(s: Simulator, task: number): Promise<TreeJson> {
  const answer = await call(s.url, `/space/7/task/${task}/get_task_states/`, { headers: DEMO })
  expect(answer.json.result).toBe(true)
  return answer.json.data as TreeJson
}

function byName(d: Detail): Map<string, Activity> {
  const nodes = [
    ...Object.values(d.pipeline_tree.activities),
    ...Object.values(d.pipeline_tree.gateways)
  ]
  return new Map(nodes.map((n) => [n.name, n]))
}

async function nodeState(s: Simulator, task: number, name: string): Promise<TreeJson> {
  const id = byName(await detail(s, task)).get(name)?.id ?? ''
  return (await tree(s, task)).children[id]
}

async function nodeDetail(s: Simulator, task: number, name: string, query = '') {
  const id = byName(await detail(s, task)).get(name)?.id ?? ''
  const answer = await call(
    s.url,
    `/space/7/task/${task}/node/${id}/get_task_node_detail/${query}`,
    {
      headers: DEMO
    }
  )
  expect(answer.json).not.toHaveProperty('code')
  return answer.json.data as Record<string, unknown> & { outputs: Record<string, unknown>[] }
}

describe('the simulated engine (engine.yml)', () => {
  it('gives every task fresh runtime ids and the template node ids of its template', async () => {
    const s = await engine()
    const one = byName(await detail(s, 401))
    const two = byName(await detail(s, 402))
    for (const name of ['Build', 'Choose', 'Deploy']) {
      expect(one.get(name)?.id).not.toBe(two.get(name)?.id)
      expect(one.get(name)?.template_node_id).toMatch(/^node[0-9a-f]{28}$/)
      expect(one.get(name)?.template_node_id).toBe(two.get(name)?.template_node_id)
    }
    const ids = new Set([...one.values()].map((n) => n.template_node_id))
    expect(ids.size).toBe(3)
  })

  it('keeps an auto-retried node FAILED for its interval, then retries it with a new version', async () => {
    const s = await engine()
    const settings = byName(await detail(s, 403)).get('Deploy')
    expect(settings?.auto_retry).toEqual({ enable: true, times: 3, interval: 3 })
    s.clock.advance(3_000)
    const first = await nodeState(s, 403, 'Deploy')
    expect(first).toMatchObject({ state: 'FAILED', retry: 0 })
    expect((await tree(s, 403)).state).toBe('FAILED')
    s.clock.advance(3_500) // 6.5: READY since 6
    expect(await nodeState(s, 403, 'Deploy')).toMatchObject({ state: 'READY', retry: 1 })
    s.clock.advance(3_000) // 9.5: the second attempt failed at 9
    const second = await nodeState(s, 403, 'Deploy')
    expect(second).toMatchObject({ state: 'FAILED', retry: 1 })
    expect(second.version).not.toBe(first.version)
    s.clock.advance(7_000) // 16.5: the third attempt finished at 16
    expect(await nodeState(s, 403, 'Deploy')).toMatchObject({ state: 'FINISHED', retry: 2 })
    expect((await tree(s, 403)).state).toBe('FINISHED')
    const node = await nodeDetail(s, 403, 'Deploy')
    expect((node.histories as { ex_data: string }[]).map((h) => h.ex_data)).toEqual([
      'connection refused',
      'HTTP 503'
    ])
  })

  it('leaves a node FAILED for good once its automatic retries are spent', async () => {
    const s = await engine()
    s.clock.advance(30_000)
    expect(await nodeState(s, 404, 'Deploy')).toMatchObject({ state: 'FAILED', retry: 2 })
    expect((await tree(s, 404)).state).toBe('FAILED')
  })

  it('forces a failure at the node timeout, with forced-fail text, then auto-retries it', async () => {
    const s = await engine()
    const settings = byName(await detail(s, 405)).get('Wait for approval')
    expect(settings?.timeout_config).toEqual({ enable: true, seconds: 3, action: 'forced_fail' })
    s.clock.advance(3_500)
    const forced = await nodeDetail(s, 405, 'Wait for approval')
    expect(forced).toMatchObject({ state: 'FAILED', ex_data: 'forced fail by bkflow_engine' })
    expect(forced.outputs).toContainEqual({ key: '_forced_failed', value: true, preset: false })
    s.clock.advance(3_000)
    expect(await nodeState(s, 405, 'Wait for approval')).toMatchObject({
      state: 'FINISHED',
      retry: 1
    })
  })

  it('runs a subprocess as a child task named by the node task_id output', async () => {
    const s = await engine()
    const migrate = byName(await detail(s, 406)).get('Migrate')
    expect(migrate?.component?.code).toBe('subprocess_plugin')
    s.clock.advance(3_000)
    const running = await nodeState(s, 406, 'Migrate')
    expect(running).toMatchObject({ state: 'RUNNING', children: {} }) // a leaf
    const outputs = (await nodeDetail(s, 406, 'Migrate', '?component_code=subprocess_plugin'))
      .outputs
    expect(outputs[0]).toEqual({ name: '任务ID', key: 'task_id', value: 40602, preset: true })
    const child = await detail(s, 40602)
    expect(child).toMatchObject({
      space_id: 7,
      trigger_method: 'subprocess',
      parent_task_info: { task_id: 406, state: 'RUNNING' }
    })
    expect(child.name).toMatch(/^Migrate_子流程_20260821100002$/)
    expect(kids(await tree(s, 40602)).map((n) => n.state)).toEqual(['FINISHED', 'RUNNING'])
    s.clock.advance(6_000)
    expect(await nodeState(s, 406, 'Migrate')).toMatchObject({ state: 'FINISHED' })
    expect((await tree(s, 40602)).state).toBe('FINISHED')
    expect((await tree(s, 406)).state).toBe('FINISHED')
  })

  it("fails a subprocess node when its child's node fails, with BKFlow's fixed text", async () => {
    const s = await engine()
    s.clock.advance(5_000)
    const parent = await nodeDetail(s, 407, 'Migrate')
    expect(parent).toMatchObject({ state: 'FAILED', ex_data: '子流程执行失败，请检查失败节点' })
    expect((await tree(s, 407)).state).toBe('FAILED')
    const dump = await nodeDetail(s, 40702, 'Dump')
    expect(dump).toMatchObject({ state: 'FAILED', ex_data: 'ERROR 1045: access denied' })
  })

  it('nests children of children, each a task of its own', async () => {
    const s = await engine()
    s.clock.advance(10_000)
    expect((await detail(s, 4080102)).parent_task_info?.task_id).toBe(40801)
    expect((await tree(s, 4080102)).state).toBe('FINISHED')
    expect((await tree(s, 408)).state).toBe('FINISHED')
  })

  it("shows a looped node the previous loop's finish time and a negative elapsed time", async () => {
    const s = await engine()
    s.clock.advance(7_000)
    const poll = await nodeState(s, 409, 'Poll')
    expect(poll).toMatchObject({
      state: 'RUNNING',
      loop: 2,
      retry: 0,
      elapsed_time: -3,
      finish_time: '2026-08-21 10:00:03 +0800',
      start_time: '2026-08-21 10:00:06 +0800'
    })
  })
})

describe('the gateway in front of the task module', () => {
  const scenario = (extra: Record<string, unknown> = {}) => ({
    apps: [{ code: 'bkflow-gate-demo', secret: 'demo-secret' }],
    users: ['alice'],
    spaces: [{ id: 7, app: 'bkflow-gate-demo' }],
    templates: [{ id: 1, app: 'bkflow-gate-demo' }],
    tasks: Array.from({ length: 6 }, (_, i) => ({
      id: 501 + i,
      space: 7,
      template: 1,
      start: 0,
      nodes: [{ name: 'A' }]
    })),
    ...extra
  })

  it('answers the app-bound endpoint 404 "任务不存在" when the task module fails', async () => {
    sim = await startSimulator({ scenario: scenario(), speed: 0 })
    sim.inject({ type: 'relay', endpoint: 'get_task_states_by_app', times: 1 })
    const headers = {
      'X-Bkapi-Authorization': JSON.stringify({
        bk_app_code: 'bkflow-gate-demo',
        bk_app_secret: 'demo-secret',
        bk_username: 'alice'
      })
    }
    const outage = await call(sim.url, '/task/501/get_task_states_by_app/', { headers })
    expect(outage.status).toBe(404)
    expect(outage.json).toEqual({ result: false, message: '任务不存在，task_id=501' })
    const after = await call(sim.url, '/task/501/get_task_states_by_app/', { headers })
    expect(after.json.result).toBe(true)
  })

  it('cuts a batch whose ids cost the task module more than 120 s with a 504', async () => {
    sim = await startSimulator({ scenario: scenario({ batch_cost: 30 }), speed: 0 })
    const big = await batch(sim.url, 7, [501, 502, 503, 504, 505])
    expect(big.status).toBe(504)
    expect(big.json).toMatchObject({ code_name: 'REQUEST_BACKEND_TIMEOUT' })
    const small = await batch(sim.url, 7, [501, 502, 503, 504, 9999])
    expect(small.json.result).toBe(true)
  })
})
