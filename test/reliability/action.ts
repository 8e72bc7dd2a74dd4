// Runs the bundled action (dist/index.js) in a child process the way the GitHub runner does, and
// collects everything it leaves behind: stdout, stderr, the summary, the outputs and the report.

import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parse } from 'yaml'
import type { JsonReport } from '../../src/report/json-report.js'

const ROOT = path.resolve(import.meta.dirname, '../..')

/** The bundle under test: dist/index.js, or another build named by BKFLOW_GATE_BUNDLE. */
export const BUNDLE = process.env.BKFLOW_GATE_BUNDLE ?? path.join(ROOT, 'dist/index.js')

/** Fails with a clear message when the bundle has not been built. */
export function requireBundle(): void {
  if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run npm run build first.`)
}

/**
 * Every input with a default in action.yml: the runner always passes them, so a run that leaves
 * them out would not be the run users get. `github.token` is an expression the runner evaluates.
 */
function actionDefaults(): Record<string, string> {
  const action = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: unknown }>
  }
  const defaults: Record<string, string> = {}
  for (const [name, input] of Object.entries(action.inputs)) {
    if (input.default === undefined) continue
    const value = String(input.default)
    defaults[name] = value.includes('${{') ? 'ghs_fake-token-for-reliability-tests' : value
  }
  return defaults
}

export interface ActionRun {
  name: string
  code: number | null
  signal: NodeJS.Signals | null
  /** Epoch ms at which the process exited, and how long it ran. */
  exitedAt: number
  elapsedMs: number
  stdout: string
  stderr: string
  summary: string
  /** The GITHUB_OUTPUT file as written. */
  outputFile: string
  outputs: Record<string, string>
  /** The JSON report's text ('' when the `report` output names no file). */
  reportText: string
  report?: JsonReport
}

export interface StartedAction {
  child: ChildProcess
  done: Promise<ActionRun>
  /** The runner's files while the action runs (removed once it is done). */
  files: { output: string; summary: string }
}

export interface ActionOptions {
  /** For messages only. */
  name: string
  /** The spec file's text; written to spec.yml in a fresh workspace. */
  spec: string
  /** Inputs by their action.yml names (kebab-case), over the action's defaults. */
  inputs: Record<string, string>
  /** Options for node itself, before the bundle (e.g. `--import` of a probe). */
  nodeArgs?: string[]
}

/** Parses GITHUB_OUTPUT's `name<<delimiter` blocks (the only form @actions/core writes). */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const pattern = /^([^\r\n<]+)<<(\S+)\r?\n([\s\S]*?)\r?\n\2\r?$/gm
  for (const match of text.matchAll(pattern)) outputs[match[1]] = match[3]
  return outputs
}

/** Starts `node <bundle>` with INPUT_* and the runner's files, in its own temporary workspace. */
export async function startAction(options: ActionOptions): Promise<StartedAction> {
  requireBundle()
  const dir = await mkdtemp(path.join(tmpdir(), 'bkflow-gate-rel-'))
  const temp = path.join(dir, 'runner-temp')
  await mkdir(temp)
  const outputFile = path.join(dir, 'github-output')
  const summaryFile = path.join(dir, 'step-summary')
  // The runner creates both files before the step starts.
  await writeFile(outputFile, '')
  await writeFile(summaryFile, '')
  await writeFile(path.join(dir, 'spec.yml'), options.spec)

  const inputs = { ...actionDefaults(), spec: 'spec.yml', ...options.inputs }
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_WORKSPACE: dir,
    RUNNER_TEMP: temp
  }
  // The runner keeps hyphens and upper-cases the name: INPUT_API-URL.
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value

  const started = Date.now()
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), BUNDLE], {
    cwd: dir,
    env,
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let stdout = ''
  let stderr = ''
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))

  const done = new Promise<ActionRun>((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (code, signal) => {
      const exitedAt = Date.now()
      const elapsedMs = exitedAt - started
      void (async () => {
        const outputText = await readFile(outputFile, 'utf8')
        const outputs = parseOutputFile(outputText)
        let reportText = ''
        if (outputs.report) reportText = await readFile(outputs.report, 'utf8').catch(() => '')
        const run: ActionRun = {
          name: options.name,
          code,
          signal,
          exitedAt,
          elapsedMs,
          stdout,
          stderr,
          summary: await readFile(summaryFile, 'utf8'),
          outputFile: outputText,
          outputs,
          reportText,
          report: reportText === '' ? undefined : (JSON.parse(reportText) as JsonReport)
        }
        await rm(dir, { recursive: true, force: true })
        resolve(run)
      })().catch(reject)
    })
  })
  return { child, done, files: { output: outputFile, summary: summaryFile } }
}

/** Runs the action to its end. */
export async function runAction(options: ActionOptions): Promise<ActionRun> {
  return (await startAction(options)).done
}

/**
 * Where any of `secrets` appears in what the run left behind. `::add-mask::` lines are removed from
 * stdout first, and only those: they are how the runner learns what to mask, and it never shows
 * them. Every other byte of stdout, stderr, the summary, the outputs and the report is searched.
 */
export function findLeaks(run: ActionRun, secrets: Record<string, string>): string[] {
  const stdout = run.stdout
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n')
  const places: Record<string, string> = {
    stdout,
    stderr: run.stderr,
    summary: run.summary,
    outputs: run.outputFile,
    report: run.reportText
  }
  const leaks: string[] = []
  for (const [where, text] of Object.entries(places)) {
    for (const [what, secret] of Object.entries(secrets)) {
      if (text.includes(secret)) leaks.push(`${run.name}: ${what} in ${where}`)
    }
  }
  return leaks
}

/**
 * The values that must never be shown: the secret, the access token, and the auth header the client
 * sends (src/bkflow/transport.ts buildAuthHeader: the user keys only when given), raw and encoded.
 */
export function secretForms(
  appCode: string,
  appSecret: string,
  user: { username?: string; accessToken?: string } = {}
): Record<string, string> {
  const value: Record<string, string> = { bk_app_code: appCode, bk_app_secret: appSecret }
  if (user.username) value.bk_username = user.username
  if (user.accessToken) value.access_token = user.accessToken
  const header = JSON.stringify(value)
  const bare = JSON.stringify({ bk_app_code: appCode, bk_app_secret: appSecret })
  const forms: Record<string, string> = {
    'the app secret': appSecret,
    'the auth header': header,
    'the auth header, JSON-escaped': JSON.stringify(header).slice(1, -1),
    'the auth header, base64': Buffer.from(header).toString('base64'),
    'the auth header without the user': bare
  }
  if (user.accessToken) forms['the access token'] = user.accessToken
  return forms
}
