// The action and the CLI as users run them: the committed bundles in child processes with a clean
// environment, against the BKFlow simulator on 127.0.0.1, with the runner's files read back.

import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  simpleScenario,
  startSimulator,
  type EndpointName,
  type Simulator,
  type TaskSpec
} from '../simulator/index.js'

export { TEST_APP } from '../simulator/index.js'

const ROOT = join(import.meta.dirname, '..', '..')
/** The bundles `npm run build` writes; these tests exercise them, not the sources. */
export const ACTION_BUNDLE = join(ROOT, 'dist', 'index.js')
export const CLI_BUNDLE = join(ROOT, 'dist', 'cli', 'index.js')

/** A child process's end: exit code, both streams. */
export interface ProcessRun {
  code: number | null
  stdout: string
  stderr: string
}

/**
 * Runs `node SCRIPT ARGS` with only PATH and `env` set (as `env -i` would), in `cwd`;
 * `started` receives the child (to signal it).
 */
export function runNode(
  script: string,
  args: string[],
  env: Record<string, string>,
  cwd: string,
  started?: (child: ChildProcess) => void
): Promise<ProcessRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], {
      cwd,
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
    started?.(child)
  })
}

/** A temporary directory used as GITHUB_WORKSPACE and RUNNER_TEMP; `dispose()` removes it. */
export interface Workspace {
  dir: string
  /** Writes a file relative to the workspace and returns its absolute path. */
  write(name: string, text: string): string
  dispose(): void
}

export function makeWorkspace(): Workspace {
  const dir = mkdtempSync(join(tmpdir(), 'bkflow-gate-e2e-'))
  return {
    dir,
    write: (name, text) => {
      const file = join(dir, name)
      writeFileSync(file, text)
      return file
    },
    dispose: () => rmSync(dir, { recursive: true, force: true })
  }
}

/** One `::error …::` / `::warning …::` / `::notice …::` line of the action's stdout. */
export interface RunnerAnnotation {
  level: 'error' | 'warning' | 'notice'
  file?: string
  line?: number
  endLine?: number
  col?: number
  endColumn?: number
  title?: string
  message: string
}

/** What one run of the action left behind, read back from its process and files. */
export interface ActionRun extends ProcessRun {
  /** GITHUB_OUTPUT parsed into name → value. */
  outputs: Record<string, string>
  /** The GITHUB_STEP_SUMMARY file's content. */
  summary: string
  annotations: RunnerAnnotation[]
  /** The values registered with `::add-mask::`. */
  masks: string[]
}

/**
 * Runs `node dist/index.js` as the runner does: every input as `INPUT_<NAME>` (upper-cased,
 * hyphens kept), the output and summary files created first, the workspace as cwd.
 */
export async function runAction(
  workspace: Workspace,
  inputs: Record<string, string>,
  extraEnv: Record<string, string> = {},
  started?: (child: ChildProcess) => void
): Promise<ActionRun> {
  const stamp = `${Date.now()}-${Math.random().toString(36).slice(2)}`
  const outputFile = join(workspace.dir, `output-${stamp}`)
  const summaryFile = join(workspace.dir, `summary-${stamp}`)
  writeFileSync(outputFile, '')
  writeFileSync(summaryFile, '')
  const env: Record<string, string> = {
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_WORKSPACE: workspace.dir,
    RUNNER_TEMP: workspace.dir,
    ...extraEnv
  }
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value
  const run = await runNode(ACTION_BUNDLE, [], env, workspace.dir, started)
  return {
    ...run,
    outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
    annotations: parseAnnotations(run.stdout),
    masks: parseMasks(run.stdout)
  }
}

/** Runs `node dist/cli/index.js ARGS` with only PATH and `env`, in `cwd`. */
export function runCli(
  args: string[],
  env: Record<string, string>,
  cwd: string
): Promise<ProcessRun> {
  return runNode(CLI_BUNDLE, args, env, cwd)
}

