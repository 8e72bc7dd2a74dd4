// Shards, merge, JUnit and the sticky comment as users run them: the bundles (node dist/index.js,
// node dist/cli/index.js) against the simulator, with a GitHub API stand-in for the comments.

import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs'
import { basename, join } from 'node:path'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import type { Simulator } from '../simulator/index.js'
import { GitHubStandIn } from '../report/github-stand-in.js'
import { schemaErrors } from '../report/schema.js'
import {
  ACTION_BUNDLE,
  CLI_BUNDLE,
  TASKS,
  TEST_APP,
  makeWorkspace,
  runAction,
  runCli,
  startSim,
  type ActionRun,
  type Workspace
} from './helpers.js'

/** Six tasks in space 7: 102 fails, the others finish. Three shards: exactly one holds 102. */
const IDS = [101, 102, 103, 104, 105, 106]
const SPEC = `version: 1
defaults:
  space_id: 7
  interval: 200ms
  timeout: 20s
tasks:
${IDS.map((id) => `  - task_id: ${id}\n    label: task-${id}\n`).join('')}`

const TOKEN = 'ghs_mergetesttoken0123456789'

let sim: Simulator
let ws: Workspace
const github = new GitHubStandIn()

beforeAll(async () => {
  for (const bundle of [ACTION_BUNDLE, CLI_BUNDLE]) {
    if (!existsSync(bundle)) throw new Error(`${bundle} is missing: run npm run build`)
  }
  sim = await startSim(IDS.map((id) => (id === 102 ? TASKS.failed(id) : TASKS.finished(id))))
  await github.start()
})

afterAll(async () => {
  await sim?.close()
  await github.stop()
})

beforeEach(() => {
  ws = makeWorkspace()
  github.reset()
})

afterEach(() => ws.dispose())

function credentials(): Record<string, string> {
  return { 'api-url': sim.url, 'app-code': TEST_APP.code, 'app-secret': TEST_APP.secret }
}

/** The environment of a pull_request run whose REST calls go to the stand-in. */
function pullRequestEnv(): Record<string, string> {
  const event = ws.write('event.json', JSON.stringify({ pull_request: { number: 1 } }))
  return {
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: event,
    GITHUB_REPOSITORY: 'o/r',
    GITHUB_API_URL: github.url
  }
}

interface Junit {
  testsuites: {
    '@_tests': string
    '@_failures': string
    testsuite: { '@_name': string; testcase: { failure?: unknown }[] }[]
  }
}

function readJunit(path: string): Junit {
  const xml = readFileSync(path, 'utf8')
  expect(XMLValidator.validate(xml)).toBe(true)
  const parser = new XMLParser({
    ignoreAttributes: false,
    isArray: (name) => ['testsuite', 'testcase', 'property'].includes(name)
  })
  return parser.parse(xml) as Junit
}

function reportOf(path: string): { result: string; tasks: { taskId: number }[] } {
  const report: unknown = JSON.parse(readFileSync(path, 'utf8'))
  expect(schemaErrors(report)).toEqual([])
  return report as { result: string; tasks: { taskId: number }[] }
}

/** The verdict line of each comment body. */
function headlines(): string[] {
  return github.comments.map((c) => /BKFlow gate: \w+/.exec(c.body)?.[0] ?? '')
}

