// Retries of one request's transient failures, bounded by the caller's deadline.
// Polling (asking again because a task has not settled) is the scheduler's loop, not this one.

import pRetry, { AbortError } from 'p-retry'
import { plural } from '../text.js'
import { BkflowError, type BkflowErrorKind } from './errors.js'

/** Backoff shape: the n-th retry waits random() · min(capMs, baseMs · 2^n). */
export interface BackoffPolicy {
  baseMs: number
  capMs: number
}

/** 0.5 s doubling to 30 s: a gateway hiccup is retried quickly, an outage is not hammered. */
export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 500, capMs: 30_000 }

/** Full-jitter exponential backoff (retryIndex 0 is the first retry). */
export function backoffDelay(retryIndex: number, random: () => number, policy = DEFAULT_BACKOFF) {
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** Math.min(retryIndex, 30))
  const r = Math.min(Math.max(random(), 0), 1)
  return Math.round(r * ceiling)
}

/**
 * The server's minimum wait in ms: `Retry-After` (seconds or an HTTP date), and
 * `X-Bkapi-RateLimit-Reset` (seconds left in the gateway's window) when the answer was a 429 or the
 * window is spent. The gateway sends the reset header on every answer, so on a 502 it says nothing
 * about when to retry. The larger hint wins.
 */
export function serverHintMs(
  headers: Headers,
  nowMs: number,
  rateLimited = false
): number | undefined {
  const hints: number[] = []
  const reset = headers.get('x-bkapi-ratelimit-reset')
  const spent = rateLimited || headers.get('x-bkapi-ratelimit-remaining')?.trim() === '0'
  if (spent && reset !== null && /^\s*\d+(\.\d+)?\s*$/.test(reset)) hints.push(Number(reset) * 1000)
  const retryAfter = headers.get('retry-after')
  if (retryAfter !== null) {
    if (/^\s*\d+(\.\d+)?\s*$/.test(retryAfter)) hints.push(Number(retryAfter) * 1000)
    else {
      const at = Date.parse(retryAfter)
      if (Number.isFinite(at)) hints.push(Math.max(0, at - nowMs))
    }
  }
  return hints.length > 0 ? Math.round(Math.max(...hints)) : undefined
}

export interface RetryOptions {
  /** Epoch ms on `now`: no wait may end after it. */
  deadline: number
  now: () => number
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>
  random: () => number
  signal?: AbortSignal
  policy?: BackoffPolicy
  /** Called before each wait with the 1-based number of the attempt that failed. */
  onRetry?: (info: { attempt: number; delayMs: number; error: BkflowError }) => void
}

/**
 * Runs `attempt` until it succeeds, throws a permanent BkflowError, or the next wait would pass the
 * deadline. Always makes at least one attempt. The error thrown carries `attempts`.
 * `attempt` must throw only BkflowError.
 */
export async function retryWithDeadline<T>(
  attempt: (attemptNumber: number) => Promise<T>,
  options: RetryOptions
): Promise<T> {
  const policy = options.policy ?? DEFAULT_BACKOFF
  let attempts = 0
  let lastFailure: BkflowError | undefined
  try {
    return await pRetry(
      async (attemptNumber) => {
        attempts = attemptNumber
        try {
          return await attempt(attemptNumber)
        } catch (error: unknown) {
          let failure = asBkflowError(error)
          // The deadline stopped a retry before it was sent: the failure that needed the retry is
          // what the task ran into, and says what to fix.
          if (failure.kind === 'deadline' && lastFailure !== undefined) {
            failure = permanent(
              lastFailure,
              lastFailure.kind,
              `${lastFailure.message} ${failure.message}`
            )
          }
          if (failure.retryable) lastFailure = failure
          failure.attempts = attemptNumber
          // AbortError tells p-retry not to retry; it rejects with `failure` itself.
          if (!failure.retryable) throw new AbortError(failure)
          throw failure
        }
      },
      {
        retries: Number.POSITIVE_INFINITY,
        // p-retry's own timer is off (minTimeout 0): the wait happens below on the injected clock,
        // so tests never really wait and the deadline is measured on the caller's clock.
        minTimeout: 0,
        signal: options.signal,
        onFailedAttempt: async ({ error, attemptNumber }) => {
          const failure = asBkflowError(error)
          const jitter = backoffDelay(attemptNumber - 1, options.random, policy)
          // A server hint is a floor: waking before the gateway's window resets only earns another 429.
          const hint = failure.retryAfterMs ?? 0
          let delayMs = Math.max(jitter, hint)
          const now = options.now()
          // A failure may bound its own retries earlier (the client's setup budget): its last
          // attempt is made when the budget ends.
          const budget = failure.retryUntil ?? Number.POSITIVE_INFINITY
          if (budget < options.deadline && now < budget && now + delayMs > budget && hint === 0) {
            delayMs = budget - now
          }
          const limit = Math.min(options.deadline, budget)
          if (now + delayMs > limit) {
            if (hint >= jitter && now + hint > options.deadline) {
              // Sleeping through it would only end at or after the deadline: end the task now. The
              // kind stays the failure's own: BKFlow kept refusing, the deadline only ends the wait.
              throw permanent(
                failure,
                failure.kind,
                `${failure.message} The gateway asked to wait ${secondsText(hint)}, longer than the ${secondsText(Math.max(0, options.deadline - now))} left before the task's timeout.`
              )
            }
            const why =
              limit < options.deadline ? 'the setup budget is spent' : 'the deadline was reached'
            const message = `${failure.message} (gave up after ${plural(attemptNumber, 'attempt')}: ${why})`
            if (limit < options.deadline) throw permanent(failure, failure.kind, message)
            failure.message = message
            throw failure
          }
          options.onRetry?.({ attempt: attemptNumber, delayMs, error: failure })
          await options.sleep(delayMs, options.signal)
        }
      }
    )
  } catch (error: unknown) {
    if (options.signal?.aborted) {
      throw cancelled(attempts, options.signal.reason)
    }
    const failure = asBkflowError(error)
    if (failure.attempts === 0) failure.attempts = attempts
    throw failure
  }
}

/** `600 s`, `1.5 s`, `0 s`: a wait as messages show it. */
export function secondsText(ms: number): string {
  const seconds = ms / 1000
  return `${seconds >= 10 || Number.isInteger(seconds) ? Math.round(seconds) : seconds.toFixed(1)} s`
}

// The same failure, no longer retryable anywhere (the scheduler settles its task at once).
function permanent(failure: BkflowError, kind: BkflowErrorKind, message: string): BkflowError {
  const error = new BkflowError({
    kind,
    retryable: false,
    endpoint: failure.endpoint,
    status: failure.status,
    bkMessage: failure.bkMessage,
    message,
    cause: failure.cause
  })
  error.attempts = failure.attempts
  return error
}

function cancelled(attempts: number, reason: unknown): BkflowError {
  const error = new BkflowError({
    kind: 'cancelled',
    retryable: false,
    message: 'The request to BKFlow was cancelled.',
    cause: reason
  })
  error.attempts = attempts
  return error
}

function asBkflowError(error: unknown): BkflowError {
  if (error instanceof BkflowError) return error
  // Not expected: `attempt` converts everything. Kept permanent so a programming error is not retried.
  return new BkflowError({
    kind: 'bad_request',
    retryable: false,
    message: `Unexpected client failure: ${error instanceof Error ? error.message : String(error)}`,
    cause: error
  })
}
