import { describe, expect, it } from '@jest/globals'
import { BkflowError } from '../../src/bkflow/errors.js'
import { parseBatchStates, parseNodeNames, parseStateTree } from '../../src/bkflow/parse.js'

const running = {
  id: 'nroot01',
  state: 'RUNNING',
  'root_id:': 'nroot01',
  parent_id: 'nroot01',
  version: 'vroot01',
  loop: 1,
  retry: 0,
  skip: false,
  error_ignorable: false,
  error_ignored: false,
  elapsed_time: 95,
  start_time: '2026-08-21 10:00:00 +0800',
  finish_time: '',
  children: {
    nstart1: {
      id: 'nstart1',
      state: 'FINISHED',
      'root_id:': 'nroot01',
      version: 'vs1',
      loop: 1,
      retry: 0,
      skip: false,
      error_ignored: false,
      children: {},
      elapsed_time: 0,
      start_time: '2026-08-21 10:00:00 +0800',
      finish_time: '2026-08-21 10:00:00 +0800'
    },
    nsub001: {
      id: 'nsub001',
      state: 'RUNNING',
      version: 'vsub1',
      loop: 1,
      retry: 0,
      skip: false,
      error_ignored: false,
      elapsed_time: 93,
      start_time: '2026-08-21 10:00:02 +0800',
      finish_time: '',
      children: {
        nact002: {
          id: 'nact002',
          state: 'RUNNING',
          loop: 2,
          retry: 1,
          skip: true,
          error_ignored: true,
          unknown_extra: { nested: [1, 2] },
          children: {},
          elapsed_time: 40,
          start_time: '2026-08-21 10:00:55 +0800',
          finish_time: ''
        }
      }
    }
  }
}

describe('parseStateTree', () => {
  it('parses a nested engine tree, keeping order and turning "" times into null', () => {
    const tree = parseStateTree(running)
    expect(tree.id).toBe('nroot01')
    expect(tree.state).toBe('RUNNING')
    expect(tree.finishTime).toBeNull()
    expect(tree.startTime).toBe('2026-08-21 10:00:00 +0800')
    expect(tree.version).toBe('vroot01')
    expect(tree.children.map((c) => c.id)).toEqual(['nstart1', 'nsub001'])
    const leaf = tree.children[1].children[0]
    expect(leaf).toEqual({
      id: 'nact002',
      state: 'RUNNING',
      retry: 1,
      loop: 2,
      skip: true,
      errorIgnored: true,
      elapsedSec: 40,
      startTime: '2026-08-21 10:00:55 +0800',
      finishTime: null,
      version: null,
      children: []
    })
  })

  it('parses CREATED_STATUS: skip 0, null times, no id', () => {
    const tree = parseStateTree({
      start_time: null,
      state: 'CREATED',
      retry: 0,
      skip: 0,
      finish_time: null,
      elapsed_time: 0,
      children: {}
    })
    expect(tree).toEqual({
      id: '',
      state: 'CREATED',
      retry: 0,
      loop: 1,
      skip: false,
      errorIgnored: false,
      elapsedSec: 0,
      startTime: null,
      finishTime: null,
      version: null,
      children: []
    })
  })

  it('parses bare {"state"} objects without children', () => {
    expect(parseStateTree({ state: 'EXPIRED' }).children).toEqual([])
    expect(parseStateTree({ state: 'CREATED' }).state).toBe('CREATED')
  })

  it('keeps states outside the known list as given', () => {
    expect(parseStateTree({ state: 'STARTED', children: { a: { state: 'WEIRD' } } })).toMatchObject(
      {
        state: 'STARTED',
        children: [{ id: 'a', state: 'WEIRD' }]
      }
    )
  })

  it('uses the children key as the id when a node has none', () => {
    expect(
      parseStateTree({ state: 'RUNNING', children: { nx: { state: 'READY' } } }).children[0].id
    ).toBe('nx')
  })

  it('throws malformed (retryable) when the root or a child has no string state', () => {
    for (const bad of [
      null,
      'RUNNING',
      [],
      {},
      { state: 3 },
      { state: 'RUNNING', children: { a: {} } }
    ]) {
      let caught: unknown
      try {
        parseStateTree(bad)
      } catch (error: unknown) {
        caught = error
      }
      expect(caught).toBeInstanceOf(BkflowError)
      expect((caught as BkflowError).kind).toBe('malformed')
      expect((caught as BkflowError).retryable).toBe(true)
    }
  })
})

