// The heartbeat while waiting: about once a minute, one line per task that is still open (its
// state, for how long, what it waits for), so that a long wait is never silent. Pure: the
// scheduler passes the clock's time in, and tests drive it with an injected clock.

import { formatDuration } from '../duration.js'
import type { Tracker } from './outcome.js'

/** How often the heartbeat speaks (product.md §12: "every minute or so"). */
export const HEARTBEAT_MS = 60_000

/** Off a terminal, a task whose line has not changed is repeated only this often. */
export const QUIET_REPEAT_MS = 10 * 60_000

export interface HeartbeatOptions {
  /** Between beats; default HEARTBEAT_MS. */
  everyMs?: number
  /**
   * Quiet mode, for logs that are not a terminal (CI): a task's line is repeated only when what
   * it says changed (state, what it waits for) or QUIET_REPEAT_MS after it was last said.
   */
  quiet: boolean
}

/** One heartbeat line of a task; `gist` is the line without its clock figures (what "changed" compares). */
export interface HeartbeatLine {
  key: string
  taskId: number
  text: string
  gist: string
}

/** The schedule of the heartbeat and, in quiet mode, what each task said last and when. */
export class Heartbeat {
  /** When the next beat is due (epoch ms on the scheduler's clock). */
  nextAt: number
  private readonly everyMs: number
  private readonly said = new Map<string, { gist: string; at: number }>()

  constructor(
    startedAt: number,
    private readonly options: HeartbeatOptions
  ) {
    this.everyMs = Math.max(1000, options.everyMs ?? HEARTBEAT_MS)
    this.nextAt = startedAt + this.everyMs
  }

  /** The lines due at `now` for the tasks still open: none before `nextAt`, then one per task that should speak. */
  beat(now: number, open: readonly Tracker[]): HeartbeatLine[] {
    if (now < this.nextAt) return []
    this.nextAt = now + this.everyMs
    const lines: HeartbeatLine[] = []
    for (const tr of open) {
      const line = heartbeatLine(tr, now)
      const last = this.said.get(line.key)
      const repeat = last !== undefined && last.gist === line.gist
      if (this.options.quiet && repeat && now - last.at < QUIET_REPEAT_MS) continue
      this.said.set(line.key, { gist: line.gist, at: now })
      lines.push(line)
    }
    return lines
  }
}

/** `task 101 (deploy): RUNNING for 12m, waiting for FINISHED; gives up in 18m`. */
export function heartbeatLine(tr: Tracker, now: number): HeartbeatLine {
  const { task } = tr
  const name = task.label ? `task ${task.taskId} (${task.label})` : `task ${task.taskId}`
  const state = tr.state ?? 'not read yet'
  const since = tr.stateSince === null ? '' : ` for ${formatDuration(now - tr.stateSince)}`
  const waits = waitingFor(tr, now)
  const left = tr.deadline - now
  const timeout = left > 0 ? `; gives up in ${formatDuration(left)}` : '; out of time'
  return {
    key: task.key,
    taskId: task.taskId,
    text: `${name}: ${state}${since}, ${waits.text}${timeout}`,
    gist: `${state} ${waits.gist}`
  }
}

/** What an open task waits for, as words, with and without figures that change every beat. */
function waitingFor(tr: Tracker, now: number): { text: string; gist: string } {
  if (tr.lastError) {
    const text = `BKFlow did not answer the last look (${tr.lastError.message}); looking again`
    return { text, gist: `error ${tr.lastError.kind}` }
  }
  if (tr.state === null) return same('waiting for the first answer from BKFlow')
  const policy = tr.task.onFailed
  if (tr.state === 'FAILED') {
    if (policy === 'wait') return same('waiting for an operator to retry or skip (on_failed: wait)')
    if (policy !== 'fail') {
      const end = (tr.stateSince ?? now) + policy.graceMs
      const text = `waiting out the on_failed grace (${formatDuration(Math.max(0, end - now))} left)`
      return { text, gist: 'grace' }
    }
    return same('waiting for BKFlow to retry the failed node')
  }
  return same(`waiting for ${tr.task.states.join(' | ')}`)
}

function same(text: string): { text: string; gist: string } {
  return { text, gist: text }
}
