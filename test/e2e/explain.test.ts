// Issue 13 as users see it: the action (dist/index.js) and the CLI (dist/cli/index.js) against the
// simulator, with a failure reason, a link to BKFlow's web UI and a severity: warn entry.

import { afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import type { Simulator, TaskSpec } from '../simulator/index.js'
import { schemaErrors } from '../report/schema.js'
import {
  ACTION_BUNDLE,
  CLI_BUNDLE,
  TEST_APP,
  lineOf,
  makeWorkspace,
  nid,
  runAction,
  runCli,
  startSim,
  type Workspace
} from './helpers.js'

const WEB = 'https://bkflow.example.com/o/bk-flow'
const REASON = 'HTTP 503 from http://svc.local/health'

/** Deploy backend fails with BKFlow's reason; Smoke fails too, but its entry only warns. */
const failing: TaskSpec = {
  id: 301,
  space: 7,
  template: 1,
  start: 0,
  nodes: [
    { id: nid(3011), name: 'Build', duration: 0.2 },
    { id: nid(3012), name: 'Deploy backend', duration: 0.2, result: 'FAILED', ex_data: REASON }
  ]
}
const warned: TaskSpec = {
  id: 302,
  space: 7,
  template: 1,
  start: 0,
  nodes: [{ id: nid(3021), name: 'Smoke', duration: 0.2, result: 'FAILED', ex_data: 'flaky' }]
}

const SPEC = `version: 1
defaults:
  space_id: 7
  interval: 200ms
  timeout: 20s
tasks:
  - task_id: 301
    label: deploy
    nodes:
      - name: Deploy backend
  - task_id: 302
    label: smoke
    severity: warn
`

let sim: Simulator | undefined
let ws: Workspace | undefined

beforeAll(() => {
  for (const bundle of [ACTION_BUNDLE, CLI_BUNDLE]) {
    if (!existsSync(bundle)) throw new Error(`${bundle} is missing: run npm run build`)
  }
})

afterEach(async () => {
  await sim?.close()
  ws?.dispose()
  sim = undefined
  ws = undefined
})

async function setUp(): Promise<{ sim: Simulator; ws: Workspace }> {
  sim = await startSim([failing, warned])
  ws = makeWorkspace()
  ws.write('gate.yml', SPEC)
  return { sim, ws }
}

describe('the action says why it failed and where to look', () => {
  it('puts the reason and the link in the summary, annotations and report; warns without failing', async () => {
    const { sim, ws } = await setUp()
    const run = await runAction(ws, {
      spec: 'gate.yml',
      'api-url': sim.url,
      'app-code': TEST_APP.code,
      'app-secret': TEST_APP.secret,
      'web-url': `${WEB}/`
    })
    expect(run.code).toBe(1)
    expect(run.outputs).toMatchObject({ result: 'fail', failed: '1', passed: '1', warnings: '2' })

    const deployLine = lineOf(SPEC, '- name: Deploy backend')
    const node = run.annotations.find((a) => a.level === 'error' && a.line === deployLine)
    expect(node?.message).toContain(`— reason: ${REASON}`)
    const warnings = run.annotations.filter((a) => a.level === 'warning' && a.file === 'gate.yml')
    expect(warnings.map((a) => a.line)).toEqual([
      lineOf(SPEC, '- task_id: 302'),
      lineOf(SPEC, '- task_id: 302')
    ])
    expect(warnings[1].message).toContain('— reason: flaky')

    expect(run.summary).toContain(`[open in BKFlow](<${WEB}/taskflow/execute/7/?instanceId=301>)`)
    expect(run.summary).toContain(`| ${REASON} |`)
    expect(run.summary).toContain('🟡 smoke: pass with 2 warnings')
    expect(run.stdout).toContain(`reason: ${REASON}`)

    const report = JSON.parse(readFileSync(run.outputs.report, 'utf8')) as {
      counts: { warnings: number }
      requests: { byEndpoint: Record<string, number> }
      tasks: {
        link: string | null
        severity: string
        verdict: string
        batchShare: number
        timings: { elapsedSec: number | null }
        rows: { id: string; reason: { line: string; status: string } | null }[]
      }[]
    }
    expect(schemaErrors(report)).toEqual([])
    expect(report.counts.warnings).toBe(2)
    expect(report.requests.byEndpoint.get_task_node_detail).toBe(2)
    const [deploy, smoke] = report.tasks
    expect(deploy.link).toBe(`${WEB}/taskflow/execute/7/?instanceId=301`)
    expect(deploy.rows[0]).toMatchObject({
      id: nid(3012),
      reason: { status: 'read', line: REASON }
    })
    expect(deploy.batchShare).toBeGreaterThan(0)
    expect(deploy.timings.elapsedSec).not.toBeNull()
    expect(smoke).toMatchObject({ severity: 'warn', verdict: 'pass' })
    const failedNodes = JSON.parse(run.outputs['failed-nodes']) as {
      node_id: string
      reason: string
    }[]
    expect(failedNodes).toEqual([expect.objectContaining({ node_id: nid(3012), reason: REASON })])
  })

  it('refuses a web-url that is not an http(s) URL, naming the input', async () => {
    const { sim, ws } = await setUp()
    const run = await runAction(ws, {
      spec: 'gate.yml',
      'api-url': sim.url,
      'app-code': TEST_APP.code,
      'app-secret': TEST_APP.secret,
      'web-url': 'ftp://bkflow.example.com'
    })
    expect(run.code).toBe(1)
    expect(run.outputs.result).toBe('error')
    expect(run.stdout).toContain('Input "web-url" is "ftp://bkflow.example.com"')
    expect(sim.log).toEqual([])
  })
})

describe('the CLI says why it failed and where to look', () => {
  it('prints the reason under the node and the link under the task (--web-url, else BKFLOW_WEB_URL)', async () => {
    const { sim, ws } = await setUp()
    const env = {
      BKFLOW_API_URL: sim.url,
      BKFLOW_APP_CODE: TEST_APP.code,
      BKFLOW_APP_SECRET: TEST_APP.secret,
      BKFLOW_WEB_URL: 'https://ignored.example.com'
    }
    const run = await runCli(['check', 'gate.yml', '--web-url', WEB], env, ws.dir)
    expect(run.code).toBe(2)
    expect(run.stdout).toContain(`      reason: ${REASON}`)
    expect(run.stdout).toContain(`  ${WEB}/taskflow/execute/7/?instanceId=301`)
    expect(run.stdout).toContain('smoke: pass with 2 warnings')
    expect(run.stdout).toMatch(
      /Checked 2 tasks, \d+ nodes: 1 passed, 1 failed \(1 node failed\); 2 warnings\./
    )
    expect(run.stdout).not.toContain('ignored.example.com')

    const fromEnv = await runCli(['check', 'gate.yml'], env, ws.dir)
    expect(fromEnv.stdout).toContain(
      'https://ignored.example.com/taskflow/execute/7/?instanceId=301'
    )
    const bad = await runCli(['check', 'gate.yml', '--web-url', 'not a url'], env, ws.dir)
    expect(bad.code).toBe(1)
    expect(bad.stderr).toContain('--web-url is "not a url": not a URL')
  })
})
