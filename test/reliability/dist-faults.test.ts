// [slow: about 10 s of real time] The fault matrix through dist/index.js, run as the runner runs
// it, against the simulator at real speed: every endpoint × every fault, transient and persistent.
// Transient faults are retried to the right verdict; persistent ones end as `error` naming their
// cause; no run passes what it did not verify; no secret leaves the process (issue 7).

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startSimulator, type Simulator } from '../simulator/index.js'
import { findLeaks, requireBundle, runAction, secretForms, type ActionRun } from './action.js'
import {
  APP_CODE,
  APP_SECRET,
  FAULTS,
  USERNAME,
  buildMatrix,
  type Matrix,
  type MatrixCase
} from './fault-matrix.js'

interface MatrixRun {
  matrix: Matrix
  sim: Simulator
  run: ActionRun
}

/**
 * transient / fails / persistent as three runs; a persistent 429 holds every request of its process
 * (the gateway's window is per app), so it gets a run of its own and does not starve the others.
 */
const matrices = {
  transient: buildMatrix('transient', 1000),
  fails: buildMatrix('fails', 2000),
  persistent: buildMatrix('persistent', 3000, FAULTS.slice(1)),
  // Every 429 holds the whole process for its reset (1 s): a longer timeout leaves room for retries.
  rateLimited: buildMatrix('persistent', 4000, FAULTS.slice(0, 1), '8s')
}
type RunName = keyof typeof matrices
const runs = {} as Record<RunName, MatrixRun>
const sims: Simulator[] = []

beforeAll(async () => {
  requireBundle()
  await Promise.all(
    (Object.keys(matrices) as RunName[]).map(async (name) => {
      const matrix = matrices[name]
      // Speed 1: the child process runs on real time, so the simulator must too.
      const sim = await startSimulator({ scenario: matrix.scenario, speed: 1 })
      sims.push(sim)
      const run = await runAction({
        name,
        spec: matrix.spec,
        inputs: {
          'api-url': sim.url,
          'app-code': APP_CODE,
          'app-secret': APP_SECRET,
          username: USERNAME,
          'request-timeout': '1s',
          'max-concurrency': '64',
          'rate-limit': '5000'
        }
      })
      runs[name] = { matrix, sim, run }
    })
  )
}, 90_000)

afterAll(async () => {
  await Promise.all(sims.map((sim) => sim.close()))
})

function taskOf(name: RunName, c: MatrixCase) {
  const task = runs[name].run.report?.tasks.find((t) => t.taskId === c.taskId)
  if (!task)
    throw new Error(`${name}: task ${c.taskId} is not in the report\n${runs[name].run.stdout}`)
  return task
}

/** How many requests for this case's task and endpoint the simulator answered with its fault. */
function faultHits(name: RunName, c: MatrixCase): number {
  return runs[name].sim.log.filter(
    (e) =>
      e.endpoint === c.endpoint &&
      e.fault === `${c.endpoint}/${c.fault.name}` &&
      (e.taskId === c.taskId || e.taskIds?.includes(c.taskId))
  ).length
}

const title = (c: MatrixCase) => `${c.endpoint} × ${c.fault.name}`

describe('[slow] fault matrix through dist/index.js', () => {
  it('transient faults on every endpoint: retried to pass, exit 0', () => {
    const { run } = runs.transient
    expect({ result: run.outputs.result, code: run.code }).toEqual({ result: 'pass', code: 0 })
    expect(run.outputs.passed).toBe(String(matrices.transient.cases.length))
  })

  it.each(matrices.transient.cases.map((c) => [title(c), c] as const))(
    'transient %s: the fault fired twice, then the task passed',
    (_title, c) => {
      expect(faultHits('transient', c)).toBe(2)
      expect(taskOf('transient', c).verdict).toBe('pass')
    }
  )

  it('transient faults on a tree with a FAILED node: fail, never pass, exit 1', () => {
    const { run } = runs.fails
    expect({ result: run.outputs.result, code: run.code }).toEqual({ result: 'fail', code: 1 })
    expect(run.outputs.failed).toBe(String(matrices.fails.cases.length))
    // The failed node is named in the outputs and annotated on the spec.
    expect(JSON.parse(run.outputs['failed-nodes'] ?? '[]')).not.toHaveLength(0)
    expect(run.stdout).toMatch(/^::error [^\n]*file=spec\.yml,line=\d+/m)
  })

  it.each(matrices.fails.cases.map((c) => [title(c), c] as const))(
    'transient %s on a FAILED tree: the fault fired twice, then the task failed',
    (_title, c) => {
      expect(faultHits('fails', c)).toBe(2)
      const task = taskOf('fails', c)
      expect(task.verdict).toBe('fail')
      expect(task.findings.some((f) => f.kind === 'state' || f.kind === 'unlisted_failure')).toBe(
        true
      )
    }
  )

  it('persistent faults: result error, exit 1, nothing passed', () => {
    for (const name of ['persistent', 'rateLimited'] as const) {
      const { run } = runs[name]
      expect({
        name,
        result: run.outputs.result,
        code: run.code,
        passed: run.outputs.passed
      }).toEqual({
        name,
        result: 'error',
        code: 1,
        passed: '0'
      })
      // The step's failure says why, as an error line the runner shows.
      expect(run.stdout).toMatch(/^::error::/m)
    }
  })

  it.each(
    [...matrices.persistent.cases, ...matrices.rateLimited.cases].map((c) => [title(c), c] as const)
  )('persistent %s: retried, then error naming the cause', (_title, c) => {
    const name: RunName = c.fault.fault.type === 'rate_limit' ? 'rateLimited' : 'persistent'
    const task = taskOf(name, c)
    expect(task.verdict).not.toBe('pass')
    expect(task.verdict).toBe('error')
    expect(task.error?.message).toMatch(c.fault.causeOn?.[c.endpoint] ?? c.fault.cause)
    // Retried, not given up at the first answer; except that every 429 holds the whole process for
    // its reset, so a call that starts late may reach its deadline after one.
    expect(faultHits(name, c)).toBeGreaterThanOrEqual(name === 'rateLimited' ? 1 : 2)
  })

  it('no run leaks the app secret or the auth header anywhere', () => {
    const secrets = secretForms(APP_CODE, APP_SECRET, { username: USERNAME })
    const all = Object.values(runs).map((r) => r.run)
    expect(all).toHaveLength(4)
    // The secret really was handed to the runner to mask: the check below is not vacuous.
    for (const run of all) expect(run.stdout).toContain(`::add-mask::${APP_SECRET}`)
    expect(all.flatMap((run) => findLeaks(run, secrets))).toEqual([])
  })
})