describe('parseNodeNames', () => {
  it('collects activities and gateways at any depth, not events', () => {
    const names = parseNodeNames({
      start_event: { id: 'nstart', name: '', type: 'EmptyStartEvent' },
      end_event: { id: 'nend', name: '', type: 'EmptyEndEvent' },
      activities: {
        nact1: {
          id: 'nact1',
          name: 'Deploy backend',
          type: 'ServiceActivity',
          component: { code: 'x' }
        },
        nsub1: {
          id: 'nsub1',
          name: 'Legacy sub',
          type: 'SubProcess',
          pipeline: {
            activities: { ninner: { id: 'ninner', name: 'Inner step', type: 'ServiceActivity' } },
            gateways: { ngw2: { id: 'ngw2', name: 'inner gw', type: 'ExclusiveGateway' } }
          }
        }
      },
      gateways: { ngw1: { id: 'ngw1', name: 'Branch', type: 'ParallelGateway' } }
    })
    expect(Object.fromEntries(names)).toEqual({
      nact1: { name: 'Deploy backend', type: 'ServiceActivity', component: 'x' },
      nsub1: { name: 'Legacy sub', type: 'SubProcess' },
      ninner: { name: 'Inner step', type: 'ServiceActivity' },
      ngw2: { name: 'inner gw', type: 'ExclusiveGateway' },
      ngw1: { name: 'Branch', type: 'ParallelGateway' }
    })
  })

  it('keeps template node ids of activities and gateways, and component codes', () => {
    const names = parseNodeNames({
      activities: {
        nrt1: {
          id: 'nrt1',
          name: 'Migrate',
          type: 'ServiceActivity',
          template_node_id: 'node4f2a9c1e7b3d5a8f0c6e2b4d9a1f',
          component: { code: 'subprocess_plugin', version: '1.0.0' }
        }
      },
      gateways: {
        ngw: { id: 'ngw', name: 'Join', type: 'ConvergeGateway', template_node_id: 'tg' }
      }
    })
    expect(names.get('nrt1')).toEqual({
      name: 'Migrate',
      type: 'ServiceActivity',
      templateNodeId: 'node4f2a9c1e7b3d5a8f0c6e2b4d9a1f',
      component: 'subprocess_plugin'
    })
    expect(names.get('ngw')?.templateNodeId).toBe('tg')
  })

  it('reads auto_retry as BKFlow does: truthy enable, int/abs, capped at 10, junk means 10', () => {
    const retry = (autoRetry: unknown) =>
      parseNodeNames({ activities: { a: { id: 'a', auto_retry: autoRetry } } }).get('a')?.autoRetry
    expect(retry({ enable: true, times: 3, interval: 5 })).toEqual({ times: 3, intervalSec: 5 })
    expect(retry({ enable: 1, times: -4, interval: '2' })).toEqual({ times: 4, intervalSec: 2 })
    expect(retry({ enable: true, times: 50, interval: 60 })).toEqual({ times: 10, intervalSec: 10 })
    expect(retry({ enable: true })).toEqual({ times: 10, intervalSec: 0 })
    expect(retry({ enable: true, times: 'three', interval: '1.5' })).toEqual({
      times: 10,
      intervalSec: 10
    })
    expect(retry({ enable: true, times: 2.7, interval: 0 })).toEqual({ times: 2, intervalSec: 0 })
    expect(retry({ enable: false, times: 3 })).toBeUndefined()
    expect(retry({ enable: '', times: 3 })).toBeUndefined()
    expect(retry({ enabled: true, times: 3 })).toBeUndefined() // the key BKFlow never reads
    expect(retry(null)).toBeUndefined()
  })

  it('drops auto-retry on a node that is not retryable, and reads a skipping timeout', () => {
    const node = (fields: Record<string, unknown>) =>
      parseNodeNames({ activities: { a: { id: 'a', ...fields } } }).get('a')
    const auto = { enable: true, times: 3, interval: 1 }
    expect(node({ auto_retry: auto, retryable: false })?.autoRetry).toBeUndefined()
    expect(node({ auto_retry: auto, retryable: true })?.autoRetry).toEqual({
      times: 3,
      intervalSec: 1
    })
    const timeout = (config: unknown) => node({ timeout_config: config })?.skipsOnTimeout
    expect(timeout({ enable: true, seconds: 60, action: 'forced_fail_and_skip' })).toBe(true)
    expect(timeout({ enable: true, seconds: 60, action: 'forced_fail' })).toBeUndefined()
    expect(timeout({ enable: true, seconds: '60', action: 'forced_fail_and_skip' })).toBeUndefined()
    expect(timeout({ enable: true, seconds: 0, action: 'forced_fail_and_skip' })).toBeUndefined()
    expect(timeout({ enable: false, seconds: 9, action: 'forced_fail_and_skip' })).toBeUndefined()
  })

  it('tolerates missing sections, odd entries and missing names', () => {
    const names = parseNodeNames({
      activities: { a: null, b: { type: 'ServiceActivity' } },
      gateways: []
    })
    expect(Object.fromEntries(names)).toEqual({ b: { name: '', type: 'ServiceActivity' } })
    expect(parseNodeNames(undefined).size).toBe(0)
  })
})

describe('parseBatchStates', () => {
  it('maps requested ids to states, null stays null, omitted ids stay absent', () => {
    const map = parseBatchStates(
      {
        '103': { state: 'RUNNING' },
        '57': { state: 'EXPIRED' },
        '56': { state: null },
        '999': { state: 'FINISHED' },
        junk: { state: 'FINISHED' }
      },
      [103, 57, 56, 9999]
    )
    expect([...map.entries()].sort()).toEqual([
      [103, 'RUNNING'],
      [56, null],
      [57, 'EXPIRED']
    ])
    expect(map.has(9999)).toBe(false)
    expect(map.has(999)).toBe(false)
  })

  it('throws malformed for a non-object', () => {
    expect(() => parseBatchStates([], [1])).toThrow(BkflowError)
    expect(() => parseBatchStates({ '1': { state: 5 } }, [1])).toThrow(/no readable state/)
  })
})