describe('the CLI: check --shard --report, then merge', () => {
  it('merges three shard reports (one failing) into one failing verdict with every task', async () => {
    ws.write('gate.yml', SPEC)
    const env = {
      BKFLOW_API_URL: sim.url,
      BKFLOW_APP_CODE: TEST_APP.code,
      BKFLOW_APP_SECRET: TEST_APP.secret
    }
    const codes: (number | null)[] = []
    for (const i of [1, 2, 3]) {
      const shard = await runCli(
        [
          'check',
          'gate.yml',
          '--shard',
          `${i}/3`,
          '--report',
          `shard-${i}.json`,
          '--junit',
          `shard-${i}.xml`
        ],
        env,
        ws.dir
      )
      codes.push(shard.code)
    }
    // Exactly one shard holds the failing task.
    expect(codes.filter((c) => c === 2)).toHaveLength(1)
    expect(codes.filter((c) => c === 0)).toHaveLength(2)
    // check --junit: each shard's JUnit file has its own tasks, six in all.
    const suites = [1, 2, 3].flatMap(
      (i) => readJunit(join(ws.dir, `shard-${i}.xml`)).testsuites.testsuite ?? []
    )
    expect(suites.map((s) => s['@_name']).sort()).toEqual(IDS.map((id) => `task-${id}`))

    const merged = await runCli(
      [
        'merge',
        'shard-1.json',
        'shard-2.json',
        'shard-3.json',
        '--junit',
        'junit.xml',
        '--report',
        'merged.json'
      ],
      {},
      ws.dir
    )
    expect(merged.stderr).toBe('')
    expect(merged.code).toBe(2)
    expect(merged.stdout).toContain('Checked 6 tasks')
    expect(merged.stdout).toContain('5 passed, 1 failed')
    expect(merged.stdout).not.toContain('other shards')
    // One plan, tasks in spec order.
    const order = IDS.map((id) => merged.stdout.indexOf(`task-${id}:`))
    expect(order.every((at) => at >= 0)).toBe(true)
    expect([...order].sort((a, b) => a - b)).toEqual(order)

    const report = reportOf(join(ws.dir, 'merged.json'))
    expect(report.result).toBe('fail')
    expect(report.tasks.map((t) => t.taskId)).toEqual(IDS)
    const junit = readJunit(join(ws.dir, 'junit.xml'))
    expect(junit.testsuites.testsuite.map((s) => s['@_name'])).toEqual(
      IDS.map((id) => `task-${id}`)
    )
    expect(Number(junit.testsuites['@_failures'])).toBeGreaterThan(0)

    // The merged report merges again to the same verdict; two shards alone are an error.
    const again = await runCli(['merge', 'merged.json'], {}, ws.dir)
    expect(again.code).toBe(2)
    const missing = await runCli(['merge', 'shard-1.json', 'shard-2.json'], {}, ws.dir)
    expect([1, 2]).toContain(missing.code)
    expect(missing.stderr).toMatch(/of gate\.yml (is|are) in no report/)
  })

  it('exits 1 naming the file and the field when a file is not a report', async () => {
    ws.write('gate.yml', SPEC)
    const env = {
      BKFLOW_API_URL: sim.url,
      BKFLOW_APP_CODE: TEST_APP.code,
      BKFLOW_APP_SECRET: TEST_APP.secret
    }
    await runCli(['check', 'gate.yml', '--report', 'good.json'], env, ws.dir)
    const report = JSON.parse(readFileSync(join(ws.dir, 'good.json'), 'utf8')) as {
      spec: { skippedByShard: number }
    }
    report.spec.skippedByShard = -1
    ws.write('bad.json', JSON.stringify(report))
    const run = await runCli(['merge', 'bad.json', 'gate.yml'], {}, ws.dir)
    expect(run.code).toBe(1)
    expect(run.stdout).toBe('')
    expect(run.stderr).toContain('bkflow-gate merge: bad.json: not a bkflow-gate report')
    expect(run.stderr).toContain('/spec/skippedByShard must be >= 0')
    expect(run.stderr).toContain('bkflow-gate merge: gate.yml: not JSON')
    const none = await runCli(['merge'], {}, ws.dir)
    expect(none.code).toBe(1)
    expect(none.stderr).toContain('missing REPORT.json')
  })
})

