import { describe, expect, it } from '@jest/globals'
import { OUTPUTS, toJsonReport, toOutputs } from '../../src/report/index.js'
import { FAILED_NODES_MAX_BYTES } from '../../src/report/outputs.js'
import {
  SCENARIOS,
  T0,
  errors,
  hugeTask,
  nodeFailed,
  nodeId,
  nodeMissing,
  pending,
  run,
  stateNode,
  task,
  rangeLine
} from './fixtures.js'
import { schemaErrors } from './schema.js'

describe('toOutputs', () => {
  it('sets every output under its kebab-case name', () => {
    const out = toOutputs(nodeFailed(), '/tmp/r.json')
    expect(Object.keys(out).sort()).toEqual(Object.values(OUTPUTS).sort())
    expect(out).toMatchObject({
      result: 'fail',
      passed: '2',
      failed: '1',
      pending: '0',
      errors: '0',
      report: '/tmp/r.json'
    })
    expect(toOutputs(pending(), '')).toMatchObject({ result: 'fail', passed: '1', pending: '2' })
    expect(toOutputs(errors(), '')).toMatchObject({ result: 'error', passed: '1', errors: '2' })
  })

  it('lists the failed nodes as compact JSON', () => {
    const value = toOutputs(nodeFailed(), '')['failed-nodes']
    expect(value).not.toMatch(/\s{2}|\n/)
    expect(JSON.parse(value)).toEqual([
      {
        task_id: 1042,
        space_id: 7,
        node_id: 'n5f0c2b7e1d94a3b8c6e0f1a2b3c4d5e6',
        name: 'Deploy backend',
        expected: 'FINISHED',
        actual: 'FAILED',
        finding: 'state',
        reason: 'HTTP 503 from http://svc.local/health'
      },
      {
        task_id: 1042,
        space_id: 7,
        node_id: 'n7d3e9a0b1c2d3e4f5a6b7c8d9e0f1a2b',
        name: 'Smoke test',
        expected: 'FINISHED',
        actual: 'absent',
        finding: 'missing',
        reason: null
      }
    ])
  })

  it('takes expected and actual from the finding that made the row fail', () => {
    const nodes = JSON.parse(toOutputs(nodeMissing(), '')['failed-nodes']) as Record<
      string,
      unknown
    >[]
    expect(nodes.find((n) => n.finding === 'retry')).toMatchObject({ expected: '≤ 1', actual: '3' })
    expect(nodes.find((n) => n.finding === 'name')).toMatchObject({
      node_id: '',
      actual: 'no match'
    })
    expect(nodes).toHaveLength(4)
  })

  it('stays a valid JSON array under its size cap', () => {
    const nodes = []
    for (let i = 0; i < 3000; i++) nodes.push(stateNode(nodeId(i), `Node ${i}`, rangeLine(5)))
    const r = run([
      task({ taskId: 1, spaceId: 1, verdict: 'fail', reason: 'r', state: 'FAILED', nodes })
    ])
    const value = toOutputs(r, '')['failed-nodes']
    expect(Buffer.byteLength(value)).toBeLessThanOrEqual(FAILED_NODES_MAX_BYTES)
    const parsed = JSON.parse(value) as unknown[]
    expect(parsed.length).toBeGreaterThan(100)
    expect(parsed.length).toBeLessThan(3000)
  })
})

describe('toJsonReport', () => {
  it('matches the schema for every scenario', () => {
    for (const [name, scenario] of Object.entries(SCENARIOS)) {
      expect({ name, errors: schemaErrors(toJsonReport(scenario())) }).toEqual({ name, errors: [] })
    }
  })

  it('is rejected by the schema when a field is unknown or missing', () => {
    const report = toJsonReport(nodeFailed()) as unknown as Record<string, unknown>
    expect(schemaErrors({ ...report, extra: 1 })).not.toEqual([])
    const withoutTasks: Record<string, unknown> = { ...report }
    delete withoutTasks.tasks
    expect(schemaErrors(withoutTasks)).not.toEqual([])
  })

  it('carries every task, row, finding, timing and request count', () => {
    const report = toJsonReport(nodeFailed())
    expect(report.version).toBe(1)
    expect(report.spec).toEqual({ file: '.github/bkflow/deploy.yml', skippedByShard: 0 })
    expect(report.timings).toEqual({
      startedAt: { iso: '2026-01-15T10:00:00.000Z', ms: T0 },
      finishedAt: { iso: '2026-01-15T10:02:10.000Z', ms: T0 + 130_000 },
      durationMs: 130_000
    })
    expect(report.counts).toEqual({
      tasks: 3,
      passed: 2,
      failed: 1,
      pending: 0,
      errors: 0,
      warnings: 0,
      nodes: 27
    })
    expect(report.requests.total).toBe(11)
    expect(report.requests.byEndpoint).toEqual({
      get_task_states: 2,
      get_task_states_by_app: 2,
      get_tasks_states: 7,
      get_task_detail: 0,
      get_task_node_detail: 0
    })
    const deploy = report.tasks[0]
    expect(deploy).toMatchObject({
      key: 'space:7/task:1042',
      taskId: 1042,
      spaceId: 7,
      label: 'deploy-prod',
      verdict: 'fail',
      state: 'FAILED',
      requests: 6
    })
    expect(deploy.timings.settleMs).toBe(125_000)
    expect(deploy.findings).toHaveLength(3)
    expect(deploy.rows).toHaveLength(3)
    expect(deploy.rows[1]).toEqual({
      id: 'n7d3e9a0b1c2d3e4f5a6b7c8d9e0f1a2b',
      name: 'Smoke test',
      listed: true,
      expected: 'FINISHED',
      actual: null,
      retry: null,
      elapsedSec: null,
      idKind: null,
      finding: 'missing',
      severity: 'error',
      shortId: null,
      reason: null
    })
    expect(report.tasks[2]).toMatchObject({ spaceId: null, key: 'app/task:88' })
  })

  it('keeps all 2,000 rows of a huge task', () => {
    expect(toJsonReport(hugeTask()).tasks[0].rows).toHaveLength(2000)
  })

  it('records pending and error tasks with null where nothing was seen', () => {
    const p = toJsonReport(pending()).tasks
    expect(p[0].timings.settledAt).toBeNull()
    expect(p[0].timings.stateSince?.iso).toBe('2026-01-15T10:00:15.000Z')
    expect(p[1].tree).toBeNull()
    const e = toJsonReport(errors()).tasks
    expect(e[0]).toMatchObject({ state: null, error: { kind: 'not_found' } })
  })
})
