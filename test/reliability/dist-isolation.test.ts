// [slow: about 8 s of real time] One task's persistent fault must not hold the others: while the
// client retries a failing request until that task's deadline, healthy tasks in other spaces and
// on the app-bound endpoint keep being polled and settle on their own (issue 7, product.md §10
// detection latency). Through dist/index.js against the simulator at real speed.

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { linearTask, simpleScenario, startSimulator, type Simulator } from '../simulator/index.js'
import { findLeaks, requireBundle, runAction, secretForms, type ActionRun } from './action.js'
import { APP_CODE, APP_SECRET, USERNAME } from './fault-matrix.js'

/** The failing task's timeout; the healthy ones finish about 1 s after the start. */
const TIMEOUT_S = 8
/**
 * How long before the failing task the healthy ones must settle. Held by the failing call they
 * settle together with it (about 0.7 s apart); on their own, about TIMEOUT_S - 1.5 s before it.
 * The bound sits far from both so a loaded CI machine cannot flip it.
 */
const MIN_LEAD_MS = 2000

let sim: Simulator
let run: ActionRun

beforeAll(async () => {
  requireBundle()
  const tasks = [801, 802, 803].map((id) =>
    linearTask(id, { space: id, template: 1, nodes: 2, nodeDuration: 0.4 })
  )
  sim = await startSimulator({
    scenario: {
      ...simpleScenario(tasks, { app: APP_CODE, secret: APP_SECRET }),
      users: [USERNAME],
      // The batch of space 801 fails for the whole run; 802 and 803 are healthy.
      faults: [{ type: 'status', status: 502, endpoint: 'get_tasks_states', task: 801 }]
    },
    speed: 1
  })
  run = await runAction({
    name: 'isolation',
    spec: [
      'version: 1',
      'defaults:',
      `  timeout: ${TIMEOUT_S}s`,
      '  interval: 200ms',
      'tasks:',
      '  - task_id: 801',
      '    space_id: 801',
      '  - task_id: 802',
      '    space_id: 802',
      '  - task_id: 803',
      ''
    ].join('\n'),
    inputs: {
      'api-url': sim.url,
      'app-code': APP_CODE,
      'app-secret': APP_SECRET,
      username: USERNAME,
      'request-timeout': '1s'
    }
  })
}, 30_000)

afterAll(async () => {
  await sim.close()
})

function settledAt(taskId: number): number {
  const task = run.report?.tasks.find((t) => t.taskId === taskId)
  if (!task?.timings.settledAt) throw new Error(`task ${taskId} did not settle\n${run.stdout}`)
  return task.timings.settledAt.ms
}

describe('[slow] a persistent fault on one task through dist/index.js', () => {
  it('ends that task as error and the run as error, never pass', () => {
    expect({ result: run.outputs.result, code: run.code }).toEqual({ result: 'error', code: 1 })
    const failing = run.report?.tasks.find((t) => t.taskId === 801)
    expect(failing?.verdict).toBe('error')
    expect(failing?.error?.message).toMatch(/502/)
  })

  it('lets the healthy tasks settle on their own, long before the failing one gives up', () => {
    const verdicts = Object.fromEntries(run.report?.tasks.map((t) => [t.taskId, t.verdict]) ?? [])
    expect(verdicts).toEqual({ 801: 'error', 802: 'pass', 803: 'pass' })
    // Ordering, not speed: a poll held by the failing call would settle them together at its end.
    for (const healthy of [802, 803]) {
      expect(settledAt(801) - settledAt(healthy)).toBeGreaterThan(MIN_LEAD_MS)
    }
  })

  it('leaks no secret', () => {
    expect(findLeaks(run, secretForms(APP_CODE, APP_SECRET, { username: USERNAME }))).toEqual([])
  })
})
