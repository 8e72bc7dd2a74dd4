// The client against hostile gateways, on a virtual clock (nothing really waits) and real HTTP on
// 127.0.0.1: every wait ends at the deadline, timers are clamped, a wrong setup fails within its
// budget, and a flood of a body stops at the cap (issue 11, items 1, 3 and 11).

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { createServer as createHttpsServer } from 'node:https'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { AddressInfo } from 'node:net'
import { BkflowClient, BkflowError, type ClientOptions } from '../../src/bkflow/index.js'
import { RequestLimiter } from '../../src/bkflow/limiter.js'
import { retryWithDeadline } from '../../src/bkflow/retry.js'
import { MAX_TIMER_MS, clampTimer } from '../../src/sleep.js'
import { VirtualClock } from '../bkflow/virtual-clock.js'
import { bkflowAnswer, sendJson, startHostile, type Hostile } from './hostile.js'

const SECRET = 's3cr3t-ZQX-client-hostile-41d2'

function client(url: string, clock: VirtualClock, extra: Partial<ClientOptions> = {}) {
  return new BkflowClient({
    apiUrl: url,
    appCode: 'gate',
    appSecret: SECRET,
    rateLimitPerMinute: 6000,
    maxConcurrency: 4,
    requestTimeoutMs: 5000,
    allowHttp: false,
    env: {},
    now: clock.now,
    sleep: clock.sleep,
    random: () => 0.5,
    ...extra
  })
}

async function failure(promise: Promise<unknown>): Promise<BkflowError> {
  try {
    await promise
  } catch (error: unknown) {
    if (error instanceof BkflowError) return error
    throw error
  }
  throw new Error('expected a BkflowError, got an answer')
}

describe('timers are clamped', () => {
  it('no timer is longer than 2^31-1 ms, and nonsense becomes 0', () => {
    expect(clampTimer(99999999999 * 1000)).toBe(MAX_TIMER_MS)
    expect(clampTimer(Number.POSITIVE_INFINITY)).toBe(MAX_TIMER_MS)
    expect(clampTimer(Number.NaN)).toBe(0)
    expect(clampTimer(-5)).toBe(0)
    expect(clampTimer(1500.2)).toBe(1501)
  })
})

describe('every wait ends at the deadline', () => {
  it('a server-requested wait longer than what is left: given up at once, not slept', async () => {
    const clock = new VirtualClock()
    const deadline = clock.now() + 10_000
    const error = await failure(
      retryWithDeadline(
        () => {
          throw new BkflowError({
            kind: 'rate_limited',
            retryable: true,
            message: 'HTTP 429.',
            retryAfterMs: 600_000
          })
        },
        { deadline, now: clock.now, sleep: clock.sleep, random: () => 0.5 }
      )
    )
    expect(error.kind).toBe('rate_limited')
    expect(error.retryable).toBe(false)
    expect(error.message).toMatch(/the gateway asked to wait 600 s, longer than the 10 s left/i)
    expect(clock.sleeps).toEqual([])
    expect(clock.now()).toBe(deadline - 10_000)
  })

  it("the gateway's pause: the limiter refuses at once when it reaches past the deadline", async () => {
    const clock = new VirtualClock()
    const limiter = new RequestLimiter({
      perMinute: 100,
      concurrency: 4,
      now: clock.now,
      sleep: clock.sleep
    })
    limiter.pauseUntil(clock.now() + 600_000)
    const error = await failure(limiter.acquire(undefined, clock.now() + 10_000))
    // BKFlow refusing service: an error for the task, naming the 429.
    expect(error.kind).toBe('rate_limited')
    expect(error.message).toMatch(/HTTP 429\) and asked to wait 600 s/)
    expect(clock.sleeps).toEqual([])
  })

  it('the rate budget: refused at once when the next free slot is past the deadline', async () => {
    const clock = new VirtualClock()
    const limiter = new RequestLimiter({
      perMinute: 2,
      concurrency: 4,
      now: clock.now,
      sleep: clock.sleep
    })
    for (let i = 0; i < 2; i++) (await limiter.acquire())()
    const error = await failure(limiter.acquire(undefined, clock.now() + 10_000))
    expect(error.message).toMatch(/rate-limit budget \(2 requests per minute\)/)
    expect(clock.sleeps).toEqual([])
  })

  it('a concurrency slot that never frees: waited for until the deadline, then refused', async () => {
    const clock = new VirtualClock()
    const limiter = new RequestLimiter({
      perMinute: 100,
      concurrency: 1,
      now: clock.now,
      sleep: clock.sleep
    })
    await limiter.acquire() // held for ever
    // The slot wait is on a real timer (a release comes in real time): a short deadline.
    const error = await failure(limiter.acquire(undefined, clock.now() + 50))
    expect(error.message).toMatch(/no request slot came free \(max-concurrency 1\)/)
  })

  it('a concurrency slot that frees in time is taken', async () => {
    const clock = new VirtualClock()
    const limiter = new RequestLimiter({
      perMinute: 100,
      concurrency: 1,
      now: clock.now,
      sleep: clock.sleep
    })
    const release = await limiter.acquire()
    setTimeout(release, 20)
    const second = await limiter.acquire(undefined, clock.now() + 60_000)
    expect(limiter.active).toBe(1)
    second()
  })
})

