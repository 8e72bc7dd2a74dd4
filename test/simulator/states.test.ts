import { afterEach, describe, expect, it } from '@jest/globals'
import { startSimulator, type Simulator } from './index.js'
import { batch, call, DEMO, kids, scenarioFile, type TreeJson } from './test-http.js'

let sim: Simulator | undefined
afterEach(async () => {
  await sim?.close()
  sim = undefined
})

/** A frozen-clock simulator of states.yml: only advance() moves time. */
async function states(): Promise<Simulator> {
  sim = await startSimulator({ scenario: scenarioFile('states.yml'), speed: 0 })
  return sim
}

async function tree(s: Simulator, task: number, space = 7): Promise<TreeJson> {
  const answer = await call(s.url, `/space/${space}/task/${task}/get_task_states/`, {
    headers: DEMO
  })
  expect(answer.status).toBe(200)
  expect(answer.json.result).toBe(true)
  return answer.json.data as TreeJson
}

/** name → node id, read from get_task_detail's pipeline tree (any depth). */
async function nodeIds(s: Simulator, task: number): Promise<Map<string, string>> {
  const answer = await call(s.url, `/space/7/task/${task}/get_task_detail/`, { headers: DEMO })
  const ids = new Map<string, string>()
  const walk = (pipeline: Record<string, Record<string, { id: string; name: string }>>): void => {
    for (const group of ['activities', 'gateways']) {
      for (const node of Object.values(pipeline[group])) {
        ids.set(node.name, node.id)
        const nested = (node as { pipeline?: typeof pipeline }).pipeline
        if (nested) walk(nested)
      }
    }
  }
  walk((answer.json.data as { pipeline_tree: Parameters<typeof walk>[0] }).pipeline_tree)
  return ids
}

async function node(s: Simulator, task: number, name: string): Promise<TreeJson | undefined> {
  const id = (await nodeIds(s, task)).get(name)
  const find = (n: TreeJson): TreeJson | undefined =>
    id === undefined ? undefined : (n.children[id] ?? kids(n).map(find).find(Boolean))
  return find(await tree(s, task))
}

const NODE_KEYS = [
  'children',
  'elapsed_time',
  'error_ignorable',
  'error_ignored',
  'finish_time',
  'id',
  'loop',
  'parent_id',
  'retry',
  'root_id:',
  'skip',
  'start_time',
  'state',
  'version'
]

