// [slow: about 65 s of real time, the setup budget itself] A wrong setup fails fast (issue 11,
// item 3), through dist/index.js and dist/cli/index.js with the default 30-minute timeout: a refused
// connection, a name that does not resolve, a TLS failure and a login page with status 200 end
// after about a minute with `error` / exit 1 and a message naming api-url and the proxy variables;
// a port fetch refuses is reported as a "bad port" at once.

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { requireBundle, runAction, type ActionRun } from './action.js'
import { APP_CODE, APP_SECRET } from './fault-matrix.js'
import { startHostile, type Hostile } from './hostile.js'

const CLI = path.resolve(import.meta.dirname, '../../dist/cli/index.js')

/** The setup budget (60 s), plus start-up and the last attempt. */
const BUDGET_MS = 60_000
const SLACK_MS = 15_000

const SPEC = 'version: 1\ntasks:\n  - task_id: 11\n    space_id: 3\n'

let closedPort: number
let loginPage: Hostile
const runs: Record<string, ActionRun> = {}
type CliRun = { code: number | null; stdout: string; stderr: string; elapsedMs: number }
let cli: CliRun
let cliBadPort: CliRun

async function freePort(): Promise<number> {
  const server: Server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as AddressInfo).port
  await new Promise((resolve) => server.close(resolve))
  return port
}

async function runCli(args: string[], env: Record<string, string>) {
  const started = Date.now()
  const child = spawn(process.execPath, [CLI, ...args], {
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', ...env },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let stdout = ''
  let stderr = ''
  child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c))
  child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c))
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
  return { code, stdout, stderr, elapsedMs: Date.now() - started }
}

beforeAll(async () => {
  requireBundle()
  closedPort = await freePort()
  loginPage = await startHostile((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
    res.end('<!doctype html><html><head><title>SSO login</title></head><body>Sign in</body></html>')
  })
  const action = (name: string, apiUrl: string, inputs: Record<string, string> = {}) =>
    runAction({
      name,
      spec: SPEC,
      inputs: { 'api-url': apiUrl, 'app-code': APP_CODE, 'app-secret': APP_SECRET, ...inputs }
    }).then((run) => (runs[name] = run))
  const dir = await mkdtemp(path.join(tmpdir(), 'bkflow-gate-setup-'))
  await writeFile(path.join(dir, 'spec.yml'), SPEC)
  await Promise.all([
    action('refused', `http://127.0.0.1:${closedPort}/api/bk-flow-engine/prod`),
    // `.invalid` never resolves (RFC 2606).
    action('dns', 'https://bkapi.bkflow-gate.invalid/api/bk-flow-engine/prod'),
    // TLS spoken to a plain-HTTP server: the handshake fails.
    action('tls', `https://127.0.0.1:${loginPage.port}/api/bk-flow-engine/prod`),
    action('login page', loginPage.url),
    action('bad port', 'http://127.0.0.1:9/api/bk-flow-engine/prod'),
    action('refused, timeout shorter than the budget', `http://127.0.0.1:${closedPort}/api`, {
      timeout: '5s'
    }),
    runCli(['check', path.join(dir, 'spec.yml')], {
      BKFLOW_API_URL: `http://127.0.0.1:${closedPort}/api/bk-flow-engine/prod`,
      BKFLOW_APP_CODE: APP_CODE,
      BKFLOW_APP_SECRET: APP_SECRET
    }).then((result) => (cli = result)),
    runCli(['check', path.join(dir, 'spec.yml'), '--api-url', 'http://127.0.0.1:9/api'], {
      BKFLOW_APP_CODE: APP_CODE,
      BKFLOW_APP_SECRET: APP_SECRET
    }).then((result) => (cliBadPort = result))
  ])
  await rm(dir, { recursive: true, force: true })
}, 120_000)

afterAll(() => loginPage.close())

describe('[slow] a wrong setup fails fast, through dist/', () => {
  it.each([
    ['refused', /connection was refused/],
    ['dns', /does not resolve|could not be resolved/],
    ['tls', /TLS|does not speak TLS/],
    ['login page', /HTML page \("SSO login"\)/]
  ])('%s: error and exit 1 after about a minute, naming api-url and the proxy', (name, why) => {
    const run = runs[name]
    expect({ code: run.code, result: run.outputs.result }).toEqual({ code: 1, result: 'error' })
    // Not the 30 minutes of the default timeout: the budget, and not much less either.
    expect(run.elapsedMs).toBeLessThan(BUDGET_MS + SLACK_MS)
    expect(run.elapsedMs).toBeGreaterThanOrEqual(BUDGET_MS - 1000)
    expect(run.stdout).toMatch(why)
    expect(run.stdout).toMatch(/check api-url/)
    expect(run.stdout).toMatch(/HTTPS_PROXY/)
    expect(run.report?.tasks[0].error?.kind).toBe('unreachable')
  })

  it('a bad port is reported as such, at once, naming api-url', () => {
    const run = runs['bad port']
    expect({ code: run.code, result: run.outputs.result }).toEqual({ code: 1, result: 'error' })
    expect(run.elapsedMs).toBeLessThan(SLACK_MS)
    expect(run.stdout).toMatch(/api-url uses port 9, a "bad port"/)
  })

  it('never longer than the timeout when that is shorter than the budget', () => {
    const run = runs['refused, timeout shorter than the budget']
    expect({ code: run.code, result: run.outputs.result }).toEqual({ code: 1, result: 'error' })
    expect(run.elapsedMs).toBeLessThan(5000 + SLACK_MS)
    expect(run.stdout).toMatch(/connection was refused/)
  })

  it('the CLI: a bad port is a usage error naming api-url, not an unexpected one', () => {
    expect(cliBadPort.code).toBe(1)
    expect(cliBadPort.stderr).toMatch(/api-url uses port 9, a "bad port"/)
    expect(cliBadPort.stderr).not.toMatch(/unexpected/)
  })

  it('the CLI: exit 1 after about a minute, naming BKFLOW_API_URL (the CLI’s name for it)', () => {
    expect(cli.code).toBe(1)
    expect(cli.elapsedMs).toBeLessThan(BUDGET_MS + SLACK_MS)
    expect(cli.stdout + cli.stderr).toMatch(/connection was refused.*check BKFLOW_API_URL/)
  })
})
