// The client-side limiter: at most `perMinute` requests in any 60-second window and `concurrency`
// in flight, across every task, on the injected clock.

import { BkflowError } from './errors.js'
import { ACTION_SETTINGS, type SettingNames } from '../settings.js'
import { clampTimer } from '../sleep.js'
import { secondsText } from './retry.js'

export interface LimiterOptions {
  perMinute: number
  concurrency: number
  now: () => number
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>
  /** Extra spacing added to the 60 s window; covers clock granularity at the server. */
  marginMs?: number
  /** How messages name the limits (default: the action's inputs). */
  settings?: SettingNames
}

const WINDOW_MS = 60_000

interface Slot {
  /** Send time while in flight, completion time afterwards. */
  at: number
  inFlight: boolean
}

/**
 * Sliding-window rate limit plus a concurrency semaphore. A request counts against the window
 * from when it is sent until 60 s after it *completed*: the server's arrival time lies somewhere
 * in between, so no server-side 60 s window can ever see more than `perMinute` arrivals,
 * whatever the latency.
 */
export class RequestLimiter {
  private readonly slots: Slot[] = []
  private inFlight = 0
  private pausedUntil = 0
  private queue: Promise<void> = Promise.resolve()
  private wake: (() => void) | undefined
  private readonly perMinute: number
  private readonly concurrency: number
  private readonly marginMs: number

  constructor(private readonly options: LimiterOptions) {
    this.perMinute = Math.max(1, Math.floor(options.perMinute))
    this.concurrency = Math.max(1, Math.floor(options.concurrency))
    this.marginMs = options.marginMs ?? 250
  }

  /**
   * Waits for a free slot, then returns the function to call once the response is complete.
   * A wait that would end after `deadline` (epoch ms on `now`) throws a 'deadline' BkflowError at
   * once, or when the deadline comes for a wait of unknown length (a slot still in flight).
   */
  async acquire(signal?: AbortSignal, deadline = Number.POSITIVE_INFINITY): Promise<() => void> {
    // Waiters queue in FIFO order and only the head one watches the clock, so a burst of a
    // thousand callers costs one timer, not a thousand.
    const previous = this.queue
    let passOn!: () => void
    this.queue = new Promise<void>((resolve) => (passOn = resolve))
    try {
      await untilSettledOrAborted(previous, signal)
      for (;;) {
        throwIfCancelled(signal)
        const now = this.options.now()
        this.prune(now)
        const waitMs = this.waitMs(now)
        if (waitMs === 0) break
        if (now + waitMs > deadline) {
          if (Number.isFinite(waitMs) || now >= deadline) throw this.pastDeadline(now, deadline)
          if (await this.waitForRelease(deadline - now, signal)) {
            throw this.pastDeadline(now, deadline)
          }
          continue
        }
        await this.wait(waitMs, signal)
      }
    } finally {
      // A cancelled waiter still keeps the queue's order: its successor goes after its predecessor.
      void previous.then(passOn)
    }
    const slot: Slot = { at: this.options.now(), inFlight: true }
    this.slots.push(slot)
    this.inFlight += 1
    let released = false
    return () => {
      if (released) return
      released = true
      slot.at = this.options.now()
      slot.inFlight = false
      this.inFlight -= 1
      this.wake?.()
    }
  }