describe('task states over time (states.yml, frozen clock)', () => {
  it('reports every root state through the batch endpoint, in -create_time order', async () => {
    const s = await states()
    s.clock.advance(40_000)
    const ids = [101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115]
    const answer = await batch(s.url, 7, [...ids, 116, 117, 118, 119, 120, 121, 122, 9999])
    expect(answer.status).toBe(200)
    expect(Object.keys(answer.json).sort()).toEqual([
      'code',
      'data',
      'message',
      'result',
      'trace_id'
    ])
    expect(answer.json.code).toBe('0')
    expect(answer.json.data).toEqual({
      '121': { state: 'FINISHED' },
      '120': { state: 'FAILED' },
      '119': { state: 'FINISHED' },
      '118': { state: 'FINISHED' },
      '117': { state: 'FINISHED' },
      '116': { state: null },
      '115': { state: 'FINISHED' },
      '114': { state: 'FINISHED' },
      '113': { state: 'FINISHED' },
      '112': { state: 'FINISHED' },
      '110': { state: 'EXPIRED' },
      '109': { state: 'REVOKED' },
      '108': { state: 'FINISHED' },
      '107': { state: 'SUSPENDED' },
      '106': { state: 'NODE_SUSPENDED' },
      '105': { state: 'FAILED' },
      '104': { state: 'RUNNING' },
      '103': { state: 'READY' },
      '102': { state: 'CREATED' },
      '101': { state: 'CREATED' }
    })
    // Keys are decimal strings in -create_time order on the wire (JSON.parse would sort them).
    expect(answer.text.indexOf('"121"')).toBeLessThan(answer.text.indexOf('"101"'))
  })

  it('answers CREATED_STATUS for a task never started and a bare CREATED before engine rows', async () => {
    const s = await states()
    expect(await tree(s, 101)).toEqual({
      start_time: null,
      state: 'CREATED',
      retry: 0,
      skip: 0,
      finish_time: null,
      elapsed_time: 0,
      children: {}
    })
    expect(await tree(s, 102)).toEqual({ state: 'CREATED' })
    const ready = await tree(s, 103)
    expect(ready.state).toBe('READY')
    expect(ready.children).toEqual({})
  })

  it('uses the success envelope without code, and a trace id echoed in a header', async () => {
    const s = await states()
    const answer = await call(s.url, '/space/7/task/108/get_task_states/', { headers: DEMO })
    expect(Object.keys(answer.json)).toEqual([
      'result',
      'data',
      'message',
      'exc',
      'exc_trace',
      'trace_id'
    ])
    expect(answer.json.trace_id).toMatch(/^[0-9a-f]{32}$/)
    expect(answer.headers.get('bkflow-engine-trace-id')).toBe(answer.json.trace_id)
    expect(answer.headers.get('x-bkapi-request-id')).toMatch(/^[0-9a-f-]{36}$/)
    expect(answer.headers.get('x-request-id')).toBeTruthy()
    expect(answer.headers.get('x-bkapi-ratelimit-plugin')).toBe('bk-stage-rate-limit')
    const withParent = await call(s.url, '/space/7/task/108/get_task_states/', {
      headers: { ...DEMO, traceparent: '00-abc-def-01' }
    })
    expect(withParent.json.trace_id).toBe('00-abc-def-01')
  })

  it('shapes a finished tree exactly: root_id with a colon, +0800 times, start and end events', async () => {
    const s = await states()
    s.clock.advance(30_000)
    const root = await tree(s, 108)
    expect(Object.keys(root).sort()).toEqual(NODE_KEYS)
    expect(root).toMatchObject({
      state: 'FINISHED',
      parent_id: root.id,
      'root_id:': root.id,
      start_time: '2026-08-21 10:00:00 +0800',
      finish_time: '2026-08-21 10:00:15 +0800',
      elapsed_time: 15
    })
    expect(root).not.toHaveProperty('root_id')
    expect(root.id).toMatch(/^n[0-9a-f]{31}$/)
    const children = kids(root)
    expect(children).toHaveLength(5) // start event, three activities, end event
    for (const child of children) {
      expect(Object.keys(child).sort()).toEqual(NODE_KEYS)
      expect(child['root_id:']).toBe(root.id)
      expect(child.parent_id).toBe(root.id)
      expect(child.version).toMatch(/^v[0-9a-f]{32}$/)
      expect(child.state).toBe('FINISHED')
    }
    const deploy = await node(s, 108, 'Deploy')
    expect(deploy).toMatchObject({
      start_time: '2026-08-21 10:00:10 +0800',
      finish_time: '2026-08-21 10:00:15 +0800',
      elapsed_time: 5,
      retry: 0,
      loop: 1,
      skip: false
    })
  })

  it('shows only reached nodes and grows elapsed_time while a node runs', async () => {
    const s = await states()
    s.clock.advance(2_000)
    const early = await tree(s, 104)
    expect(kids(early).map((c) => c.state)).toEqual(['FINISHED', 'RUNNING']) // start event, Build
    s.clock.advance(8_000)
    const deploy10 = await node(s, 104, 'Deploy')
    s.clock.advance(10_000)
    const deploy20 = await node(s, 104, 'Deploy')
    expect(deploy10).toMatchObject({ state: 'RUNNING', elapsed_time: 5, finish_time: '' })
    expect(deploy20).toMatchObject({ state: 'RUNNING', elapsed_time: 15 })
    expect((await tree(s, 104)).elapsed_time).toBe(20)
  })

  it('derives FAILED from a failed child, and a retry brings READY, a new version and RUNNING', async () => {
    const s = await states()
    s.clock.advance(12_000)
    expect((await tree(s, 112)).state).toBe('FAILED')
    const failed = await node(s, 112, 'Deploy')
    expect(failed).toMatchObject({
      state: 'FAILED',
      retry: 0,
      finish_time: '2026-08-21 10:00:10 +0800'
    })
    s.clock.advance(3_500) // t = 15.5: retried at 15, READY until 16
    const ready = await node(s, 112, 'Deploy')
    expect(ready).toMatchObject({ state: 'READY', retry: 1, start_time: '', finish_time: '' })
    expect(ready?.version).not.toBe(failed?.version)
    expect((await tree(s, 112)).state).toBe('RUNNING')
    s.clock.advance(10_000)
    const done = await node(s, 112, 'Deploy')
    expect(done).toMatchObject({
      state: 'FINISHED',
      retry: 1,
      start_time: '2026-08-21 10:00:16 +0800',
      elapsed_time: 5
    })
    expect(done?.version).toBe(ready?.version)
  })

  it('skips, loops and ignores errors with the right flags', async () => {
    const s = await states()
    s.clock.advance(8_000)
    const loop2 = await node(s, 114, 'Poll')
    expect(loop2).toMatchObject({ state: 'RUNNING', loop: 2 })
    s.clock.advance(4_000)
    const failed = await node(s, 113, 'Deploy')
    expect(failed).toMatchObject({ state: 'FAILED', skip: false })
    s.clock.advance(28_000)
    const skipped = await node(s, 113, 'Deploy')
    expect(skipped).toMatchObject({ state: 'FINISHED', skip: true, retry: 0 })
    expect(skipped?.version).not.toBe(failed?.version)
    const loop3 = await node(s, 114, 'Poll')
    expect(loop3).toMatchObject({ state: 'FINISHED', loop: 3 })
    expect(loop3?.version).not.toBe(loop2?.version)
    expect(await node(s, 118, 'Check')).toMatchObject({
      state: 'FINISHED',
      error_ignored: true,
      error_ignorable: true
    })
  })

  it('nests legacy subprocess children and bubbles FAILED up through them', async () => {
    const s = await states()
    s.clock.advance(5_000)
    const sub = await node(s, 115, 'Deploy all')
    expect(sub?.state).toBe('RUNNING')
    const inner = kids(sub as TreeJson)
    expect(inner.map((c) => c.parent_id)).toEqual(inner.map(() => sub?.id))
    expect(inner.map((c) => c.state)).toEqual(['FINISHED', 'RUNNING']) // start event, backend
    const failedRoot = await tree(s, 120)
    expect(failedRoot.state).toBe('FAILED')
    expect(kids(failedRoot).find((c) => kids(c).length > 0)?.state).toBe('FAILED')
    s.clock.advance(10_000)
    expect((await tree(s, 115)).state).toBe('FINISHED')
  })

  it('keeps SUSPENDED and REVOKED roots, NODE_SUSPENDED for a paused node, and revoke freezes children', async () => {
    const s = await states()
    s.clock.advance(10_000)
    expect((await tree(s, 121)).state).toBe('SUSPENDED')
    expect(await node(s, 121, 'Deploy')).toBeUndefined() // waits for the resume at 15
    expect(await node(s, 106, 'Approve')).toMatchObject({ state: 'SUSPENDED' })
    expect((await tree(s, 106)).state).toBe('NODE_SUSPENDED')
    s.clock.advance(20_000)
    const revoked = await tree(s, 109)
    expect(revoked).toMatchObject({ state: 'REVOKED', finish_time: '', elapsed_time: 30 })
    expect(await node(s, 109, 'Deploy')).toMatchObject({ state: 'RUNNING', elapsed_time: 25 })
    expect((await tree(s, 107)).state).toBe('SUSPENDED')
    expect(await node(s, 121, 'Deploy')).toMatchObject({
      state: 'FINISHED',
      start_time: '2026-08-21 10:00:15 +0800'
    })
  })

  it('serves get_task_detail whose ids key the state tree, without checking the space', async () => {
    const s = await states()
    s.clock.advance(30_000)
    const answer = await call(s.url, '/space/7/task/119/get_task_detail/', { headers: DEMO })
    expect(answer.json).toMatchObject({ result: true, code: '0', message: '' })
    const data = answer.json.data as Record<string, unknown> & {
      pipeline_tree: Record<string, Record<string, unknown>>
    }
    const root = await tree(s, 119)
    expect(data.instance_id).toBe(root.id)
    expect(data.create_time).toBe('2026-08-21 10:00:00+0800')
    expect(data.finish_time).toBe('2026-08-21 10:00:20+0800')
    expect(data.is_finished).toBe(true)
    const tree119 = data.pipeline_tree
    expect(tree119.activities['n0000000000000000000000000000002']).toMatchObject({
      name: 'Migrate',
      type: 'ServiceActivity',
      component: { code: 'sleep_timer' }
    })
    expect(tree119.gateways['n0000000000000000000000000000001']).toMatchObject({
      name: 'Choose',
      type: 'ExclusiveGateway'
    })
    const treeIds = Object.keys(root.children).sort()
    const detailIds = [
      ...Object.keys(tree119.activities),
      ...Object.keys(tree119.gateways),
      tree119.start_event.id,
      tree119.end_event.id
    ].sort()
    expect(treeIds).toEqual(detailIds)
    expect(await node(s, 119, 'Migrate')).toMatchObject({ state: 'FINISHED', retry: 1 })
    // Task 122 lives in space 8; detail through space 7 still answers (bkflow-api.md §1.4).
    const other = await call(s.url, '/space/7/task/122/get_task_detail/', { headers: DEMO })
    expect(other.json.result).toBe(true)
    const legacy = await call(s.url, '/space/7/task/115/get_task_detail/', { headers: DEMO })
    type Activity = {
      name: string
      type: string
      pipeline?: { activities: Record<string, Activity> }
    }
    const data115 = legacy.json.data as { pipeline_tree: { activities: Record<string, Activity> } }
    const sub = Object.values(data115.pipeline_tree.activities).find((a) => a.type === 'SubProcess')
    expect(Object.values(sub?.pipeline?.activities ?? {}).map((a) => a.name)).toEqual([
      'Deploy backend',
      'Deploy frontend'
    ])
  })
})
