import { describe, expect, it } from '@jest/globals'
import { BkflowError } from '../../src/bkflow/errors.js'
import { backoffDelay, retryWithDeadline, serverHintMs } from '../../src/bkflow/retry.js'
import { VirtualClock } from './virtual-clock.js'

const transient = (retryAfterMs?: number) =>
  new BkflowError({ kind: 'transient', retryable: true, message: 'HTTP 502', retryAfterMs })

describe('backoffDelay', () => {
  it('is random() times the capped exponential ceiling (full jitter)', () => {
    const policy = { baseMs: 500, capMs: 30_000 }
    expect(backoffDelay(0, () => 1, policy)).toBe(500)
    expect(backoffDelay(3, () => 1, policy)).toBe(4000)
    expect(backoffDelay(3, () => 0.25, policy)).toBe(1000)
    expect(backoffDelay(20, () => 1, policy)).toBe(30_000)
    expect(backoffDelay(5, () => 0, policy)).toBe(0)
  })
})

describe('serverHintMs', () => {
  it('reads X-Bkapi-RateLimit-Reset seconds on a 429 or a spent window only', () => {
    expect(serverHintMs(new Headers({ 'X-Bkapi-RateLimit-Reset': '17' }), 0, true)).toBe(17_000)
    const spent = { 'X-Bkapi-RateLimit-Reset': '9', 'X-Bkapi-RateLimit-Remaining': '0' }
    expect(serverHintMs(new Headers(spent), 0)).toBe(9000)
    const left = { 'X-Bkapi-RateLimit-Reset': '9', 'X-Bkapi-RateLimit-Remaining': '4000' }
    expect(serverHintMs(new Headers(left), 0)).toBeUndefined()
  })
  it('reads Retry-After as seconds or as an HTTP date, taking the larger hint', () => {
    expect(serverHintMs(new Headers({ 'Retry-After': '3' }), 0)).toBe(3000)
    const now = Date.parse('2026-08-21T10:00:00Z')
    const date = new Date(now + 8000).toUTCString()
    expect(serverHintMs(new Headers({ 'Retry-After': date }), now)).toBe(8000)
    expect(
      serverHintMs(new Headers({ 'Retry-After': '2', 'X-Bkapi-RateLimit-Reset': '5' }), 0, true)
    ).toBe(5000)
  })
  it('ignores absent or unreadable values', () => {
    expect(serverHintMs(new Headers(), 0)).toBeUndefined()
    expect(serverHintMs(new Headers({ 'Retry-After': 'soon' }), 0)).toBeUndefined()
  })
})

describe('retryWithDeadline', () => {
  it('retries transient failures with jittered backoff, then succeeds', async () => {
    const clock = new VirtualClock(0)
    const retries: number[] = []
    let calls = 0
    const result = await retryWithDeadline(
      async () => {
        calls += 1
        if (calls < 3) throw transient()
        return 'ok'
      },
      {
        deadline: 60_000,
        now: clock.now,
        sleep: clock.sleep,
        random: () => 0.5,
        onRetry: ({ attempt, delayMs }) => retries.push(attempt * 100_000 + delayMs)
      }
    )
    expect(result).toBe('ok')
    expect(calls).toBe(3)
    expect(clock.sleeps).toEqual([250, 500])
    expect(retries).toEqual([100_250, 200_500])
  })

  it('waits at least the server hint', async () => {
    const clock = new VirtualClock(0)
    let calls = 0
    await retryWithDeadline(
      async () => {
        calls += 1
        if (calls === 1) throw transient(17_000)
        return 1
      },
      { deadline: 60_000, now: clock.now, sleep: clock.sleep, random: () => 0.1 }
    )
    expect(clock.sleeps).toEqual([17_000])
  })

  it('stops when the next wait would pass the deadline, with the attempt count', async () => {
    const clock = new VirtualClock(0)
    let caught: unknown
    try {
      await retryWithDeadline(
        async () => {
          throw transient()
        },
        { deadline: 3000, now: clock.now, sleep: clock.sleep, random: () => 1 }
      )
    } catch (error: unknown) {
      caught = error
    }
    expect(caught).toBeInstanceOf(BkflowError)
    const error = caught as BkflowError
    expect(error.kind).toBe('transient')
    expect(error.attempts).toBe(3)
    expect(error.message).toMatch(/gave up after 3 attempts/)
    expect(clock.sleeps).toEqual([500, 1000])
    expect(clock.now()).toBeLessThanOrEqual(3000)
  })

  it('does not retry a permanent error', async () => {
    const clock = new VirtualClock(0)
    let calls = 0
    const permanent = new BkflowError({ kind: 'auth', retryable: false, message: 'bad secret' })
    await expect(
      retryWithDeadline(
        async () => {
          calls += 1
          throw permanent
        },
        { deadline: 60_000, now: clock.now, sleep: clock.sleep, random: () => 1 }
      )
    ).rejects.toBe(permanent)
    expect(calls).toBe(1)
    expect(permanent.attempts).toBe(1)
    expect(clock.sleeps).toEqual([])
  })

  it('makes one attempt even when the deadline has passed', async () => {
    const clock = new VirtualClock(10_000)
    const value = await retryWithDeadline(async () => 'once', {
      deadline: 0,
      now: clock.now,
      sleep: clock.sleep,
      random: () => 1
    })
    expect(value).toBe('once')
  })

  it('turns an abort during the wait into a cancelled error', async () => {
    const clock = new VirtualClock(0)
    const controller = new AbortController()
    const pending = retryWithDeadline(
      async () => {
        throw transient()
      },
      {
        deadline: Number.MAX_SAFE_INTEGER,
        now: clock.now,
        sleep: (ms, signal) => {
          controller.abort()
          return clock.sleep(ms, signal)
        },
        random: () => 1,
        signal: controller.signal
      }
    )
    await expect(pending).rejects.toMatchObject({ kind: 'cancelled', attempts: 1 })
  })
})
