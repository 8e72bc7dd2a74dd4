import { describe, expect, it } from '@jest/globals'
import {
  INLINE_SPEC_FILE,
  type Diagnostic,
  type Finding,
  type TaskResult
} from '../../src/model.js'
import { annotationPath, diagnosticsToAnnotations, toAnnotations } from '../../src/report/index.js'
import {
  SPEC_FILE,
  at,
  errors,
  nodeFailed,
  pending,
  rangeAt,
  rangeLine,
  run,
  task
} from './fixtures.js'

function nodeFinding(
  taskRange: Finding['range'],
  n: number,
  kind: Finding['kind'] = 'state'
): Finding {
  return {
    kind,
    target: 'node',
    nodeId: `n${n}`,
    nodeName: `Node ${n}`,
    expected: 'FINISHED',
    actual: 'FAILED',
    message: `node "Node ${n}" is FAILED`,
    range: { ...taskRange, line: taskRange.line + n }
  }
}

function failing(taskId: number, findings: number, line: number): TaskResult {
  const t = task({
    taskId,
    spaceId: 1,
    range: rangeLine(line),
    verdict: 'fail',
    reason: 'r',
    state: 'FAILED'
  })
  for (let i = 1; i <= findings; i++) t.findings.push(nodeFinding(t.task.range, i))
  return t
}

describe('toAnnotations', () => {
  it('puts each finding on the spec entry that declared it', () => {
    const annotations = toAnnotations(nodeFailed(), {})
    const task = at('task_id: 1042')
    const backend = at('id: n5f0c2b7e1d94a3b8c6e0f1a2b3c4d5e6')
    const smoke = at('name: Smoke test')
    expect(annotations).toEqual([
      {
        level: 'error',
        title: 'deploy-prod: task state',
        message: 'task "deploy-prod" (1042) is FAILED, expected FINISHED',
        file: SPEC_FILE,
        startLine: task.line,
        startColumn: task.column,
        endLine: task.line
      },
      {
        level: 'error',
        title: 'deploy-prod: node "Deploy backend" (n5f0c2b…)',
        message: 'node "Deploy backend" (n5f0c2b…) is FAILED, expected FINISHED (retry 2)',
        file: SPEC_FILE,
        startLine: backend.line,
        startColumn: backend.column,
        endLine: backend.line
      },
      {
        level: 'error',
        title: 'deploy-prod: node "Smoke test" (n7d3e9a…)',
        message: 'node "Smoke test" (n7d3e9a…) is missing from the tree',
        file: SPEC_FILE,
        startLine: smoke.line,
        startColumn: smoke.column,
        endLine: smoke.line,
        endColumn: smoke.column + 'name: Smoke test'.length
      }
    ])
    // The fixture's spec really has these entries there.
    expect([task, backend, smoke]).toEqual([
      { line: 7, column: 5 },
      { line: 10, column: 9 },
      { line: 12, column: 9 }
    ])
  })

  it('annotates errors without findings and pending tasks on the task entry', () => {
    const a = toAnnotations(errors(), {})
    expect(a.map((x) => [x.title, x.startLine])).toEqual([
      ['task 999 (space 7): could not check', 7],
      ['deploy-staging: could not check', 9]
    ])
    const p = toAnnotations(pending(), {})
    expect(p.map((x) => [x.title, x.startLine])).toEqual([
      ['nightly-sync: not settled', 7],
      ['task 3101: not settled', 12]
    ])
  })

  it('keeps messages on one line', () => {
    const t = failing(1, 1, 5)
    t.findings[0].message = 'first\nsecond\r\nthird'
    expect(toAnnotations(run([t]), {})[0].message).toBe('first second third')
  })

  it('caps errors at 9, leaving the 10th for the step failure, and adds one notice for the rest', () => {
    const a = toAnnotations(run([failing(1, 12, 5), failing(2, 3, 40)]), {})
    expect(a).toHaveLength(10)
    expect(a.slice(0, 9).every((x) => x.level === 'error')).toBe(true)
    expect(a[9]).toMatchObject({
      level: 'notice',
      message: '6 more findings are in the job summary.',
      file: SPEC_FILE
    })
  })

  it('takes each task in turn so a noisy task cannot hide another', () => {
    const a = toAnnotations(run([failing(1, 12, 5), failing(2, 1, 40)]), {})
    expect(a.filter((x) => x.title.startsWith('task 2 ')).length).toBe(1)
  })

  it('puts errors and failures before pending', () => {
    const p = pending().tasks[0]
    const a = toAnnotations(run([p, failing(2, 9, 40)]), {})
    expect(a.slice(0, 9).every((x) => !x.title.endsWith('not settled'))).toBe(true)
    expect(a[9]).toMatchObject({
      level: 'notice',
      message: '1 more finding is in the job summary.'
    })
  })

  it('honours a smaller max', () => {
    const a = toAnnotations(run([failing(1, 5, 5)]), { max: 3 })
    expect(a.map((x) => x.level)).toEqual(['error', 'error', 'notice'])
  })

  it('makes paths relative to the workspace, with forward slashes', () => {
    const r = nodeFailed()
    for (const t of r.tasks) {
      for (const f of t.findings)
        f.range = { ...f.range, file: `/home/runner/work/r/r/${SPEC_FILE}` }
    }
    r.specFile = `/home/runner/work/r/r/${SPEC_FILE}`
    const a = toAnnotations(r, { workspace: '/home/runner/work/r/r' })
    expect(a.every((x) => x.file === SPEC_FILE)).toBe(true)
    expect(annotationPath('/elsewhere/spec.yml', '/home/runner/work/r/r')).toBe(
      '/elsewhere/spec.yml'
    )
    expect(annotationPath('./specs/a.yml', '/w')).toBe('specs/a.yml')
    expect(annotationPath(INLINE_SPEC_FILE, '/w')).toBe('')
  })

  it('uses the range given, not the task, for node entries', () => {
    const range = rangeAt('name: Upload')
    const t = task({
      taskId: 88,
      label: 'nightly-report',
      range: rangeAt('task_id: 88', 6),
      verdict: 'fail',
      reason: 'r',
      state: 'FINISHED'
    })
    t.findings.push({ ...nodeFinding(t.task.range, 1, 'missing'), range })
    const [a] = toAnnotations(run([t]), {})
    expect([a.startLine, a.startColumn, a.endColumn]).toEqual([20, 9, 21])
  })
})

