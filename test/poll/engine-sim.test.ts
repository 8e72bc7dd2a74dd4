// The gate's verdicts on the real engine's behaviours (bkflow-api-2.md §6–§8, product.md §12):
// the scheduler with the real client against the simulator over HTTP, on a frozen clock that the
// scheduler's sleeps move, so every timeline runs exactly and instantly.

import { afterEach, describe, expect, it } from '@jest/globals'
import type { NodeExpectation, TaskExpectation } from '../../src/model.js'
import { pollTasks, type PollEvent, type PollOptions } from '../../src/poll/index.js'
import {
  parseScenario,
  simpleScenario,
  startSimulator,
  type Scenario,
  type Simulator,
  type TaskSpec
} from '../simulator/index.js'
import { scenarioFile } from '../simulator/test-http.js'
import { frozenClock, nodeSpec, simClient, spec, steppingSleep, task } from './helpers.js'

const SEC = 1000

let sim: Simulator | undefined
afterEach(async () => {
  await sim?.close()
  sim = undefined
})

/** engine.yml with the test app owning space 7 and both templates. */
function engineScenario(): Scenario {
  const parsed = parseScenario(scenarioFile('engine.yml'))
  const base = simpleScenario(parsed.tasks, { spaces: [7] })
  return {
    ...base,
    templates: [base.templates?.[0] ?? { id: 1, app: '' }, { id: 2, app: base.apps[0].code }]
  }
}

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

/** A task's node ids by name from the simulator's detail: template node ids, or runtime ids. */
async function idsByName(
  scenario: Scenario,
  taskId: number,
  kind: 'template' | 'runtime' = 'template'
): Promise<Map<string, string>> {
  const s = await startSimulator({ scenario, speed: 0 })
  try {
    const detail = await simClient(s, { now: s.clock.now, sleep: steppingSleep(s) }).getTaskDetail(
      { taskId, spaceId: 7 },
      { deadline: s.clock.now() + 60 * SEC }
    )
    return new Map(
      [...detail.names.entries()].map(([id, node]) => [
        node.name,
        kind === 'runtime' ? id : (node.templateNodeId ?? '')
      ])
    )
  } finally {
    await s.close()
  }
}

const node = (fields: Partial<NodeExpectation>, line = 100) => nodeSpec(fields, line)

describe('template node ids (item 1)', () => {
  it('checks another task of the same template with the ids of the first, fetching the detail once', async () => {
    const scenario = engineScenario()
    const ids = await idsByName(scenario, 401)
    const nodes = ['Build', 'Choose', 'Deploy'].map((name, i) =>
      node({ id: ids.get(name) }, 100 + i)
    )
    const { result, log } = await run(scenario, [task(402, { intervalMs: 5 * SEC, nodes })])
    expect(result.tasks[0].verdict).toBe('pass')
    expect(result.tasks[0].rows).toEqual(
      ['Build', 'Choose', 'Deploy'].map((name) =>
        expect.objectContaining({ name, idKind: 'template', actual: 'FINISHED', finding: 'ok' })
      )
    )
    // The runtime ids of task 402 are not task 401's: the rows carry 402's own.
    expect(result.tasks[0].rows.map((r) => r.id)).not.toContain(ids.get('Build'))
    expect(log.filter((e) => e.endpoint === 'get_task_detail')).toHaveLength(1)
  })

  it('matches runtime ids without reading the detail, and says which kind of id matched', async () => {
    const scenario = engineScenario()
    sim = await startSimulator({ scenario, speed: 0 })
    const client = simClient(sim, { now: sim.clock.now, sleep: steppingSleep(sim) })
    sim.clock.advance(20 * SEC)
    const tree = await client.getTaskStates({ taskId: 401, spaceId: 7 }, { deadline: Infinity })
    const runtime = tree.children.map((c) => c.id)
    await sim.close()
    sim = undefined
    const { result, log } = await run(scenario, [
      task(401, { nodes: runtime.slice(1, 3).map((id, i) => node({ id }, 100 + i)) })
    ])
    expect(result.tasks[0].verdict).toBe('pass')
    expect(result.tasks[0].rows.map((r) => r.idKind)).toEqual(['runtime', 'runtime'])
    expect(log.some((e) => e.endpoint === 'get_task_detail')).toBe(false)
  })

  it('reports an id that is neither kind as missing', async () => {
    const { result } = await run(engineScenario(), [
      task(401, { nodes: [node({ id: 'node0000000000000000000000000000' })] })
    ])
    expect(result.tasks[0]).toMatchObject({ verdict: 'fail' })
    expect(result.tasks[0].findings).toEqual([
      expect.objectContaining({ kind: 'missing', nodeId: 'node0000000000000000000000000000' })
    ])
  })
})

