// The app secret must appear in no output, even when a lower layer let it into an error text.

import { describe, expect, it } from '@jest/globals'
import type { RunResult } from '../../src/model.js'
import {
  diagnosticsToAnnotations,
  planText,
  redactCredentials,
  renderComment,
  renderDiagnosticsSummary,
  renderPlan,
  renderSummary,
  toAnnotations,
  toJsonReport,
  toOutputs
} from '../../src/report/index.js'
import {
  AUTH_HEADER,
  SCENARIOS,
  SECRET,
  nodeId,
  rangeLine,
  run,
  stateNode,
  task
} from './fixtures.js'
import { schemaErrors } from './schema.js'

// The ways a credential has been seen to travel inside error texts.
const LEAKS = [
  `X-Bkapi-Authorization: ${AUTH_HEADER}`,
  JSON.stringify({ headers: { 'X-Bkapi-Authorization': AUTH_HEADER } }),
  `GET /task/1/get_task_states_by_app/?bk_app_code=gate&bk_app_secret=${SECRET}`,
  `app_secret='${SECRET}'`,
  `{"access_token": "${SECRET}"}`,
  `Authorization: Bearer ${SECRET}`
]

function leakyRun(): RunResult {
  const range = rangeLine(7)
  const tasks = LEAKS.map((leak, i) => {
    const node = stateNode(nodeId(i), 'Deploy', range)
    node.findings[0].message = `node failed: ${leak}`
    return task({
      taskId: 100 + i,
      spaceId: 1,
      range,
      verdict: i % 2 === 0 ? 'fail' : 'error',
      reason: `reason ${leak}`,
      state: 'FAILED',
      nodes: [node],
      error: i % 2 === 0 ? undefined : { kind: 'auth', message: `refused: ${leak}` }
    })
  })
  return run(tasks)
}

function everyOutput(r: RunResult): string[] {
  return [
    planText(r, { color: false }),
    planText(r, { color: true }),
    ...renderPlan(r, { color: false }).blocks.map((b) => b.title + b.body),
    renderSummary(r),
    renderSummary(r, { maxBytes: 3000 }),
    JSON.stringify(toAnnotations(r, { workspace: '/w' })),
    JSON.stringify(toOutputs(r, '/tmp/report.json')),
    JSON.stringify(toJsonReport(r)),
    renderComment(r, r.specFile)
  ]
}

describe('no output carries the app secret', () => {
  const scenarios: Record<string, () => RunResult> = { ...SCENARIOS, leaky: leakyRun }
  for (const [name, scenario] of Object.entries(scenarios)) {
    it(name, () => {
      const r = scenario()
      for (const text of everyOutput(r)) expect(text).not.toContain(SECRET)
      expect(schemaErrors(toJsonReport(r))).toEqual([])
    })
  }

  it('the leaky fixture really carries the secret into the model', () => {
    expect(JSON.stringify(leakyRun())).toContain(SECRET)
    expect(JSON.stringify(SCENARIOS.error())).toContain(SECRET)
  })

  it('spec diagnostics', () => {
    const diagnostics = LEAKS.map((leak, i) => ({
      file: 'spec.yml',
      line: i + 1,
      column: 1,
      endLine: i + 1,
      endColumn: 5,
      code: 'bad',
      severity: 'error' as const,
      message: leak
    }))
    expect(renderDiagnosticsSummary('spec.yml', diagnostics)).not.toContain(SECRET)
    expect(JSON.stringify(diagnosticsToAnnotations(diagnostics, {}))).not.toContain(SECRET)
  })
})

describe('redactCredentials', () => {
  it('masks the value and keeps the key', () => {
    expect(redactCredentials(`x?bk_app_secret=${SECRET}&y=1`)).toBe('x?bk_app_secret=***&y=1')
    expect(redactCredentials(`X-Bkapi-Authorization: ${AUTH_HEADER} refused`)).toBe(
      'X-Bkapi-Authorization: *** refused'
    )
  })

  it('leaves ordinary prose alone', () => {
    const prose = 'The app secret was refused: check the app-secret input and the token scope.'
    expect(redactCredentials(prose)).toBe(prose)
  })
})
