// The naive baseline: the polling loop users write by hand. For each task, GET its state, one
// after another; sleep the interval; repeat until every task is terminal.

import { naiveAuthHeader, type BenchClock } from './shared.js'

export interface NaiveOptions {
  baseUrl: string
  tasks: readonly { spaceId: number; taskId: number }[]
  intervalMs: number
  /** The same clock and fetch the gate gets. */
  clock: BenchClock
}

export interface NaiveResult {
  requests: number
  /** Requests for tasks this loop had already seen terminal (a smarter loop would skip them). */
  redundant: number
  rounds: number
  /** Clock time at which the loop saw every task terminal: its verdict. */
  doneAt: number
  /** Clock time at which each task was first seen terminal. */
  seenAt: Map<number, number>
}

const TERMINAL = new Set(['FINISHED', 'REVOKED', 'EXPIRED'])

/** Runs the loop to its end; a failed request or a malformed answer counts as "not terminal yet". */
export async function naiveLoop(options: NaiveOptions): Promise<NaiveResult> {
  const { clock } = options
  const header = naiveAuthHeader()
  const seen = new Map<number, number>()
  let requests = 0
  let redundant = 0
  let rounds = 0
  for (;;) {
    rounds++
    for (const { spaceId, taskId } of options.tasks) {
      requests++
      if (seen.has(taskId)) redundant++
      const url = `${options.baseUrl}/space/${spaceId}/task/${taskId}/get_task_states/`
      try {
        const response = await clock.fetch(url, { headers: { 'X-Bkapi-Authorization': header } })
        const body = (await response.json()) as { result?: boolean; data?: { state?: unknown } }
        const state = body.result === true ? body.data?.state : undefined
        if (typeof state === 'string' && TERMINAL.has(state) && !seen.has(taskId)) {
          seen.set(taskId, clock.now())
        }
      } catch {
        // What a hand-written loop does with an error: try again next round.
      }
    }
    if (seen.size === options.tasks.length) {
      return { requests, redundant, rounds, doneAt: clock.now(), seenAt: seen }
    }
    await clock.sleep(options.intervalMs)
  }
}
