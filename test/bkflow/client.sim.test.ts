// The client against the simulator over real HTTP on 127.0.0.1: error tables, retried faults,
// deadlines, server hints and secrets. Retry waits run on a virtual clock, so nothing really waits.

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  BkflowClient,
  BkflowError,
  type BkflowErrorKind,
  type ClientOptions
} from '../../src/bkflow/index.js'
import { startSimulator, type Fault, type Scenario, type Simulator } from '../simulator/index.js'
import { VirtualClock } from './virtual-clock.js'

const SECRET = 'S3cr3t-0f-the-app-9f8e7d'
const TOKEN = 'tok-5a4b3c2d1e'
const APP = 'gate-app'

const scenario: Scenario = {
  apps: [
    { code: APP, secret: SECRET },
    { code: 'other-app', secret: 'other-secret' },
    { code: 'no-perm-app', secret: 'np-secret', permissions: false }
  ],
  spaces: [
    { id: 7, app: APP },
    { id: 8, app: 'other-app' },
    { id: 9, app: APP }
  ],
  templates: [
    { id: 1, app: APP },
    { id: 2, app: 'other-app' },
    { id: 3, app: null },
    { id: 4, app: APP, deleted: true }
  ],
  tasks: [
    {
      id: 42,
      space: 7,
      template: 1,
      name: 'deploy',
      start: 0,
      nodes: [
        { name: 'Build', duration: 1 },
        {
          name: 'Legacy',
          type: 'SubProcess',
          legacy: true,
          nodes: [{ name: 'Inner step', duration: 1 }]
        },
        { name: 'Deploy backend', result: 'RUNNING' }
      ]
    },
    { id: 43, space: 7, template: 2, start: 0, nodes: [{ name: 'A' }] },
    { id: 44, space: 7, template: 3, start: 0, nodes: [{ name: 'A' }] },
    { id: 45, space: 7, start: 0, nodes: [{ name: 'A' }] },
    { id: 46, space: 7, template: 4, start: 0, nodes: [{ name: 'A' }] },
    { id: 47, space: 9, template: 1, start: 0, nodes: [{ name: 'A' }] },
    { id: 48, space: 7, template: 1, start: 0, expired: true, nodes: [{ name: 'A' }] },
    { id: 49, space: 7, template: 1, nodes: [{ name: 'A' }] }
  ]
}

let sim: Simulator

beforeAll(async () => {
  sim = await startSimulator({ scenario, speed: 1000 })
})

afterAll(async () => {
  await sim.close()
})

function makeClient(overrides: Partial<ClientOptions> = {}) {
  const clock = new VirtualClock(0)
  const secrets: string[] = []
  const retries: { endpoint: string; attempt: number; delayMs: number; reason: string }[] = []
  const client = new BkflowClient({
    apiUrl: sim.url,
    appCode: APP,
    appSecret: SECRET,
    rateLimitPerMinute: 6000,
    maxConcurrency: 4,
    requestTimeoutMs: 5000,
    allowHttp: false,
    env: {},
    now: clock.now,
    sleep: clock.sleep,
    random: () => 1,
    onSecret: (value) => secrets.push(value),
    onRetry: (info) => retries.push(info),
    ...overrides
  })
  return { client, clock, secrets, retries }
}

const call = () => ({ deadline: 10 * 60_000 })
const messages: string[] = []

async function failure(promise: Promise<unknown>): Promise<BkflowError> {
  try {
    await promise
  } catch (error: unknown) {
    if (error instanceof BkflowError) {
      messages.push(error.message, error.bkMessage ?? '')
      return error
    }
    throw error
  }
  throw new Error('expected the call to fail')
}

