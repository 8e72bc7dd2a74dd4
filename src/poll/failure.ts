/** A failed client call, narrowed from whatever was thrown. */
export interface ClientFailure {
  /** BkflowError's kind (`auth`, `task_not_found`, `transient`, …), or `unexpected` for anything else. */
  kind: string
  /** True when asking again later may succeed (the client already retried up to the deadline). */
  retryable: boolean
  /** Says what to fix; the client never puts a secret in it. */
  message: string
}

/**
 * Narrows a thrown value by its shape rather than its class, so any StateSource may throw
 * BkflowError-like errors. Anything else is a permanent `unexpected` failure: fail closed.
 */
export function toClientFailure(error: unknown): ClientFailure {
  if (error instanceof Error) {
    const { kind, retryable } = error as Error & { kind?: unknown; retryable?: unknown }
    if (typeof kind === 'string') {
      return { kind, retryable: retryable === true, message: error.message }
    }
    return { kind: 'unexpected', retryable: false, message: `unexpected error: ${error.message}` }
  }
  return { kind: 'unexpected', retryable: false, message: `unexpected error: ${String(error)}` }
}
