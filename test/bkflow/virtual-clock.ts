// A virtual clock for tests: `sleep` registers a timer and the clock jumps to the earliest timer
// whenever the event loop is otherwise idle, so nothing really waits.

export class VirtualClock {
  time: number
  readonly sleeps: number[] = []
  private timers: { at: number; seq: number; resolve: () => void }[] = []
  private seq = 0
  private pumping = false

  constructor(start = 1_000_000) {
    this.time = start
  }

  now = (): number => this.time

  sleep = (ms: number, signal?: AbortSignal): Promise<void> => {
    this.sleeps.push(ms)
    return new Promise<void>((resolve, reject) => {
      if (signal?.aborted) {
        reject(signal.reason)
        return
      }
      const timer = { at: this.time + Math.max(0, ms), seq: this.seq++, resolve }
      this.timers.push(timer)
      signal?.addEventListener(
        'abort',
        () => {
          this.timers = this.timers.filter((t) => t !== timer)
          reject(signal.reason)
        },
        { once: true }
      )
      this.pump()
    })
  }

  private pump(): void {
    if (this.pumping) return
    this.pumping = true
    const tick = () => {
      if (this.timers.length === 0) {
        this.pumping = false
        return
      }
      this.timers.sort((a, b) => a.at - b.at || a.seq - b.seq)
      const next = this.timers.shift()
      if (next !== undefined) {
        this.time = Math.max(this.time, next.at)
        next.resolve()
      }
      setImmediate(tick)
    }
    setImmediate(tick)
  }
}
