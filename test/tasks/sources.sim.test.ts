// create:, select: and on-cancel: revoke against the simulator over real HTTP, with the real
// client. The simulator's clock is frozen and the poller's sleep jumps it; the request log shows
// exactly what was sent.

import { afterEach, describe, expect, it } from '@jest/globals'
import type { CreateSource, SelectSource, TaskExpectation } from '../../src/model.js'
import { planText, renderSummary, toJsonReport } from '../../src/report/index.js'
import { revokeCreated, runTasks } from '../../src/tasks/index.js'
import {
  simpleScenario,
  startSimulator,
  type NodeSpec,
  type Scenario,
  type Simulator,
  type TaskSpec
} from '../simulator/index.js'
import { frozenClock, nodeSpec, range, simClient, spec, steppingSleep } from '../poll/helpers.js'

const SEC = 1000

let sim: Simulator | undefined

afterEach(async () => {
  await sim?.close()
  sim = undefined
})

const PASSING: NodeSpec[] = [
  { name: 'Build', duration: 5 },
  { name: 'Deploy', duration: 5 }
]
const FAILING: NodeSpec[] = [
  { name: 'Build', duration: 5 },
  { name: 'Deploy', duration: 5, result: 'FAILED' }
]
const ENDLESS: NodeSpec[] = [{ name: 'Soak', result: 'RUNNING' }]

/** One app owning space 7, templates 1 (passes), 2 (fails) and 3 (runs for ever), and `tasks`. */
function scenario(tasks: TaskSpec[] = []): Scenario {
  const base = simpleScenario(tasks, { spaces: [7] })
  const app = base.apps[0].code
  return {
    ...base,
    templates: [
      { id: 1, app, nodes: PASSING },
      { id: 2, app, nodes: FAILING },
      { id: 3, app, nodes: ENDLESS }
    ]
  }
}

function entry(
  label: string,
  source: CreateSource | SelectSource,
  overrides: Partial<TaskExpectation> = {}
): TaskExpectation {
  return {
    key: `${source.kind}:${label}`,
    taskId: 0,
    source,
    spaceId: 7,
    label,
    states: ['FINISHED'],
    timeoutMs: 10 * 60 * SEC,
    intervalMs: 10 * SEC,
    onFailed: 'fail',
    otherNodes: 'no_failures',
    nodes: [],
    range: range(label.length),
    ...overrides
  }
}

function create(templateId: number, fields: Partial<CreateSource> = {}): CreateSource {
  return {
    kind: 'create',
    templateId,
    nameAsWritten: 'deploy ${VERSION}',
    constantNames: ['version'],
    payload: { name: 'deploy 1.4.2', constants: { '${version}': '1.4.2' } },
    ...fields
  }
}

function select(fields: Partial<SelectSource>): SelectSource {
  return { kind: 'select', pick: 'latest', ...fields }
}

async function gate(
  s: Scenario,
  tasks: TaskExpectation[],
  options: { signal?: AbortSignal; onState?: () => void } = {}
) {
  sim = await startSimulator({ scenario: s, speed: 0 })
  const clock = frozenClock(sim)
  const ops = simClient(sim, { now: clock.now, sleep: steppingSleep(sim) })
  const messages: string[] = []
  const { run, created } = await runTasks(spec(tasks), {
    mode: 'wait',
    ...clock,
    counts: ops.counts,
    driver: ops.operations,
    runName: 'run 77',
    signal: options.signal,
    emit: (m) => messages.push(m),
    onEvent: (e) => {
      messages.push(e.message)
      if (e.type === 'state') options.onState?.()
    }
  })
  return { run, created, messages, ops, log: sim.log, clock }
}

function sent(log: Simulator['log'], endpoint: string) {
  return log.filter((e) => e.endpoint === endpoint)
}

