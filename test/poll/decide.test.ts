import { describe, expect, it } from '@jest/globals'
import { decide } from '../../src/poll/index.js'
import { task } from './helpers.js'

const NOW = 1_000_000

describe('decide', () => {
  it.each(['FINISHED', 'REVOKED', 'EXPIRED'])('settles the terminal state %s', (state) => {
    expect(decide(task(1), state, null, NOW)).toEqual({ kind: 'settle' })
  })

  it.each(['CREATED', 'READY', 'RUNNING', 'SUSPENDED', 'NODE_SUSPENDED', 'WEIRD'])(
    'keeps polling %s when it is not expected',
    (state) => {
      expect(decide(task(1), state, null, NOW)).toEqual({ kind: 'wait' })
    }
  )

  it('tries an early pass when the state is an expected one', () => {
    expect(decide(task(1, { states: ['RUNNING', 'FINISHED'] }), 'RUNNING', null, NOW)).toEqual({
      kind: 'try'
    })
  })

  it('settles FAILED at once under on_failed fail', () => {
    expect(decide(task(1, { onFailed: 'fail' }), 'FAILED', NOW, NOW)).toEqual({ kind: 'settle' })
  })

  it('keeps polling FAILED under on_failed wait', () => {
    expect(decide(task(1, { onFailed: 'wait' }), 'FAILED', NOW - 3_600_000, NOW)).toEqual({
      kind: 'wait'
    })
  })

  it('waits out a grace period, waking when it ends, then settles', () => {
    const t = task(1, { onFailed: { graceMs: 60_000 } })
    expect(decide(t, 'FAILED', NOW, NOW + 59_999)).toEqual({ kind: 'wait', wakeAt: NOW + 60_000 })
    expect(decide(t, 'FAILED', NOW, NOW + 60_000)).toEqual({ kind: 'settle' })
  })

  it('tries FAILED when it is expected and the grace has not run out', () => {
    const t = task(1, { states: ['FAILED'], onFailed: { graceMs: 60_000 } })
    expect(decide(t, 'FAILED', NOW, NOW)).toEqual({ kind: 'try' })
  })
})
