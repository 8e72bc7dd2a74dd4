// Durations as the spec and the inputs write them: a number of seconds, or `500ms`, `90s`, `15m`,
// `2h`, and compounds of those from the largest unit down, each unit once: `1h30m`, `2m30s`.

const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 } as const

/**
 * The pattern the spec schema uses for duration strings (kept here so both agree): optional parts
 * in the order h, m, s, ms, and at least one of them.
 */
export const DURATION_PATTERN =
  '^(?=[0-9])([0-9]+(\\.[0-9]+)?h)?([0-9]+(\\.[0-9]+)?m)?([0-9]+(\\.[0-9]+)?s)?([0-9]+(\\.[0-9]+)?ms)?$'
const DURATION_RE = new RegExp(DURATION_PATTERN)
const PART_RE = /([0-9]+(?:\.[0-9]+)?)(ms|s|m|h)/g

/**
 * Milliseconds for a duration, or undefined when the value is not one.
 * A bare number (or numeric string) is seconds. Negative and non-finite values are refused.
 */
export function parseDuration(value: unknown): number | undefined {
  if (typeof value === 'number') {
    return Number.isFinite(value) && value >= 0 ? Math.round(value * 1000) : undefined
  }
  if (typeof value !== 'string') return undefined
  const text = value.trim()
  if (/^[0-9]+(\.[0-9]+)?$/.test(text)) return Math.round(Number(text) * 1000)
  if (!DURATION_RE.test(text)) return undefined
  let ms = 0
  for (const [, amount, unit] of text.matchAll(PART_RE)) {
    ms += Number.parseFloat(amount) * UNIT_MS[unit as keyof typeof UNIT_MS]
  }
  return Math.round(ms)
}

/** A short human form: `450ms`, `12s`, `5m`, `1h 30m`, `2m 5s`. */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return '?'
  if (ms < 1000) return `${Math.round(ms)}ms`
  const totalSec = Math.round(ms / 1000)
  const h = Math.floor(totalSec / 3600)
  const m = Math.floor((totalSec % 3600) / 60)
  const s = totalSec % 60
  if (h > 0) return m > 0 ? `${h}h ${m}m` : `${h}h`
  if (m > 0) return s > 0 ? `${m}m ${s}s` : `${m}m`
  return `${s}s`
}
