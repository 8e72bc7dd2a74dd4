// The CLI as users run it: `node dist/cli/index.js` with credentials in a clean environment,
// against the simulator; exit codes 0 pass / 2 fail / 1 error (product.md §6).

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import { schemaErrors } from '../report/schema.js'
import type { Simulator, TaskSpec } from '../simulator/index.js'
import {
  CLI_BUNDLE,
  TASKS,
  TEST_APP,
  apiRequests,
  makeWorkspace,
  nid,
  runCli,
  startSim,
  type ProcessRun,
  type Workspace
} from './helpers.js'

let sim: Simulator
let ws: Workspace
let env: Record<string, string>

beforeAll(async () => {
  if (!existsSync(CLI_BUNDLE)) throw new Error(`${CLI_BUNDLE} is missing: run npm run build`)
  sim = await startSim(
    [
      TASKS.finished(101),
      TASKS.failed(102),
      TASKS.running(103),
      TASKS.finished(104),
      withSubprocess(105),
      withSubprocess(106)
    ],
    {
      users: ['alice'],
      tokens: ['token-alice']
    }
  )
  ws = makeWorkspace()
  env = {
    BKFLOW_API_URL: sim.url,
    BKFLOW_APP_CODE: TEST_APP.code,
    BKFLOW_APP_SECRET: TEST_APP.secret
  }
  ws.write('pass.yml', spec([101]))
  ws.write('fail.yml', spec([101, 102]))
  ws.write('running.yml', spec([103]))
  ws.write('bad.yml', 'version: 1\ntasks:\n  - task_id: 101\n    state: FINSHED\n')
})

afterAll(async () => {
  await sim?.close()
  ws?.dispose()
})

/** A task of template 1 whose Migrate node runs a child task (id × 100 + 2) of template 2. */
function withSubprocess(id: number): TaskSpec {
  return {
    id,
    space: 7,
    template: 1,
    name: `release ${id}`,
    start: 0,
    nodes: [
      { name: 'Build', duration: 0.2 },
      {
        name: 'Migrate',
        type: 'SubProcess',
        child_template: 2,
        nodes: [
          { name: 'Dump', duration: 0.2 },
          { name: 'Apply', duration: 0.2 }
        ]
      }
    ]
  }
}

function spec(ids: number[]): string {
  const tasks = ids.map((id) => `  - task_id: ${id}\n`).join('')
  return `version: 1\ndefaults:\n  space_id: 7\n  interval: 200ms\n  timeout: 20s\ntasks:\n${tasks}`
}

function cli(args: string[], extraEnv: Record<string, string> = {}): Promise<ProcessRun> {
  return runCli(args, { ...env, ...extraEnv }, ws.dir)
}

/** Runs `fn` and returns how many API requests the simulator saw meanwhile. */
async function requestsDuring<T>(fn: () => Promise<T>): Promise<{ result: T; requests: number }> {
  const before = apiRequests(sim)
  const result = await fn()
  return { result, requests: apiRequests(sim) - before }
}

