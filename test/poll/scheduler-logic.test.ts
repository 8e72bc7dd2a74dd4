// Scheduler decisions on a scripted source and a virtual clock: request spending, failures,
// deadlines and cancellation at exact moments. The simulator tests cover the same over real HTTP.

import { describe, expect, it } from '@jest/globals'
import { pollTasks, type PollEvent } from '../../src/poll/index.js'
import type { TreeNode } from '../../src/model.js'
import { FakeError, FakeSource, VirtualClock, leaf } from './fake-source.js'
import { nodeSpec, spec, task } from './helpers.js'

const SEC = 1000

/** A task tree: RUNNING with node `na` running until `finishAt`, then FINISHED. */
function finishesAt(start: number, finishAt: number) {
  return (_id: number, now: number): TreeNode =>
    now - start >= finishAt
      ? leaf('root', 'FINISHED', [leaf('na', 'FINISHED')])
      : leaf('root', 'RUNNING', [leaf('na', 'RUNNING')])
}

function setup(script: (id: number, now: number) => TreeNode | Error) {
  const clock = new VirtualClock()
  const source = new FakeSource(clock, script)
  const events: PollEvent[] = []
  const options = {
    mode: 'wait' as const,
    client: source,
    now: clock.now,
    sleep: clock.sleep,
    onEvent: (e: PollEvent) => events.push(e)
  }
  return { clock, source, events, options, start: clock.now() }
}