describe('BkflowClient against the simulator: success paths', () => {
  it('reads a space-scoped tree and an app-bound tree', async () => {
    const { client } = makeClient({ username: 'alice' })
    await sim.clock.sleep(3000)
    const tree = await client.getTaskStates({ taskId: 42, spaceId: 7 }, call())
    expect(tree.state).toBe('RUNNING')
    expect(tree.id).toMatch(/^n/)
    expect(tree.children.length).toBeGreaterThanOrEqual(3)
    const byApp = await client.getTaskStates({ taskId: 42 }, call())
    expect(byApp.state).toBe('RUNNING')
    expect(client.counts).toEqual({
      get_task_states: 1,
      get_task_states_by_app: 1,
      get_tasks_states: 0,
      get_task_detail: 0,
      get_task_node_detail: 0,
      create_task: 0,
      create_task_by_app: 0,
      operate_task: 0,
      operate_task_by_app: 0,
      get_task_list: 0
    })
  })

  it('reads CREATED_STATUS of a task that never started', async () => {
    const { client } = makeClient()
    const tree = await client.getTaskStates({ taskId: 49, spaceId: 7 }, call())
    expect(tree).toMatchObject({ id: '', state: 'CREATED', skip: false, children: [] })
  })

  it('batches root states: omitted ids are absent, expired ones are EXPIRED', async () => {
    const { client } = makeClient()
    const states = await client.getTasksStates(7, [42, 43, 47, 48, 9999], call())
    expect(states.get(42)).toBe('RUNNING')
    expect(states.get(48)).toBe('EXPIRED')
    expect(states.has(47)).toBe(false)
    expect(states.has(9999)).toBe(false)
  })

  it('sends chunks of at most 100 ids', async () => {
    const { client } = makeClient()
    const before = sim.log.length
    const ids = Array.from({ length: 250 }, (_, i) => 1000 + i).concat([42])
    const states = await client.getTasksStates(7, ids, call())
    expect(states.get(42)).toBe('RUNNING')
    const sizes = sim.log
      .slice(before)
      .map((e) => e.taskIds?.length ?? -1)
      .sort((a, b) => b - a)
    expect(sizes).toEqual([100, 100, 51])
    expect(client.counts.get_tasks_states).toBe(3)
  })

  it('reads node names from the detail, nested subprocess included', async () => {
    const { client } = makeClient()
    const detail = await client.getTaskDetail({ taskId: 42, spaceId: 7 }, call())
    expect(detail.name).toBe('deploy')
    const names = [...detail.names.values()].map((n) => n.name)
    expect(names).toEqual(
      expect.arrayContaining(['Build', 'Legacy', 'Inner step', 'Deploy backend'])
    )
  })

  it('registers the secret, the token and the header before any request', () => {
    const before = sim.log.length
    const { secrets } = makeClient({ accessToken: TOKEN })
    expect(sim.log.length).toBe(before)
    expect(secrets).toContain(SECRET)
    expect(secrets).toContain(TOKEN)
    expect(secrets.some((s) => s.startsWith('{') && s.includes(SECRET) && s.includes(TOKEN))).toBe(
      true
    )
  })
})

