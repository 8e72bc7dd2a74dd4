// The scheduler against the simulator over real HTTP. The simulator's clock is frozen and the
// scheduler's sleep jumps it, so minutes of timeline run instantly and every count is exact.

import { afterEach, describe, expect, it } from '@jest/globals'
import type { TaskExpectation } from '../../src/model.js'
import { pollTasks, type PollEvent, type PollOptions } from '../../src/poll/index.js'
import {
  linearTask,
  simpleScenario,
  startSimulator,
  TEST_APP,
  type Scenario,
  type Simulator,
  type TaskSpec
} from '../simulator/index.js'
import { frozenClock, nodeSpec, simClient, spec, task } from './helpers.js'

const SEC = 1000
const MIN = 60 * SEC

let sim: Simulator | undefined

afterEach(async () => {
  await sim?.close()
  sim = undefined
})

async function run(
  scenario: Scenario,
  tasks: TaskExpectation[],
  overrides: Partial<PollOptions> = {}
) {
  sim = await startSimulator({ scenario, speed: 0 })
  const clock = frozenClock(sim)
  const events: PollEvent[] = []
  const start = sim.clock.now()
  const result = await pollTasks(spec(tasks), {
    mode: 'wait',
    ...clock,
    onEvent: (e) => events.push(e),
    ...overrides
  })
  return { result, events, start, log: sim.log }
}

/** Build 0–5 s, then Deploy 5–10 s FAILED; an operator retries it at 40 s; FINISHED at 46 s. */
const retried: TaskSpec = {
  id: 301,
  space: 7,
  start: 0,
  nodes: [
    { name: 'Build', duration: 5 },
    { name: 'Deploy', duration: 5, result: 'FAILED', retry_after: 30, then: 'FINISHED' }
  ]
}

const deployListed = (overrides: Partial<TaskExpectation> = {}) =>
  task(301, { intervalMs: 10 * SEC, nodes: [nodeSpec({ name: 'Deploy' })], ...overrides })

