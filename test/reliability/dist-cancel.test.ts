// [slow: about 3 s of real time] SIGTERM mid-poll through dist/index.js: the action writes a
// partial summary and its outputs, and exits non-zero within 2 s, whether it was waiting between
// polls or in the middle of a request that hangs (issue 7).

import { afterAll, describe, expect, it } from '@jest/globals'
import {
  simpleScenario,
  startSimulator,
  type Scenario,
  type Simulator
} from '../simulator/index.js'
import { findLeaks, requireBundle, secretForms, startAction, type ActionRun } from './action.js'
import { APP_CODE, APP_SECRET } from './fault-matrix.js'

/** The bound on how long a cancelled step may take to exit. */
const EXIT_WITHIN_MS = 2000

const sims: Simulator[] = []
const runs: ActionRun[] = []

afterAll(async () => {
  await Promise.all(sims.map((sim) => sim.close()))
})

/** Two tasks that never finish: one RUNNING for ever, one never started. */
function neverEnding(): Scenario {
  return simpleScenario(
    [
      { id: 501, space: 5, template: 1, start: 0, nodes: [{ name: 'Forever', result: 'RUNNING' }] },
      { id: 502, space: 5, template: 1, nodes: [{ name: 'Never started' }] }
    ],
    { app: APP_CODE, secret: APP_SECRET }
  )
}

const SPEC = [
  'version: 1',
  'defaults:',
  '  space_id: 5',
  '  timeout: 10m',
  '  interval: 200ms',
  'tasks:',
  '  - task_id: 501',
  '  - task_id: 502',
  ''
].join('\n')

async function waitFor(condition: () => boolean, what: string, limitMs = 15_000): Promise<void> {
  const started = Date.now()
  while (!condition()) {
    if (Date.now() - started > limitMs) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

/** Starts a wait-mode run, sends SIGTERM once `ready` holds, and measures the exit. */
async function cancelRun(
  name: string,
  sim: Simulator,
  ready: () => boolean,
  inputs: Record<string, string>
) {
  const started = await startAction({
    name,
    spec: SPEC,
    inputs: {
      'api-url': sim.url,
      'app-code': APP_CODE,
      'app-secret': APP_SECRET,
      'max-concurrency': '8',
      ...inputs
    }
  })
  await waitFor(ready, `${name}: the first requests`)
  const killedAt = Date.now()
  started.child.kill('SIGTERM')
  const run = await started.done
  runs.push(run)
  return { run, exitMs: run.exitedAt - killedAt }
}

function expectPartialReport(run: ActionRun, exitMs: number): void {
  expect(exitMs).toBeLessThan(EXIT_WITHIN_MS)
  // Handled, not killed by the signal: the process chose its exit code.
  expect(run.signal).toBeNull()
  expect(run.code).not.toBe(0)
  expect(run.code).not.toBeNull()
  expect(run.summary.trim()).not.toBe('')
  expect(['fail', 'error']).toContain(run.outputs.result)
  expect(run.outputs.passed).toBe('0')
}

describe('[slow] cancellation through dist/index.js', () => {
  it('SIGTERM between polls and SIGTERM during a hanging request: partial summary and outputs, exit within 2 s', async () => {
    requireBundle()
    const waiting = await startSimulator({ scenario: neverEnding(), speed: 1 })
    const hanging = await startSimulator({
      scenario: { ...neverEnding(), faults: [{ type: 'hang', endpoint: 'get_tasks_states' }] },
      speed: 1
    })
    sims.push(waiting, hanging)

    const [between, during] = await Promise.all([
      // Several rounds seen: the process is between polls (or in one) when the signal comes.
      cancelRun(
        'between polls',
        waiting,
        () => waiting.log.filter((e) => e.status !== 0).length >= 3,
        {}
      ),
      // The batch hangs and request-timeout is long: the signal must abort the request itself.
      cancelRun('during a hang', hanging, () => hanging.log.length >= 1, {
        'request-timeout': '60s'
      })
    ])

    expectPartialReport(between.run, between.exitMs)
    expectPartialReport(during.run, during.exitMs)
    // The summary and the report say what was known: the task's last state, and that it was cut short.
    expect(between.run.summary).toMatch(/RUNNING|CREATED/)
    const report = between.run.report
    if (report !== undefined) {
      expect(report.cancelled).toBe(true)
      expect(report.tasks.map((t) => t.verdict)).not.toContain('pass')
    }
    expect(during.run.report?.tasks.map((t) => t.verdict) ?? []).not.toContain('pass')
  }, 40_000)

  it('leaks neither the app secret nor the auth header in a cancelled run', () => {
    expect(runs).toHaveLength(2)
    for (const run of runs) expect(run.stdout).toContain(`::add-mask::${APP_SECRET}`)
    expect(runs.flatMap((run) => findLeaks(run, secretForms(APP_CODE, APP_SECRET)))).toEqual([])
  })
})
