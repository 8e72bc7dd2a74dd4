// The auto-retry policy (bkflow-api-2.md §6.2) as pure functions, and the child task id of a
// subprocess node's outputs (§7).

import { describe, expect, it } from '@jest/globals'
import type { NodeNames } from '../../src/model.js'
import {
  RETRY_MARGIN_MS,
  awaitedRetry,
  retryWindowEnd,
  trackFailures
} from '../../src/poll/auto-retry.js'
import { childTaskId } from '../../src/poll/children.js'
import { leaf } from './fake-source.js'

const T0 = 1_700_000_000_000

const failed = (id: string, version: string, retry = 0) => ({
  ...leaf(id, 'FAILED'),
  version,
  retry
})

describe('trackFailures', () => {
  it('keeps the first sighting of an attempt, and starts again at a new version', () => {
    const first = trackFailures(leaf('root', 'FAILED', [failed('a', 'v1')]), new Map(), T0)
    expect(first.get('a')).toEqual({ version: 'v1', retry: 0, at: T0 })
    const same = trackFailures(leaf('root', 'FAILED', [failed('a', 'v1')]), first, T0 + 5000)
    expect(same.get('a')?.at).toBe(T0)
    const retried = trackFailures(leaf('root', 'FAILED', [failed('a', 'v2', 1)]), same, T0 + 9000)
    expect(retried.get('a')).toEqual({ version: 'v2', retry: 1, at: T0 + 9000 })
  })

  it('tells attempts apart by their retry count when BKFlow sends no version', () => {
    const first = trackFailures(leaf('root', 'FAILED', [leaf('a', 'FAILED')]), new Map(), T0)
    const retried = { ...leaf('a', 'FAILED'), retry: 1 }
    const next = trackFailures(leaf('root', 'FAILED', [retried]), first, T0 + 9000)
    expect(next.get('a')).toEqual({ version: null, retry: 1, at: T0 + 9000 })
  })

  it('forgets nodes that are no longer FAILED and skips a legacy SubProcess failed by a child', () => {
    const tree = leaf('root', 'FAILED', [
      leaf('sub', 'FAILED', [failed('inner', 'vi')]),
      leaf('ok', 'FINISHED')
    ])
    const sightings = trackFailures(
      tree,
      new Map([['gone', { version: 'x', retry: 0, at: 1 }]]),
      T0
    )
    expect([...sightings.keys()]).toEqual(['inner'])
  })

  it('ends on a tree that contains itself', () => {
    const loop = leaf('root', 'FAILED', [failed('a', 'v1')])
    loop.children.push(loop)
    expect([...trackFailures(loop, new Map(), T0).keys()]).toContain('a')
  })
})

describe('retryWindowEnd', () => {
  const sighting = { version: 'v', retry: 1, at: T0 }

  it('waits the interval (capped at 10 s) and the margin while retries are left', () => {
    expect(retryWindowEnd(sighting, { autoRetry: { times: 3, intervalSec: 5 } })).toBe(
      T0 + 5000 + RETRY_MARGIN_MS
    )
    expect(retryWindowEnd(sighting, { autoRetry: { times: 3, intervalSec: 60 } })).toBe(
      T0 + 10_000 + RETRY_MARGIN_MS
    )
  })

  it('is final without auto-retry, or once retry reaches min(times, 10)', () => {
    const auto = (times: number) => ({ autoRetry: { times, intervalSec: 5 } })
    expect(retryWindowEnd(sighting, {})).toBeNull()
    expect(retryWindowEnd(sighting, auto(1))).toBeNull()
    expect(retryWindowEnd({ ...sighting, retry: 10 }, auto(50))).toBeNull()
    expect(retryWindowEnd({ ...sighting, retry: 9 }, auto(50))).not.toBeNull()
    expect(retryWindowEnd({ ...sighting, retry: NaN }, auto(3))).toBeNull()
  })

  it('waits the margin for a node its timeout skips, whatever its retries', () => {
    expect(retryWindowEnd({ ...sighting, retry: 7 }, { skipsOnTimeout: true })).toBe(
      T0 + RETRY_MARGIN_MS
    )
    expect(
      retryWindowEnd(sighting, { skipsOnTimeout: true, autoRetry: { times: 3, intervalSec: 4 } })
    ).toBe(T0 + 4000 + RETRY_MARGIN_MS)
  })
})

describe('awaitedRetry', () => {
  const names: NodeNames = new Map([
    ['a', { name: 'A', type: 'ServiceActivity', autoRetry: { times: 2, intervalSec: 3 } }],
    ['b', { name: 'B', type: 'ServiceActivity' }],
    ['c', { name: 'C', type: 'ServiceActivity', autoRetry: { times: 2, intervalSec: 8 } }]
  ])

  it('waits for the retry whose window ends last, and none once every window has passed', () => {
    const sightings = new Map([
      ['a', { version: 'v', retry: 0, at: T0 }],
      ['b', { version: 'v', retry: 0, at: T0 }],
      ['c', { version: 'v', retry: 1, at: T0 }]
    ])
    expect(awaitedRetry(sightings, names, T0)).toEqual({ nodeId: 'c', until: T0 + 23_000 })
    expect(awaitedRetry(sightings, names, T0 + 20_000)).toEqual({ nodeId: 'c', until: T0 + 23_000 })
    expect(awaitedRetry(sightings, names, T0 + 23_000)).toBeNull()
  })

  it("assumes BKFlow's caps for every failure when the settings are unknown", () => {
    const sightings = new Map([['b', { version: 'v', retry: 0, at: T0 }]])
    expect(awaitedRetry(sightings, undefined, T0)).toEqual({ nodeId: 'b', until: T0 + 25_000 })
    expect(awaitedRetry(sightings, names, T0)).toBeNull()
  })
})

describe('childTaskId', () => {
  it('prefers the output named 任务ID, whatever its key was renamed to', () => {
    expect(
      childTaskId([
        { key: 'task_id', value: 1 },
        { key: 'child', name: '任务ID', value: 5124 }
      ])
    ).toBe(5124)
  })

  it('falls back to the task_id key, and takes numeric strings', () => {
    expect(
      childTaskId([
        { key: '_result', value: true },
        { key: 'task_id', value: '77' }
      ])
    ).toBe(77)
  })

  it('has no child id for an empty, missing or impossible value', () => {
    for (const value of ['', null, 0, -3, 1.5, 'abc', 2 ** 60, undefined]) {
      expect(childTaskId([{ key: 'task_id', name: '任务ID', value }])).toBeUndefined()
    }
    expect(childTaskId([])).toBeUndefined()
  })
})
