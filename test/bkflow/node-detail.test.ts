// get_task_node_detail: the defensive parser on the shapes bkflow-api-2.md §1 documents, and the
// real client against the simulator over HTTP (ex_data, outputs, histories, errors).

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { BkflowClient, BkflowError, parseNodeDetail } from '../../src/bkflow/index.js'
import { startSimulator, type Scenario, type Simulator } from '../simulator/index.js'
import { TEST_APP } from '../simulator/index.js'
import { VirtualClock } from './virtual-clock.js'

// The example of bkflow-api-2.md §1: a node that failed after one automatic retry.
const failedAfterRetry = {
  id: 'nb81c2d3e4f5a6b7c8d9e0f1a2b3c4d5',
  state: 'FAILED',
  'root_id:': 'n3a1f0c9e2b7d4c58a6e9f1b2c3d4e5f',
  version: 'v0f1e2d3c4b5a69788796a5b4c3d2e1f0',
  loop: 1,
  retry: 1,
  skip: false,
  children: {},
  elapsed_time: 5,
  start_time: '2026-08-21 10:00:12 +0800',
  finish_time: null,
  history_id: -1,
  outputs: [
    { name: '状态码', key: 'status_code', value: 503, preset: true },
    { name: '执行结果', key: '_result', value: false, preset: true },
    { name: 'ex_data', key: 'ex_data', value: 'HTTP 503', preset: false }
  ],
  ex_data: 'HTTP 503 from http://svc.local/health',
  histories: [
    {
      id: 78,
      retry: 1,
      loop: 1,
      version: 'vsecond',
      state: 'FAILED',
      outputs: [{ key: 'ex_data', value: 'second attempt' }]
    },
    {
      id: 77,
      retry: 0,
      loop: 1,
      version: 'vfirst',
      state: 'FAILED',
      ex_data: 'connection refused'
    },
    { id: 79, retry: 0, loop: 1, state: 42 },
    'not an attempt'
  ]
}

describe('parseNodeDetail', () => {
  it('reads state, counters, ex_data, list outputs and histories oldest first', () => {
    const detail = parseNodeDetail(failedAfterRetry)
    expect(detail).toMatchObject({
      state: 'FAILED',
      version: 'v0f1e2d3c4b5a69788796a5b4c3d2e1f0',
      retry: 1,
      loop: 1,
      exData: 'HTTP 503 from http://svc.local/health'
    })
    expect(detail.outputs).toEqual([
      { name: '状态码', key: 'status_code', value: 503 },
      { name: '执行结果', key: '_result', value: false },
      { name: 'ex_data', key: 'ex_data', value: 'HTTP 503' }
    ])
    // A history without the ex_data key (a past loop's) takes it from its outputs; junk is dropped.
    expect(detail.histories).toEqual([
      { retry: 0, loop: 1, state: 'FAILED', version: 'vfirst', exData: 'connection refused' },
      { retry: 1, loop: 1, state: 'FAILED', version: 'vsecond', exData: 'second attempt' }
    ])
  })

  it('reads a node that has not run: READY, "" ex_data as none, no version', () => {
    const detail = parseNodeDetail({
      name: 'Deploy',
      error_ignorable: false,
      state: 'READY',
      inputs: { target: '10.0.0.5' },
      outputs: [],
      ex_data: ''
    })
    expect(detail).toEqual({
      state: 'READY',
      version: null,
      retry: 0,
      loop: 1,
      exData: null,
      outputs: [],
      histories: []
    })
  })

  it('keeps ex_data whatever its form: text, HTML, JSON text, a structured value or null', () => {
    const ex = (value: unknown) => parseNodeDetail({ state: 'FAILED', ex_data: value }).exData
    expect(ex('<html><b>502</b></html>')).toBe('<html><b>502</b></html>')
    expect(ex('{"code": 1}')).toBe('{"code": 1}')
    expect(ex({ code: 1, msg: 'bad' })).toBe('{"code":1,"msg":"bad"}')
    expect(ex(null)).toBeNull()
    expect(ex(undefined)).toBeNull()
    expect(ex('   ')).toBeNull()
  })

  it('tolerates outputs as a plain map and skips entries without a key', () => {
    const map = parseNodeDetail({ state: 'FINISHED', outputs: { task_id: 5124, _result: true } })
    expect(map.outputs).toEqual([
      { key: 'task_id', value: 5124 },
      { key: '_result', value: true }
    ])
    const list = parseNodeDetail({ state: 'FINISHED', outputs: [{ value: 1 }, null, { key: 'a' }] })
    expect(list.outputs).toEqual([{ key: 'a', value: undefined }])
  })

  it('refuses data that is not a node', () => {
    for (const data of [null, [], 'FAILED', { state: 3 }, {}]) {
      expect(() => parseNodeDetail(data)).toThrow(BkflowError)
    }
  })
})