  /** Holds every new request until `until` (epoch ms): the gateway said its window resets then. */
  pauseUntil(until: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, until)
  }

  // Why the head of the queue cannot go before `deadline`, as a permanent error for its task.
  // The gateway's pause is BKFlow refusing service (an error for the task, naming the 429); the
  // client's own budget or slots only mean no further look fits in the time left ('deadline').
  private pastDeadline(now: number, deadline: number): BkflowError {
    const left = `the ${secondsText(Math.max(0, deadline - now))} left before the task's timeout`
    if (this.inFlight < this.concurrency && now < this.pausedUntil) {
      return new BkflowError({
        kind: 'rate_limited',
        retryable: false,
        message: `Not sent: the API gateway rate-limited this app (HTTP 429) and asked to wait ${secondsText(this.pausedUntil - now)}, longer than ${left}.`
      })
    }
    const names = this.options.settings ?? ACTION_SETTINGS
    const why =
      this.inFlight >= this.concurrency
        ? `no request slot came free (${names.maxConcurrency} ${this.concurrency}) within ${left}`
        : `the ${names.rateLimit} budget (${this.perMinute} requests per minute) holds the next request longer than ${left}`
    return new BkflowError({ kind: 'deadline', retryable: false, message: `Not sent: ${why}.` })
  }

  /** Requests currently in flight (for tests and reports). */
  get active(): number {
    return this.inFlight
  }

  // 0 when a request may go now; otherwise how long to sleep, or Infinity to wait for a release.
  private waitMs(now: number): number {
    if (this.inFlight >= this.concurrency) return Number.POSITIVE_INFINITY
    if (now < this.pausedUntil) return this.pausedUntil - now
    if (this.slots.length < this.perMinute) return 0
    const oldestDone = this.slots.find((s) => !s.inFlight)
    if (oldestDone === undefined) return Number.POSITIVE_INFINITY
    return Math.max(1, oldestDone.at + WINDOW_MS + this.marginMs - now)
  }

  private prune(now: number): void {
    // Slots are kept ordered by `at` among completed ones only loosely; filter is exact and cheap.
    const cutoff = now - WINDOW_MS - this.marginMs
    let kept = 0
    for (const slot of this.slots) {
      if (slot.inFlight || slot.at > cutoff) this.slots[kept++] = slot
    }
    this.slots.length = kept
    this.slots.sort((a, b) => a.at - b.at)
  }

  // Sleeps on the injected clock, but wakes early when a request completes.
  /**
   * Waits for a request in flight to end, for at most `ms`; true when that time ran out. A real
   * timer, like a request's own timeout: a test's virtual clock cannot say when a release comes.
   */
  private async waitForRelease(ms: number, signal?: AbortSignal): Promise<boolean> {
    let expired = false
    let timer: ReturnType<typeof setTimeout> | undefined
    const timeUp = new Promise<void>((resolve) => {
      timer = setTimeout(() => {
        expired = true
        resolve()
      }, clampTimer(ms))
    })
    const released = new Promise<void>((resolve) => {
      this.wake = resolve
    })
    // A listener on a local controller, removed afterwards: the caller's signal is long-lived.
    const stop = new AbortController()
    const onCancel = () => stop.abort()
    signal?.addEventListener('abort', onCancel, { once: true })
    if (signal?.aborted) stop.abort()
    try {
      await Promise.race([released, timeUp, aborted(stop.signal)])
    } finally {
      clearTimeout(timer)
      this.wake = undefined
      stop.abort()
      signal?.removeEventListener('abort', onCancel)
    }
    return expired
  }

  private async wait(ms: number, signal?: AbortSignal): Promise<void> {
    const wake = new AbortController()
    const onCancel = () => wake.abort()
    signal?.addEventListener('abort', onCancel, { once: true })
    const released = new Promise<void>((resolve) => {
      this.wake = resolve
    })
    try {
      if (Number.isFinite(ms)) {
        const slept = this.options.sleep(ms, wake.signal).catch(() => undefined)
        await Promise.race([slept, released])
      } else {
        await Promise.race([released, aborted(wake.signal)])
      }
    } finally {
      this.wake = undefined
      wake.abort()
      signal?.removeEventListener('abort', onCancel)
    }
  }
}

// Resolves when `promise` does or `signal` aborts, without leaving a listener on a long-lived signal.
async function untilSettledOrAborted(promise: Promise<void>, signal?: AbortSignal): Promise<void> {
  if (signal === undefined) return promise
  let onAbort: (() => void) | undefined
  const abort = new Promise<void>((resolve) => {
    onAbort = () => resolve()
    if (signal.aborted) resolve()
    else signal.addEventListener('abort', onAbort, { once: true })
  })
  try {
    await Promise.race([promise, abort])
  } finally {
    if (onAbort !== undefined) signal.removeEventListener('abort', onAbort)
  }
}

function aborted(signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) resolve()
    else signal.addEventListener('abort', () => resolve(), { once: true })
  })
}

function throwIfCancelled(signal?: AbortSignal): void {
  if (signal?.aborted) {
    throw new BkflowError({
      kind: 'cancelled',
      retryable: false,
      message: 'The request to BKFlow was cancelled.',
      cause: signal.reason
    })
  }
}
