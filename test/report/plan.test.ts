import { describe, expect, it } from '@jest/globals'
import { LEGEND, planText, renderPlan, shouldColor } from '../../src/report/index.js'
import {
  allPass,
  errors,
  nodeFailed,
  okNode,
  pending,
  rangeLine,
  run,
  task,
  unlistedNode
} from './fixtures.js'

const ESC = String.fromCharCode(27)
const ANSI = new RegExp(`${ESC}\\[`)
const ANSI_CODES = new RegExp(`${ESC}\\[[0-9;]*m`, 'g')

describe('renderPlan', () => {
  it('gives one block per task whose title carries the verdict and the reason', () => {
    const plan = renderPlan(nodeFailed(), { color: false })
    expect(plan.blocks.map((b) => b.title)).toEqual([
      'deploy-prod: fail — node "Deploy backend" (n5f0c2b7…) is FAILED, expected FINISHED (retry 2)',
      'task 1043 (space 7): pass — FINISHED and every node ok',
      'nightly-report: pass — FINISHED and every node ok'
    ])
    for (const block of plan.blocks) expect(block.title).not.toContain('\n')
  })

  it('writes the footer as one line with counts and the node breakdown', () => {
    expect(renderPlan(nodeFailed(), { color: false }).footer).toBe(
      'Checked 3 tasks, 27 nodes: 2 passed, 1 failed (1 node failed, 1 missing).'
    )
    expect(renderPlan(allPass(), { color: false }).footer).toBe(
      'Checked 3 tasks, 27 nodes: 3 passed.'
    )
    expect(renderPlan(errors(), { color: false }).footer).toBe(
      'Checked 3 tasks, 6 nodes: 1 passed, 2 errors.'
    )
  })

  it('mentions shards and cancellation in the footer', () => {
    const r = run(allPass().tasks, { cancelled: true, skippedByShard: 4 })
    expect(renderPlan(r, { color: false }).footer).toBe(
      'Checked 3 tasks, 27 nodes: 3 passed. 4 more in other shards. Cancelled before every task settled.'
    )
  })

  it('lists a node that passed after retries, so an allowed retry still shows', () => {
    const r = run([
      task({
        taskId: 202,
        spaceId: 7,
        label: 'hotfix',
        verdict: 'pass',
        reason: 'FINISHED and every node ok',
        state: 'FINISHED',
        nodes: [okNode('n1111111111', 'Deploy backend', { retry: 1 }), okNode('n22222222', 'Smoke')]
      })
    ])
    const body = renderPlan(r, { color: false }).blocks[0].body
    expect(body).toContain('    node "Deploy backend" (n1111111…) FINISHED (retry 1)')
    expect(body).toContain('    1 other listed node ok')
  })

  it("names the other_nodes policy a subprocess's unlisted node was judged by", () => {
    const child = unlistedNode('n4444444444', 'Migrate › Dump', rangeLine(9), 'RUNNING')
    child.findings[0].expected = 'FINISHED'
    const r = run([
      task({
        taskId: 205,
        spaceId: 7,
        verdict: 'fail',
        reason: 'x',
        state: 'FINISHED',
        otherNodes: 'no_failures',
        nodes: [child, unlistedNode('n5555555555', 'Cleanup', rangeLine(7))]
      })
    ])
    const body = renderPlan(r, { color: false }).blocks[0].body
    expect(body).toContain(
      'node "Migrate › Dump" (n4444444…) RUNNING, not listed (other_nodes: finished)'
    )
    expect(body).toContain(
      'node "Cleanup" (n5555555…) FAILED, not listed (other_nodes: no_failures)'
    )
  })

  it('says when a node was found by its template node id', () => {
    const r = run([
      task({
        taskId: 204,
        spaceId: 7,
        verdict: 'pass',
        reason: 'FINISHED and every node ok',
        state: 'FINISHED',
        nodes: [okNode('n3333333333', 'Deploy', { retry: 1, idKind: 'template' })]
      })
    ])
    const body = renderPlan(r, { color: false }).blocks[0].body
    expect(body).toContain('node "Deploy" (n3333333…) FINISHED (retry 1) (by template node id)')
  })

  it('summarizes ok rows as a count and lists each row with a finding', () => {
    const body = renderPlan(nodeFailed(), { color: false }).blocks[0].body
    expect(body).toContain('  ~ node "Deploy backend" (n5f0c2b7…) FINISHED -> FAILED (retry 2)')
    expect(body).toContain('  - node "Smoke test" (n7d3e9a0…) missing (expected FINISHED)')
    expect(body).toContain('    1 listed node ok')
    expect(body).not.toContain('Migrate database')
  })

  it('shows a legend only when something differs', () => {
    expect(renderPlan(allPass(), { color: false }).legend).toBe('')
    expect(renderPlan(nodeFailed(), { color: false }).legend).toBe(LEGEND)
    expect(planText(nodeFailed(), { color: false })).toContain(LEGEND)
    expect(LEGEND).toContain('x could not be checked')
  })

  it('says what a pending task last looked like, even without a pending finding', () => {
    const r = pending()
    r.tasks[0].findings = []
    const body = renderPlan(r, { color: false }).blocks[0].body
    expect(body).toContain('? not settled: last seen RUNNING for 30m')
  })

  it('shows an engine error that has no finding', () => {
    const body = renderPlan(errors(), { color: false }).blocks[1].body
    expect(body).toMatch(/^ {2}x auth: BKFlow refused the app credentials/m)
  })

  it('never drops a node finding that no row claims', () => {
    const t = task({
      taskId: 1,
      verdict: 'fail',
      reason: 'x',
      state: 'FINISHED',
      nodes: [okNode('n1', 'A')]
    })
    t.findings.push({
      kind: 'skip',
      target: 'node',
      nodeId: 'n-orphan',
      nodeName: 'Orphan',
      expected: 'false',
      actual: 'true',
      message: 'm',
      range: rangeLine(3)
    })
    expect(renderPlan(run([t]), { color: false }).blocks[0].body).toContain(
      '~ node "Orphan" (n-orphan) skip false -> true'
    )
  })

  it('colours only when asked', () => {
    expect(planText(nodeFailed(), { color: false })).not.toMatch(ANSI)
    const colored = planText(nodeFailed(), { color: true })
    expect(colored).toMatch(ANSI)
    expect(colored.replace(ANSI_CODES, '')).toBe(planText(nodeFailed(), { color: false }))
  })
})

describe('shouldColor', () => {
  const tty = { isTTY: true }
  const pipe = { isTTY: false }
  it('colours a terminal and not a pipe', () => {
    expect(shouldColor(tty, {})).toBe(true)
    expect(shouldColor(pipe, {})).toBe(false)
    expect(shouldColor({}, {})).toBe(false)
  })
  it('never colours with NO_COLOR, whatever else is set', () => {
    expect(shouldColor(tty, { NO_COLOR: '1' })).toBe(false)
    expect(shouldColor(tty, { NO_COLOR: '1', FORCE_COLOR: '1' })).toBe(false)
    // An empty NO_COLOR does not count (no-color.org).
    expect(shouldColor(tty, { NO_COLOR: '' })).toBe(true)
  })
  it('honours TERM=dumb and FORCE_COLOR', () => {
    expect(shouldColor(tty, { TERM: 'dumb' })).toBe(false)
    expect(shouldColor(pipe, { FORCE_COLOR: '1' })).toBe(true)
    expect(shouldColor(tty, { FORCE_COLOR: '0' })).toBe(false)
  })
})
