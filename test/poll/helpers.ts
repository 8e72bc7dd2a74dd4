// Builders for the scheduler tests: specs with fake ranges, and a client wired to a simulator.

import type { StateSource } from '../../src/poll/index.js'
import { BkflowClient } from '../../src/bkflow/index.js'
import type { NodeExpectation, SourceRange, Spec, TaskExpectation } from '../../src/model.js'
import { TEST_APP, type Simulator } from '../simulator/index.js'

/** A fake spec range; `line` tells entries apart. */
export function range(line: number): SourceRange {
  return { file: 'gate.yml', line, column: 5, endLine: line + 1, endColumn: 1 }
}

/** A task expectation with the spec's defaults: FINISHED, 30m timeout, 15s interval, on_failed fail. */
export function task(taskId: number, overrides: Partial<TaskExpectation> = {}): TaskExpectation {
  const spaceId = 'spaceId' in overrides ? overrides.spaceId : 7
  return {
    key: spaceId === undefined ? `app/task:${taskId}` : `space:${spaceId}/task:${taskId}`,
    taskId,
    spaceId,
    states: ['FINISHED'],
    timeoutMs: 30 * 60_000,
    intervalMs: 15_000,
    onFailed: 'fail',
    otherNodes: 'no_failures',
    nodes: [],
    range: range(taskId),
    ...overrides
  }
}

/** A node expectation, FINISHED by default. */
export function nodeSpec(fields: Partial<NodeExpectation>, line = 100): NodeExpectation {
  return { states: ['FINISHED'], range: range(line), ...fields }
}

export function spec(tasks: TaskExpectation[]): Spec {
  return { version: 1, file: 'gate.yml', tasks, skippedByShard: 0 }
}

/** A sleep that jumps the simulator's frozen clock (speed 0) at once: for the client's retry waits. */
export function steppingSleep(sim: Simulator): (ms: number, signal?: AbortSignal) => Promise<void> {
  return async (ms, signal) => {
    if (signal?.aborted) throw signal.reason
    sim.clock.advance(ms)
    await Promise.resolve()
  }
}

/**
 * A frozen-clock harness for the scheduler: a real client whose calls are counted while in flight,
 * and a sleep that jumps the clock only once no call is. Real time would keep running while the
 * scheduler's other lanes finish, so a round stays one instant and timelines run exactly.
 */
export function frozenClock(sim: Simulator): {
  now: () => number
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>
  client: StateSource
} {
  const now = sim.clock.now
  const base = simClient(sim, { now, sleep: steppingSleep(sim) })
  let inFlight = 0
  let wake: (() => void) | undefined
  const track = <T>(call: Promise<T>): Promise<T> => {
    inFlight++
    return call.finally(() => {
      inFlight--
      if (inFlight === 0) wake?.()
    })
  }
  const client: StateSource = {
    counts: base.counts,
    getTaskStates: (ref, call) => track(base.getTaskStates(ref, call)),
    getTasksStates: (space, ids, call) => track(base.getTasksStates(space, ids, call)),
    getTaskDetail: (ref, call) => track(base.getTaskDetail(ref, call)),
    getTaskNodeDetail: (ref, nodeId, call, options) =>
      track(base.getTaskNodeDetail(ref, nodeId, call, options))
  }
  const sleep = async (ms: number, signal?: AbortSignal): Promise<void> => {
    for (;;) {
      if (inFlight > 0) await new Promise<void>((resolve) => (wake = resolve))
      // A finished call may start the next one (a batch, then its trees) once its callers resume.
      await new Promise((resolve) => setImmediate(resolve))
      if (inFlight === 0) break
    }
    if (signal?.aborted) throw signal.reason
    sim.clock.advance(ms)
  }
  return { now, sleep, client }
}

/** A real client for the simulator, on the given clock; limits high enough never to wait. */
export function simClient(
  sim: Simulator,
  clock: { now: () => number; sleep: (ms: number, signal?: AbortSignal) => Promise<void> }
): BkflowClient {
  return new BkflowClient({
    apiUrl: sim.url,
    appCode: TEST_APP.code,
    appSecret: TEST_APP.secret,
    username: 'alice',
    rateLimitPerMinute: 100_000,
    maxConcurrency: 8,
    requestTimeoutMs: 5000,
    allowHttp: false,
    env: {},
    now: clock.now,
    sleep: clock.sleep,
    random: () => 1
  })
}