describe('create: against the simulator', () => {
  it('creates, starts and passes a task, sending the wrapped constants once', async () => {
    const { run, log, messages } = await gate(scenario(), [
      entry('deploy', create(1, { creator: 'ci-bot' }), { nodes: [nodeSpec({ name: 'Deploy' })] })
    ])
    expect(run.result).toBe('pass')
    const [result] = run.tasks
    expect(result.task.taskId).toBeGreaterThan(0)
    expect(result.task.key).toBe(`space:7/task:${result.task.taskId}`)
    expect(run.taskIds).toEqual({ deploy: result.task.taskId })
    const creates = sent(log, 'create_task')
    expect(creates).toHaveLength(1)
    expect(JSON.parse(creates[0].body ?? '')).toEqual({
      template_id: 1,
      creator: 'ci-bot',
      name: 'deploy 1.4.2',
      constants: { '${version}': '1.4.2' }
    })
    const starts = sent(log, 'operate_task')
    expect(starts.map((e) => e.path)).toEqual([
      expect.stringMatching(new RegExp(`/space/7/task/${result.task.taskId}/operate_task/start/$`))
    ])
    expect(JSON.parse(starts[0].body ?? '')).toEqual({ operator: 'ci-bot' })
    // Create comes first, then start, then polling.
    expect(log.findIndex((e) => e.endpoint === 'operate_task')).toBeGreaterThan(
      log.findIndex((e) => e.endpoint === 'create_task')
    )
    expect(run.requests.byEndpoint).toMatchObject({ create_task: 1, operate_task: 1 })
    // The log names the constant, never its value.
    expect(messages.join('\n')).toContain('constants: version')
    expect(messages.join('\n')).not.toContain('1.4.2')
  })

  it('defaults the creator to the username and the name to `<label> <run>`', async () => {
    const source = create(1, { nameAsWritten: undefined, payload: { constants: {} } })
    const { log } = await gate(scenario(), [entry('deploy', source)])
    expect(JSON.parse(sent(log, 'create_task')[0].body ?? '')).toMatchObject({
      creator: 'alice',
      name: 'deploy run 77'
    })
  })

  it('fails a created task whose node fails', async () => {
    const { run } = await gate(scenario(), [entry('deploy', create(2))])
    expect(run.result).toBe('fail')
    expect(run.tasks[0]).toMatchObject({ verdict: 'fail', state: 'FAILED' })
    expect(run.tasks[0].reason).toContain('FAILED')
  })

  it('creates by app without a space_id and polls the app-bound endpoint', async () => {
    const { run, log } = await gate(scenario(), [
      entry('deploy', create(1), { spaceId: undefined })
    ])
    expect(run.result).toBe('pass')
    const id = run.tasks[0].task.taskId
    expect(run.tasks[0].task.key).toBe(`app/task:${id}`)
    expect(sent(log, 'create_task')).toHaveLength(0)
    expect(sent(log, 'create_task_by_app').map((e) => e.path)).toEqual([
      expect.stringMatching(/\/template\/1\/create_task_by_app\/$/)
    ])
    expect(JSON.parse(sent(log, 'create_task_by_app')[0].body ?? '')).toEqual({
      name: 'deploy 1.4.2',
      constants: { '${version}': '1.4.2' }
    })
    expect(sent(log, 'operate_task_by_app')).toHaveLength(1)
    expect(sent(log, 'get_task_states_by_app').length).toBeGreaterThan(0)
  })

  it.each([
    ['a gateway timeout (504)', { type: 'status' as const, status: 504 }],
    ['a reset connection', { type: 'reset' as const }],
    ['a 502 page that is not JSON', { type: 'html' as const }]
  ])('ends as error, without a second create, when the answer is lost to %s', async (_, fault) => {
    const s = scenario()
    s.faults = [{ ...fault, endpoint: 'create_task', times: 1 }]
    const { run, log, created } = await gate(s, [entry('deploy', create(1))])
    expect(run.result).toBe('error')
    expect(run.tasks[0].verdict).toBe('error')
    expect(run.tasks[0].error?.kind).toBe('unconfirmed')
    expect(run.tasks[0].reason).toMatch(/a task may have been created/)
    expect(run.tasks[0].reason).toContain('get_task_list?template_id=1')
    expect(run.tasks[0].reason).toContain('deploy ${VERSION}')
    expect(run.tasks[0].reason).not.toContain('1.4.2')
    // The request log proves it: one create, no start, no poll.
    expect(sent(log, 'create_task')).toHaveLength(1)
    expect(sent(log, 'operate_task')).toHaveLength(0)
    expect(created).toEqual([])
    expect(run.taskIds).toEqual({})
  })

  it('never repeats a variable value that a failed answer echoes', async () => {
    const s = scenario()
    const value = 'tok-9f8e7d6c5b'
    s.faults = [
      { type: 'relay', endpoint: 'create_task', upstream_status: 502, message: `bad ${value}` }
    ]
    const source = create(1, { payload: { name: 'n', constants: { '${token}': value } } })
    const { run } = await gate(s, [entry('deploy', source)])
    expect(run.tasks[0].error?.kind).toBe('unconfirmed')
    expect(run.tasks[0].reason).toContain('bad ***')
    // Sent, never printed: no report holds it.
    for (const text of [
      JSON.stringify(toJsonReport(run)),
      planText(run, { color: false }),
      renderSummary(run)
    ]) {
      expect(text).not.toContain(value)
    }
  })

  it('retries a create the gateway rate-limited (429): BKFlow never saw it', async () => {
    const s = scenario()
    s.faults = [{ type: 'rate_limit', endpoint: 'create_task', times: 1, reset: 1 }]
    const { run, log } = await gate(s, [entry('deploy', create(1))])
    expect(run.result).toBe('pass')
    expect(sent(log, 'create_task').map((e) => e.status)).toEqual([429, 200])
  })

  it('says which template and space refused, without retrying', async () => {
    const s = scenario()
    s.templates = [{ id: 1, app: s.apps[0].code, space: 8, nodes: PASSING }]
    const { run, log } = await gate(s, [entry('deploy', create(1))])
    expect(run.tasks[0].verdict).toBe('error')
    expect(run.tasks[0].reason).toContain('refused to create a task from template 1 in space 7')
    expect(sent(log, 'create_task')).toHaveLength(1)
  })
})