describe('BkflowClient against the simulator: permanent errors name the fix', () => {
  const rows: [
    string,
    Partial<ClientOptions>,
    (c: BkflowClient) => Promise<unknown>,
    BkflowErrorKind,
    RegExp
  ][] = [
    [
      'wrong secret',
      { appSecret: 'wrong-secret-123' },
      (c) => c.getTaskStates({ taskId: 42, spaceId: 7 }, call()),
      'auth',
      /check app-code and app-secret/
    ],
    [
      'unknown app',
      { appCode: 'nobody' },
      (c) => c.getTaskStates({ taskId: 42, spaceId: 7 }, call()),
      'auth',
      /check app-code and app-secret/
    ],
    [
      'no user on by_app',
      {},
      (c) => c.getTaskStates({ taskId: 42 }, call()),
      'auth',
      /set username or access-token/
    ],
    [
      'no resource permission',
      { appCode: 'no-perm-app', appSecret: 'np-secret' },
      (c) => c.getTaskStates({ taskId: 42, spaceId: 7 }, call()),
      'permission',
      /apply for the resource permission/
    ],
    [
      'wrong api-url',
      { apiUrl: '' },
      (c) => c.getTaskStates({ taskId: 42, spaceId: 7 }, call()),
      'api_not_found',
      /check api-url/
    ],
    [
      'space missing (B1)',
      {},
      (c) => c.getTaskStates({ taskId: 42, spaceId: 99 }, call()),
      'permission',
      /Space 99 does not exist.*fix space_id/
    ],
    [
      'space of another app (B2)',
      {},
      (c) => c.getTaskStates({ taskId: 42, spaceId: 8 }, call()),
      'permission',
      /use a space that app gate-app owns/
    ],
    [
      'task not found (B3)',
      {},
      (c) => c.getTaskStates({ taskId: 9999, spaceId: 7 }, call()),
      'task_not_found',
      /does not exist, was deleted, or has expired/
    ],
    [
      'expired task (B3)',
      {},
      (c) => c.getTaskStates({ taskId: 48, spaceId: 7 }, call()),
      'task_not_found',
      /has expired/
    ],
    [
      'task in another space (B4)',
      {},
      (c) => c.getTaskStates({ taskId: 47, spaceId: 7 }, call()),
      'wrong_space',
      /Task 47 is not in space 7: fix space_id/
    ],
    [
      'by_app unknown task (A2)',
      { username: 'alice' },
      (c) => c.getTaskStates({ taskId: 9999 }, call()),
      'task_not_found',
      /Task 9999 does not exist/
    ],
    [
      'by_app no template (A3)',
      { username: 'alice' },
      (c) => c.getTaskStates({ taskId: 45 }, call()),
      'permission',
      /not linked to any template/
    ],
    [
      'by_app template deleted (A4)',
      { username: 'alice' },
      (c) => c.getTaskStates({ taskId: 46 }, call()),
      'permission',
      /no longer exists/
    ],
    [
      'by_app template unbound (A5)',
      { accessToken: TOKEN },
      (c) => c.getTaskStates({ taskId: 44 }, call()),
      'permission',
      /bind the task's template to app gate-app/
    ],
    [
      'by_app template of another app (A6)',
      { username: 'alice' },
      (c) => c.getTaskStates({ taskId: 43 }, call()),
      'permission',
      /bound to another app/
    ],
    [
      'detail of a missing task (B10)',
      {},
      (c) => c.getTaskDetail({ taskId: 9999, spaceId: 7 }, call()),
      'task_not_found',
      /does not exist/
    ],
    [
      'batch in a space of another app',
      {},
      (c) => c.getTasksStates(8, [42], call()),
      'permission',
      /owns/
    ]
  ]

  it.each(rows)('%s', async (_name, overrides, run, kind, fix) => {
    const options = { ...overrides }
    if (options.apiUrl === '') options.apiUrl = `${sim.url}/wrong-stage`
    const { client, clock } = makeClient(options)
    const error = await failure(run(client))
    expect(error.kind).toBe(kind)
    expect(error.retryable).toBe(false)
    expect(error.message).toMatch(fix)
    expect(error.attempts).toBe(1)
    expect(clock.sleeps).toEqual([])
    if (kind !== 'api_not_found') expect(error.bkMessage).toBeTruthy()
  })
})