describe('pollTasks against the simulator', () => {
  it('passes a task that finishes, reading its tree once', async () => {
    const scenario = simpleScenario([linearTask(101, { space: 7, nodes: 3, finishAt: 40 })])
    const { result, log, start } = await run(scenario, [task(101)])
    expect(result.result).toBe('pass')
    expect(result.tasks[0]).toMatchObject({
      verdict: 'pass',
      state: 'FINISHED',
      settledAt: start + 45 * SEC,
      requests: 1
    })
    // start, three activities, end: all reached and FINISHED.
    expect(result.tasks[0].tree).toEqual({ nodes: 5, byState: { FINISHED: 5 } })
    expect(log.map((e) => e.endpoint)).toEqual([
      'get_tasks_states',
      'get_tasks_states',
      'get_tasks_states',
      'get_tasks_states',
      'get_task_states'
    ])
    expect(result.requests.total).toBe(5)
  })

  it('fails a task whose node fails, naming the node', async () => {
    const scenario = simpleScenario([linearTask(102, { space: 7, nodes: 3, failAt: 1 })])
    const { result } = await run(scenario, [task(102)])
    expect(result.result).toBe('fail')
    expect(result.tasks[0]).toMatchObject({ verdict: 'fail', state: 'FAILED' })
    expect(result.tasks[0].findings).toEqual([
      expect.objectContaining({ kind: 'state', target: 'task', actual: 'FAILED' }),
      expect.objectContaining({ kind: 'unlisted_failure', target: 'node', actual: 'FAILED' })
    ])
    expect(result.tasks[0].reason).toContain('FAILED')
  })

  it('under on_failed wait, passes a FAILED task that is retried and finishes, showing the retry', async () => {
    const { result, events } = await run(simpleScenario([retried]), [
      deployListed({ onFailed: 'wait' })
    ])
    expect(result.tasks[0]).toMatchObject({ verdict: 'pass', state: 'FINISHED' })
    expect(result.tasks[0].rows).toEqual([
      expect.objectContaining({ name: 'Deploy', actual: 'FINISHED', retry: 1, finding: 'ok' })
    ])
    const states = events.flatMap((e) => (e.type === 'state' ? [e.state] : []))
    expect(states[0]).toBe('RUNNING')
    expect(states).toContain('FAILED')
    expect(states.at(-1)).toBe('FINISHED')
    // Names are fetched once, when the task is first compared.
    expect(sim?.log.filter((e) => e.endpoint === 'get_task_detail')).toHaveLength(1)
  })

  it('under on_failed fail, fails the same task at the first FAILED look', async () => {
    const { result, start } = await run(simpleScenario([retried]), [
      deployListed({ onFailed: 'fail' })
    ])
    expect(result.tasks[0]).toMatchObject({
      verdict: 'fail',
      state: 'FAILED',
      settledAt: start + 10 * SEC
    })
    expect(result.tasks[0].findings).toContainEqual(
      expect.objectContaining({
        kind: 'state',
        target: 'node',
        nodeName: 'Deploy',
        actual: 'FAILED'
      })
    )
  })

  it('under a grace period, passes if the retry comes in time and fails if not', async () => {
    const long = await run(simpleScenario([retried]), [
      deployListed({ onFailed: { graceMs: 60 * SEC } })
    ])
    expect(long.result.tasks[0].verdict).toBe('pass')
    await sim?.close()

    const short = await run(simpleScenario([retried]), [
      deployListed({ onFailed: { graceMs: 20 * SEC } })
    ])
    // FAILED first seen at 10 s; the grace ends at 30 s, before the retry at 40 s.
    expect(short.result.tasks[0]).toMatchObject({
      verdict: 'fail',
      settledAt: short.start + 30 * SEC
    })
  })

  it('reports a task still running at its timeout as pending, with its last state', async () => {
    const scenario = simpleScenario([
      { id: 103, space: 7, start: 0, nodes: [{ name: 'Forever', result: 'RUNNING' }] }
    ])
    const { result, start } = await run(scenario, [task(103, { timeoutMs: 2 * MIN })])
    expect(result.result).toBe('fail')
    expect(result.finishedAt).toBe(start + 2 * MIN)
    expect(result.tasks[0]).toMatchObject({
      verdict: 'pending',
      state: 'RUNNING',
      stateSince: start
    })
    expect(result.tasks[0].reason).toMatch(/^still RUNNING after 2m \(since \d\d:\d\d:\d\d UTC\)$/)
    expect(result.tasks[0].findings).toEqual([expect.objectContaining({ kind: 'pending' })])
  })

  it('reports a task that never starts as pending in CREATED', async () => {
    const scenario = simpleScenario([{ id: 104, space: 7, nodes: [{ name: 'A' }] }])
    const { result, log } = await run(scenario, [task(104, { timeoutMs: MIN })])
    expect(result.tasks[0]).toMatchObject({ verdict: 'pending', state: 'CREATED' })
    // CREATED is neither settled nor expected: no tree is read.
    expect(log.every((e) => e.endpoint === 'get_tasks_states')).toBe(true)
  })

  it('reports a suspended task as pending, and a paused node as pending too', async () => {
    const scenario = simpleScenario([
      { id: 105, space: 7, start: 0, pause: 3, nodes: [{ name: 'A', duration: 10 }] },
      { id: 106, space: 7, start: 0, nodes: [{ name: 'Approve', suspend_for: 'forever' }] }
    ])
    const { result } = await run(scenario, [
      task(105, { timeoutMs: MIN }),
      task(106, { timeoutMs: MIN })
    ])
    expect(result.tasks.map((t) => [t.verdict, t.state])).toEqual([
      ['pending', 'SUSPENDED'],
      ['pending', 'NODE_SUSPENDED']
    ])
  })

  it('ends a task that does not exist as error, after one confirming read', async () => {
    const scenario = simpleScenario([
      linearTask(107, { space: 7 }),
      { id: 108, space: 7, start: 0, deleted: true, nodes: [{ name: 'A' }] }
    ])
    const { result, log } = await run(scenario, [task(107), task(108), task(109)])
    expect(result.tasks.map((t) => t.verdict)).toEqual(['pass', 'error', 'error'])
    expect(result.tasks[1].error?.kind).toBe('task_not_found')
    expect(result.tasks[2].error?.kind).toBe('task_not_found')
    expect(result.result).toBe('error')
    const single = log.filter((e) => e.endpoint === 'get_task_states').map((e) => e.taskId)
    expect(single.filter((id) => id !== 107).sort()).toEqual([108, 109])
  })

  it('ends a task declared in the wrong space as error', async () => {
    const scenario = simpleScenario([linearTask(110, { space: 8 })], { spaces: [7, 8] })
    const { result } = await run(scenario, [task(110, { spaceId: 7 })])
    expect(result.tasks[0]).toMatchObject({ verdict: 'error', error: { kind: 'wrong_space' } })
    expect(result.tasks[0].reason).toMatch(/space/)
  })

  it('passes a state: RUNNING expectation before the task ends', async () => {
    const scenario = simpleScenario([
      {
        id: 111,
        space: 7,
        start: 0,
        nodes: [
          { name: 'Build', duration: 25 },
          { name: 'Serve', duration: 600 }
        ]
      }
    ])
    const t = task(111, {
      states: ['RUNNING'],
      nodes: [nodeSpec({ name: 'Build' })]
    })
    const { result, start } = await run(scenario, [t])
    // Build finishes at 25 s: the look at 30 s passes, long before the task ends at 625 s.
    expect(result.tasks[0]).toMatchObject({
      verdict: 'pass',
      state: 'RUNNING',
      settledAt: start + 30 * SEC
    })
  })

  it('polls a task without a space through the app-bound endpoint', async () => {
    const scenario = simpleScenario([linearTask(112, { space: 7, template: 1, finishAt: 20 })])
    const { result, log } = await run(scenario, [task(112, { spaceId: undefined })])
    expect(result.tasks[0].verdict).toBe('pass')
    expect(new Set(log.map((e) => e.endpoint))).toEqual(new Set(['get_task_states_by_app']))
    expect(result.tasks[0].requests).toBe(log.length)
  })

  it('looks once in mode check', async () => {
    const scenario = simpleScenario([
      linearTask(113, { space: 7, finishAt: 0 }),
      linearTask(114, { space: 7, finishAt: 600 })
    ])
    const { result, log } = await run(scenario, [task(113), task(114)], { mode: 'check' })
    expect(result.tasks.map((t) => t.verdict)).toEqual(['pass', 'fail'])
    expect(result.tasks[1].findings[0]).toMatchObject({ kind: 'state', actual: 'RUNNING' })
    expect(log.map((e) => e.endpoint)).toEqual(['get_tasks_states', 'get_task_states'])
  })

  it('falls back once to single reads when the batch is refused, then reports the refusal', async () => {
    const base = simpleScenario([linearTask(118, { space: 7 })])
    const scenario = { ...base, apps: [{ ...TEST_APP, permissions: false }] }
    const { result, events, log } = await run(scenario, [task(118)])
    expect(events.filter((e) => e.type === 'notice')).toHaveLength(1)
    expect(log.map((e) => [e.endpoint, e.status])).toEqual([
      ['get_tasks_states', 403],
      ['get_task_states', 403]
    ])
    expect(result.tasks[0]).toMatchObject({ verdict: 'error', error: { kind: 'permission' } })
  })

  it('ends a task whose reads keep failing as error at its deadline, never pass', async () => {
    const scenario: Scenario = {
      ...simpleScenario([linearTask(119, { space: 7, finishAt: 0 })]),
      faults: [{ type: 'status', status: 502, endpoint: 'get_task_states' }]
    }
    const { result, start } = await run(scenario, [task(119, { timeoutMs: 2 * MIN })])
    expect(result.tasks[0]).toMatchObject({ verdict: 'error', state: 'FINISHED' })
    expect(result.tasks[0].reason).toMatch(/^BKFlow kept failing: /)
    expect(result.result).toBe('error')
    expect(result.finishedAt).toBeGreaterThanOrEqual(start + 2 * MIN)
    expect(result.finishedAt).toBeLessThan(start + 3 * MIN)
  })

  it('spends one batch per space per round and one tree per task, over 200 tasks', async () => {
    const tasks = Array.from({ length: 200 }, (_, i) =>
      linearTask(1000 + i, { space: 7, nodes: 2, finishAt: 10 + (i % 10) * 10 })
    )
    const expectations = tasks.map((t) => task(t.id))
    let batchCalls = 0
    sim = await startSimulator({ scenario: simpleScenario(tasks), speed: 0 })
    const { now, sleep, client } = frozenClock(sim)
    const counting: PollOptions['client'] = {
      ...client,
      getTasksStates: (space, ids, call) => {
        batchCalls += 1
        return client.getTasksStates(space, ids, call)
      }
    }
    const result = await pollTasks(spec(expectations), {
      mode: 'wait',
      client: counting,
      now,
      sleep
    })
    expect(result.result).toBe('pass')

    // The clock stands still during a round, so a round is the set of requests at one instant.
    const rounds = new Map<number, typeof sim.log>()
    for (const entry of sim.log) rounds.set(entry.at, [...(rounds.get(entry.at) ?? []), entry])
    // Tasks finish every 10 s up to 100 s; rounds every 15 s: 0, 15, …, 105.
    expect(rounds.size).toBe(8)
    expect(batchCalls).toBe(rounds.size)
    let open = new Set(tasks.map((t) => t.id))
    for (const entries of rounds.values()) {
      const batches = entries.filter((e) => e.endpoint === 'get_tasks_states')
      // One batch call for the space; the client sends it in POSTs of at most 100 ids.
      expect(batches).toHaveLength(Math.ceil(open.size / 100))
      expect(batches.flatMap((e) => e.taskIds ?? []).sort()).toEqual([...open].sort())
      const trees = entries.filter((e) => e.endpoint === 'get_task_states')
      open = new Set([...open].filter((id) => !trees.some((e) => e.taskId === id)))
    }
    expect(open.size).toBe(0)
    const trees = sim.log.filter((e) => e.endpoint === 'get_task_states').map((e) => e.taskId)
    expect(trees).toHaveLength(200)
    expect(new Set(trees).size).toBe(200)
    expect(result.requests.byEndpoint).toEqual({
      get_task_states: 200,
      get_task_states_by_app: 0,
      get_tasks_states: sim.log.length - 200,
      get_task_detail: 0,
      get_task_node_detail: 0
    })
  })

  it('does not let one task whose tree read keeps failing hold the others of its space', async () => {
    const scenario: Scenario = {
      ...simpleScenario([
        linearTask(301, { space: 7, finishAt: 10 }),
        linearTask(302, { space: 7, finishAt: 10 })
      ]),
      faults: [{ type: 'status', status: 502, endpoint: 'get_task_states', task: 301 }]
    }
    const { result, start } = await run(scenario, [
      task(301, { timeoutMs: 5 * MIN }),
      task(302, { timeoutMs: 5 * MIN })
    ])
    const [failing, healthy] = result.tasks
    expect(failing).toMatchObject({ verdict: 'error' })
    expect(failing.error?.message).toMatch(/502/)
    expect(healthy).toMatchObject({ verdict: 'pass' })
    // Settled in the round that saw it FINISHED (at 15 s; the failing lane's retry waits may move
    // the shared frozen clock a little), not when the other task gave up minutes later.
    expect((healthy.settledAt ?? Infinity) - start).toBeGreaterThanOrEqual(15 * SEC)
    expect((healthy.settledAt ?? Infinity) - start).toBeLessThan(30 * SEC)
    expect((failing.settledAt ?? 0) - start).toBeGreaterThanOrEqual(5 * MIN)
  })

  it('runs on the simulator’s fast clock as well', async () => {
    const scenario = simpleScenario([linearTask(115, { space: 7, finishAt: 30 })])
    sim = await startSimulator({ scenario, speed: 300 })
    const clock = { now: sim.clock.now, sleep: sim.clock.sleep }
    const result = await pollTasks(spec([task(115, { intervalMs: 10 * SEC })]), {
      mode: 'wait',
      client: simClient(sim, clock),
      ...clock
    })
    expect(result.tasks[0]).toMatchObject({ verdict: 'pass', state: 'FINISHED' })
    expect(result.tasks[0].settledAt).toBeGreaterThanOrEqual(result.startedAt + 30 * SEC)
  })

  it('stops at once when cancelled and returns what it knows', async () => {
    const scenario = simpleScenario([
      linearTask(116, { space: 7, finishAt: 0 }),
      linearTask(117, { space: 7, finishAt: 600 })
    ])
    const controller = new AbortController()
    sim = await startSimulator({ scenario, speed: 0 })
    const frozen = frozenClock(sim)
    const clock = {
      now: frozen.now,
      sleep: async (ms: number, signal?: AbortSignal) => {
        if (sim && sim.clock.now() - start >= 60 * SEC) controller.abort()
        await frozen.sleep(ms, signal)
      }
    }
    const start = sim.clock.now()
    const result = await pollTasks(spec([task(116), task(117)]), {
      mode: 'wait',
      client: frozen.client,
      ...clock,
      signal: controller.signal
    })
    expect(result.cancelled).toBe(true)
    expect(result.finishedAt).toBe(start + 60 * SEC)
    expect(result.tasks.map((t) => [t.verdict, t.cancelled])).toEqual([
      ['pass', false],
      ['pending', true]
    ])
    expect(result.tasks[1]).toMatchObject({
      state: 'RUNNING',
      reason: 'cancelled before it settled'
    })
  })
})