describe('bkflow-gate check (dist/cli/index.js)', () => {
  it('exits 0 when every expectation is met, with the plan on stdout and progress on stderr', async () => {
    const run = await cli(['check', 'pass.yml'])
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/task 101 \(space 7\): pass/)
    expect(run.stdout).toMatch(/1 passed/)
    expect(run.stderr).toMatch(/task 101: pass/)
  })

  it('exits 2 when an expectation is not met', async () => {
    const run = await cli(['check', 'fail.yml'])
    expect(run.code).toBe(2)
    expect(run.stdout).toMatch(/task 102 \(space 7\): fail/)
    expect(run.stdout).toMatch(/FINISHED -> FAILED/)
  })

  it('--mode check fails a RUNNING task at once (exit 2)', async () => {
    const run = await cli(['check', 'running.yml', '--mode', 'check', '--timeout', '30m'])
    expect(run.code).toBe(2)
    expect(run.stdout).toMatch(/FINISHED -> RUNNING/)
  })

  it('exits 2 when a task is still pending at its timeout', async () => {
    ws.write(
      'slow.yml',
      'version: 1\ntasks:\n  - task_id: 103\n    space_id: 7\n    timeout: 600ms\n    interval: 200ms\n'
    )
    const run = await cli(['check', 'slow.yml'])
    expect(run.code).toBe(2)
    expect(run.stdout).toMatch(/task 103 \(space 7\): pending/)
  })

  it('--json prints a report valid against the schema, and only that, on stdout', async () => {
    const run = await cli(['check', 'fail.yml', '--json'])
    expect(run.code).toBe(2)
    const report = JSON.parse(run.stdout) as { result: string; tasks: { taskId: number }[] }
    expect(schemaErrors(report)).toEqual([])
    expect(report.result).toBe('fail')
    expect(report.tasks.map((t) => t.taskId)).toEqual([101, 102])
  })

  it('--report FILE writes the JSON report and still prints the plan', async () => {
    const run = await cli(['check', 'pass.yml', '--report', 'report.json'])
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/pass/)
    const report: unknown = JSON.parse(readFileSync(`${ws.dir}/report.json`, 'utf8'))
    expect(schemaErrors(report)).toEqual([])
    expect(report).toMatchObject({ result: 'pass', counts: { tasks: 1, passed: 1 } })
  })

  it('exits 1 when the credentials are rejected, says so, and never prints the secret', async () => {
    const secret = 'wrong-secret-c0ffee'
    const run = await cli(['check', 'pass.yml'], { BKFLOW_APP_SECRET: secret })
    expect(run.code).toBe(1)
    expect(run.stdout + run.stderr).toMatch(/rejected the app credentials/i)
    expect(run.stdout + run.stderr).not.toContain(secret)
  })

  it('exits 1 on an invalid spec with FILE:LINE:COLUMN and makes no request', async () => {
    const { result: run, requests } = await requestsDuring(() => cli(['check', 'bad.yml']))
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('bad.yml:4:12: error bad-enum:')
    expect(run.stderr).toMatch(/nothing was checked/)
    expect(requests).toBe(0)
  })

  it('exits 1 without BKFLOW_APP_SECRET, naming it, and makes no request', async () => {
    const { result: run, requests } = await requestsDuring(() =>
      runCli(['check', 'pass.yml'], { BKFLOW_API_URL: sim.url, BKFLOW_APP_CODE: 'x' }, ws.dir)
    )
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('BKFLOW_APP_SECRET')
    expect(requests).toBe(0)
  })

  it('takes --var for ${VAR} and --api-url instead of BKFLOW_API_URL', async () => {
    ws.write('var.yml', 'version: 1\ntasks:\n  - task_id: ${ID}\n    space_id: 7\n')
    const { BKFLOW_API_URL: url, ...rest } = env
    const run = await runCli(
      ['check', 'var.yml', '--var', 'ID=101', '--api-url', url, '--interval', '200ms'],
      rest,
      ws.dir
    )
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/task 101 \(space 7\): pass/)
  })

  it('exits 1 on a usage error: no SPEC, an unknown option, an unknown command', async () => {
    const runs = await Promise.all([
      cli(['check']),
      cli(['check', 'pass.yml', '--bogus']),
      cli(['deploy'])
    ])
    expect(runs.map((r) => r.code)).toEqual([1, 1, 1])
    expect(runs[0].stderr).toMatch(/missing SPEC/)
    expect(runs[1].stderr).toMatch(/unknown option --bogus/)
    expect(runs[2].stderr).toMatch(/unknown command deploy/)
  })
})

describe('bkflow-gate --help', () => {
  it.each(['check', 'validate', 'init'])('%s --help prints its usage and exits 0', async (name) => {
    const run = await cli([name, '--help'])
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(new RegExp(`^Usage: bkflow-gate ${name} `))
    expect(run.stderr).toBe('')
  })

  it('the top-level help lists every command and the credentials come up in check --help', async () => {
    const [top, check] = await Promise.all([cli(['--help']), cli(['check', '-h'])])
    expect(top.code).toBe(0)
    for (const name of ['check', 'validate', 'init']) expect(top.stdout).toMatch(`  ${name} `)
    for (const variable of [
      'BKFLOW_APP_CODE',
      'BKFLOW_APP_SECRET',
      'BKFLOW_USERNAME',
      'BKFLOW_ACCESS_TOKEN',
      'BKFLOW_API_URL'
    ])
      expect(check.stdout).toContain(variable)
  })
})

describe('bkflow-gate validate', () => {
  it('exits 0 on a valid spec and 1 on an invalid one, with no request and no credentials', async () => {
    const { result, requests } = await requestsDuring(() =>
      Promise.all([
        runCli(['validate', 'pass.yml'], {}, ws.dir),
        runCli(['validate', 'bad.yml'], {}, ws.dir)
      ])
    )
    expect(result.map((r) => r.code)).toEqual([0, 1])
    expect(result[0].stdout).toMatch(/pass.yml: valid, 1 task/)
    expect(result[1].stdout).toMatch(/bad.yml:4:12/)
    expect(requests).toBe(0)
  })
})

