// severity: warn in the reports: warning annotations, the `warnings` output, nothing in
// failed-nodes, and the footer; plus each task's figures (its run time, its share of batches).

import { describe, expect, it } from '@jest/globals'
import {
  planText,
  renderSummary,
  toAnnotations,
  toJsonReport,
  toOutputs
} from '../../src/report/index.js'
import { requestFigure } from '../../src/report/describe.js'
import { schemaErrors } from './schema.js'
import {
  asWarning,
  nodeFailed,
  nodeId,
  rangeLine,
  run,
  stateNode,
  task,
  warnings
} from './fixtures.js'

describe('warnings in the reports', () => {
  it('are ::warning annotations, errors stay errors, and the reason follows the message', () => {
    const annotations = toAnnotations(warnings())
    const levels = annotations.map((a) => [a.level, a.title])
    expect(levels).toEqual(
      expect.arrayContaining([
        ['warning', expect.stringMatching(/^nightly-report: node "Upload"/)],
        ['warning', expect.stringMatching(/^release: node "Smoke test"/)],
        ['error', expect.stringMatching(/^release: node "Deploy all"/)]
      ])
    )
    const notify = annotations.find((a) => a.title.includes('Notify chat'))
    expect(notify?.level).toBe('warning')
    expect(notify?.message).toMatch(/— reason: webhook answered 403: token expired$/)
  })

  it('are counted in the warnings output and left out of failed-nodes', () => {
    const outputs = toOutputs(warnings(), '')
    expect(outputs.warnings).toBe('4')
    const failed = JSON.parse(outputs['failed-nodes']) as { name: string; reason: string | null }[]
    expect(failed.map((f) => f.name)).toEqual(['Deploy all', 'Run migrations'])
    expect(failed[0].reason).toBe(
      'ansible: host 10.0.0.5 unreachable | exit 4 <stderr> (in child task 4201)'
    )
    expect(toOutputs(nodeFailed(), '').warnings).toBe('0')
  })

  it('are in the JSON report, which stays valid against its schema', () => {
    const report = toJsonReport(warnings())
    expect(schemaErrors(report)).toEqual([])
    expect(report.counts.warnings).toBe(4)
    const upload = report.tasks[0].rows.find((r) => r.name === 'Upload')
    expect(upload).toMatchObject({ severity: 'warn', finding: 'retry' })
    expect(report.tasks[1].rows[0].reason).toMatchObject({
      status: 'read',
      from: { taskId: 4201 }
    })
    expect(report.tasks[0].timings.elapsedSec).toBe(310)
    expect(report.tasks[0].batchShare).toBe(0.25)
  })

  it('list at most ten in a task’s alert; the table has them all', () => {
    const nodes = Array.from({ length: 15 }, (_, i) =>
      asWarning(stateNode(nodeId(i), `Check ${i}`, rangeLine(10 + i)))
    )
    const md = renderSummary(
      run([task({ taskId: 5, spaceId: 7, verdict: 'pass', reason: '', state: 'FINISHED', nodes })])
    )
    const alert = md.split('\n').filter((l) => l.startsWith('> '))
    expect(alert[1]).toBe('> 15 warnings (`severity: warn`; not failing the run):')
    expect(alert.filter((l) => l.startsWith('> - node'))).toHaveLength(10)
    expect(alert.at(-1)).toBe('> - and 5 more, in the table below')
    expect(md.split('\n').filter((l) => l.includes('🟡 state (warning)'))).toHaveLength(15)
  })

  it('are counted in the footer', () => {
    expect(planText(warnings(), { color: false })).toContain(
      'Checked 3 tasks, 18 nodes: 2 passed, 1 failed (2 nodes failed); 4 warnings.'
    )
  })
})

describe('each task’s share of the requests', () => {
  const base = { taskId: 1, verdict: 'pass' as const, reason: '', state: 'FINISHED' }
  it.each([
    [4, undefined, '4 requests'],
    [1, undefined, '1 request'],
    [0, 0.04, '0.04 requests'],
    [2, 0.5, '2.5 requests'],
    [6, 1 / 3, '6.3 requests']
  ])('%d own + %s shared reads %s', (requests, batchShare, text) => {
    expect(requestFigure(task({ ...base, requests, batchShare }))).toBe(text)
  })
})
