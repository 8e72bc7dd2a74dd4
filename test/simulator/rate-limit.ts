// The gateway's stage rate limit (bk-stage-rate-limit): a fixed window per calling app, in sim time.

/** What the limiter decided, with the values of the X-Bkapi-RateLimit-* headers. */
export interface RateDecision {
  allowed: boolean
  limit: number
  remaining: number
  /** Whole seconds left in the current window. */
  reset: number
}

/** Default quota of the BKFlow stage: 5000 requests per 60 s per app (bkflow-api.md §1.0). */
export const DEFAULT_QUOTA = { tokens: 5000, period: 60 }

/** Fixed-window counters keyed by app code; the window restarts every `period` sim seconds. */
export class StageRateLimiter {
  private readonly windows = new Map<string, { index: number; count: number }>()

  /** Takes one token for `app` at sim second `t`, or refuses when the window's tokens are spent. */
  take(app: string, quota: { tokens: number; period: number }, t: number): RateDecision {
    const index = Math.floor(t / quota.period)
    let window = this.windows.get(app)
    if (!window || window.index !== index) {
      window = { index, count: 0 }
      this.windows.set(app, window)
    }
    const reset = Math.max(1, Math.ceil((index + 1) * quota.period - t))
    if (window.count >= quota.tokens) {
      return { allowed: false, limit: quota.tokens, remaining: 0, reset }
    }
    window.count++
    return { allowed: true, limit: quota.tokens, remaining: quota.tokens - window.count, reset }
  }
}
