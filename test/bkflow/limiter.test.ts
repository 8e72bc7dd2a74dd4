import { describe, expect, it } from '@jest/globals'
import { RequestLimiter } from '../../src/bkflow/limiter.js'
import { VirtualClock } from './virtual-clock.js'

interface Sent {
  sentAt: number
  doneAt: number
}

async function burst(limiter: RequestLimiter, clock: VirtualClock, n: number, durationMs: number) {
  const sent: Sent[] = []
  let active = 0
  let maxActive = 0
  await Promise.all(
    Array.from({ length: n }, async () => {
      const release = await limiter.acquire()
      const sentAt = clock.now()
      active += 1
      maxActive = Math.max(maxActive, active)
      await clock.sleep(durationMs)
      active -= 1
      release()
      sent.push({ sentAt, doneAt: clock.now() })
    })
  )
  sent.sort((a, b) => a.sentAt - b.sentAt)
  return { sent, maxActive }
}

describe('RequestLimiter', () => {
  it('never exceeds the concurrency cap', async () => {
    const clock = new VirtualClock(0)
    const limiter = new RequestLimiter({
      perMinute: 1000,
      concurrency: 3,
      now: clock.now,
      sleep: clock.sleep
    })
    const { sent, maxActive } = await burst(limiter, clock, 20, 100)
    expect(sent).toHaveLength(20)
    expect(maxActive).toBe(3)
  })

  it('starts request i+limit only 60 s after request i completed', async () => {
    const clock = new VirtualClock(0)
    const limit = 10
    const limiter = new RequestLimiter({
      perMinute: limit,
      concurrency: 4,
      now: clock.now,
      sleep: clock.sleep
    })
    const { sent } = await burst(limiter, clock, 35, 700)
    expect(sent).toHaveLength(35)
    for (let i = 0; i + limit < sent.length; i++) {
      expect(sent[i + limit].sentAt).toBeGreaterThanOrEqual(sent[i].doneAt + 60_000)
    }
    // Sliding window: any 60 s span of send times holds at most `limit` requests.
    for (const start of sent) {
      const inWindow = sent.filter(
        (s) => s.sentAt >= start.sentAt && s.sentAt < start.sentAt + 60_000
      )
      expect(inWindow.length).toBeLessThanOrEqual(limit)
    }
    // It does not stall either: four windows' worth of requests fit in about three minutes.
    expect(sent[34].sentAt).toBeLessThan(4 * 61_000)
  })

  it('holds new requests while paused by a 429', async () => {
    const clock = new VirtualClock(0)
    const limiter = new RequestLimiter({
      perMinute: 100,
      concurrency: 2,
      now: clock.now,
      sleep: clock.sleep
    })
    limiter.pauseUntil(17_000)
    const release = await limiter.acquire()
    expect(clock.now()).toBe(17_000)
    release()
  })

  it('rejects a queued waiter on abort and keeps serving the others', async () => {
    const clock = new VirtualClock(0)
    const limiter = new RequestLimiter({
      perMinute: 100,
      concurrency: 1,
      now: clock.now,
      sleep: clock.sleep
    })
    const first = await limiter.acquire()
    const controller = new AbortController()
    const cancelled = limiter.acquire(controller.signal)
    const third = limiter.acquire()
    controller.abort()
    await expect(cancelled).rejects.toMatchObject({ kind: 'cancelled' })
    expect(limiter.active).toBe(1)
    first()
    const release = await third
    expect(limiter.active).toBe(1)
    release()
    expect(limiter.active).toBe(0)
  })
})
