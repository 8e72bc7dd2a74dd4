// The heartbeat on an injected clock: when it speaks, what each open task waits for, and quiet
// mode off a terminal. No real waiting.

import { describe, expect, it } from '@jest/globals'
import { Heartbeat, heartbeatLine, QUIET_REPEAT_MS } from '../../src/poll/heartbeat.js'
import { newTracker, type Tracker } from '../../src/poll/outcome.js'
import { task } from './helpers.js'

const MIN = 60_000
const T0 = 1_700_000_000_000

function tracker(overrides: Partial<Tracker> = {}, taskFields = {}): Tracker {
  return { ...newTracker(task(101, taskFields), T0), ...overrides }
}

describe('heartbeatLine', () => {
  it('names the state, for how long, what it waits for and the time left', () => {
    const tr = tracker({ state: 'RUNNING', stateSince: T0 })
    expect(heartbeatLine(tr, T0 + 2 * MIN).text).toBe(
      'task 101: RUNNING for 2m, waiting for FINISHED; gives up in 28m'
    )
  })

  it('says what a FAILED task waits for under each on_failed', () => {
    const at = T0 + MIN
    const failed = { state: 'FAILED', stateSince: T0 }
    expect(heartbeatLine(tracker(failed, { onFailed: 'wait' }), at).text).toContain(
      'waiting for an operator to retry or skip (on_failed: wait)'
    )
    expect(heartbeatLine(tracker(failed, { onFailed: { graceMs: 5 * MIN } }), at).text).toContain(
      'waiting out the on_failed grace (4m left)'
    )
  })

  it('says when BKFlow did not answer, and before the first answer', () => {
    const erring = tracker({
      state: 'RUNNING',
      stateSince: T0,
      lastError: { kind: 'transient', retryable: true, message: 'HTTP 502 from the gateway' }
    })
    expect(heartbeatLine(erring, T0 + MIN).text).toBe(
      'task 101: RUNNING for 1m, BKFlow did not answer the last look (HTTP 502 from the gateway); looking again; gives up in 29m'
    )
    expect(heartbeatLine(tracker({}, { label: 'deploy' }), T0 + MIN).text).toBe(
      'task 101 (deploy): not read yet, waiting for the first answer from BKFlow; gives up in 29m'
    )
  })
})

describe('Heartbeat', () => {
  it('speaks once a minute, not before', () => {
    const beat = new Heartbeat(T0, { quiet: false })
    const open = [tracker({ state: 'RUNNING', stateSince: T0 })]
    expect(beat.beat(T0 + 59_000, open)).toEqual([])
    expect(beat.beat(T0 + MIN, open)).toHaveLength(1)
    expect(beat.beat(T0 + MIN + 1000, open)).toEqual([])
    expect(beat.nextAt).toBe(T0 + 2 * MIN)
  })

  it('in quiet mode repeats an unchanged task only every ten minutes, a changed one at once', () => {
    const beat = new Heartbeat(T0, { quiet: true })
    const tr = tracker({ state: 'RUNNING', stateSince: T0 })
    const said: number[] = []
    for (let m = 1; m <= 25; m++) {
      if (m === 15) Object.assign(tr, { state: 'NODE_SUSPENDED', stateSince: T0 + 15 * MIN })
      if (beat.beat(T0 + m * MIN, [tr]).length > 0) said.push(m)
    }
    expect(said).toEqual([1, 11, 15, 25])
    expect(QUIET_REPEAT_MS).toBe(10 * MIN)
  })
})
