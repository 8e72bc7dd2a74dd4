// The one real sleep: every wait of the gate goes through it (or a test's virtual clock).

import { setTimeout as delay } from 'node:timers/promises'

/**
 * Node's timers hold at most 2^31-1 ms (about 24.8 days); a longer one fires after 1 ms with a
 * TimeoutOverflowWarning, which turns a huge server-requested wait into a busy loop.
 */
export const MAX_TIMER_MS = 2 ** 31 - 1

/** `ms` as a timer can hold it: NaN and negatives become 0, anything too long the longest timer. */
export function clampTimer(ms: number): number {
  if (!(ms > 0)) return 0
  return Math.min(Math.ceil(ms), MAX_TIMER_MS)
}

/**
 * Waits `ms` (clamped) or until `signal` aborts, rejecting then. Callers wait against a deadline
 * and check the clock when they wake, so a clamped wait only means one more look.
 */
export async function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  await delay(clampTimer(ms), undefined, { signal })
}