describe('on-cancel: revoke against the simulator', () => {
  it('revokes, on a cancel, the task it created and no other', async () => {
    const controller = new AbortController()
    const existing: TaskSpec = { id: 500, space: 7, template: 3, start: 0, nodes: ENDLESS }
    const polled: TaskExpectation = {
      ...entry('existing', create(3)),
      key: 'space:7/task:500',
      taskId: 500,
      source: undefined
    }
    const { run, created, ops, log, clock } = await gate(
      scenario([existing]),
      [polled, entry('soak', create(3))],
      { signal: controller.signal, onState: () => controller.abort() }
    )
    expect(run.cancelled).toBe(true)
    expect(created.map((t) => t.label)).toEqual(['soak'])
    const revoked = await revokeCreated(run, created, { driver: ops.operations, now: clock.now })
    const id = created[0].taskId
    const revokes = sent(log, 'operate_task').filter((e) => e.path.endsWith('/revoke/'))
    expect(revokes.map((e) => e.taskId)).toEqual([id])
    expect(revoked.tasks.find((t) => t.task.taskId === 500)?.revoke).toBeUndefined()
    expect(revoked.tasks.find((t) => t.task.taskId === id)?.revoke).toEqual({
      revoked: true,
      message: 'revoked (on-cancel: revoke)'
    })
    // BKFlow now reports it REVOKED.
    const tree = await ops.getTaskStates(
      { taskId: id, spaceId: 7 },
      { deadline: clock.now() + SEC }
    )
    expect(tree.state).toBe('REVOKED')
  })

  it('revokes a created task that timed out, and leaves one that finished', async () => {
    const { run, created, ops, log, clock } = await gate(scenario(), [
      entry('soak', create(3), { timeoutMs: 30 * SEC }),
      entry('quick', create(1))
    ])
    expect(run.tasks.map((t) => t.verdict)).toEqual(['pending', 'pass'])
    const revoked = await revokeCreated(run, created, { driver: ops.operations, now: clock.now })
    // Not cancelled: only the timed-out one is revoked.
    expect(revoked.tasks.map((t) => t.revoke?.message)).toEqual([
      'revoked (on-cancel: revoke)',
      undefined
    ])
    const finished = await revokeCreated({ ...run, cancelled: true }, created, {
      driver: ops.operations,
      now: clock.now
    })
    expect(finished.tasks[0].revoke).toEqual({ revoked: true, message: 'already revoked' })
    // One seen FINISHED is left alone even on a cancel.
    expect(finished.tasks[1].revoke).toBeUndefined()
    expect(sent(log, 'operate_task').filter((e) => e.path.endsWith('/revoke/'))).toHaveLength(2)
  })
})

