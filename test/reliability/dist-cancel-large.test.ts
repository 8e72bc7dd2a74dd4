// [slow: about 10 s of real time] SIGTERM on a 31,000-task spec (1 MiB, valid) through
// dist/index.js (issue 11, item 12): whether the signal comes while the spec is parsed or while the
// tasks are polled, the outputs and a short summary are written within the runner's grace, and a
// report, when there is one, is never a torn file.

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync, statSync } from 'node:fs'
import { requireBundle, startAction, type ActionRun } from './action.js'
import { APP_CODE, APP_SECRET } from './fault-matrix.js'
import { bkflowAnswer, startHostile, type Hostile } from './hostile.js'

const TASKS = 31_000
/**
 * The runner kills a step 2.5 s after its SIGTERM: outputs and the first summary must be on disk
 * well before that when the event loop is free (polling; about 0.2 s measured on a quiet machine).
 * A spec being parsed cannot be interrupted, so there they come when the parse ends; either way
 * before the process exits on its own.
 */
const KILL_AFTER_MS = 2500

function largeSpec(): string {
  // Just under the 1 MiB limit on a spec.
  const lines = ['version: 1', 'defaults:', '  space_id: 7', '  timeout: 10m', 'tasks:']
  for (let i = 0; i < TASKS; i++) lines.push(`  - task_id: ${100_000 + i}`, '    label: t')
  return lines.join('\n') + '\n'
}

let gateway: Hostile
interface Cancelled {
  run: ActionRun
  exitMs: number
  /** After the signal, when the outputs file and the summary file first held something. */
  outputsMs: number
  summaryMs: number
}
const runs: Record<string, Cancelled> = {}

/** Starts the action and sends SIGTERM once `when` says so (given stdout so far). */
async function cancel(name: string, spec: string, when: (stdout: string, ms: number) => boolean) {
  const started = await startAction({
    name,
    spec,
    inputs: { 'api-url': gateway.url, 'app-code': APP_CODE, 'app-secret': APP_SECRET }
  })
  const t0 = Date.now()
  let seen = ''
  started.child.stdout?.on('data', (chunk: Buffer | string) => (seen += String(chunk)))
  await new Promise<void>((resolve, reject) => {
    const timer = setInterval(() => {
      if (when(seen, Date.now() - t0)) {
        clearInterval(timer)
        resolve()
      } else if (Date.now() - t0 > 60_000) {
        clearInterval(timer)
        reject(new Error(`${name}: never ready to cancel`))
      }
    }, 5)
  })
  const killedAt = Date.now()
  started.child.kill('SIGTERM')
  let outputsMs = Number.POSITIVE_INFINITY
  let summaryMs = Number.POSITIVE_INFINITY
  const watch = setInterval(() => {
    const size = (file: string) => (existsSync(file) ? statSync(file).size : 0)
    if (outputsMs === Number.POSITIVE_INFINITY && size(started.files.output) > 0) {
      outputsMs = Date.now() - killedAt
    }
    if (summaryMs === Number.POSITIVE_INFINITY && size(started.files.summary) > 0) {
      summaryMs = Date.now() - killedAt
    }
  }, 5)
  const run = await started.done
  clearInterval(watch)
  runs[name] = { run, exitMs: run.exitedAt - killedAt, outputsMs, summaryMs }
}

beforeAll(async () => {
  requireBundle()
  gateway = await startHostile((req, res) => bkflowAnswer(req, res, { state: 'RUNNING' }))
  const spec = largeSpec()
  expect(Buffer.byteLength(spec)).toBeGreaterThan(1000 * 1000)
  // The masks are the first thing the action prints; the spec is read and parsed next. Signals
  // at several moments of the parse, since what runs when the signal is handled decides the rest.
  const parsing = (delayMs: number) => {
    let maskedAt = 0
    return (stdout: string): boolean => {
      if (!stdout.includes('::add-mask::')) return false
      maskedAt ||= Date.now()
      return Date.now() - maskedAt >= delayMs
    }
  }
  await Promise.all([
    cancel('while polling', spec, (stdout) => stdout.includes(`Checking ${TASKS} tasks`)),
    cancel('while parsing', spec, parsing(0)),
    cancel('while parsing, later', spec, parsing(800)),
    cancel('while parsing, at its end', spec, parsing(1600))
  ])
}, 120_000)

afterAll(() => gateway.close())

describe('[slow] SIGTERM on a 31,000-task spec, through dist/index.js', () => {
  it.each(['while polling', 'while parsing', 'while parsing, later', 'while parsing, at its end'])(
    '%s: outputs and a short summary before the process ends, exit 1 on its own',
    (name) => {
      const { run, exitMs, outputsMs, summaryMs } = runs[name]
      // Written while the process ran, not at its very end.
      expect(outputsMs).toBeLessThan(exitMs)
      expect(summaryMs).toBeLessThan(exitMs)
      expect(run.signal).toBeNull()
      expect(run.code).toBe(1)
      expect(['fail', 'error']).toContain(run.outputs.result)
      expect(run.outputs.passed).toBe('0')
      // The short summary at least; the full one replaces it when the grace allows.
      expect(run.summary).toMatch(/cancelled/i)
      expect(run.summary).not.toMatch(/passed: [1-9]/)
      // A report is whole or absent, never a torn or empty file.
      if (run.reportText !== '') expect(() => JSON.parse(run.reportText) as unknown).not.toThrow()
    }
  )

  it('while polling, the event loop is free: outputs and summary come before the runner would kill', () => {
    const { outputsMs, summaryMs } = runs['while polling']
    expect(outputsMs).toBeLessThan(KILL_AFTER_MS)
    expect(summaryMs).toBeLessThan(KILL_AFTER_MS)
  })
})
