// Virtual time over the simulator's frozen clock (speed 0): sim time moves only when every actor
// in this process is idle, waiting on a sleep, and then jumps to the earliest wake-up. Requests
// are real HTTP to the simulator, but their round trip costs exactly `latencyMs` of sim time, so
// the figures do not depend on how fast (or how busy) this machine is.

import type { Simulator } from '../test/simulator/index.js'

interface Sleeper {
  deadline: number
  wake: () => void
}

/** A clock, a sleep and a fetch for the gate and the baseline, and the driver that moves time. */
export class VirtualTime {
  /** Real requests not yet answered (body included). */
  private inFlight = 0
  /** Bumped on every start or end of a request or a sleep: "something happened". */
  private activity = 0
  private onActivity: (() => void) | undefined
  private readonly sleepers = new Set<Sleeper>()

  constructor(
    private readonly sim: Simulator,
    /** Round trip of every request in sim ms: half before the simulator sees it, half after. */
    private readonly latencyMs: number
  ) {}

  readonly now = (): number => this.sim.clock.now()

  /** Waits `ms` of sim time; rejects with the signal's reason when it aborts. */
  readonly sleep = (ms: number, signal?: AbortSignal): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) {
        reject(signal.reason)
        return
      }
      if (ms <= 0) {
        resolve()
        return
      }
      const sleeper: Sleeper = {
        deadline: this.now() + ms,
        wake: () => {
          this.sleepers.delete(sleeper)
          signal?.removeEventListener('abort', onAbort)
          resolve()
        }
      }
      const onAbort = (): void => {
        this.sleepers.delete(sleeper)
        this.bump()
        reject(signal?.reason)
      }
      signal?.addEventListener('abort', onAbort, { once: true })
      this.sleepers.add(sleeper)
      this.bump()
    })

  /** fetch with a sim-time round trip; the body is read inside, so "in flight" ends when it is whole. */
  readonly fetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const half = this.latencyMs / 2
    await this.sleep(half, init?.signal ?? undefined)
    this.inFlight++
    this.bump()
    let status: number
    let headers: Headers
    let body: ArrayBuffer
    try {
      const response = await fetch(input, init)
      status = response.status
      headers = response.headers
      body = await response.arrayBuffer()
    } finally {
      this.inFlight--
      this.bump()
    }
    await this.sleep(half, init?.signal ?? undefined)
    return new Response(status === 204 || status === 304 ? null : body, { status, headers })
  }

  /** Runs `work` while driving time; throws if everything waits on nothing (a stall). */
  async run<T>(work: () => Promise<T>): Promise<T> {
    let done = false
    const task = work().finally(() => {
      done = true
      this.bump()
    })
    while (!done) {
      await this.idle()
      if (done) break
      let next = Number.POSITIVE_INFINITY
      for (const s of this.sleepers) next = Math.min(next, s.deadline)
      if (!Number.isFinite(next))
        throw new Error('virtual time stalled: nothing sleeps, nothing runs')
      const delta = next - this.now()
      if (delta > 0) this.sim.clock.advance(delta)
      const now = this.now()
      for (const s of [...this.sleepers]) if (s.deadline <= now) s.wake()
    }
    return task
  }

  private bump(): void {
    this.activity++
    const wake = this.onActivity
    this.onActivity = undefined
    wake?.()
  }

  // Idle: no request in flight, and two event-loop turns pass with nothing starting or ending. The
  // gate and the baseline wait only on promises, fetch and these sleeps (p-retry's own timer is off).
  private async idle(): Promise<void> {
    for (;;) {
      if (this.inFlight > 0) {
        await new Promise<void>((resolve) => (this.onActivity = resolve))
        continue
      }
      const seen = this.activity
      await new Promise((resolve) => setImmediate(resolve))
      await new Promise((resolve) => setImmediate(resolve))
      if (this.inFlight === 0 && this.activity === seen) return
    }
  }
}
