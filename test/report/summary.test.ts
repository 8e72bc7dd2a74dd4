import { describe, expect, it } from '@jest/globals'
import type { RunResult } from '../../src/model.js'
import {
  SUMMARY_MAX_BYTES,
  renderDiagnosticsSummary,
  renderSummary
} from '../../src/report/index.js'
import {
  SCENARIOS,
  errors,
  manyTasks,
  nodeId,
  okNode,
  pending,
  rangeLine,
  run,
  stateNode,
  task,
  unlistedNode
} from './fixtures.js'

const bytes = (s: string): number => Buffer.byteLength(s, 'utf8')

// Every markdown-active construct a node name, label or message could carry.
const HOSTILE = 'a|b <img src=x> `tick` *star* _under_ [link](http://x) ~~gone~~ \\back & amp\nnext'

function hostileRun(): RunResult {
  const range = rangeLine(7)
  return run([
    task({
      taskId: 1,
      spaceId: 2,
      label: HOSTILE,
      range,
      verdict: 'fail',
      reason: HOSTILE,
      state: 'FAILED',
      nodes: [
        stateNode(nodeId(1), HOSTILE, range),
        unlistedNode(nodeId(2), HOSTILE, range),
        okNode(nodeId(3), HOSTILE)
      ]
    }),
    task({ taskId: 3, label: HOSTILE, verdict: 'pass', reason: HOSTILE, state: 'FINISHED' })
  ])
}

