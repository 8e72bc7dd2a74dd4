// The reasons stage's pure parts (cleaning BKFlow's failure text) and what the simulator cannot
// stage yet: a subprocess node whose reason is its child task's failed node.

import { describe, expect, it } from '@jest/globals'
import type { NodeDetail, RunResult } from '../../src/model.js'
import { collectReasons } from '../../src/poll/index.js'
import { cleanReason, REASON_LINE_MAX, REASON_TEXT_MAX_BYTES } from '../../src/poll/reason-text.js'
import { reasonOf } from '../../src/poll/reasons.js'
import { rangeLine, run, stateNode, task } from '../report/fixtures.js'
import { FakeError, FakeSource, VirtualClock, leaf } from './fake-source.js'

describe('cleanReason', () => {
  it('keeps plain text and takes its first non-empty line', () => {
    expect(cleanReason('\n  HTTP 503 from http://svc.local/health\nretry later\n')).toEqual({
      line: 'HTTP 503 from http://svc.local/health',
      text: 'HTTP 503 from http://svc.local/health\nretry later'
    })
  })

  it('reduces a JSON body to its message, or to its strings', () => {
    expect(cleanReason('{"result":false,"message":"job 42 failed: exit 3","code":500}').line).toBe(
      'job 42 failed: exit 3'
    )
    expect(cleanReason('{"host":"10.0.0.5","status":"unreachable"}').text).toBe(
      'host: 10.0.0.5\nstatus: unreachable'
    )
    // JSON inside a JSON string, as relayed errors nest them.
    expect(cleanReason('{"error":"{\\"detail\\":\\"quota exceeded\\"}"}').line).toBe(
      'quota exceeded'
    )
  })

  it('reduces an HTML page to its visible words', () => {
    const html =
      '<!DOCTYPE html><html><head><title>502 Bad Gateway</title><style>h1{x:1}</style>' +
      '<script>alert(1)</script></head><body><h1>Bad &amp; broken</h1><p>nginx &lt;1.25&gt;</p></body></html>'
    expect(cleanReason(html)).toEqual({
      line: '502 Bad Gateway',
      text: '502 Bad Gateway\nBad & broken\nnginx <1.25>'
    })
  })

  it('removes terminal sequences whole, control and bidi characters, and redacts credentials', () => {
    const raw = 'bad\u0000 \u001b[31mred\u001b[0m \u202eevil\u202c app_secret=hunter2 ok'
    const { line } = cleanReason(raw)
    expect(line).toBe('bad red evil app_secret=*** ok')
    expect([...line].some((c) => c.charCodeAt(0) < 0x20 || /[\u202a-\u202e]/.test(c))).toBe(false)
  })

  it('cuts the line to 200 characters and the text to 4 KiB, on whole characters', () => {
    const long = '界'.repeat(3000)
    const { line, text } = cleanReason(long)
    expect(Array.from(line)).toHaveLength(REASON_LINE_MAX)
    expect(line.endsWith('…')).toBe(true)
    expect(Buffer.byteLength(text, 'utf8')).toBeLessThanOrEqual(REASON_TEXT_MAX_BYTES)
    expect(text.endsWith('界…')).toBe(true)
  })
})

describe('reasonOf', () => {
  const detail = (exData: string | null): NodeDetail => ({
    state: 'FAILED',
    version: 'v1',
    retry: 1,
    loop: 1,
    exData,
    outputs: [],
    histories: [{ retry: 0, loop: 1, state: 'FAILED', version: 'v0', exData: 'timeout\nmore' }]
  })

  it('reads the current attempt and the earlier ones', () => {
    expect(reasonOf(detail('forced fail by bkflow_engine'))).toEqual({
      status: 'read',
      line: 'forced fail by bkflow_engine',
      text: 'forced fail by bkflow_engine',
      earlier: [{ retry: 0, loop: 1, state: 'FAILED', line: 'timeout' }]
    })
  })

  it('says so when BKFlow gave no text', () => {
    expect(reasonOf(detail(null))).toMatchObject({ status: 'none', line: 'BKFlow gave no reason' })
  })
})

describe('a subprocess node gets its child task’s reason', () => {
  const PARENT = 10
  const CHILD = 11
  const SUB = 'nsub0000000000000000000000000000'
  const LEAF = 'nleaf000000000000000000000000000'

  function failedRun(): RunResult {
    return run([
      task({
        taskId: PARENT,
        spaceId: 7,
        verdict: 'fail',
        reason: 'node failed',
        state: 'FAILED',
        requests: 2,
        nodes: [stateNode(SUB, 'Deploy all', rangeLine(9))]
      })
    ])
  }

  function source(childTree: 'ok' | 'error'): FakeSource {
    const clock = new VirtualClock()
    const fake = new FakeSource(clock, (taskId) => {
      if (taskId === CHILD && childTree === 'error')
        return new FakeError('not_found', false, 'Task 11 was not found')
      return taskId === CHILD
        ? leaf('nchildroot', 'FAILED', [leaf('nok', 'FINISHED'), leaf(LEAF, 'FAILED')])
        : leaf('nroot', 'FAILED', [leaf(SUB, 'FAILED')])
    })
    fake.nodeDetail = (taskId, nodeId) => ({
      state: 'FAILED',
      version: 'v',
      retry: 0,
      loop: 1,
      exData:
        taskId === PARENT ? '子流程执行失败，请检查失败节点' : `disk full on ${nodeId.slice(0, 5)}`,
      outputs: taskId === PARENT ? [{ key: 'task_id', name: '任务ID', value: CHILD }] : [],
      histories: []
    })
    return fake
  }

  it('follows the child id to its first failed node and says where the reason came from', async () => {
    const fake = source('ok')
    const explained = await collectReasons(failedRun(), fake, { now: () => 0 })
    expect(fake.calls).toEqual([`node ${PARENT} ${SUB}`, `tree ${CHILD}`, `node ${CHILD} ${LEAF}`])
    expect(explained.tasks[0].rows[0].reason).toEqual({
      status: 'read',
      line: 'disk full on nleaf',
      text: 'disk full on nleaf',
      earlier: [],
      from: { taskId: CHILD, nodeId: LEAF }
    })
    // Three requests, all counted for the parent task whose row they explain.
    expect(explained.tasks[0].requests).toBe(5)
    expect(explained.requests.byEndpoint.get_task_node_detail).toBe(
      failedRun().requests.byEndpoint.get_task_node_detail + 2
    )
  })

  it('keeps the parent’s own text and says why when the child cannot be read', async () => {
    const explained = await collectReasons(failedRun(), source('error'), { now: () => 0 })
    expect(explained.tasks[0].rows[0].reason).toMatchObject({
      status: 'read',
      line: '子流程执行失败，请检查失败节点 (child task 11: reason unavailable (Task 11 was not found))'
    })
  })

  it('reads nothing once the run is cancelled', async () => {
    const fake = source('ok')
    const controller = new AbortController()
    controller.abort()
    const before = failedRun()
    const after = await collectReasons(before, fake, { now: () => 0, signal: controller.signal })
    expect(after).toBe(before)
    expect(fake.calls).toEqual([])
  })
})