describe('pollTasks on a scripted source', () => {
  it('polls the root state in one batch per round and reads a tree only to decide', async () => {
    const clock = new VirtualClock()
    const start = clock.now()
    const source = new FakeSource(clock, finishesAt(start, 40 * SEC))
    const run = await pollTasks(spec([task(1), task(2), task(3, { spaceId: 8 })]), {
      mode: 'wait',
      client: source,
      now: clock.now,
      sleep: clock.sleep
    })
    expect(run.result).toBe('pass')
    // Rounds at 0, 15, 30 s: RUNNING; at 45 s: FINISHED, so each task's tree is read once.
    expect(source.calls.filter((c) => c.startsWith('batch 7'))).toEqual(
      Array(4).fill('batch 7 [1,2]')
    )
    expect(source.calls.filter((c) => c.startsWith('batch 8'))).toHaveLength(4)
    expect(source.calls.filter((c) => c.startsWith('tree')).sort()).toEqual([
      'tree 1',
      'tree 2',
      'tree 3'
    ])
    expect(run.requests).toEqual({
      total: 11,
      byEndpoint: {
        get_task_states: 3,
        get_task_states_by_app: 0,
        get_tasks_states: 8,
        get_task_detail: 0,
        get_task_node_detail: 0
      }
    })
    expect(run.tasks.map((t) => t.requests)).toEqual([1, 1, 1])
    expect(run.tasks[0]).toMatchObject({
      verdict: 'pass',
      state: 'FINISHED',
      stateSince: start + 45 * SEC,
      settledAt: start + 45 * SEC,
      tree: { nodes: 1, byState: { FINISHED: 1 } },
      cancelled: false
    })
    expect(run.finishedAt).toBe(start + 45 * SEC)
  })

  it('uses the app-bound endpoint, one read per round, for tasks without a space', async () => {
    const { source, options, start } = setup(() => leaf('root', 'RUNNING'))
    source.script = finishesAt(start, 20 * SEC)
    const run = await pollTasks(spec([task(5, { spaceId: undefined })]), options)
    expect(run.tasks[0].verdict).toBe('pass')
    expect(source.calls).toEqual(['tree 5', 'tree 5', 'tree 5'])
    expect(run.requests.byEndpoint.get_task_states_by_app).toBe(3)
    expect(run.tasks[0].requests).toBe(3)
  })

  it('falls back to single reads, with one notice, when the batch endpoint is refused', async () => {
    const { source, events, options, start } = setup(() => leaf('root', 'RUNNING'))
    source.script = finishesAt(start, 20 * SEC)
    source.batchError = new FakeError('permission', false, 'no permission to get_tasks_states')
    const run = await pollTasks(spec([task(1), task(2)]), options)
    expect(run.result).toBe('pass')
    expect(source.calls.filter((c) => c.startsWith('batch'))).toHaveLength(1)
    expect(source.calls.filter((c) => c.startsWith('tree'))).toHaveLength(6)
    const notices = events.filter((e) => e.type === 'notice')
    expect(notices).toHaveLength(1)
    expect(notices[0]).toMatchObject({ spaceId: 7 })
  })

  it('confirms a task missing from the batch with one read, then reports its error', async () => {
    const { source, options } = setup((id) =>
      id === 2
        ? new FakeError('wrong_space', false, 'task 2 is not in space 7: fix space_id')
        : leaf('root', 'FINISHED')
    )
    source.batchOverride = (id) => (id === 2 ? 'omit' : undefined)
    const run = await pollTasks(spec([task(1), task(2)]), options)
    expect(run.tasks[1]).toMatchObject({
      verdict: 'error',
      reason: 'task 2 is not in space 7: fix space_id',
      error: { kind: 'wrong_space', message: 'task 2 is not in space 7: fix space_id' },
      requests: 1
    })
    expect(run.tasks[1].findings).toEqual([
      expect.objectContaining({ kind: 'error', target: 'task', actual: 'wrong_space' })
    ])
    expect(run.result).toBe('error')
    expect(source.calls).toEqual(['batch 7 [1,2]', 'tree 1', 'tree 2'])
  })

  it('reads a task alone when the batch gave a null state', async () => {
    const { source, options } = setup(() => leaf('root', 'FINISHED'))
    source.batchOverride = () => null
    const run = await pollTasks(spec([task(1)]), options)
    expect(run.tasks[0].verdict).toBe('pass')
    expect(source.calls).toEqual(['batch 7 [1]', 'tree 1'])
  })

  it('ends a null batch state whose own read fails as error with that message, never pending', async () => {
    const { source, options } = setup(
      () => new FakeError('transient', true, "BKFlow's engine query failed: fail")
    )
    source.batchOverride = () => null
    const run = await pollTasks(spec([task(1, { timeoutMs: 40 * SEC })]), options)
    expect(run.tasks[0]).toMatchObject({
      verdict: 'error',
      reason: "BKFlow kept failing: BKFlow's engine query failed: fail"
    })
    expect(source.calls.filter((c) => c === 'tree 1').length).toBeGreaterThan(1)
  })

  it('in mode check reads a task alone when the batch gave a null state', async () => {
    const { source, options } = setup(() => leaf('root', 'FINISHED'))
    source.batchOverride = () => null
    const run = await pollTasks(spec([task(1)]), { ...options, mode: 'check' })
    expect(run.tasks[0].verdict).toBe('pass')
    expect(source.calls).toEqual(['batch 7 [1]', 'tree 1'])
  })

  it('looks again after a transient failure and passes once BKFlow answers', async () => {
    const { source, events, options, start } = setup(() => leaf('root', 'RUNNING'))
    source.batchOverride = () => 'omit'
    source.script = (_id, now) =>
      now - start < 20 * SEC ? new FakeError('transient', true, 'HTTP 502') : leaf('r', 'FINISHED')
    const run = await pollTasks(spec([task(1)]), options)
    expect(run.tasks[0]).toMatchObject({ verdict: 'pass', requests: 3 })
    expect(events.filter((e) => e.type === 'retry')).toHaveLength(2)
  })

  it('ends a task whose requests keep failing as error, never pass', async () => {
    const { options, start, clock } = setup(() => new FakeError('transient', true, 'HTTP 502'))
    const run = await pollTasks(spec([task(1, { spaceId: undefined, timeoutMs: 60 * SEC })]), {
      ...options
    })
    expect(run.tasks[0]).toMatchObject({
      verdict: 'error',
      reason: 'BKFlow kept failing: HTTP 502',
      error: { kind: 'transient' }
    })
    expect(run.result).toBe('error')
    expect(clock.now()).toBe(start + 60 * SEC)
  })

  it('ends every task of a space as error when the batch fails permanently', async () => {
    const { source, options } = setup(() => leaf('root', 'RUNNING'))
    source.batchError = new FakeError('auth', false, 'the gateway rejected the credentials')
    const run = await pollTasks(spec([task(1), task(2)]), options)
    expect(run.tasks.map((t) => [t.verdict, t.reason])).toEqual([
      ['error', 'the gateway rejected the credentials'],
      ['error', 'the gateway rejected the credentials']
    ])
    expect(source.calls).toHaveLength(1)
  })

  it('never sleeps past a deadline and reports the last state seen', async () => {
    const { source, options, start, clock } = setup(() => leaf('root', 'RUNNING'))
    const run = await pollTasks(spec([task(1, { timeoutMs: 40 * SEC })]), options)
    expect(source.calls).toEqual(['batch 7 [1]', 'batch 7 [1]', 'batch 7 [1]'])
    expect(clock.now()).toBe(start + 40 * SEC)
    const result = run.tasks[0]
    expect(result).toMatchObject({
      verdict: 'pending',
      state: 'RUNNING',
      stateSince: start,
      settledAt: null,
      cancelled: false
    })
    const since = new Date(start).toISOString().slice(11, 19)
    expect(result.reason).toBe(`still RUNNING after 40s (since ${since} UTC)`)
    expect(result.findings).toEqual([
      expect.objectContaining({
        kind: 'pending',
        target: 'task',
        expected: 'FINISHED',
        actual: 'RUNNING'
      })
    ])
    expect(run.result).toBe('fail')
  })

  it('looks again exactly when a FAILED grace period ends', async () => {
    const { source, options, start } = setup(() => leaf('root', 'FAILED', [leaf('na', 'FAILED')]))
    const t = task(1, { onFailed: { graceMs: 20 * SEC }, intervalMs: 15 * SEC })
    const run = await pollTasks(spec([t]), options)
    expect(run.tasks[0]).toMatchObject({ verdict: 'fail', settledAt: start + 20 * SEC })
    // The FAILED node makes the gate read the pipeline once, for its auto-retry settings (none).
    expect(source.calls).toEqual([
      'batch 7 [1]',
      'batch 7 [1]',
      'batch 7 [1]',
      'tree 1',
      'detail 1'
    ])
  })

  it('compares an EXPIRED task on a bare tree without reading one', async () => {
    const { source, options } = setup(() => new FakeError('task_not_found', false))
    source.batchOverride = () => 'EXPIRED'
    const run = await pollTasks(spec([task(1, { states: ['EXPIRED'] }), task(2)]), options)
    expect(run.tasks.map((t) => t.verdict)).toEqual(['pass', 'fail'])
    expect(run.tasks[1].findings[0]).toMatchObject({ kind: 'state', actual: 'EXPIRED' })
    expect(source.calls).toEqual(['batch 7 [1,2]'])
  })

  it('fetches node names once, and only when an expectation uses a name', async () => {
    const { source, options, start } = setup(() => leaf('root', 'RUNNING'))
    source.names = new Map([['na', { name: 'Deploy', type: 'ServiceActivity' }]])
    // RUNNING is expected, so every round tries an early pass until node "Deploy" finishes.
    source.script = (_id, now) =>
      leaf('root', 'RUNNING', [leaf('na', now - start >= 30 * SEC ? 'FINISHED' : 'RUNNING')])
    const byName = task(1, {
      states: ['RUNNING', 'FINISHED'],
      nodes: [nodeSpec({ name: 'Deploy' })]
    })
    const byId = task(2, { states: ['RUNNING', 'FINISHED'], nodes: [nodeSpec({ id: 'na' })] })
    const run = await pollTasks(spec([byName, byId]), options)
    expect(run.tasks.map((t) => t.verdict)).toEqual(['pass', 'pass'])
    expect(source.calls.filter((c) => c.startsWith('detail'))).toEqual(['detail 1'])
    expect(source.calls.filter((c) => c === 'tree 1')).toHaveLength(3)
    expect(run.tasks[0].rows[0]).toMatchObject({ id: 'na', name: 'Deploy', finding: 'ok' })
  })

  it('keeps at most 16 tasks between their tree and their verdict, however many tasks there are', async () => {
    const { clock, source, options } = setup(() =>
      leaf('root', 'FINISHED', [leaf('na', 'FINISHED')])
    )
    source.names = new Map([['na', { name: 'Deploy', type: 'ServiceActivity' }]])
    // A task holds its tree from the tree read until its detail is read and it is compared.
    let holding = 0
    let most = 0
    const tree = source.getTaskStates.bind(source)
    const detail = source.getTaskDetail.bind(source)
    source.getTaskStates = async (ref, call) => {
      await clock.sleep(10)
      const read = await tree(ref, call)
      most = Math.max(most, ++holding)
      return read
    }
    source.getTaskDetail = async (ref, call) => {
      await clock.sleep(10)
      const read = await detail(ref, call)
      holding -= 1
      return read
    }
    const tasks = Array.from({ length: 200 }, (_, i) =>
      task(i + 1, { nodes: [nodeSpec({ name: 'Deploy' })] })
    )
    const run = await pollTasks(spec(tasks), { ...options, mode: 'check' })
    expect(run.tasks.map((t) => t.verdict)).toEqual(tasks.map(() => 'pass'))
    expect(source.counts.get_task_detail).toBe(200)
    expect(most).toBeGreaterThan(1)
    expect(most).toBeLessThanOrEqual(16)
  })

  it('settles an early try at once when a node name cannot be resolved', async () => {
    const { source, options, start } = setup(() => leaf('root', 'RUNNING', [leaf('na', 'RUNNING')]))
    source.names = new Map([['na', { name: 'Deploy', type: 'ServiceActivity' }]])
    const t = task(1, { states: ['RUNNING'], nodes: [nodeSpec({ name: 'Deplyo' })] })
    const run = await pollTasks(spec([t]), options)
    expect(run.tasks[0]).toMatchObject({ verdict: 'error', settledAt: start })
    expect(run.tasks[0].findings).toEqual([expect.objectContaining({ kind: 'name' })])
  })

  it('in mode check fails an unsettled task on its state without judging nodes', async () => {
    const { source, options } = setup((id) =>
      id === 1 ? leaf('root', 'RUNNING', [leaf('na', 'FAILED')]) : leaf('root', 'FINISHED')
    )
    const run = await pollTasks(spec([task(1, { nodes: [nodeSpec({ id: 'na' })] }), task(2)]), {
      ...options,
      mode: 'check'
    })
    expect(run.tasks[0]).toMatchObject({ verdict: 'fail', rows: [], settledAt: expect.any(Number) })
    expect(run.tasks[0].findings).toEqual([
      expect.objectContaining({ kind: 'state', target: 'task', actual: 'RUNNING' })
    ])
    expect(run.tasks[1].verdict).toBe('pass')
    expect(source.calls).toEqual(['batch 7 [1,2]', 'tree 2'])
    expect(run.mode).toBe('check')
  })

  it('returns what is known when cancelled, marking unsettled tasks', async () => {
    const { source, options, start } = setup(() => leaf('root', 'RUNNING'))
    source.script = (id, now) =>
      id === 1 || now - start >= 60 * SEC ? leaf('r', 'FINISHED') : leaf('r', 'RUNNING')
    const controller = new AbortController()
    source.onCall = () => {
      if (source.calls.length === 3) controller.abort()
    }
    const run = await pollTasks(spec([task(1), task(2)]), {
      ...options,
      signal: controller.signal
    })
    expect(run.cancelled).toBe(true)
    expect(run.tasks[0]).toMatchObject({ verdict: 'pass', cancelled: false })
    expect(run.tasks[1]).toMatchObject({
      verdict: 'pending',
      cancelled: true,
      reason: 'cancelled before it settled'
    })
    expect(run.result).toBe('fail')
  })
})
