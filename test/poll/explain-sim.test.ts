// Issue 13 through the simulator over real HTTP: failure reasons read after polling, each task's
// own run time and share of batch requests, links, the heartbeat, and severity: warn.

import { afterEach, describe, expect, it } from '@jest/globals'
import type { RunResult, TaskExpectation } from '../../src/model.js'
import {
  addLinks,
  collectReasons,
  pollTasks,
  type PollEvent,
  type PollOptions
} from '../../src/poll/index.js'
import {
  linearTask,
  simpleScenario,
  startSimulator,
  type Scenario,
  type Simulator,
  type TaskSpec
} from '../simulator/index.js'
import { frozenClock, nodeSpec, simClient, spec, steppingSleep, task } from './helpers.js'

const SEC = 1000
const MIN = 60 * SEC

let sim: Simulator | undefined

afterEach(async () => {
  await sim?.close()
  sim = undefined
})

async function poll(
  scenario: Scenario,
  tasks: TaskExpectation[],
  overrides: Partial<PollOptions> = {}
): Promise<{ result: RunResult; events: PollEvent[] }> {
  sim = await startSimulator({ scenario, speed: 0 })
  const clock = frozenClock(sim)
  const events: PollEvent[] = []
  const result = await pollTasks(spec(tasks), {
    mode: 'wait',
    ...clock,
    onEvent: (e) => events.push(e),
    ...overrides
  })
  return { result, events }
}

/** A client for the reasons stage, on the simulator's clock. */
function reasonClient(s: Simulator) {
  return simClient(s, { now: s.clock.now, sleep: steppingSleep(s) })
}

/** Build, then Deploy fails twice (retried by an operator after 5 s) with a different text each time. */
const deploy: TaskSpec = {
  id: 501,
  space: 7,
  start: 0,
  nodes: [
    { name: 'Build', duration: 5 },
    {
      name: 'Deploy',
      duration: 5,
      result: 'FAILED',
      ex_data: [
        'connection refused',
        '<html><body><h1>502 Bad Gateway</h1><p>nginx | upstream</p></body></html>'
      ],
      retry_after: 5,
      then: 'FAILED'
    }
  ]
}