describe('a wrong setup fails within its budget', () => {
  let closedPort: number
  let html: Hostile

  beforeAll(async () => {
    // A port that was just free: nothing listens there, so connections are refused.
    const server: Server = createServer()
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    closedPort = (server.address() as AddressInfo).port
    await new Promise((resolve) => server.close(resolve))
    html = await startHostile((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html' })
      res.end('<html><head><title>Corporate sign-in</title></head><body>log in</body></html>')
    })
  })

  afterAll(() => html.close())

  it.each([
    ['connection refused', () => `http://127.0.0.1:${closedPort}/api`, /connection was refused/],
    ['an HTML page with status 200', () => html.url, /HTML page \("Corporate sign-in"\)/]
  ])(
    '%s: retried for about 60 s, then a permanent error naming api-url',
    async (_name, url, why) => {
      const clock = new VirtualClock()
      const start = clock.now()
      const gate = client(url(), clock)
      const error = await failure(
        gate.getTaskStates({ taskId: 1, spaceId: 2 }, { deadline: start + 30 * 60_000 })
      )
      expect(error.kind).toBe('unreachable')
      expect(error.retryable).toBe(false)
      expect(error.message).toMatch(why)
      expect(error.message).toMatch(/check api-url/)
      expect(error.message).toMatch(/HTTPS_PROXY/)
      // About a minute of retries on the client's clock, never the 30 minutes of the deadline.
      expect(clock.now() - start).toBeGreaterThanOrEqual(50_000)
      expect(clock.now() - start).toBeLessThanOrEqual(60_000)
      expect(error.attempts).toBeGreaterThan(2)
      // Once the budget is spent, a later request is not retried for another minute.
      const later = clock.now()
      await failure(
        gate.getTaskStates({ taskId: 2, spaceId: 2 }, { deadline: later + 30 * 60_000 })
      )
      expect(clock.now() - later).toBe(0)
    }
  )

  it('a self-signed certificate: a setup failure that says so', async () => {
    // A throwaway certificate made here (openssl is on every CI image), never a committed key.
    const dir = mkdtempSync(path.join(tmpdir(), 'bkflow-gate-tls-'))
    try {
      execFileSync(
        'openssl',
        [
          'req',
          '-x509',
          '-newkey',
          'rsa:2048',
          '-nodes',
          '-days',
          '1',
          '-subj',
          '/CN=localhost',
          '-keyout',
          path.join(dir, 'key.pem'),
          '-out',
          path.join(dir, 'cert.pem')
        ],
        { stdio: 'ignore' }
      )
      const server = createHttpsServer(
        {
          key: readFileSync(path.join(dir, 'key.pem')),
          cert: readFileSync(path.join(dir, 'cert.pem'))
        },
        (_req, res) => res.end('{}')
      )
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
      const port = (server.address() as AddressInfo).port
      try {
        const clock = new VirtualClock()
        const error = await failure(
          client(`https://127.0.0.1:${port}/api`, clock).getTaskStates(
            { taskId: 1, spaceId: 2 },
            { deadline: clock.now() + 30 * 60_000 }
          )
        )
        expect(error.kind).toBe('unreachable')
        expect(error.retryable).toBe(false)
        expect(error.message).toMatch(/TLS certificate is self-signed/)
        expect(error.message).toMatch(/check api-url/)
      } finally {
        await new Promise((resolve) => server.close(resolve))
      }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('never longer than the deadline when that comes first', async () => {
    const clock = new VirtualClock()
    const start = clock.now()
    const error = await failure(
      client(`http://127.0.0.1:${closedPort}/api`, clock).getTaskStates(
        { taskId: 1, spaceId: 2 },
        { deadline: start + 5000 }
      )
    )
    expect(error.kind).toBe('unreachable')
    expect(clock.now() - start).toBeLessThanOrEqual(5000)
  })

  it('a port fetch refuses ("bad port") is a config error before any request', () => {
    const clock = new VirtualClock()
    for (const port of [1, 9, 6000]) {
      expect(() => client(`http://127.0.0.1:${port}/api`, clock)).toThrow(/bad port/)
    }
  })

  it('a setup that worked once is not held to the budget: a later outage is transient', async () => {
    let up = true
    const flaky = await startHostile((req, res) => {
      if (up) bkflowAnswer(req, res, { state: 'RUNNING' })
      else {
        res.writeHead(200, { 'Content-Type': 'text/html' })
        res.end('<html><title>maintenance</title></html>')
      }
    })
    try {
      const clock = new VirtualClock()
      const gate = client(flaky.url, clock)
      await gate.getTaskStates({ taskId: 1, spaceId: 2 }, { deadline: clock.now() + 60_000 })
      up = false
      const start = clock.now()
      const error = await failure(
        gate.getTaskStates({ taskId: 1, spaceId: 2 }, { deadline: start + 120_000 })
      )
      // Retried to the task's own deadline, as any transient failure is.
      expect(error.retryable).toBe(true)
      expect(clock.now() - start).toBeGreaterThan(60_000)
    } finally {
      await flaky.close()
    }
  })
})

describe('a body is capped while it streams', () => {
  let gateway: Hostile
  let written = 0

  beforeAll(async () => {
    gateway = await startHostile((req, res) => {
      if (req.taskId === 1) {
        // Declared too large: refused before a byte of the body is read.
        sendJson(res, 200, { result: true, data: { state: 'x'.repeat(3 * 1024 * 1024) } })
        return
      }
      // An endless stream without a length.
      res.writeHead(200, { 'Content-Type': 'application/json' })
      const chunk = Buffer.alloc(64 * 1024, 0x20)
      // Every chunk handed to the socket counts; a full buffer waits for the reader.
      const pump = (): void => {
        while (!res.destroyed) {
          written += chunk.length
          if (!res.write(chunk)) {
            res.once('drain', pump)
            return
          }
        }
      }
      res.on('close', () => res.removeAllListeners('drain'))
      pump()
    })
  })

  afterAll(() => gateway.close())

  it.each([
    ['a declared length over the cap', 1],
    ['an endless stream', 2]
  ])('%s: a permanent too_large error after one attempt', async (_name, taskId) => {
    const clock = new VirtualClock()
    const gate = client(gateway.url, clock, { maxBodyBytes: 1024 * 1024 })
    const error = await failure(
      gate.getTaskStates({ taskId, spaceId: 2 }, { deadline: clock.now() + 60_000 })
    )
    expect(error.kind).toBe('too_large')
    expect(error.retryable).toBe(false)
    expect(error.attempts).toBe(1)
    expect(error.message).toMatch(/larger than 1 MiB/)
    if (taskId === 2) {
      expect(written).toBeGreaterThan(512 * 1024)
      expect(written).toBeLessThan(16 * 1024 * 1024)
    }
  })
})
