// What a new user trips on first (issue 12), through the bundles as users run them:
// `node dist/cli/index.js` and `node dist/index.js`, against the simulator on 127.0.0.1.

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync, mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import type { Simulator } from '../simulator/index.js'
import {
  ACTION_BUNDLE,
  CLI_BUNDLE,
  TASKS,
  TEST_APP,
  apiRequests,
  makeWorkspace,
  nid,
  runAction,
  runCli,
  runNode,
  startSim,
  waitForRequests,
  type ProcessRun,
  type Workspace
} from './helpers.js'

const ROOT = join(import.meta.dirname, '..', '..')

let sim: Simulator
let ws: Workspace
let env: Record<string, string>

beforeAll(async () => {
  for (const bundle of [CLI_BUNDLE, ACTION_BUNDLE])
    if (!existsSync(bundle)) throw new Error(`${bundle} is missing: run npm run build`)
  sim = await startSim(
    [TASKS.finished(101), TASKS.failed(102), TASKS.running(103), TASKS.finished(104)],
    { users: ['alice'] }
  )
  ws = makeWorkspace()
  env = {
    BKFLOW_API_URL: sim.url,
    BKFLOW_APP_CODE: TEST_APP.code,
    BKFLOW_APP_SECRET: TEST_APP.secret
  }
  ws.write('pass.yml', spec([101]))
  ws.write('three.yml', spec([101, 102, 104]))
  ws.write('running.yml', spec([103]))
})

afterAll(async () => {
  await sim?.close()
  ws?.dispose()
})

function spec(ids: number[], defaults = '  interval: 200ms\n  timeout: 20s\n'): string {
  const tasks = ids.map((id) => `  - task_id: ${id}\n`).join('')
  return `version: 1\ndefaults:\n  space_id: 7\n${defaults}tasks:\n${tasks}`
}

function cli(args: string[], extraEnv: Record<string, string> = {}): Promise<ProcessRun> {
  return runCli(args, { ...env, ...extraEnv }, ws.dir)
}

function count(text: string, needle: string): number {
  return text.split(needle).length - 1
}

describe('1. the CLI speaks its own language', () => {
  it('calls a bad BKFLOW_API_URL a bad setting, not an unexpected error', async () => {
    const run = await cli(['check', 'pass.yml'], { BKFLOW_API_URL: 'not a url' })
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/^bkflow-gate check: bad setting: BKFLOW_API_URL is not a valid URL/)
    expect(run.stderr).not.toMatch(/unexpected|api-url/)
  })

  it('names --api-url and --allow-http for a plain-http URL given on the command line', async () => {
    const run = await cli(['check', 'pass.yml', '--api-url', 'http://bkapi.example.com/prod'])
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('bad setting: --api-url uses plain http://')
    expect(run.stderr).toContain('pass --allow-http')
    expect(run.stderr).not.toMatch(/allow-http to true|[^-]api-url uses/)
  })

  it('names BKFLOW_APP_CODE and BKFLOW_APP_SECRET when the gateway rejects them', async () => {
    const run = await cli(['check', 'pass.yml'], { BKFLOW_APP_SECRET: 'wrong-secret-1' })
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('check BKFLOW_APP_CODE and BKFLOW_APP_SECRET')
    expect(run.stdout + run.stderr).not.toMatch(/app-code|app-secret|wrong-secret-1/)
  })

  it('names BKFLOW_USERNAME / BKFLOW_ACCESS_TOKEN for the app-bound endpoint', async () => {
    ws.write('app-bound.yml', 'version: 1\ntasks:\n  - task_id: 101\n')
    const run = await cli(['check', 'app-bound.yml'])
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('set BKFLOW_USERNAME or BKFLOW_ACCESS_TOKEN')
  })

  it('tells how to define an undefined ${VAR} with --var', async () => {
    ws.write('var.yml', 'version: 1\ntasks:\n  - task_id: ${DEPLOY_ID}\n    space_id: 7\n')
    const run = await cli(['validate', 'var.yml'])
    expect(run.code).toBe(1)
    expect(run.stdout).toContain(
      'DEPLOY_ID is not defined: pass --var DEPLOY_ID=… or set it in the environment.'
    )
  })

  it('says what is wrong with `--var K 108` instead of "give exactly one SPEC"', async () => {
    for (const command of ['check', 'validate']) {
      const run = await cli([command, 'pass.yml', '--var', 'K', '108'])
      expect(run.code).toBe(1)
      expect(run.stderr).toContain('--var #1: expected KEY=VALUE (no `=` found).')
      expect(run.stderr).toContain('Did you mean --var K=108?')
      expect(run.stderr).not.toContain('SPEC (')
    }
  })

  it('names a stray second argument', async () => {
    const run = await cli(['validate', 'pass.yml', 'extra.yml'])
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(
      'unexpected argument "extra.yml": give one SPEC (it is "pass.yml")'
    )
  })
})