describe('the action: shards, mode merge, JUnit and comments', () => {
  it('shards keep a comment each; mode merge gives one failing verdict, summary, outputs, JUnit and its own comment', async () => {
    ws.write('gate.yml', SPEC)
    const pr = pullRequestEnv()
    const shardRuns: ActionRun[] = []
    for (const i of [1, 2, 3]) {
      shardRuns.push(
        await runAction(
          ws,
          {
            spec: 'gate.yml',
            shard: `${i}/3`,
            comment: 'always',
            'github-token': TOKEN,
            ...credentials()
          },
          pr
        )
      )
    }
    expect(shardRuns.map((r) => basename(r.outputs.report))).toEqual([
      'bkflow-gate-gate.yml-shard-1-of-3.json',
      'bkflow-gate-gate.yml-shard-2-of-3.json',
      'bkflow-gate-gate.yml-shard-3-of-3.json'
    ])
    expect(shardRuns.filter((r) => r.outputs.result === 'fail')).toHaveLength(1)
    // Three shards, three comments: none overwrote another.
    expect(github.comments.map((c) => c.body.split('\n')[0])).toEqual([
      '<!-- bkflow-gate:gate.yml shard 1/3 -->',
      '<!-- bkflow-gate:gate.yml shard 2/3 -->',
      '<!-- bkflow-gate:gate.yml shard 3/3 -->'
    ])

    mkdirSync(join(ws.dir, 'reports'))
    const merged = await runAction(
      ws,
      {
        mode: 'merge',
        reports: 'bkflow-gate-gate.yml-shard-*.json\n!bkflow-gate-merged*.json',
        junit: 'reports/junit/bkflow-gate.xml',
        comment: 'always',
        'github-token': TOKEN
      },
      pr
    )
    expect(merged.stderr).toBe('')
    expect(merged.code).toBe(1)
    expect(merged.outputs).toMatchObject({
      result: 'fail',
      passed: '5',
      failed: '1',
      pending: '0',
      errors: '0'
    })
    expect(JSON.parse(merged.outputs['failed-nodes'])).not.toEqual([])
    expect(basename(merged.outputs.report)).toBe('bkflow-gate-merged.json')
    const report = reportOf(merged.outputs.report)
    expect(report.tasks.map((t) => t.taskId)).toEqual(IDS)
    // One summary with every task, as if one run had checked them.
    expect(merged.summary).toContain('BKFlow gate: fail')
    expect(merged.summary).toContain('Checked 6 tasks')
    for (const id of IDS) expect(merged.summary).toContain(`task-${id}`)
    expect(merged.stdout).toContain('Merging 3 reports')
    // The shards annotated their spec lines; the merge adds no second copy.
    expect(merged.annotations.filter((a) => a.level === 'error' && a.file)).toEqual([])
    const junit = readJunit(join(ws.dir, 'reports/junit/bkflow-gate.xml'))
    expect(junit.testsuites.testsuite).toHaveLength(6)
    // The merged comment is a fourth one, with its own marker.
    expect(github.comments).toHaveLength(4)
    expect(github.comments[3].body.split('\n')[0]).toBe(
      '<!-- bkflow-gate:merge of bkflow-gate-gate.yml-shard-*.json, !bkflow-gate-merged*.json -->'
    )
    expect(headlines()[3]).toBe('BKFlow gate: fail')
    expect(github.requests.every((r) => r.auth === `token ${TOKEN}`)).toBe(true)

    // A shard's report missing: never a pass, and the summary and the log say why.
    const passing = shardRuns
      .filter((r) => r.outputs.result === 'pass')
      .map((r) => r.outputs.report)
    const partial = await runAction(ws, { mode: 'merge', reports: passing.join('\n') })
    expect(partial.outputs.result).toBe('error')
    expect(partial.code).toBe(1)
    const gap = /of gate\.yml (is|are) in no report \(\d of 6 checked\)/
    expect(partial.summary).toMatch(gap)
    expect(partial.annotations.some((a) => a.level === 'warning' && gap.test(a.message))).toBe(true)
  })

  it('mode merge fails with a clear error when nothing matches or a file is not a report', async () => {
    const none = await runAction(ws, { mode: 'merge', reports: 'reports/*.json' })
    expect(none.code).toBe(1)
    expect(none.outputs.result).toBe('error')
    expect(none.stdout).toContain('Input "reports": no file matches "reports/*.json"')
    ws.write('broken.json', '{"version": 1, "tasks": [')
    const broken = await runAction(ws, { mode: 'merge', reports: '*.json' })
    expect(broken.code).toBe(1)
    expect(broken.stdout).toContain('broken.json: not JSON')
  })

  it('comment: on-failure — a failure comments, a later pass updates that comment to the pass', async () => {
    const pr = pullRequestEnv()
    const inputs = {
      spec: 'gate.yml',
      comment: 'on-failure',
      'github-token': TOKEN,
      ...credentials()
    }
    // A pass with no earlier comment writes none.
    ws.write('gate.yml', SPEC.replace(/ {2}- task_id: 102\n.*\n/, ''))
    const firstPass = await runAction(ws, inputs, pr)
    expect(firstPass.outputs.result).toBe('pass')
    expect(github.comments).toEqual([])
    expect(github.methods()).toEqual(['GET'])

    ws.write('gate.yml', SPEC)
    const failed = await runAction(ws, inputs, pr)
    expect(failed.outputs.result).toBe('fail')
    expect(headlines()).toEqual(['BKFlow gate: fail'])

    ws.write('gate.yml', SPEC.replace(/ {2}- task_id: 102\n.*\n/, ''))
    const fixed = await runAction(ws, inputs, pr)
    expect(fixed.outputs.result).toBe('pass')
    expect(fixed.code).toBe(0)
    expect(headlines()).toEqual(['BKFlow gate: pass'])
    expect(github.methods().slice(-2)).toEqual(['GET', 'PATCH'])
  })

  it('two specs with the same file name in one job get their own report files', async () => {
    mkdirSync(join(ws.dir, 'a'))
    mkdirSync(join(ws.dir, 'b'))
    ws.write('a/gate.yml', SPEC.replace(/ {2}- task_id: 102\n.*\n/, ''))
    ws.write('b/gate.yml', SPEC)
    const a = await runAction(ws, { spec: 'a/gate.yml', ...credentials() })
    const b = await runAction(ws, { spec: 'b/gate.yml', ...credentials() })
    const again = await runAction(ws, { spec: 'a/gate.yml', ...credentials() })
    expect([a, b, again].map((r) => basename(r.outputs.report))).toEqual([
      'bkflow-gate-a_gate.yml.json',
      'bkflow-gate-b_gate.yml.json',
      'bkflow-gate-a_gate.yml-2.json'
    ])
    expect(reportOf(a.outputs.report).result).toBe('pass')
    expect(reportOf(b.outputs.report).result).toBe('fail')
    expect(readdirSync(ws.dir).filter((f) => f.startsWith('bkflow-gate-'))).toHaveLength(3)

    // Both specs merge into one run: a's tasks, then b's.
    const merged = await runAction(ws, {
      mode: 'merge',
      reports: 'bkflow-gate-a_gate.yml.json\nbkflow-gate-b_gate.yml.json'
    })
    expect(merged.outputs).toMatchObject({ result: 'fail', passed: '10', failed: '1' })
    expect(merged.summary).toContain('a/gate.yml, b/gate.yml')
  })
})