describe('BkflowClient against the simulator: retryable faults', () => {
  const faults: [string, Fault][] = [
    ['gateway 500', { type: 'status', status: 500 }],
    ['gateway 502', { type: 'status', status: 502 }],
    ['gateway 503', { type: 'status', status: 503 }],
    ['gateway 504', { type: 'status', status: 504 }],
    ['HTML 502 page', { type: 'html' }],
    ['relay of a task-module 502 (B6)', { type: 'relay', upstream_status: 502 }],
    ['relay of a connection exception (B5)', { type: 'relay', upstream_status: 0 }],
    ['engine query failure (B7)', { type: 'engine_error' }],
    ['connection reset', { type: 'reset' }],
    ['truncated body', { type: 'truncated' }],
    ['not JSON', { type: 'not_json' }]
  ]

  it.each(faults)('%s is retried, then succeeds', async (_name, fault) => {
    const { client, clock, retries } = makeClient()
    sim.inject({ ...fault, task: 42, endpoint: 'get_task_states', times: 2, name: `t-${_name}` })
    const tree = await client.getTaskStates({ taskId: 42, spaceId: 7 }, call())
    expect(tree.state).toBe('RUNNING')
    expect(client.counts.get_task_states).toBe(3)
    expect(clock.sleeps).toEqual([500, 1000])
    expect(retries.map((r) => r.attempt)).toEqual([1, 2])
    expect(sim.log.filter((e) => e.fault === `t-${_name}`)).toHaveLength(2)
  })

  it('app-check failure (A1) on by_app is retried', async () => {
    const { client } = makeClient({ username: 'alice' })
    sim.inject({ type: 'app_check_error', task: 42, times: 1 })
    const tree = await client.getTaskStates({ taskId: 42 }, call())
    expect(tree.state).toBe('RUNNING')
    expect(client.counts.get_task_states_by_app).toBe(2)
  })

  it('a batch engine failure is retried', async () => {
    const { client } = makeClient()
    sim.inject({ type: 'engine_error', endpoint: 'get_tasks_states', times: 1 })
    const states = await client.getTasksStates(7, [42], call())
    expect(states.get(42)).toBe('RUNNING')
    expect(client.counts.get_tasks_states).toBe(2)
  })

  it('a hanging request times out and is retried', async () => {
    const { client } = makeClient({ requestTimeoutMs: 150 })
    sim.inject({ type: 'hang', task: 42, endpoint: 'get_task_detail', times: 1 })
    const detail = await client.getTaskDetail({ taskId: 42, spaceId: 7 }, call())
    expect(detail.names.size).toBeGreaterThan(0)
    expect(client.counts.get_task_detail).toBe(2)
  })

  it('waits X-Bkapi-RateLimit-Reset after a 429', async () => {
    const { client, clock, retries } = makeClient()
    sim.inject({ type: 'rate_limit', task: 42, endpoint: 'get_task_states', reset: 17, times: 1 })
    await client.getTaskStates({ taskId: 42, spaceId: 7 }, call())
    expect(clock.sleeps[0]).toBeGreaterThanOrEqual(17_000)
    expect(retries[0].reason).toMatch(/^rate_limited/)
  })

  it('stops retrying at the deadline with the attempt count', async () => {
    const { client, clock } = makeClient()
    sim.inject({
      type: 'status',
      status: 503,
      task: 43,
      endpoint: 'get_task_states',
      name: 'forever'
    })
    const error = await failure(
      client.getTaskStates({ taskId: 43, spaceId: 7 }, { deadline: 4000 })
    )
    expect(error.kind).toBe('transient')
    expect(error.retryable).toBe(true)
    // random() = 1: waits of 500, 1000, 2000 fit under 4000 ms; the next (4000) would not.
    expect(error.attempts).toBe(4)
    expect(client.counts.get_task_states).toBe(4)
    expect(clock.sleeps).toEqual([500, 1000, 2000])
    expect(error.message).toMatch(/gave up after 4 attempts/)
    expect(error.status).toBe(503)
  })

  it('cancels a hanging request through the signal', async () => {
    const { client } = makeClient({ requestTimeoutMs: 20_000 })
    sim.inject({ type: 'hang', task: 44, endpoint: 'get_task_detail', times: 1 })
    const controller = new AbortController()
    const pending = client.getTaskDetail(
      { taskId: 44, spaceId: 7 },
      { deadline: 1e12, signal: controller.signal }
    )
    setTimeout(() => controller.abort(), 50)
    const error = await failure(pending)
    expect(error.kind).toBe('cancelled')
  })
})

describe('BkflowClient: secrets', () => {
  it('never puts the secret, the token or the header in an error or a retry reason', async () => {
    const { client, retries } = makeClient({ accessToken: TOKEN })
    sim.inject({
      type: 'relay',
      upstream_status: 0,
      message: `echo ${SECRET} ${TOKEN}`,
      task: 42,
      times: 1
    })
    await client.getTaskStates({ taskId: 42, spaceId: 7 }, call())
    const reasons = retries.map((r) => r.reason)
    expect(reasons.length).toBe(1)
    const all = [...messages, ...reasons]
    expect(all.length).toBeGreaterThan(20)
    for (const text of all) {
      expect(text).not.toContain(SECRET)
      expect(text).not.toContain(TOKEN)
      expect(text).not.toContain('"bk_app_secret"')
    }
  })

  it('refuses plain http to a non-loopback host without sending anything', () => {
    expect(() =>
      makeClient({ apiUrl: 'http://bkapi.example.com/api/bk-flow-engine/prod' })
    ).toThrow(expect.objectContaining({ kind: 'insecure' }) as unknown as Error)
  })
})
