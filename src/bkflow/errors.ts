// Typed failures of the BKFlow client. Callers branch on `kind` and `retryable`, never on `message`.

import type { ApiEndpoint } from '../model.js'

/** What went wrong, coarse enough to decide what to do and what to tell the user. */
export type BkflowErrorKind =
  | 'config' // the client options are unusable (bad api-url, bad id)
  | 'insecure' // credentials would go over plain http:// to a non-loopback host
  | 'auth' // the gateway rejected the app or user credentials
  | 'permission' // authenticated, but not allowed (gateway permission, space or template ownership)
  | 'api_not_found' // the gateway has no such route: usually a wrong api-url
  | 'unreachable' // the setup is wrong: DNS, refused, TLS, or a web page instead of the gateway
  | 'task_not_found' // the task does not exist, was deleted or expired
  | 'wrong_space' // the task exists in another space
  | 'rate_limited' // the gateway answered 429
  | 'transient' // an upstream failure that may pass (5xx, relays, resets, HTML pages)
  | 'malformed' // a body that is not the envelope BKFlow sends
  | 'bad_request' // BKFlow refused the request itself; retrying will not help
  | 'timeout' // no complete response within request-timeout
  | 'too_large' // the answer is over the body size cap
  | 'deadline' // the task's deadline ends a wait or a request (a server-requested wait included)
  | 'unconfirmed' // a create whose answer was lost: a task may exist, and it is not created again
  | 'cancelled' // the caller aborted

export interface BkflowErrorInit {
  kind: BkflowErrorKind
  message: string
  retryable: boolean
  endpoint?: ApiEndpoint
  status?: number
  bkMessage?: string
  /** A server-given minimum wait before the next attempt (X-Bkapi-RateLimit-Reset / Retry-After). */
  retryAfterMs?: number
  /** Epoch ms (on the client's clock) after which this failure is not retried: a setup budget. */
  retryUntil?: number
  cause?: unknown
}

/** A classified client failure. `message` says what to fix and quotes BKFlow's own message. */
export class BkflowError extends Error {
  readonly kind: BkflowErrorKind
  readonly retryable: boolean
  readonly endpoint?: ApiEndpoint
  readonly status?: number
  /** BKFlow's (or the gateway's) own message, trimmed; also quoted in `message`. */
  readonly bkMessage?: string
  readonly retryAfterMs?: number
  readonly retryUntil?: number
  /** Attempts made before giving up (1 when the first answer was permanent). */
  attempts: number

  constructor(init: BkflowErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause })
    this.name = 'BkflowError'
    this.kind = init.kind
    this.retryable = init.retryable
    this.endpoint = init.endpoint
    this.status = init.status
    this.bkMessage = init.bkMessage
    this.retryAfterMs = init.retryAfterMs
    this.retryUntil = init.retryUntil
    this.attempts = 0
  }
}

/** True for a BkflowError (narrowing helper for `catch (error: unknown)`). */
export function isBkflowError(error: unknown): error is BkflowError {
  return error instanceof BkflowError
}

const QUOTE_LIMIT = 300

/**
 * Redaction shrinks text by at least 3/48 (the longest encoded form of an 8-character secret
 * becomes `***`), so redacting this much of a long text before the cut is enough.
 */
const REDACT_WINDOW = 64 * 1024

/**
 * BKFlow's message trimmed to one line of at most ~300 characters, for quoting in an error.
 * `redact` runs before the cut, so a secret that straddles it cannot leave its first part.
 */
export function trimQuote(text: string, redact: (text: string) => string = (t) => t): string {
  const window = text.length > REDACT_WINDOW ? text.slice(0, REDACT_WINDOW) : text
  const oneLine = redact(window).replace(/\s+/g, ' ').trim()
  return oneLine.length > QUOTE_LIMIT ? `${oneLine.slice(0, QUOTE_LIMIT)}…` : oneLine
}
