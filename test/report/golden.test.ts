// Golden files: the plan and the summary of each scenario are committed under test/golden, so any
// change in output shows up as a diff in review. `UPDATE_GOLDEN=1 npm test -- test/report` rewrites them.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from '@jest/globals'
import { planText, renderSummary } from '../../src/report/index.js'
import { SCENARIOS, manyTasks } from './fixtures.js'

const GOLDEN_DIR = fileURLToPath(new URL('../golden/', import.meta.url))
const UPDATE = process.env.UPDATE_GOLDEN === '1'

function golden(file: string, actual: string): void {
  const full = GOLDEN_DIR + file
  if (UPDATE || !existsSync(full)) {
    mkdirSync(GOLDEN_DIR, { recursive: true })
    writeFileSync(full, actual)
    if (!UPDATE) throw new Error(`${file} did not exist and was written; run the tests again`)
  }
  expect(actual).toBe(readFileSync(full, 'utf8'))
}

describe('golden plan and summary', () => {
  for (const [name, scenario] of Object.entries(SCENARIOS)) {
    it(`${name}: plan`, () => {
      golden(`${name}.plan.txt`, planText(scenario(), { color: false }))
    })
    it(`${name}: summary`, () => {
      golden(`${name}.summary.md`, renderSummary(scenario()))
    })
  }
  it('truncated summary: many tasks under a small budget', () => {
    golden('truncated.summary.md', renderSummary(manyTasks(), { maxBytes: 6000 }))
  })
})
