// [slow: about 6 s of real time] Deadlines are absolute (issue 11, items 1 and 2), through
// dist/index.js against hostile gateways: a wait the gateway asks for, the client's own rate
// budget and a request in flight all end at the task's timeout, and no timer overflows.

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { ServerResponse } from 'node:http'
import { requireBundle, runAction, type ActionRun } from './action.js'
import { APP_CODE, APP_SECRET } from './fault-matrix.js'
import {
  bkflowAnswer,
  sendJson,
  startHostile,
  type Hostile,
  type HostileRequest
} from './hostile.js'

/**
 * Start-up, spec parsing and the first answer: the margin over the task's own timeout. Generous,
 * as seven bundles start at once on a small machine; the failures this guards against took 30 s
 * to several minutes.
 */
const MARGIN_MS = 5000

const rateLimited =
  (headers: Record<string, string>) => (_req: HostileRequest, res: ServerResponse) =>
    sendJson(
      res,
      429,
      { result: false, code_name: 'RATE_LIMIT_RESTRICTION', message: 'slow down' },
      headers
    )

interface Case {
  name: string
  handler: (req: HostileRequest, res: ServerResponse) => void
  timeout: string
  inputs?: Record<string, string>
}

const CASES: Record<string, Case> = {
  reset600: {
    name: '429 with X-Bkapi-RateLimit-Reset: 600',
    handler: rateLimited({ 'X-Bkapi-RateLimit-Reset': '600', 'X-Bkapi-RateLimit-Remaining': '0' }),
    timeout: '10s'
  },
  hugeRetryAfter: {
    name: '429 with Retry-After: 99999999999',
    handler: rateLimited({ 'Retry-After': '99999999999' }),
    timeout: '10s'
  },
  year9999: {
    name: '429 with Retry-After in year 9999',
    handler: rateLimited({ 'Retry-After': 'Fri, 31 Dec 9999 23:59:59 GMT' }),
    timeout: '10s'
  },
  reset45: {
    name: '429 with reset 45 and a 20 s timeout',
    handler: rateLimited({ 'X-Bkapi-RateLimit-Reset': '45' }),
    timeout: '20s'
  },
  budget: {
    // The task never settles; the client's own budget (20 a minute) is spent in a moment.
    name: 'the client rate budget',
    handler: (req, res) => bkflowAnswer(req, res, { state: 'RUNNING' }),
    timeout: '10s',
    inputs: { 'rate-limit': '20' }
  },
  silentCheck: {
    name: 'a silent server, mode check, request-timeout 30s',
    handler: () => {},
    timeout: '5s',
    inputs: { mode: 'check', 'request-timeout': '30s' }
  },
  silentWait: {
    name: 'a silent server, mode wait, request-timeout 30s',
    handler: () => {},
    timeout: '3s',
    inputs: { 'request-timeout': '30s' }
  }
}

const gateways: Record<string, Hostile> = {}
const runs: Record<string, ActionRun> = {}

beforeAll(async () => {
  requireBundle()
  await Promise.all(
    Object.entries(CASES).map(async ([key, c]) => {
      const gateway = await startHostile(c.handler)
      gateways[key] = gateway
      runs[key] = await runAction({
        name: c.name,
        spec: [
          'version: 1',
          'defaults:',
          `  timeout: ${c.timeout}`,
          '  interval: 10ms',
          'tasks:',
          '  - task_id: 11',
          '    space_id: 3',
          ''
        ].join('\n'),
        inputs: {
          'api-url': gateway.url,
          'app-code': APP_CODE,
          'app-secret': APP_SECRET,
          ...c.inputs
        }
      })
    })
  )
}, 60_000)

afterAll(async () => {
  await Promise.all(Object.values(gateways).map((g) => g.close()))
})

function seconds(duration: string): number {
  return Number(duration.replace(/s$/, '')) * 1000
}

/** The run ended by the task's timeout at the latest, and the step failed with the given result. */
function expectEndedInTime(key: string, result: string): ActionRun {
  const run = runs[key]
  expect({ code: run.code, result: run.outputs.result }).toEqual({ code: 1, result })
  expect(run.elapsedMs).toBeLessThan(seconds(CASES[key].timeout) + MARGIN_MS)
  // No timer overflowed: Node warns on stderr when one does (and fires it after 1 ms).
  expect(run.stderr).not.toMatch(/TimeoutOverflowWarning/)
  return run
}

describe('[slow] deadlines are absolute, through dist/index.js', () => {
  it.each(['reset600', 'hugeRetryAfter', 'year9999', 'reset45'])(
    '%s: a server-requested wait past the deadline ends the task at once, saying how long',
    (key) => {
      const run = expectEndedInTime(key, 'error')
      // At once: the rest of the timeout is not slept away either.
      expect(run.elapsedMs).toBeLessThan(seconds(CASES[key].timeout))
      expect(gateways[key].requests).toBeLessThanOrEqual(2)
      expect(run.stdout).toMatch(/the gateway asked to wait \d+ s, longer than the [\d.]+ s left/i)
      expect(run.report?.tasks[0].error?.kind).toBe('rate_limited')
    }
  )

  it('names the wait the gateway asked for in seconds', () => {
    expect(runs.reset600.stdout).toMatch(/asked to wait 600 s/)
    expect(runs.hugeRetryAfter.stdout).toMatch(/asked to wait 99999999999 s/)
    expect(runs.reset45.stdout).toMatch(/asked to wait 45 s/)
  })

  it('the client rate budget: a wait past the deadline ends the task as pending at once', () => {
    const run = expectEndedInTime('budget', 'fail')
    expect(run.report?.tasks[0].verdict).toBe('pending')
    expect(run.report?.tasks[0].reason).toMatch(/still RUNNING .*rate-limit budget \(20 requests/)
    // Far less than the minute the budget would have held the next request.
    expect(gateways.budget.requests).toBe(20)
  })

  it('mode check: the deadline cuts a request in flight, before request-timeout', () => {
    const run = expectEndedInTime('silentCheck', 'error')
    expect(run.elapsedMs).toBeGreaterThanOrEqual(seconds('5s'))
    expect(run.report?.tasks[0].error?.kind).toBe('deadline')
    expect(run.report?.tasks[0].reason).toMatch(/the request was cut/)
  })

  it('mode wait: the deadline cuts a request in flight, before request-timeout', () => {
    const run = expectEndedInTime('silentWait', 'error')
    expect(run.elapsedMs).toBeGreaterThanOrEqual(seconds('3s'))
    expect(run.report?.tasks[0].reason).toMatch(/the request was cut/)
    expect(gateways.silentWait.requests).toBe(1)
  })
})
