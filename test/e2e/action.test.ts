// The action as the runner runs it: `node dist/index.js` with INPUT_* variables, the runner's
// files and a clean environment, against the simulator (issue 6).

import { afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import { basename } from 'node:path'
import type { Simulator, TaskSpec } from '../simulator/index.js'
import { schemaErrors } from '../report/schema.js'
import {
  ACTION_BUNDLE,
  TASKS,
  TEST_APP,
  apiRequests,
  errorLines,
  lineOf,
  makeWorkspace,
  nid,
  runAction,
  startSim,
  waitForRequests,
  type ActionRun,
  type Workspace
} from './helpers.js'

let sim: Simulator | undefined
let workspace: Workspace | undefined

async function setUp(tasks: TaskSpec[]): Promise<{ sim: Simulator; ws: Workspace }> {
  sim = await startSim(tasks)
  workspace = makeWorkspace()
  return { sim, ws: workspace }
}

afterEach(async () => {
  await sim?.close()
  workspace?.dispose()
  sim = undefined
  workspace = undefined
})

beforeAll(() => {
  if (!existsSync(ACTION_BUNDLE)) throw new Error(`${ACTION_BUNDLE} is missing: run npm run build`)
})

function credentials(s: Simulator): Record<string, string> {
  return { 'api-url': s.url, 'app-code': TEST_APP.code, 'app-secret': TEST_APP.secret }
}

function readReport(run: ActionRun): { result: string; tasks: { taskId: number }[] } {
  expect(run.outputs.report).toBeTruthy()
  const report: unknown = JSON.parse(readFileSync(run.outputs.report, 'utf8'))
  expect(schemaErrors(report)).toEqual([])
  return report as { result: string; tasks: { taskId: number }[] }
}

const FAIL_SPEC = `version: 1
defaults:
  space_id: 7
  interval: 200ms
  timeout: 20s
tasks:
  - task_id: 101
    label: build-only
  - task_id: 102
    label: deploy
    nodes:
      - id: ${nid(1021)}
      - name: Deploy backend
      - id: ${nid(9999)}
        state: FINISHED
`

describe('the action (dist/index.js) against the simulator', () => {
  it('passes after waiting for a running task to finish, and writes outputs, summary and report', async () => {
    // The task finishes at sim second 30; the clock jumps there once the first look saw it running.
    const slow: TaskSpec = {
      id: 101,
      space: 7,
      template: 1,
      start: 0,
      nodes: [
        { id: nid(1011), name: 'Build', duration: 15 },
        { id: nid(1012), name: 'Deploy', duration: 15 }
      ]
    }
    const { sim, ws } = await setUp([slow])
    ws.write(
      'gate.yml',
      `version: 1
tasks:
  - task_id: 101
    space_id: 7
    interval: 200ms
    nodes:
      - name: Deploy
`
    )
    const pending = runAction(ws, { spec: 'gate.yml', ...credentials(sim) })
    await waitForRequests(sim, 'get_tasks_states', 1)
    const seenBeforeFinish = sim.log.filter((e) => e.endpoint !== null).length
    sim.clock.advance(60_000)
    const run = await pending

    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject({
      result: 'pass',
      passed: '1',
      failed: '0',
      pending: '0',
      errors: '0',
      'failed-nodes': '[]'
    })
    expect(apiRequests(sim)).toBeGreaterThan(seenBeforeFinish)
    expect(run.annotations.filter((a) => a.level === 'error')).toEqual([])
    expect(run.summary).toMatch(/BKFlow gate: pass/)
    expect(basename(run.outputs.report)).toBe('bkflow-gate-gate.yml.json')
    expect(readReport(run).result).toBe('pass')
  })

  it('fails with exit code 1 and annotates the spec lines of the unmet task and nodes', async () => {
    const { sim, ws } = await setUp([TASKS.finished(101), TASKS.failed(102)])
    ws.write('gate.yml', FAIL_SPEC)
    const run = await runAction(ws, { spec: 'gate.yml', ...credentials(sim) })

    expect(run.code).toBe(1)
    expect(run.outputs).toMatchObject({
      result: 'fail',
      passed: '1',
      failed: '1',
      pending: '0',
      errors: '0'
    })
    const failedNodes = JSON.parse(run.outputs['failed-nodes']) as {
      node_id: string
      finding: string
    }[]
    expect(failedNodes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ node_id: nid(1022), finding: 'state' }),
        expect.objectContaining({ node_id: nid(9999), finding: 'missing' })
      ])
    )

    const findings = run.annotations.filter((a) => a.level === 'error' && a.file !== undefined)
    expect(findings.every((a) => a.file === 'gate.yml')).toBe(true)
    const taskLine = lineOf(FAIL_SPEC, '- task_id: 102')
    expect([...new Set(findings.map((a) => a.line))].sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual([
      taskLine,
      lineOf(FAIL_SPEC, '- name: Deploy backend'),
      lineOf(FAIL_SPEC, `- id: ${nid(9999)}`)
    ])
    expect(findings.find((a) => a.line === taskLine)?.message).toMatch(/FAILED/)
    // The one-line reason of setFailed, without a position.
    expect(run.annotations.some((a) => a.level === 'error' && a.file === undefined)).toBe(true)

    expect(run.summary).toMatch(/BKFlow gate: fail/)
    expect(run.summary).toContain('deploy')
    expect(run.summary).toContain('Deploy backend')
    const report = readReport(run)
    expect(report.result).toBe('fail')
    expect(report.tasks.map((t) => t.taskId).sort()).toEqual([101, 102])
  })

  it('reports error with result=error when the secret is wrong, and never prints the secret', async () => {
    const { sim, ws } = await setUp([TASKS.finished(101)])
    ws.write(
      'gate.yml',
      'version: 1\ntasks:\n  - task_id: 101\n    space_id: 7\n    interval: 200ms\n'
    )
    const secret = 'wrong-secret-5f1e9c'
    const run = await runAction(ws, { spec: 'gate.yml', ...credentials(sim), 'app-secret': secret })

    expect(run.code).toBe(1)
    expect(run.outputs).toMatchObject({ result: 'error', errors: '1', passed: '0', failed: '0' })
    const task = run.annotations.find((a) => a.level === 'error' && a.line === 3)
    expect(task?.message).toMatch(/rejected/i)
    expect(task?.message).toMatch(/credential/i)
    expect(task?.message).toMatch(/app-secret/)

    expect(run.masks).toContain(secret)
    const printed = run.stdout
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n')
    for (const text of [printed, run.stderr, run.summary, readFileSync(run.outputs.report, 'utf8')])
      expect(text).not.toContain(secret)
    expect(JSON.stringify(run.outputs)).not.toContain(secret)
  })

  it('annotates an invalid spec at its lines and makes no request', async () => {
    const { sim, ws } = await setUp([TASKS.finished(101)])
    const spec = `version: 1
tasks:
  - task_id: 101
    space_id: 7
    state: FINSHED
  - label: no id
    nodes:
      - id: ${nid(1)}
        name: both
`
    ws.write('gate.yml', spec)
    const run = await runAction(ws, { spec: 'gate.yml', ...credentials(sim) })

    expect(run.code).toBe(1)
    expect(run.outputs.result).toBe('error')
    expect(sim.log).toEqual([])
    const problems = run.annotations.filter((a) => a.file === 'gate.yml')
    expect(problems.map((a) => a.line)).toEqual([
      lineOf(spec, 'state: FINSHED'),
      lineOf(spec, '- label: no id'),
      lineOf(spec, 'name: both')
    ])
    expect(problems[0].message).toMatch(/FINISHED/)
    expect(problems[1].message).toMatch(/task_id/)
    expect(run.summary).toMatch(/the spec is invalid/)
  })

  it('mode check: one look, and a task still RUNNING fails at once', async () => {
    const { sim, ws } = await setUp([TASKS.running(103)])
    const spec = 'version: 1\ntasks:\n  - task_id: 103\n    space_id: 7\n    timeout: 30m\n'
    ws.write('gate.yml', spec)
    const run = await runAction(ws, { spec: 'gate.yml', mode: 'check', ...credentials(sim) })

    expect(run.code).toBe(1)
    expect(run.outputs).toMatchObject({ result: 'fail', failed: '1', pending: '0' })
    expect(errorLines(run)).toContain(lineOf(spec, '- task_id: 103'))
    expect(run.annotations.find((a) => a.line === 3)?.message).toMatch(/RUNNING/)
    expect(sim.log.filter((e) => e.endpoint === 'get_tasks_states')).toHaveLength(1)
  })

  it('mode validate checks the spec with no credentials and no request', async () => {
    const { sim, ws } = await setUp([TASKS.finished(101)])
    ws.write('gate.yml', 'version: 1\ntasks:\n  - task_id: 101\n    space_id: 7\n')
    const run = await runAction(ws, { spec: 'gate.yml', mode: 'validate', 'api-url': sim.url })

    expect(run.code).toBe(0)
    expect(run.outputs.result).toBe('pass')
    expect(run.stdout).toMatch(/valid/)
    expect(sim.log).toEqual([])
  })

  it('takes the spec inline as multi-line YAML', async () => {
    const { sim, ws } = await setUp([TASKS.finished(101)])
    const inline = `version: 1
defaults:
  space_id: 7
  interval: 200ms
tasks:
  - task_id: 101
    nodes:
      - name: Deploy backend
`
    const run = await runAction(ws, { spec: inline, ...credentials(sim) })

    expect(run.code).toBe(0)
    expect(run.outputs.result).toBe('pass')
    expect(basename(run.outputs.report)).toBe('bkflow-gate-inline.json')
    expect(readReport(run).tasks.map((t) => t.taskId)).toEqual([101])
  })

  it('annotates an invalid inline spec at its line, without a file', async () => {
    const { sim, ws } = await setUp([TASKS.finished(101)])
    const inline = 'version: 1\ntasks:\n  - task_id: 101\n    space_id: 7\n    state: DONE\n'
    const run = await runAction(ws, { spec: inline, ...credentials(sim) })

    expect(run.code).toBe(1)
    expect(run.outputs.result).toBe('error')
    const problem = run.annotations.find((a) => a.title?.includes('bad-enum'))
    expect(problem).toMatchObject({ level: 'error', file: undefined, line: 5 })
    expect(sim.log).toEqual([])
  })

  it('resolves ${VAR} from the vars input, and never echoes a bad value', async () => {
    const { sim, ws } = await setUp([TASKS.finished(101)])
    ws.write(
      'gate.yml',
      'version: 1\ntasks:\n  - task_id: ${TASK_ID}\n    space_id: ${SPACE}\n    interval: 200ms\n'
    )
    const good = await runAction(ws, {
      spec: 'gate.yml',
      vars: 'TASK_ID=101\nSPACE=7',
      ...credentials(sim)
    })
    expect(good.code).toBe(0)
    expect(good.outputs.result).toBe('pass')
    expect(sim.log.some((e) => e.taskIds?.includes(101) || e.taskId === 101)).toBe(true)

    const requests = sim.log.length
    const bad = await runAction(
      ws,
      { spec: 'gate.yml', vars: 'TASK_ID=tok-9f8e7d', ...credentials(sim) },
      { SPACE: '7' }
    )
    expect(bad.code).toBe(1)
    expect(bad.outputs.result).toBe('error')
    const problem = bad.annotations.find((a) => a.line === 3)
    expect(problem?.message).toContain('TASK_ID')
    expect(bad.stdout + bad.summary).not.toContain('tok-9f8e7d')
    expect(sim.log).toHaveLength(requests)
  })

  it('shard 1/2 and 2/2 together check every task once', async () => {
    const ids = [301, 302, 303, 304, 305, 306, 307, 308]
    const { sim, ws } = await setUp(ids.map((id) => TASKS.finished(id)))
    ws.write(
      'gate.yml',
      `version: 1\ndefaults:\n  space_id: 7\n  interval: 200ms\ntasks:\n${ids.map((id) => `  - task_id: ${id}\n`).join('')}`
    )
    const [first, second] = await Promise.all(
      ['1/2', '2/2'].map((shard) => runAction(ws, { spec: 'gate.yml', shard, ...credentials(sim) }))
    )
    expect([first.code, second.code]).toEqual([0, 0])
    expect(first.outputs.report).not.toBe(second.outputs.report)
    const a = readReport(first).tasks.map((t) => t.taskId)
    const b = readReport(second).tasks.map((t) => t.taskId)
    expect(a.length).toBeGreaterThan(0)
    expect(b.length).toBeGreaterThan(0)
    expect(a.filter((id) => b.includes(id))).toEqual([])
    expect([...a, ...b].sort()).toEqual(ids)
  })

  it('on SIGTERM writes the outputs, the summary and the report of what it knows', async () => {
    const { sim, ws } = await setUp([TASKS.running(103)])
    ws.write(
      'gate.yml',
      'version: 1\ntasks:\n  - task_id: 103\n    space_id: 7\n    interval: 200ms\n'
    )
    const run = await runAction(ws, { spec: 'gate.yml', ...credentials(sim) }, {}, (child) => {
      void waitForRequests(sim, 'get_tasks_states', 2).then(() => child.kill('SIGTERM'))
    })

    expect(run.code).toBe(1)
    expect(run.outputs).toMatchObject({ result: 'fail', pending: '1' })
    expect(run.summary).toMatch(/BKFlow gate: fail/)
    expect(run.summary).toMatch(/[Cc]ancelled/)
    expect(errorLines(run)).toContain(3)
    const report = readReport(run) as { cancelled?: boolean }
    expect(report.cancelled).toBe(true)
  })

  it.each([
    ['app-secret', { spec: 'gate.yml', 'api-url': 'http://127.0.0.1:9', 'app-code': 'x' }],
    ['spec', { 'api-url': 'http://127.0.0.1:9', 'app-code': 'x', 'app-secret': 'y' }],
    ['api-url', { spec: 'gate.yml', 'app-code': 'x', 'app-secret': 'y' }]
  ])('names a missing required input (%s) and exits 1', async (name, inputs) => {
    const { sim, ws } = await setUp([])
    ws.write('gate.yml', 'version: 1\ntasks:\n  - task_id: 101\n    space_id: 7\n')
    const run = await runAction(ws, inputs)

    expect(run.code).toBe(1)
    expect(run.outputs.result).toBe('error')
    const failure = run.annotations.find((a) => a.level === 'error')
    expect(failure?.message).toContain(`"${name}"`)
    expect(failure?.message).toMatch(/required/)
    expect(sim.log).toEqual([])
  })
})