/** Parses the GITHUB_OUTPUT file: `name<<DELIMITER` / value lines / `DELIMITER` blocks. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const head = /^([^<]+)<<(.+)$/.exec(lines[i])
    if (!head) continue
    const [, name, delimiter] = head
    const value: string[] = []
    while (++i < lines.length && lines[i] !== delimiter) value.push(lines[i])
    outputs[name] = value.join('\n')
  }
  return outputs
}

// @actions/core's escaping of command properties and data (toCommandProperties / escapeData).
function unescapeData(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')
}
function unescapeProperty(text: string): string {
  return unescapeData(text.replace(/%3A/g, ':').replace(/%2C/g, ','))
}

/** Every `::error|warning|notice [props]::message` line of stdout, as structured annotations. */
export function parseAnnotations(stdout: string): RunnerAnnotation[] {
  const annotations: RunnerAnnotation[] = []
  for (const line of stdout.split('\n')) {
    const match = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line.replace(/\r$/, ''))
    if (!match) continue
    const props = new Map<string, string>()
    for (const pair of (match[2] ?? '').split(',').filter(Boolean)) {
      const equals = pair.indexOf('=')
      props.set(pair.slice(0, equals), unescapeProperty(pair.slice(equals + 1)))
    }
    const num = (key: string): number | undefined =>
      props.has(key) ? Number(props.get(key)) : undefined
    annotations.push({
      level: match[1] as RunnerAnnotation['level'],
      file: props.get('file'),
      line: num('line'),
      endLine: num('endLine'),
      col: num('col'),
      endColumn: num('endColumn'),
      title: props.get('title'),
      message: unescapeData(match[3])
    })
  }
  return annotations
}

function parseMasks(stdout: string): string[] {
  return stdout
    .split('\n')
    .filter((line) => line.startsWith('::add-mask::'))
    .map((line) => unescapeData(line.slice('::add-mask::'.length)))
}

/** The error annotations' lines, in order. */
export function errorLines(run: ActionRun): number[] {
  return run.annotations.filter((a) => a.level === 'error').map((a) => a.line ?? 0)
}

/**
 * A simulator (speed 1: real time) serving `simpleScenario(tasks)`; `users` / `tokens` are the
 * only identities the app-bound endpoint accepts.
 */
export function startSim(
  tasks: TaskSpec[],
  identities: { users?: string[]; tokens?: string[] } = {}
): Promise<Simulator> {
  return startSimulator({ scenario: { ...simpleScenario(tasks), ...identities }, speed: 1 })
}

/** A node id in the simulator's form (`n` + 31 hex), from a short distinct number. */
export function nid(n: number): string {
  return 'n' + n.toString(16).padStart(31, '0')
}

/**
 * Tasks for the e2e tests, all in space 7 with template 1, settling within about a second:
 * FINISHED after two 0.3 s nodes; FAILED at its second node; RUNNING for ever.
 */
export const TASKS = {
  finished: (id: number): TaskSpec => ({
    id,
    space: 7,
    template: 1,
    name: `finished ${id}`,
    start: 0,
    nodes: [
      { id: nid(id * 10 + 1), name: 'Build', duration: 0.3 },
      { id: nid(id * 10 + 2), name: 'Deploy backend', duration: 0.3 }
    ]
  }),
  failed: (id: number): TaskSpec => ({
    id,
    space: 7,
    template: 1,
    name: `failed ${id}`,
    start: 0,
    nodes: [
      { id: nid(id * 10 + 1), name: 'Build', duration: 0.2 },
      { id: nid(id * 10 + 2), name: 'Deploy backend', duration: 0.2, result: 'FAILED' }
    ]
  }),
  running: (id: number): TaskSpec => ({
    id,
    space: 7,
    template: 1,
    name: `running ${id}`,
    start: 0,
    nodes: [{ id: nid(id * 10 + 1), name: 'Soak', result: 'RUNNING' }]
  })
}

/** Requests that reached BKFlow's endpoints (the log also holds unrouted ones). */
export function apiRequests(sim: Simulator): number {
  return sim.log.filter((entry) => entry.endpoint !== null).length
}

/** Resolves once `count` requests to `endpoint` have been answered; rejects after 10 s. */
export async function waitForRequests(
  sim: Simulator,
  endpoint: EndpointName,
  count: number
): Promise<void> {
  const giveUp = Date.now() + 10_000
  while (sim.log.filter((e) => e.endpoint === endpoint && e.status !== 0).length < count) {
    if (Date.now() > giveUp) throw new Error(`no ${count} answered ${endpoint} request(s) in 10 s`)
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

/** The 1-based number of the first line of `text` that contains `needle`. */
export function lineOf(text: string, needle: string): number {
  const index = text.split('\n').findIndex((line) => line.includes(needle))
  if (index < 0) throw new Error(`no line contains ${needle}`)
  return index + 1
}