function headings(md: string): string[] {
  return md
    .split('\n')
    .filter((l) => l.startsWith('### ') || l.startsWith('<details><summary>'))
    .map((l) => l.replace(/^### |<\/?(details|summary)>/g, ''))
}

describe('renderSummary', () => {
  it('puts failing tasks first, then errors, pending, and passing ones last', () => {
    const order = headings(renderSummary(manyTasks())).map((h) => h.split(' ')[0])
    expect(order.slice(0, 6)).toEqual(['❌', '❌', '❌', '⚠️', '⏳', '✅'])
    expect(order.slice(6).every((icon) => icon === '✅')).toBe(true)
    expect(order).toHaveLength(40)
  })

  it('expands tasks that did not pass and collapses those that did', () => {
    const md = renderSummary(manyTasks())
    expect(md).toContain('### ❌ service-05: fail')
    expect(md).toContain('<details><summary>✅ service-00: pass')
    expect(md).not.toContain('<details><summary>❌')
    expect(md.match(/<details>/g)).toHaveLength(35)
    expect(md.match(/<\/details>/g)).toHaveLength(35)
  })

  it('opens with the verdict and the counts', () => {
    const md = renderSummary(errors())
    expect(md.split('\n')[0]).toBe('## ⚠️ BKFlow gate: error')
    expect(md).toContain('**Checked 3 tasks, 6 nodes: 1 passed, 2 errors.**')
  })

  it('says what a pending task last looked like and for how long', () => {
    const md = renderSummary(pending())
    expect(md).toContain('It did not settle within its 30m timeout: last seen RUNNING for 30m.')
  })

  it('says what to fix for an error', () => {
    expect(renderSummary(errors())).toContain(
      'Could not be checked (not&#95;found): Task 999 was not found in space 7: check task&#95;id and space&#95;id.'
    )
  })

  it('escapes every character of user and API text that markdown would act on', () => {
    const md = renderSummary(hostileRun())
    for (const raw of [
      'a|b',
      '<img',
      '`tick`',
      '*star*',
      '_under_',
      '[link]',
      '~~gone~~',
      '\\back'
    ]) {
      expect(md).not.toContain(raw)
    }
    expect(md).toContain(
      'a&#124;b &lt;img src=x&gt; &#96;tick&#96; &#42;star&#42; &#95;under&#95; &#91;link&#93;(http://x) &#126;&#126;gone&#126;&#126; &#92;back &amp; amp next'
    )
    expect(md).not.toContain('amp\nnext')
  })

  it('keeps every table row to the cells of its head (seven, or eight with reasons)', () => {
    let rows = 0
    let cells = 0
    for (const r of [hostileRun(), ...Object.values(SCENARIOS).map((s) => s())]) {
      for (const line of renderSummary(r).split('\n')) {
        if (line.startsWith('| node |')) cells = line.split('|').length
        if (!line.startsWith('| ')) continue
        rows++
        expect([9, 10]).toContain(cells)
        expect(line.split('|')).toHaveLength(cells)
      }
    }
    expect(rows).toBeGreaterThan(2000)
  })

  it('leaves only its own HTML tags unescaped', () => {
    const md = renderSummary(hostileRun())
    const stripped = md.replace(/<\/?(code|details|summary)>|<br>/g, '').replace(/^> /gm, '')
    expect(stripped).not.toMatch(/[<>]/)
  })

  it('stays within the byte budget and says what it left out', () => {
    for (const scenario of Object.values(SCENARIOS)) {
      for (const maxBytes of [2500, 6000, 20_000, 65_536]) {
        const md = renderSummary(scenario(), { maxBytes })
        expect(bytes(md)).toBeLessThanOrEqual(maxBytes)
      }
    }
    const md = renderSummary(manyTasks(), { maxBytes: 6000 })
    const shown = headings(md).length
    const note =
      /(\d+) tasks? and (\d+) rows? were left out[^;]*; the JSON report has everything/.exec(md)
    expect(note).not.toBeNull()
    expect(shown + Number(note?.[1])).toBe(40)
    expect(md.match(/<details>/g)?.length).toBe(md.match(/<\/details>/g)?.length)
  })

  it('counts rows of a table cut short', () => {
    const md = renderSummary(SCENARIOS['huge-task'](), { maxBytes: 20_000 })
    const shownRows = md.split('\n').filter((l) => l.startsWith('| <code>')).length
    expect(shownRows).toBeGreaterThan(10)
    expect(md).toContain(`0 tasks and ${2000 - shownRows} rows were left out`)
    // The failing rows come first, so they survive the cut.
    expect(md).toContain('Step 0017')
    expect(md).toContain('Step 1999')
  })

  it('keeps a run of 1,000 tasks × 100 nodes under 1 MiB by default', () => {
    const tasks = []
    for (let t = 0; t < 1000; t++) {
      const nodes = []
      for (let n = 0; n < 100; n++) nodes.push(okNode(nodeId(t * 100 + n), `Node ${n}`))
      tasks.push(
        task({ taskId: t + 1, spaceId: 1, verdict: 'pass', reason: 'ok', state: 'FINISHED', nodes })
      )
    }
    const md = renderSummary(run(tasks))
    expect(bytes(md)).toBeLessThanOrEqual(SUMMARY_MAX_BYTES)
    expect(SUMMARY_MAX_BYTES).toBeLessThan(1024 * 1024)
    expect(md).toMatch(/\d+ tasks and \d+ rows were left out/)
  })
})

describe('renderDiagnosticsSummary', () => {
  it('lists every problem by line, escaped', () => {
    const md = renderDiagnosticsSummary('specs/a|b.yml', [
      {
        file: 'x',
        line: 9,
        column: 3,
        endLine: 9,
        endColumn: 8,
        code: 'bad-enum',
        severity: 'error',
        message: 'state `FINSHED`: did you mean FINISHED?'
      },
      {
        file: 'x',
        line: 2,
        column: 1,
        endLine: 2,
        endColumn: 4,
        code: 'unknown-key',
        severity: 'warning',
        message: 'unknown key <foo>'
      }
    ])
    expect(md).toContain(
      '<code>specs/a&#124;b.yml</code> has 1 error and 1 warning; nothing was checked.'
    )
    const rows = md.split('\n').filter((l) => /^\| \d/.test(l))
    expect(rows).toEqual([
      '| 2 | 1 | warning | <code>unknown-key</code> | unknown key &lt;foo&gt; |',
      '| 9 | 3 | error | <code>bad-enum</code> | state &#96;FINSHED&#96;: did you mean FINISHED? |'
    ])
  })
})
