// Merge reads reports, not the network: JSON reports written by toJsonReport (as the action and
// the CLI write them) go through real files, readReports and mergeReports, then the renderers.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'
import { mergeReports, readReports, type Merged } from '../../src/merge/index.js'
import type { RunResult } from '../../src/model.js'
import { planText, renderJunit, renderSummary, toJsonReport } from '../../src/report/index.js'
import { SCENARIOS, nodeFailed, run } from '../report/fixtures.js'

const dir = mkdtempSync(join(tmpdir(), 'bkflow-gate-merge-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

let written = 0
/** Writes a run's JSON report (or any text) to a file and returns its path. */
function file(content: RunResult | string, name = `report-${++written}.json`): string {
  const path = join(dir, name)
  const text =
    typeof content === 'string' ? content : JSON.stringify(toJsonReport(content), null, 2)
  writeFileSync(path, text)
  return path
}

async function merge(paths: string[]): Promise<Merged> {
  const read = await readReports(paths)
  if ('errors' in read) throw new Error(read.errors.join('\n'))
  return mergeReports(read.reports)
}

async function merged(paths: string[]): Promise<{ run: RunResult; gaps: string[] }> {
  const result = await merge(paths)
  if ('error' in result) throw new Error(result.error)
  return result
}

/** The run's tasks split into shards by position (i % count), each knowing how many it left out. */
function shards(whole: RunResult, count: number): RunResult[] {
  return Array.from({ length: count }, (_, index) => {
    const tasks = whole.tasks.filter((_, i) => i % count === index)
    const shard = run(tasks, { durationSec: (whole.finishedAt - whole.startedAt) / 1000 })
    return { ...shard, skippedByShard: whole.tasks.length - tasks.length }
  })
}

describe('mergeReports', () => {
  for (const [name, scenario] of Object.entries(SCENARIOS)) {
    it(`${name}: one report merged gives back the same run (the JSON report round-trips)`, async () => {
      const original = scenario()
      const { run: back, gaps } = await merged([file(original)])
      expect(gaps).toEqual([])
      expect(toJsonReport(back)).toEqual(toJsonReport(original))
      expect(planText(back, { color: false })).toBe(planText(original, { color: false }))
    })
  }

  it('three shard reports, one failing: one failing verdict, every task in one summary', async () => {
    const whole = nodeFailed()
    const parts = shards(whole, 3)
    expect(parts.map((p) => p.result)).toEqual(['fail', 'pass', 'pass'])
    const { run: all, gaps } = await merged(parts.reverse().map((p) => file(p)))
    expect(gaps).toEqual([])
    expect(all.result).toBe('fail')
    expect(all.skippedByShard).toBe(0)
    // Spec order again, whatever the order of the files.
    expect(all.tasks.map((t) => t.task.taskId)).toEqual([1042, 1043, 88])
    // As if one run had checked every task: the same summary, plan and JUnit as the unsharded run.
    expect(renderSummary(all)).toBe(renderSummary(whole))
    expect(planText(all, { color: false })).toBe(planText(whole, { color: false }))
    expect(renderJunit(all)).toBe(renderJunit(whole))
    expect(all.requests).toEqual(whole.requests)
  })

  it('a missing shard report makes passing shards an error, never a pass', async () => {
    const parts = shards(SCENARIOS['all-pass'](), 3)
    const { run: some, gaps } = await merged([file(parts[0]), file(parts[2])])
    expect(some.result).toBe('error')
    expect(some.skippedByShard).toBe(1)
    expect(gaps).toEqual([
      "1 task of .github/bkflow/deploy.yml is in no report (2 of 3 checked): is a shard's report missing?"
    ])
    expect(renderSummary(some)).toContain('1 more in other shards.')
  })

  it('a missing shard report leaves a failure a failure', async () => {
    const parts = shards(nodeFailed(), 3)
    const { run: some, gaps } = await merged([file(parts[0]), file(parts[1])])
    expect(some.result).toBe('fail')
    expect(gaps).toHaveLength(1)
  })

  it('refuses the same task of the same spec twice, naming both files', async () => {
    const a = file(nodeFailed(), 'twice-a.json')
    const b = file(nodeFailed(), 'twice-b.json')
    const result = await merge([a, b])
    expect(result).toEqual({
      error: `${a} and ${b} both checked space:7/task:1042 of .github/bkflow/deploy.yml: give each run’s report once.`
    })
  })

  it('refuses reports that disagree on how many tasks a spec has', async () => {
    const parts = shards(nodeFailed(), 3)
    const changed = { ...parts[1], skippedByShard: 5 }
    const result = await merge([file(parts[0]), file(changed)])
    expect('error' in result && result.error).toMatch(/disagree on how many tasks .* \(6 and 3\)/)
  })

  it('keeps two specs with the same tasks apart, in the order the specs come', async () => {
    const a = { ...SCENARIOS['all-pass'](), specFile: 'a/gate.yml' }
    const b = { ...nodeFailed(), specFile: 'b/gate.yml' }
    const { run: both, gaps } = await merged([file(a), file(b)])
    expect(gaps).toEqual([])
    expect(both.specFile).toBe('a/gate.yml, b/gate.yml')
    expect(both.tasks).toHaveLength(6)
    expect(both.result).toBe('fail')
    expect(renderSummary(both)).toContain('Checked 6 tasks')
  })

  it('reads reports written before nodeList: node entries come from the listed rows', async () => {
    const original = nodeFailed()
    const report = toJsonReport(original)
    for (const t of report.tasks) delete t.expectation.nodeList
    const { run: back } = await merged([file(JSON.stringify(report))])
    expect(back.tasks[0].task.nodes.map((n) => n.id)).toEqual(
      original.tasks[0].task.nodes.map((n) => n.id)
    )
    expect(renderSummary(back)).toBe(renderSummary(original))
  })
})

describe('readReports', () => {
  it('names the file and the field of a report that breaks the schema', async () => {
    const report = toJsonReport(nodeFailed()) as unknown as { tasks: Record<string, unknown>[] }
    report.tasks[1].verdict = 'maybe'
    delete report.tasks[2].rows
    const path = file(JSON.stringify(report))
    const read = await readReports([path])
    expect('errors' in read && read.errors).toEqual([
      `${path}: not a bkflow-gate report (schemas/report.schema.json): /tasks/1/verdict must be one of "pass", "fail", "pending", "error"; /tasks/2/rows is required but missing.`
    ])
  })

  it('says what each bad file is, all at once', async () => {
    const yaml = file('version: 1\ntasks:\n  - task_id: 1\n', 'gate.yml')
    const newer = file(JSON.stringify({ ...toJsonReport(nodeFailed()), version: 2 }))
    const missing = join(dir, 'absent.json')
    const read = await readReports([yaml, newer, missing, dir])
    if (!('errors' in read)) throw new Error('expected errors')
    expect(read.errors[0]).toMatch(
      /gate\.yml: not JSON \(.*\); expected a bkflow-gate JSON report\.$/
    )
    expect(read.errors[1]).toBe(
      `${newer}: report version 2 is newer than this bkflow-gate reads (1); update bkflow-gate.`
    )
    expect(read.errors[2]).toBe(`${missing}: cannot read it (no such file).`)
    expect(read.errors[3]).toBe(`${dir}: cannot read it (a directory).`)
  })

  it('names files as the caller displays them', async () => {
    const path = file('{}')
    const read = await readReports([path], () => 'reports/shard-1.json')
    expect('errors' in read && read.errors[0]).toMatch(
      /^reports\/shard-1\.json: not a bkflow-gate report .*\/version is required but missing/
    )
  })
})