describe('2. a run-wide error is said once', () => {
  it('lists the tasks a rejected secret affected under one message, each still an error', async () => {
    const message = 'The API gateway rejected the app credentials'
    const run = await cli(['check', 'three.yml'], { BKFLOW_APP_SECRET: 'wrong-secret-2' })
    expect(run.code).toBe(1)
    expect(count(run.stdout, message)).toBe(1)
    expect(run.stdout).toMatch(/^3 tasks: error — The API gateway rejected/m)
    for (const id of [101, 102, 104]) expect(run.stdout).toContain(`x task ${id}, space 7`)
    expect(count(run.stderr, message)).toBe(1)
    expect(count(run.stderr, 'error (the same as task 101, above)')).toBe(2)

    const json = await cli(['check', 'three.yml', '--json'], { BKFLOW_APP_SECRET: 'wrong' })
    const report = JSON.parse(json.stdout) as { tasks: { verdict: string }[] }
    expect(report.tasks.map((t) => t.verdict)).toEqual(['error', 'error', 'error'])
  })

  it('keeps a task’s own error (not found) with its task', async () => {
    ws.write('missing.yml', spec([901, 902]))
    const run = await cli(['check', 'missing.yml'])
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/task 901 \(space 7\): error/)
    expect(run.stdout).toMatch(/task 902 \(space 7\): error/)
    expect(run.stdout).not.toMatch(/2 tasks: error/)
  })
})

describe('3. validate in one pass', () => {
  it('reports interval 0 beside a schema error, and accepts compound durations', async () => {
    ws.write(
      'many.yml',
      'version: 1\ndefaults:\n  interval: 0\n  timeout: 1h30m\ntasks:\n  - task_id: 1\n    space_id: 7\n    state: FINSHED\n    on_failed: 2m30s\n'
    )
    const run = await runCli(['validate', 'many.yml'], {}, ws.dir)
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('many.yml:3:13: error bad-value: The poll interval')
    expect(run.stdout).toContain('many.yml:8:12: error bad-enum:')
    expect(run.stdout).toContain('many.yml: invalid, 2 errors.')
  })
})

describe('4. the command line wins', () => {
  it('--timeout and --interval override the spec’s defaults and the task’s own values', async () => {
    ws.write(
      'slow.yml',
      spec([103], '  interval: 5s\n  timeout: 20s\n') + '    timeout: 25s\n    interval: 3s\n'
    )
    const run = await cli(['check', 'slow.yml', '--timeout', '1s', '--interval', '200ms', '--json'])
    expect(run.code).toBe(2)
    const report = JSON.parse(run.stdout) as {
      tasks: { verdict: string; expectation: { timeoutMs: number; intervalMs: number } }[]
    }
    expect(report.tasks[0]).toMatchObject({
      verdict: 'pending',
      expectation: { timeoutMs: 1000, intervalMs: 200 }
    })
  })

  it('takes --request-timeout, --max-concurrency and --rate-limit, and names every bad one', async () => {
    const good = await cli([
      'check',
      'pass.yml',
      '--request-timeout',
      '5s',
      '--max-concurrency',
      '2',
      '--rate-limit',
      '120'
    ])
    expect(good.code).toBe(0)
    const before = apiRequests(sim)
    const bad = await cli([
      'check',
      'pass.yml',
      '--request-timeout',
      '0s',
      '--max-concurrency',
      '0',
      '--rate-limit',
      '9000',
      '--timeout',
      '1h30'
    ])
    expect(bad.code).toBe(1)
    expect(bad.stderr).toContain('--request-timeout "0s": expected a duration')
    expect(bad.stderr).toContain('--max-concurrency "0": expected a whole number from 1 to 64')
    expect(bad.stderr).toContain('--rate-limit "9000": expected a whole number from 1 to 5000')
    expect(bad.stderr).toContain('--timeout "1h30": expected a duration such as')
    expect(apiRequests(sim)).toBe(before)
  })
})

describe('5. --report', () => {
  it('into a missing directory fails before any request, naming the directory', async () => {
    const before = apiRequests(sim)
    const run = await cli(['check', 'three.yml', '--report', 'no-such-dir/report.json'])
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(
      '--report no-such-dir/report.json: the directory no-such-dir does not exist'
    )
    expect(apiRequests(sim)).toBe(before)
  })

  it('that cannot be written after all never hides the verdict: plan, exit code, one error line', async () => {
    const dir = join(ws.dir, 'gone')
    mkdirSync(dir)
    const seen = sim.log.filter((e) => e.endpoint === 'get_tasks_states').length
    const run = await runNode(
      CLI_BUNDLE,
      ['check', 'running.yml', '--timeout', '1s', '--report', 'gone/report.json'],
      env,
      ws.dir,
      () => {
        void waitForRequests(sim, 'get_tasks_states', seen + 1).then(() =>
          rmSync(dir, { recursive: true, force: true })
        )
      }
    )
    expect(run.code).toBe(2)
    expect(run.stdout).toMatch(/task 103 \(space 7\): pending/)
    expect(run.stderr).toContain('could not write --report gone/report.json')
  })
})