describe('failure reasons', () => {
  it('puts the first line of ex_data on the failed row and keeps earlier attempts', async () => {
    const { result } = await poll(simpleScenario([deploy]), [
      task(501, { nodes: [nodeSpec({ name: 'Deploy' })] })
    ])
    expect(result.tasks[0].verdict).toBe('fail')
    const before = result.requests.total
    const explained = await collectReasons(result, reasonClient(sim as Simulator), {
      now: (sim as Simulator).clock.now
    })
    // The verdict is the same object's verdict: reasons never change it.
    expect(explained.tasks[0].verdict).toBe('fail')
    const row = explained.tasks[0].rows[0]
    expect(row.reason).toEqual({
      status: 'read',
      line: '502 Bad Gateway',
      text: '502 Bad Gateway\nnginx | upstream',
      earlier: [{ retry: 0, loop: 1, state: 'FAILED', line: 'connection refused' }]
    })
    expect(explained.requests.byEndpoint.get_task_node_detail).toBe(1)
    expect(explained.requests.total).toBe(before + 1)
    expect(explained.tasks[0].requests).toBe(result.tasks[0].requests + 1)
    const details = (sim as Simulator).log.filter((e) => e.endpoint === 'get_task_node_detail')
    expect(details).toHaveLength(1)
  })

  it('reads unlisted failed nodes too, and nothing for tasks that passed', async () => {
    const failing = linearTask(601, { space: 7, nodes: 3, failAt: 1 })
    const passing = linearTask(602, { space: 7, nodes: 2, finishAt: 10 })
    const { result } = await poll(simpleScenario([failing, passing]), [task(601), task(602)])
    const explained = await collectReasons(result, reasonClient(sim as Simulator), {
      now: (sim as Simulator).clock.now
    })
    const [failed, passed] = explained.tasks
    expect(failed.rows).toHaveLength(1)
    expect(failed.rows[0].listed).toBe(false)
    // The simulator's default text for a failed attempt names the node.
    expect(failed.rows[0].reason?.status).toBe('read')
    expect(failed.rows[0].reason?.line).toMatch(/^Step 2: /)
    expect(passed).toBe(result.tasks[1])
  })

  it('says "reason unavailable" when the detail cannot be read, and keeps the verdict', async () => {
    const scenario: Scenario = {
      ...simpleScenario([deploy]),
      faults: [{ type: 'status', status: 403, endpoint: 'get_task_node_detail' }]
    }
    const { result } = await poll(scenario, [task(501)])
    const explained = await collectReasons(result, reasonClient(sim as Simulator), {
      now: (sim as Simulator).clock.now,
      budgetMs: 2 * SEC
    })
    const reason = explained.tasks[0].rows[0].reason
    expect(reason?.status).toBe('unavailable')
    expect(reason?.line).toMatch(/^reason unavailable \(/)
    expect(reason?.line.length).toBeLessThanOrEqual(200)
    expect(explained.result).toBe(result.result)
  })

  it('stops at maxNodes and says which were not read', async () => {
    const tasks = [701, 702, 703].map((id) => linearTask(id, { space: 7, nodes: 2, failAt: 0 }))
    const { result } = await poll(
      simpleScenario(tasks),
      tasks.map((t) => task(t.id))
    )
    const explained = await collectReasons(result, reasonClient(sim as Simulator), {
      now: (sim as Simulator).clock.now,
      maxNodes: 2
    })
    expect(explained.tasks.map((t) => t.rows[0].reason?.status)).toEqual([
      'read',
      'read',
      'unavailable'
    ])
    expect(explained.requests.byEndpoint.get_task_node_detail).toBe(2)
  })

  it('gives a failed subprocess node the reason of its child task’s failed node', async () => {
    const parent: TaskSpec = {
      id: 900,
      space: 7,
      template: 1,
      start: 0,
      nodes: [
        { name: 'Build', duration: 2 },
        {
          name: 'Migrate',
          type: 'SubProcess',
          child_template: 1,
          nodes: [
            { name: 'Dump', duration: 2, result: 'FAILED', ex_data: 'ERROR 1045: access denied' },
            { name: 'Apply', duration: 3 }
          ]
        }
      ]
    }
    const { result } = await poll(simpleScenario([parent]), [task(900)])
    const explained = await collectReasons(result, reasonClient(sim as Simulator), {
      now: (sim as Simulator).clock.now
    })
    const row = explained.tasks[0].rows[0]
    expect(row).toMatchObject({ name: 'Migrate', actual: 'FAILED', listed: false })
    expect(row.reason).toMatchObject({
      status: 'read',
      line: 'ERROR 1045: access denied',
      from: { taskId: expect.any(Number) as unknown as number }
    })
    // The parent node's detail, the child's tree, the child's failed node: three requests.
    const endpoints = (sim as Simulator).log
      .filter((e) => e.endpoint === 'get_task_node_detail' || e.taskId === row.reason?.from?.taskId)
      .map((e) => e.endpoint)
    expect(endpoints).toEqual(['get_task_node_detail', 'get_task_states', 'get_task_node_detail'])
    expect(explained.tasks[0].requests).toBe(result.tasks[0].requests + 3)
  })

  it('reads nothing for app-bound tasks (no space-scoped detail endpoint)', async () => {
    const appBound: TaskSpec = { ...linearTask(801, { space: 7, failAt: 0 }), template: 1 }
    const { result } = await poll(simpleScenario([appBound]), [
      task(801, { spaceId: undefined, key: 'app/task:801' })
    ])
    expect(result.tasks[0].rows[0]?.actual).toBe('FAILED')
    const explained = await collectReasons(result, reasonClient(sim as Simulator), {
      now: (sim as Simulator).clock.now
    })
    expect(explained).toBe(result)
  })
})

describe('honest figures', () => {
  it('gives each task its BKFlow run time and its share of the batch requests', async () => {
    const tasks = [
      linearTask(101, { space: 7, nodes: 2, finishAt: 40 }),
      linearTask(102, { space: 7, nodes: 2, finishAt: 40 })
    ]
    const { result } = await poll(simpleScenario(tasks), [
      task(101, { intervalMs: 10 * SEC }),
      task(102, { intervalMs: 10 * SEC })
    ])
    const batches = result.requests.byEndpoint.get_tasks_states
    expect(batches).toBeGreaterThan(1)
    for (const t of result.tasks) {
      expect(t.verdict).toBe('pass')
      // Two tasks share every batch POST: half each.
      expect(t.batchShare).toBeCloseTo(batches / 2)
      // The root's elapsed_time: the task ran 40 s; the gate waited until its next look.
      expect(t.elapsedSec).toBe(40)
      expect((t.settledAt as number) - t.startedAt).toBe(40 * SEC)
    }
    const shares = result.tasks.reduce((sum, t) => sum + (t.batchShare ?? 0), 0)
    expect(shares).toBeCloseTo(batches)
  })
})

describe('links', () => {
  it('links tasks with a space to their page, and leaves app-bound ones without', async () => {
    const { result } = await poll(
      simpleScenario([
        linearTask(101, { space: 7, finishAt: 5 }),
        { ...linearTask(102, { space: 7, finishAt: 5 }), template: 1 }
      ]),
      [task(101), task(102, { spaceId: undefined, key: 'app/task:102' })]
    )
    const linked = addLinks(result, 'https://bkflow.example.com/o/bk-flow')
    expect(linked.tasks[0].link).toBe(
      'https://bkflow.example.com/o/bk-flow/taskflow/execute/7/?instanceId=101'
    )
    expect(linked.tasks[1].link).toBeUndefined()
    expect(addLinks(result, undefined)).toBe(result)
  })
})

describe('heartbeat', () => {
  const slow = linearTask(901, { space: 7, nodes: 2, finishAt: 150 })

  it('says about every minute what each open task waits for', async () => {
    const { result, events } = await poll(simpleScenario([slow]), [task(901)], {
      heartbeat: { quiet: false }
    })
    expect(result.tasks[0].verdict).toBe('pass')
    const beats = events.filter((e) => e.type === 'heartbeat')
    expect(beats.map((e) => e.message)).toEqual([
      'task 901: RUNNING for 1m, waiting for FINISHED; gives up in 29m',
      'task 901: RUNNING for 2m, waiting for FINISHED; gives up in 28m'
    ])
    expect(beats.map((e) => e.at - (beats[0].at - MIN))).toEqual([MIN, 2 * MIN])
  })

  it('off a terminal, repeats an unchanged task only every ten minutes', async () => {
    const longer = linearTask(902, { space: 7, nodes: 2, finishAt: 25 * 60 })
    const { events } = await poll(simpleScenario([longer]), [task(902, { intervalMs: MIN })], {
      heartbeat: { quiet: true }
    })
    const beats = events.filter((e) => e.type === 'heartbeat').map((e) => e.message)
    expect(beats).toEqual([
      'task 902: RUNNING for 1m, waiting for FINISHED; gives up in 29m',
      'task 902: RUNNING for 11m, waiting for FINISHED; gives up in 19m',
      'task 902: RUNNING for 21m, waiting for FINISHED; gives up in 9m'
    ])
  })

  it('is silent when not asked for, and in mode check', async () => {
    const { events } = await poll(simpleScenario([slow]), [task(901)])
    expect(events.some((e) => e.type === 'heartbeat')).toBe(false)
  })
})

describe('severity: warn through the scheduler', () => {
  it('a warn task that fails passes with warnings; an error task beside it still fails', async () => {
    const tasks = [
      linearTask(111, { space: 7, nodes: 2, failAt: 1 }),
      linearTask(112, { space: 7, nodes: 2, failAt: 1 })
    ]
    const { result } = await poll(simpleScenario(tasks), [
      task(111, { severity: 'warn' }),
      task(112)
    ])
    expect(result.tasks.map((t) => t.verdict)).toEqual(['pass', 'fail'])
    expect(result.tasks[0].findings.every((f) => f.severity === 'warn')).toBe(true)
    expect(result.result).toBe('fail')
  })

  it('a warn task that times out passes with a warning, so the run passes', async () => {
    const { result } = await poll(
      simpleScenario([linearTask(121, { space: 7, nodes: 1, finishAt: 600 })]),
      [task(121, { severity: 'warn', timeoutMs: MIN })]
    )
    expect(result.tasks[0].verdict).toBe('pass')
    expect(result.tasks[0].findings).toEqual([
      expect.objectContaining({ kind: 'pending', severity: 'warn' })
    ])
    expect(result.result).toBe('pass')
  })
})