describe('diagnosticsToAnnotations', () => {
  const d = (line: number, severity: Diagnostic['severity'], code = 'bad-enum'): Diagnostic => ({
    file: '/ws/specs/deploy.yml',
    line,
    column: 7,
    endLine: line,
    endColumn: 15,
    code,
    severity,
    message: `problem at ${line}\nsecond line`
  })

  it('annotates each diagnostic at its line and column, errors first', () => {
    const a = diagnosticsToAnnotations([d(9, 'warning', 'unknown-key'), d(4, 'error')], {
      workspace: '/ws'
    })
    expect(a).toEqual([
      {
        level: 'error',
        title: 'bkflow-gate spec: bad-enum',
        message: 'problem at 4 second line',
        file: 'specs/deploy.yml',
        startLine: 4,
        startColumn: 7,
        endLine: 4,
        endColumn: 15
      },
      {
        level: 'warning',
        title: 'bkflow-gate spec: unknown-key',
        message: 'problem at 9 second line',
        file: 'specs/deploy.yml',
        startLine: 9,
        startColumn: 7,
        endLine: 9,
        endColumn: 15
      }
    ])
  })

  it('caps each severity and says how many more there are', () => {
    const many = Array.from({ length: 13 }, (_, i) => d(i + 1, 'error'))
    const a = diagnosticsToAnnotations(many, { workspace: '/ws' })
    expect(a).toHaveLength(10)
    expect(a[9]).toMatchObject({
      level: 'notice',
      message: '4 more problems are in the job summary.'
    })
  })
})