describe('8. a cancelled run', () => {
  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143]
  ] as const)('exits %s with %d and still prints the plan', async (signal, code) => {
    const seen = sim.log.filter((e) => e.endpoint === 'get_tasks_states').length
    const run = await runNode(CLI_BUNDLE, ['check', 'running.yml'], env, ws.dir, (child) => {
      void waitForRequests(sim, 'get_tasks_states', seen + 1).then(() => child.kill(signal))
    })
    expect(run.code).toBe(code)
    expect(run.stdout).toMatch(/Cancelled before every task settled/)
  })
})

describe('9. help', () => {
  it('`help check` is `check --help`; `help nope` is an unknown command', async () => {
    const [viaHelp, viaFlag, unknown] = await Promise.all([
      cli(['help', 'check']),
      cli(['check', '--help']),
      cli(['help', 'nope'])
    ])
    expect(viaHelp).toEqual(viaFlag)
    expect(viaHelp.stdout).toMatch(/^Usage: bkflow-gate check SPEC/)
    expect(viaHelp.stdout).toContain('--rate-limit N')
    expect(unknown.code).toBe(1)
    expect(unknown.stderr).toContain('unknown command nope')
  })

  it('every help text fits 100 columns', async () => {
    const runs = await Promise.all(
      [['--help'], ['help', 'check'], ['help', 'validate'], ['help', 'init']].map((args) =>
        cli(args)
      )
    )
    for (const run of runs) {
      expect(run.code).toBe(0)
      const wide = run.stdout.split('\n').filter((line) => [...line].length > 100)
      expect(wide).toEqual([])
    }
  })

  it('the simulator documents its options with --help', async () => {
    const tsx = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs')
    const main = join(ROOT, 'test', 'simulator', 'main.ts')
    const help = await runNode(tsx, [main, '--help'], {}, ROOT)
    expect(help.code).toBe(0)
    for (const option of [
      '--scenario FILE',
      '--port N',
      '--speed N',
      '--latency MS',
      '--base-path'
    ])
      expect(help.stdout).toContain(option)
    const bad = await runNode(tsx, [main, '--bogus'], {}, ROOT)
    expect(bad.code).toBe(1)
    expect(bad.stderr).toContain('Usage: npm run simulator')
  })
})

describe('6, 7. the action', () => {
  it('writes at most 10 ::error lines, the failure message included, with a notice for the rest', async () => {
    const nodes = Array.from({ length: 12 }, (_, i) => `      - id: ${nid(7000 + i)}\n`).join('')
    const action = makeWorkspace()
    try {
      action.write('gate.yml', `${spec([101])}    nodes:\n${nodes}`)
      const run = await runAction(action, {
        spec: 'gate.yml',
        'api-url': sim.url,
        'app-code': TEST_APP.code,
        'app-secret': TEST_APP.secret
      })
      expect(run.code).toBe(1)
      const errors = run.annotations.filter((a) => a.level === 'error')
      expect(errors).toHaveLength(10)
      expect(errors.filter((a) => a.file === undefined)).toHaveLength(1)
      expect(run.annotations).toContainEqual(
        expect.objectContaining({
          level: 'notice',
          message: '3 more findings are in the job summary.'
        })
      )
    } finally {
      action.dispose()
    }
  })

  it('lists invalid inputs in the step summary too', async () => {
    const action = makeWorkspace()
    try {
      action.write('gate.yml', spec([101]))
      const run = await runAction(action, {
        spec: 'gate.yml',
        'api-url': sim.url,
        'app-code': TEST_APP.code,
        'app-secret': TEST_APP.secret,
        mode: 'sometimes',
        timeout: 'soon'
      })
      expect(run.code).toBe(1)
      expect(run.summary).toContain('BKFlow gate: the inputs are invalid')
      expect(run.summary).toContain('Input "mode" is "sometimes"')
      expect(run.summary).toContain('Input "timeout" is "soon"')
      expect(run.summary).not.toContain(TEST_APP.secret)

      const missing = await runAction(action, {
        spec: 'no-such-spec.yml',
        'api-url': sim.url,
        'app-code': TEST_APP.code,
        'app-secret': TEST_APP.secret
      })
      expect(missing.code).toBe(1)
      expect(missing.summary).toContain('BKFlow gate: could not run')
      expect(missing.summary).toContain('no-such-spec.yml: no such file')
    } finally {
      action.dispose()
    }
  })
})
