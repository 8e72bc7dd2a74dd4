// The simulator's clock: sim time runs `speed` times faster than real time from a fixed epoch,
// and tests can jump it forward. Speed 0 freezes it, so only advance() moves it.

/** Sim time as the simulator and its callers read it. */
export interface SimClock {
  /** Sim epoch ms: startEpoch + realElapsed × speed + everything advanced. */
  now(): number
  /** Waits `ms` of sim time (ms / speed real ms, or until advance() passes it); rejects on abort. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>
  /** Sim seconds since start: the scenario timeline's t. */
  elapsedSec(): number
  /** Moves sim time forward by `ms` at once and wakes the sleepers whose time has come. */
  advance(ms: number): void
}

/** A clock that starts now at `epochMs` and runs `speed` sim ms per real ms (0: frozen). */
export function createClock(epochMs: number, speed: number): SimClock {
  if (!(speed >= 0) || !Number.isFinite(speed)) throw new Error(`speed must be ≥ 0, got ${speed}`)
  const realStart = performance.now()
  let advanced = 0
  const sleepers = new Set<{ deadline: number; wake: () => void }>()
  const elapsedMs = (): number => (performance.now() - realStart) * speed + advanced

  return {
    now: () => epochMs + elapsedMs(),
    elapsedSec: () => elapsedMs() / 1000,
    advance(ms) {
      if (!(ms >= 0)) throw new Error(`advance() needs ms ≥ 0, got ${ms}`)
      advanced += ms
      const now = elapsedMs()
      for (const s of [...sleepers]) if (s.deadline <= now) s.wake()
    },
    sleep: (ms, signal) =>
      new Promise<void>((resolve, reject) => {
        if (signal?.aborted) {
          reject(signal.reason)
          return
        }
        let timer: NodeJS.Timeout | undefined
        const sleeper = {
          deadline: elapsedMs() + Math.max(0, ms),
          wake: () => {
            sleepers.delete(sleeper)
            clearTimeout(timer)
            signal?.removeEventListener('abort', onAbort)
            resolve()
          }
        }
        const onAbort = (): void => {
          sleepers.delete(sleeper)
          clearTimeout(timer)
          reject(signal?.reason)
        }
        if (ms <= 0) {
          resolve()
          return
        }
        sleepers.add(sleeper)
        if (speed > 0) timer = setTimeout(sleeper.wake, ms / speed)
        signal?.addEventListener('abort', onAbort, { once: true })
      })
  }
}
