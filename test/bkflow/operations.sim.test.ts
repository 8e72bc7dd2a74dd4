// TaskOperations through the real client against the simulator: start is idempotent for the gate,
// revoke refusals are permanent, and BKFlow's times read in Asia/Shanghai.

import { afterEach, describe, expect, it } from '@jest/globals'
import { parseBkflowTime, shanghaiTime } from '../../src/bkflow/operations.js'
import { simClient, steppingSleep } from '../poll/helpers.js'
import { simpleScenario, startSimulator, TEST_APP, type Simulator } from '../simulator/index.js'

let sim: Simulator | undefined
afterEach(async () => {
  await sim?.close()
  sim = undefined
})

async function client() {
  const scenario = simpleScenario([
    { id: 5, space: 7, start: 0, nodes: [{ name: 'A', duration: 1 }] }
  ])
  scenario.templates = [
    { id: 42, app: TEST_APP.code, nodes: [{ name: 'Build', result: 'RUNNING' }] }
  ]
  sim = await startSimulator({ scenario, speed: 0 })
  const c = simClient(sim, { now: sim.clock.now, sleep: steppingSleep(sim) })
  return { c, s: sim, call: { deadline: sim.clock.now() + 60_000 } }
}

describe('TaskOperations', () => {
  it('treats "task already started" as started, without retrying it', async () => {
    const { c, s, call } = await client()
    const { taskId } = await c.operations.createTask(
      { templateId: 42, spaceId: 7, name: 'n', constants: {} },
      call,
      'n'
    )
    await c.operations.startTask({ taskId, spaceId: 7 }, undefined, call)
    await c.operations.startTask({ taskId, spaceId: 7 }, undefined, call)
    const starts = s.log.filter((e) => e.endpoint === 'operate_task')
    expect(starts).toHaveLength(2)
    expect(starts.map((e) => JSON.parse(e.body ?? '{}'))).toEqual([
      { operator: 'alice' },
      { operator: 'alice' }
    ])
    expect(await c.operations.revokeTask({ taskId, spaceId: 7 }, undefined, call)).toBe('revoked')
    expect(await c.operations.revokeTask({ taskId, spaceId: 7 }, undefined, call)).toBe(
      'already-revoked'
    )
  })

  it('refuses once, permanently, to revoke a finished task', async () => {
    const { c, s, call } = await client()
    s.clock.advance(5000)
    await expect(
      c.operations.revokeTask({ taskId: 5, spaceId: 7 }, 'bob', call)
    ).rejects.toMatchObject({
      kind: 'bad_request',
      retryable: false,
      message: 'Task 5 had already ended (FINISHED): there was nothing to revoke.'
    })
    expect(s.log.filter((e) => e.endpoint === 'operate_task')).toHaveLength(1)
  })

  it('needs a user identity to create by app', async () => {
    const { s, call } = await client()
    const { BkflowClient } = await import('../../src/bkflow/index.js')
    const anonymous = new BkflowClient({
      apiUrl: s.url,
      appCode: TEST_APP.code,
      appSecret: TEST_APP.secret,
      rateLimitPerMinute: 1000,
      maxConcurrency: 2,
      requestTimeoutMs: 5000,
      allowHttp: false,
      env: {}
    })
    await expect(
      anonymous.operations.createTask({ templateId: 42, name: 'n', constants: {} }, call, 'n')
    ).rejects.toMatchObject({ kind: 'config', message: expect.stringContaining('access-token') })
    expect(s.log).toHaveLength(0)
  })
})

describe('BKFlow times', () => {
  it('reads list and detail times, naive ones as Asia/Shanghai', () => {
    expect(parseBkflowTime('2026-08-21 10:00:00+0800')).toBe(Date.parse('2026-08-21T02:00:00Z'))
    expect(parseBkflowTime('2026-08-21 10:00:00 +0800')).toBe(Date.parse('2026-08-21T02:00:00Z'))
    expect(parseBkflowTime('2026-08-21T10:00:00Z')).toBe(Date.parse('2026-08-21T10:00:00Z'))
    expect(parseBkflowTime('2026-08-21 10:00:00')).toBe(Date.parse('2026-08-21T02:00:00Z'))
    expect(parseBkflowTime('yesterday')).toBeNull()
    expect(parseBkflowTime(null)).toBeNull()
  })

  it('writes create_at_start in Asia/Shanghai', () => {
    expect(shanghaiTime(Date.parse('2026-08-20T18:30:05Z'))).toBe('2026-08-21 02:30:05')
  })
})