describe('auto-retry (item 2)', () => {
  it('passes, under the default on_failed: fail, a node BKFlow retries until it finishes', async () => {
    const { result, events, start, log } = await run(engineScenario(), [
      task(403, { intervalMs: 2 * SEC, nodes: [node({ name: 'Deploy', maxRetry: 2 })] })
    ])
    expect(result.tasks[0]).toMatchObject({ verdict: 'pass', state: 'FINISHED' })
    expect(result.tasks[0].settledAt).toBeGreaterThanOrEqual(start + 16 * SEC)
    expect(result.tasks[0].rows[0]).toMatchObject({ name: 'Deploy', retry: 2, finding: 'ok' })
    const notices = events.filter((e) => e.type === 'notice').map((e) => e.message)
    expect(notices).toHaveLength(2) // one per failed attempt
    expect(notices[0]).toMatch(/"Deploy".* FAILED; BKFlow may retry it on its own \(auto_retry\)/)
    // The settings are read once, when the first FAILED node is seen.
    expect(log.filter((e) => e.endpoint === 'get_task_detail')).toHaveLength(1)
  })

  it('fails a node whose automatic retries are spent, once its last failure stands', async () => {
    const { result, start } = await run(engineScenario(), [task(404, { intervalMs: 2 * SEC })])
    expect(result.tasks[0]).toMatchObject({ verdict: 'fail', state: 'FAILED' })
    // The last attempt fails at 12 s; the earlier failures (2 s, 7 s) were waited out.
    expect(result.tasks[0].settledAt).toBeGreaterThanOrEqual(start + 12 * SEC)
    expect(result.tasks[0].findings).toContainEqual(
      expect.objectContaining({ kind: 'unlisted_failure', nodeName: 'Deploy', actual: 'FAILED' })
    )
  })

  it('passes a node forced to fail by its timeout that BKFlow then retries', async () => {
    const { result } = await run(engineScenario(), [task(405, { intervalMs: 1 * SEC })])
    expect(result.tasks[0]).toMatchObject({ verdict: 'pass', state: 'FINISHED' })
  })

  it('does not fail a task on the glimpse of a node its timeout fails and skips', async () => {
    const skipped: TaskSpec = {
      id: 605,
      space: 7,
      start: 0,
      nodes: [
        {
          name: 'Wait',
          duration: 1,
          result: 'FAILED',
          timeout: 3,
          timeout_action: 'forced_fail_and_skip'
        },
        { name: 'Notify', duration: 2 }
      ]
    }
    const { result, events } = await run(simpleScenario([skipped]), [
      task(605, { intervalMs: 3 * SEC, nodes: [node({ name: 'Wait', skip: true })] })
    ])
    // The look at 3 s sees Wait FAILED (forced); it is skipped at 4 s and the task finishes at 6 s.
    expect(events.some((e) => e.type === 'state' && e.state === 'FAILED')).toBe(true)
    expect(result.tasks[0]).toMatchObject({ verdict: 'pass', state: 'FINISHED' })
  })

  it('waits for a retry that never comes only for the interval and the margin', async () => {
    // auto_retry is set, but the retry job gives up (the node is not retried). The failure is
    // first seen at the 4 s look; it counts 5 + 15 s later (the clock of the runner, not BKFlow's).
    const stuck: TaskSpec = {
      id: 601,
      space: 7,
      start: 0,
      nodes: [
        {
          name: 'Deploy',
          auto_retry: { times: 3, interval: 5 },
          events: [
            { at: 0, state: 'RUNNING' },
            { at: 2, state: 'FAILED' }
          ]
        }
      ]
    }
    const { result, start } = await run(simpleScenario([stuck]), [
      task(601, { intervalMs: 4 * SEC })
    ])
    expect(result.tasks[0]).toMatchObject({ verdict: 'fail', state: 'FAILED' })
    expect(result.tasks[0].settledAt).toBe(start + 4 * SEC + 20 * SEC)
  })

  it('without a space_id, gives a failure the longest window once, then counts it', async () => {
    const scenario = simpleScenario([
      {
        id: 602,
        space: 7,
        template: 1,
        start: 0,
        nodes: [{ name: 'A', duration: 2, result: 'FAILED' }]
      }
    ])
    const { result, start, events } = await run(scenario, [
      task(602, { spaceId: undefined, intervalMs: 5 * SEC })
    ])
    expect(result.tasks[0]).toMatchObject({ verdict: 'fail', state: 'FAILED' })
    // First seen at the 5 s look; BKFlow's caps assumed: 10 s interval + 15 s margin.
    expect(result.tasks[0].settledAt).toBe(start + 5 * SEC + 25 * SEC)
    expect(events.find((e) => e.type === 'notice')?.message).toMatch(
      /settings unknown without a space_id/
    )
  })

  it('goes on without the settings when the task detail is refused, rather than erroring', async () => {
    const scenario = simpleScenario([
      { id: 604, space: 7, start: 0, nodes: [{ name: 'A', duration: 2, result: 'FAILED' }] }
    ])
    scenario.faults = [{ type: 'status', status: 403, endpoint: 'get_task_detail' }]
    const { result, events, log } = await run(scenario, [task(604, { intervalMs: 5 * SEC })])
    expect(result.tasks[0]).toMatchObject({ verdict: 'fail', state: 'FAILED' })
    expect(events.map((e) => e.message)).toContainEqual(
      expect.stringMatching(/the task detail could not be read .*BKFlow's caps assumed/)
    )
    expect(log.filter((e) => e.endpoint === 'get_task_detail')).toHaveLength(1)
  })

  it('in mode check, reports a failure BKFlow is about to retry as not settled', async () => {
    const scenario = engineScenario()
    sim = await startSimulator({ scenario, speed: 0 })
    sim.clock.advance(3 * SEC)
    const clock = frozenClock(sim)
    const result = await pollTasks(spec([task(403)]), { mode: 'check', ...clock })
    expect(result.tasks[0]).toMatchObject({ verdict: 'fail', state: 'FAILED' })
    expect(result.tasks[0].reason).toMatch(
      /FAILED and BKFlow will retry it on its own; nodes not judged/
    )
  })
})

describe('subprocess children (item 3)', () => {
  const migrate = (nodes: NodeExpectation[], extra: Partial<NodeExpectation> = {}) =>
    node({ name: 'Migrate', subprocess: { nodes, otherNodes: 'no_failures' }, ...extra })

  it("checks nested expectations against the child task, reporting them under the parent's name", async () => {
    const { result, log } = await run(engineScenario(), [
      task(406, {
        intervalMs: 5 * SEC,
        nodes: [migrate([node({ name: 'Dump' }, 201), node({ name: 'Apply', maxRetry: 0 }, 202)])]
      })
    ])
    expect(result.tasks[0].verdict).toBe('pass')
    expect(result.tasks[0].rows.map((r) => [r.name, r.actual, r.finding])).toEqual([
      ['Migrate', 'FINISHED', 'ok'],
      ['Migrate › Dump', 'FINISHED', 'ok'],
      ['Migrate › Apply', 'FINISHED', 'ok']
    ])
    const nodeDetail = log.find((e) => e.endpoint === 'get_task_node_detail')
    expect(nodeDetail?.taskId).toBe(406)
    expect(log.some((e) => e.endpoint === 'get_task_states' && e.taskId === 40602)).toBe(true)
  })

  it('fails nested expectations when a node of the child fails', async () => {
    const { result } = await run(engineScenario(), [
      task(407, {
        intervalMs: 5 * SEC,
        nodes: [migrate([node({ name: 'Dump' }, 201), node({ name: 'Apply' }, 202)])]
      })
    ])
    const findings = result.tasks[0].findings
    expect(result.tasks[0]).toMatchObject({ verdict: 'fail', state: 'FAILED' })
    expect(findings).toContainEqual(
      expect.objectContaining({
        kind: 'state',
        nodeName: 'Migrate › Dump',
        actual: 'FAILED',
        message: expect.stringContaining('"Migrate › Dump"')
      })
    )
    expect(findings).toContainEqual(
      expect.objectContaining({
        kind: 'missing',
        nodeName: 'Migrate › Apply',
        range: expect.objectContaining({ line: 202 })
      })
    )
  })

  it("reports a failing child node the spec does not list under the child's other_nodes", async () => {
    const { result } = await run(engineScenario(), [
      task(407, { intervalMs: 5 * SEC, nodes: [migrate([], { states: ['FAILED'] })] })
    ])
    expect(result.tasks[0].findings).toContainEqual(
      expect.objectContaining({
        kind: 'unlisted_failure',
        nodeName: 'Migrate › Dump',
        range: expect.objectContaining({ line: 100 })
      })
    )
  })

  it('follows children of children', async () => {
    const rollout = node(
      {
        name: 'Rollout',
        subprocess: { nodes: [node({ name: 'Canary' }, 301)], otherNodes: 'finished' }
      },
      202
    )
    const { result } = await run(engineScenario(), [
      task(408, {
        intervalMs: 5 * SEC,
        nodes: [
          node({
            name: 'Release',
            subprocess: { nodes: [node({ name: 'Prepare' }, 201), rollout], otherNodes: 'finished' }
          })
        ]
      })
    ])
    expect(result.tasks[0].verdict).toBe('pass')
    expect(result.tasks[0].rows.map((r) => r.name)).toEqual([
      'Release',
      'Release › Prepare',
      'Release › Rollout',
      'Release › Rollout › Canary'
    ])
  })

  it('keeps checking a legacy nested subprocess in place, with no child task to read', async () => {
    const legacy: TaskSpec = {
      id: 603,
      space: 7,
      start: 0,
      nodes: [
        {
          name: 'Deploy all',
          type: 'SubProcess',
          legacy: true,
          nodes: [{ name: 'Backend', duration: 2, result: 'FAILED' }, { name: 'Frontend' }]
        }
      ]
    }
    const { result, log } = await run(simpleScenario([legacy]), [
      task(603, {
        nodes: [
          node({
            name: 'Deploy all',
            states: ['FAILED'],
            subprocess: { nodes: [node({ name: 'Backend' }, 201)], otherNodes: 'no_failures' }
          })
        ]
      })
    ])
    expect(result.tasks[0].findings).toEqual([
      expect.objectContaining({ kind: 'state', target: 'task', actual: 'FAILED' }),
      expect.objectContaining({ kind: 'state', nodeName: 'Deploy all › Backend', actual: 'FAILED' })
    ])
    expect(log.some((e) => e.endpoint === 'get_task_node_detail')).toBe(false)
  })

  it('says a subprocess cannot be followed without a space_id', async () => {
    const scenario = engineScenario()
    const migrateId = (await idsByName(scenario, 406, 'runtime')).get('Migrate')
    const { result, log } = await run(scenario, [
      task(406, {
        spaceId: undefined,
        intervalMs: 5 * SEC,
        nodes: [
          node({
            id: migrateId,
            subprocess: { nodes: [node({ name: 'Dump' }, 201)], otherNodes: 'no_failures' }
          })
        ]
      })
    ])
    expect(result.tasks[0].verdict).toBe('error')
    expect(result.tasks[0].findings).toEqual([
      expect.objectContaining({
        kind: 'error',
        nodeId: migrateId,
        message: `cannot check the nodes inside node ${migrateId?.slice(0, 8)}…: following a subprocess needs the task to have a space_id`
      })
    ])
    expect(log.some((e) => e.endpoint === 'get_task_node_detail')).toBe(false)
  })
})

describe("the app-bound endpoint's 404 (item 4)", () => {
  const bound: TaskSpec = { id: 701, space: 7, template: 1, start: 0, nodes: [{ name: 'A' }] }

  it('asks again over more than 10 s before reporting not found, and says it may be an outage', async () => {
    const scenario = { ...simpleScenario([bound]) }
    scenario.faults = [{ type: 'relay', endpoint: 'get_task_states_by_app' }]
    const { result, log } = await run(scenario, [task(701, { spaceId: undefined })])
    expect(result.tasks[0]).toMatchObject({ verdict: 'error', error: { kind: 'task_not_found' } })
    expect(result.tasks[0].reason).toMatch(
      /asked 4 times over 11s: BKFlow's app-bound endpoint also answers 404 when its task module fails, so this may be an outage/
    )
    const asked = log.filter((e) => e.endpoint === 'get_task_states_by_app')
    expect(asked.map((e) => e.status)).toEqual([404, 404, 404, 404])
    expect(asked[3].at - asked[0].at).toBeGreaterThanOrEqual(10 * SEC)
  })

  it('passes a task whose 404s were a passing outage', async () => {
    const scenario = { ...simpleScenario([bound]) }
    scenario.faults = [{ type: 'relay', endpoint: 'get_task_states_by_app', times: 2 }]
    const { result } = await run(scenario, [task(701, { spaceId: undefined })])
    expect(result.tasks[0].verdict).toBe('pass')
  })

  it('never asks past the deadline', async () => {
    const scenario = { ...simpleScenario([bound]) }
    scenario.faults = [{ type: 'relay', endpoint: 'get_task_states_by_app' }]
    const { result, start } = await run(scenario, [
      task(701, { spaceId: undefined, timeoutMs: 5 * SEC })
    ])
    expect(result.tasks[0]).toMatchObject({ verdict: 'error' })
    expect(result.tasks[0].reason).toMatch(/asked 2 times over 4s/)
    expect(result.finishedAt - start).toBeLessThanOrEqual(5 * SEC)
  })
})

describe('big batches (item 5)', () => {
  const many = Array.from({ length: 8 }, (_, i): TaskSpec => ({
    id: 801 + i,
    space: 7,
    start: 0,
    nodes: [{ name: 'A' }]
  }))

  it('splits a batch the gateway cuts instead of sending it again', async () => {
    // 40 s per id: 8 or 4 ids pass the gateway's 120 s, 2 do not.
    const scenario = { ...simpleScenario(many), batch_cost: 40 }
    const { result, log } = await run(
      scenario,
      many.map((t) => task(t.id))
    )
    expect(result.result).toBe('pass')
    const batches = log.filter((e) => e.endpoint === 'get_tasks_states')
    const [first, later] = [batches.slice(0, 7), batches.slice(7)]
    // Later rounds start from the size that was answered.
    expect(later.length).toBeGreaterThan(0)
    expect(later.every((e) => e.taskIds?.length === 2 && e.status === 200)).toBe(true)
    expect(first.map((e) => [e.taskIds?.length, e.status])).toEqual([
      [8, 504],
      [4, 504],
      [4, 504],
      [2, 200],
      [2, 200],
      [2, 200],
      [2, 200]
    ])
  })

  it('resends, not splits, a chunk that failed for another reason (a relayed task-module error)', async () => {
    const scenario = { ...simpleScenario(many) }
    scenario.faults = [{ type: 'relay', endpoint: 'get_tasks_states', times: 1 }]
    const { result, log } = await run(
      scenario,
      many.map((t) => task(t.id))
    )
    expect(result.result).toBe('pass')
    const batches = log.filter((e) => e.endpoint === 'get_tasks_states')
    expect(batches.slice(0, 2).map((e) => [e.taskIds?.length, e.fault ?? 'ok'])).toEqual([
      [8, 'relay'],
      [8, 'ok']
    ])
  })

  it("reads a task whose batch state is null on its own, and ends it as error with BKFlow's message", async () => {
    const broken: TaskSpec = {
      id: 811,
      space: 7,
      start: 0,
      engine_error: true,
      nodes: [{ name: 'A' }]
    }
    const { result, log } = await run(simpleScenario([broken, many[0]]), [
      task(811, { timeoutMs: 60 * SEC }),
      task(801)
    ])
    expect(result.tasks[1].verdict).toBe('pass')
    expect(result.tasks[0]).toMatchObject({ verdict: 'error', error: { kind: 'transient' } })
    expect(result.tasks[0].reason).toMatch(
      /^BKFlow kept failing: BKFlow's engine query failed .* BKFlow said: "fail"/
    )
    expect(log.some((e) => e.endpoint === 'get_task_states' && e.taskId === 811)).toBe(true)
  })
})

describe('loops (item 6)', () => {
  it('does not pass max_elapsed on the negative elapsed time of a loop re-entry', async () => {
    const scenario = engineScenario()
    sim = await startSimulator({ scenario, speed: 0 })
    sim.clock.advance(7 * SEC) // Poll is in its second loop since 6 s
    const result = await pollTasks(
      spec([
        task(409, {
          states: ['RUNNING'],
          nodes: [node({ name: 'Poll', states: ['RUNNING'], maxElapsedMs: 3_600_000 })]
        })
      ]),
      { mode: 'check', ...frozenClock(sim) }
    )
    expect(result.tasks[0].verdict).toBe('fail')
    expect(result.tasks[0].findings).toEqual([
      expect.objectContaining({
        kind: 'elapsed',
        actual: 'unknown',
        message: expect.stringContaining('BKFlow reported -3s, as after a loop re-entry')
      })
    ])
    expect(result.tasks[0].rows[0]).not.toHaveProperty('elapsedSec')
  })
})