const SPACE = 7
const scenario: Scenario = {
  apps: [{ code: TEST_APP.code, secret: TEST_APP.secret }],
  spaces: [
    { id: SPACE, app: TEST_APP.code },
    { id: 8, app: TEST_APP.code }
  ],
  templates: [{ id: 1, app: TEST_APP.code }],
  tasks: [
    {
      id: 301,
      space: SPACE,
      template: 1,
      start: 0,
      nodes: [
        { id: 'n0000000000000000000000000000b01', name: 'Build', duration: 2 },
        {
          id: 'n0000000000000000000000000000d01',
          name: 'Deploy',
          component: 'job_execute',
          duration: 2,
          result: 'FAILED',
          ex_data: ['ssh: connection refused', 'disk full'],
          retry_after: 3,
          then: 'FAILED'
        },
        { id: 'n0000000000000000000000000000e01', name: 'Notify' }
      ]
    },
    { id: 302, space: 8, template: 1, start: 0, nodes: [{ name: 'A' }] }
  ]
}

let sim: Simulator

beforeAll(async () => {
  sim = await startSimulator({ scenario, speed: 0 })
})

afterAll(async () => {
  await sim.close()
})

function client(): BkflowClient {
  const clock = new VirtualClock(0)
  return new BkflowClient({
    apiUrl: sim.url,
    appCode: TEST_APP.code,
    appSecret: TEST_APP.secret,
    rateLimitPerMinute: 6000,
    maxConcurrency: 4,
    requestTimeoutMs: 5000,
    allowHttp: false,
    env: {},
    now: clock.now,
    sleep: clock.sleep,
    random: () => 1
  })
}

const call = { deadline: 60_000 }
const ref = { taskId: 301, spaceId: SPACE }
const DEPLOY = 'n0000000000000000000000000000d01'

async function failure(promise: Promise<unknown>): Promise<BkflowError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e
  )
  if (!(error instanceof BkflowError))
    throw new Error(`expected a BkflowError, got ${String(error)}`)
  return error
}

describe('getTaskNodeDetail against the simulator', () => {
  it('reads a failed node, then its retry with the failed attempt archived in histories', async () => {
    const c = client()
    sim.clock.advance(5_000) // Deploy ran 2–4 and failed at 4
    const first = await c.getTaskNodeDetail(ref, DEPLOY, call)
    expect(first).toMatchObject({ state: 'FAILED', retry: 0, exData: 'ssh: connection refused' })
    expect(first.histories).toEqual([])
    expect(first.outputs).toContainEqual({ key: 'ex_data', value: 'ssh: connection refused' })
    expect(first.outputs).toContainEqual({ key: '_result', value: false })

    sim.clock.advance(4_000) // retried at 7 (READY), running from 8
    const running = await c.getTaskNodeDetail(ref, DEPLOY, call)
    expect(running).toMatchObject({ state: 'RUNNING', retry: 1, exData: null })
    expect(running.version).not.toBe(first.version)
    expect(running.histories).toEqual([
      {
        retry: 0,
        loop: 1,
        state: 'FAILED',
        version: first.version,
        exData: 'ssh: connection refused'
      }
    ])

    sim.clock.advance(2_000) // the retry fails at 10
    const again = await c.getTaskNodeDetail(ref, DEPLOY, call)
    expect(again).toMatchObject({ state: 'FAILED', retry: 1, exData: 'disk full' })
    expect(again.histories.map((h) => h.exData)).toEqual(['ssh: connection refused'])
  })

  it('names the declared outputs with component_code, and refuses an unknown code', async () => {
    const c = client()
    const named = await c.getTaskNodeDetail(ref, DEPLOY, call, { componentCode: 'job_execute' })
    expect(named.outputs[0]).toEqual({ name: 'JOB任务ID', key: 'job_inst_id', value: '' })
    expect(named.outputs).toContainEqual({ name: '执行结果', key: '_result', value: false })
    const error = await failure(
      c.getTaskNodeDetail(ref, DEPLOY, call, { componentCode: 'no_such_plugin' })
    )
    expect(error.bkMessage).toBe('_format_outputs fail')
    const sent = sim.log.filter((e) => e.endpoint === 'get_task_node_detail').map((e) => e.path)
    expect(sent.every((p) => p.endsWith(`/node/${DEPLOY}/get_task_node_detail/`))).toBe(true)
  })

  it('answers a node that never ran with READY and no failure text', async () => {
    const detail = await client().getTaskNodeDetail(ref, 'n0000000000000000000000000000e01', call)
    expect(detail).toEqual({
      state: 'READY',
      version: null,
      retry: 0,
      loop: 1,
      exData: null,
      outputs: [],
      histories: []
    })
  })

  it('classifies a node not in the task, a task in another space and a missing task', async () => {
    const c = client()
    const notInTask = await failure(c.getTaskNodeDetail(ref, 'nunknown', call))
    expect(notInTask).toMatchObject({ kind: 'bad_request', retryable: false })
    expect(notInTask.bkMessage).toContain('node_id should be in task')
    const otherSpace = await failure(
      c.getTaskNodeDetail({ taskId: 302, spaceId: SPACE }, 'x', call)
    )
    expect(otherSpace.kind).toBe('wrong_space')
    const missing = await failure(c.getTaskNodeDetail({ taskId: 999, spaceId: SPACE }, 'x', call))
    expect(missing.kind).toBe('task_not_found')
  })

  it('refuses a node id BKFlow cannot route before sending anything', async () => {
    const before = sim.log.length
    for (const bad of ['../get_task_detail', 'a/b', '', 'n1?x=1', 'ünïcode-']) {
      const error = await failure(client().getTaskNodeDetail(ref, bad, call))
      expect(error.kind).toBe('config')
    }
    expect(sim.log.length).toBe(before)
  })
})