describe('bkflow-gate init', () => {
  it('prints a reusable spec that passes unchanged against another task of the same template', async () => {
    const run = await cli(['init', '--task', '101', '--space', '7'])
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/- task_id: \$\{TASK_ID\}\n {4}space_id: 7\n/)
    // Template node ids (shared by the template's tasks), never task 101's runtime ids.
    expect(run.stdout).toMatch(/- id: node[0-9a-f]{28} # Build\n/)
    expect(run.stdout).toMatch(/- id: node[0-9a-f]{28} # Deploy backend$/m)
    expect(run.stdout).not.toContain(nid(1011))

    ws.write('reusable.yml', run.stdout)
    expect((await cli(['validate', 'reusable.yml'], { TASK_ID: '104' })).code).toBe(0)
    const check = await cli(['check', 'reusable.yml', '--interval', '200ms'], { TASK_ID: '104' })
    expect(check.stdout).toMatch(/^task 104 \(space 7\): pass/m)
    expect(run.stdout).toMatch(
      /^# Generated by bkflow-gate init from task 101 \(space 7\) \("finished 101"\)/m
    )
    expect(run.stdout).not.toMatch(/label:/)
    expect(check.stdout).toMatch(/2 listed nodes ok/)
    expect(check.code).toBe(0)
    const checked = sim.log.filter((e) => e.endpoint === 'get_task_states' && e.taskId === 104)
    expect(checked.length).toBeGreaterThan(0)
  })

  it("writes a subprocess's child nodes under it, and the spec holds for another task", async () => {
    // Both releases finish 0.6 s after the simulator starts.
    while (sim.clock.elapsedSec() < 1) await new Promise((resolve) => setTimeout(resolve, 50))
    const run = await cli(['init', '--task', '105', '--space', '7'])
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(
      / {6}- id: node[0-9a-f]{28} # Migrate\n {8}state: FINISHED\n {8}max_retry: 0\n {8}nodes: # of child task 10502\n {10}- id: node[0-9a-f]{28} # Dump\n/
    )
    expect(run.stdout).toMatch(/ {10}- id: node[0-9a-f]{28} # Apply$/m)
    ws.write('release.yml', run.stdout)
    const check = await cli(['check', 'release.yml', '--interval', '200ms'], { TASK_ID: '106' })
    expect(check.stdout).toMatch(/^task 106 \(space 7\): pass/m)
    expect(check.stdout).toMatch(/4 listed nodes ok/)
    expect(check.code).toBe(0)
    expect(sim.log.some((e) => e.endpoint === 'get_task_states' && e.taskId === 10602)).toBe(true)
  })

  it('with --pin prints node names as comments beside runtime ids; it validates and passes check', async () => {
    const run = await cli(['init', '--task', '101', '--space', '7', '--pin'])
    expect(run.code).toBe(0)
    expect(run.stdout).toContain(`- id: ${nid(1011)} # Build`)
    expect(run.stdout).toContain(`- id: ${nid(1012)} # Deploy backend`)
    expect(run.stdout).toMatch(/label: "finished 101"\n {4}state: FINISHED/)
    expect(sim.log.some((e) => e.endpoint === 'get_task_detail' && e.taskId === 101)).toBe(true)

    ws.write('snapshot.yml', run.stdout)
    const validate = await cli(['validate', 'snapshot.yml'])
    expect(validate.code).toBe(0)
    expect(validate.stdout).toMatch(/valid, 1 task, 2 nodes/)
    const check = await cli(['check', 'snapshot.yml', '--interval', '200ms'])
    expect(check.stdout).toMatch(/finished 101: pass/)
    expect(check.stdout).toMatch(/2 listed nodes ok/)
    expect(check.code).toBe(0)
  })

  it('snapshots a FAILED task so that check holds it to exactly that', async () => {
    const run = await cli(['init', '--task', '102', '--space', '7', '--pin'])
    expect(run.code).toBe(0)
    expect(run.stdout).toContain(`- id: ${nid(1022)} # Deploy backend`)
    ws.write('failed-snapshot.yml', run.stdout)
    const check = await cli(['check', 'failed-snapshot.yml', '--interval', '200ms'])
    expect(check.code).toBe(0)
  })

  it('without --space uses the app-bound endpoint, which needs BKFLOW_USERNAME', async () => {
    const without = await cli(['init', '--task', '101'])
    expect(without.code).toBe(1)
    expect(without.stderr).toMatch(/username/)

    const before = sim.log.length
    const run = await cli(['init', '--task', '101'], { BKFLOW_USERNAME: 'alice' })
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/- task_id: 101\n {4}state: FINISHED/)
    expect(run.stderr).toMatch(/without --space there are no template node ids/)
    expect(run.stdout).not.toContain('space_id')
    const used = sim.log.slice(before).map((e) => e.endpoint)
    expect(used).toEqual(['get_task_states_by_app'])
  })

  it('takes the user identity from BKFLOW_ACCESS_TOKEN too', async () => {
    const run = await cli(['init', '--task', '102'], { BKFLOW_ACCESS_TOKEN: 'token-alice' })
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/- task_id: 102\n {4}state: FAILED/)
  })

  it('exits 1 on a missing or bad --task', async () => {
    const runs = await Promise.all([cli(['init']), cli(['init', '--task', 'abc'])])
    expect(runs.map((r) => r.code)).toEqual([1, 1])
    expect(runs[0].stderr).toMatch(/missing --task/)
    expect(runs[1].stderr).toMatch(/"abc" is not a task id/)
  })
})