describe('select: against the simulator', () => {
  /** Last night's runs of template 42 (and one of 43), created before sim time 0. */
  const nightly = (): TaskSpec[] => [
    {
      id: 601,
      space: 7,
      template: 42,
      name: 'nightly 1',
      created: -30 * 3600,
      start: -30 * 3600,
      nodes: PASSING
    },
    {
      id: 602,
      space: 7,
      template: 42,
      name: 'nightly 2',
      created: -8 * 3600,
      start: -8 * 3600,
      nodes: PASSING
    },
    {
      id: 603,
      space: 7,
      template: 42,
      name: 'nightly 3',
      created: -2 * 3600,
      start: -2 * 3600,
      nodes: FAILING
    },
    {
      id: 604,
      space: 7,
      template: 43,
      name: 'other',
      created: -1 * 3600,
      start: -1 * 3600,
      nodes: PASSING
    }
  ]

  it('checks the newest match (pick: latest), asking for 200 per page', async () => {
    const { run, log } = await gate(scenario(nightly()), [
      entry('nightly', select({ templateId: 42 }))
    ])
    expect(run.tasks.map((t) => t.task.taskId)).toEqual([603])
    expect(run.tasks[0].verdict).toBe('fail')
    expect(run.taskIds).toEqual({ nightly: 603 })
    const lists = sent(log, 'get_task_list')
    expect(lists).toHaveLength(1)
    const query = new URLSearchParams(lists[0].query)
    expect(Object.fromEntries(query)).toEqual({ template_id: '42', limit: '200', offset: '0' })
  })

  it('checks every match as its own task (pick: all), within created_within', async () => {
    const { run, log } = await gate(scenario(nightly()), [
      entry('nightly', select({ templateId: 42, createdWithinMs: 24 * 3600 * SEC, pick: 'all' }))
    ])
    expect(run.tasks.map((t) => [t.task.taskId, t.task.label, t.verdict])).toEqual([
      [603, 'nightly #603', 'fail'],
      [602, 'nightly #602', 'pass']
    ])
    expect(run.taskIds).toEqual({ nightly: [603, 602] })
    // 24 h before sim time 0 (2026-08-21 10:00 +08:00), in Asia/Shanghai.
    const query = new URLSearchParams(sent(log, 'get_task_list')[0].query)
    expect(query.get('create_at_start')).toBe('2026-08-20 10:00:00')
  })

  it('pages the list with offset until it has every match', async () => {
    const many: TaskSpec[] = Array.from({ length: 230 }, (_, i) => ({
      id: 1000 + i,
      space: 7,
      template: 42,
      created: -3600 + i,
      start: -3600 + i,
      nodes: PASSING
    }))
    const { run, log } = await gate(scenario(many), [
      entry('all', select({ templateId: 42, pick: 'all' }))
    ])
    expect(run.tasks).toHaveLength(230)
    expect(run.result).toBe('pass')
    expect(
      sent(log, 'get_task_list').map((e) => new URLSearchParams(e.query).get('offset'))
    ).toEqual(['0', '200'])
  })

  it('is an error naming the filter when nothing matches', async () => {
    const { run, log } = await gate(scenario(nightly()), [
      entry('nightly', select({ templateId: 42, name: 'weekly', createdWithinMs: 3600 * SEC }))
    ])
    expect(run.result).toBe('error')
    expect(run.tasks[0]).toMatchObject({ verdict: 'error', error: { kind: 'task_not_found' } })
    expect(run.tasks[0].reason).toBe(
      'No task in space 7 matches select (template_id: 42, name: "weekly", created_within: 1h): check the filter, or whether the tasks ran.'
    )
    expect(run.taskIds).toEqual({})
    expect(sent(log, 'get_tasks_states')).toHaveLength(0)
  })
})
