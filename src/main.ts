// The action's wiring: inputs → spec → poll → reports. The one place that catches; everything it
// touches (runner, environment, fetch, clock, files, cancellation) is passed in.

import { access, mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { BkflowClient } from './bkflow/index.js'
import { readInputs, type Inputs } from './inputs.js'
import {
  INLINE_SPEC_FILE,
  type Diagnostic,
  type RunResult,
  type RunVerdict,
  type Spec
} from './model.js'
import { addLinks, collectReasons, readWebUrl } from './poll/index.js'
import { mergeReports, readReports } from './merge/index.js'
import {
  OUTPUTS,
  commentKey,
  diagnosticsToAnnotations,
  footerLine,
  mergedCommentKey,
  progressLines,
  renderComment,
  renderDiagnosticsSummary,
  renderErrorSummary,
  renderJunit,
  renderPlan,
  renderSummary,
  toAnnotations,
  toJsonReport,
  toOutputs,
  md
} from './report/index.js'
import type { Runner } from './runner.js'
import { escapeJsonText, plainLines, plainText } from './safe-text.js'
import { registerSecret, shortSecretNotice } from './secrets.js'
import { parseSpec } from './spec/index.js'
import { loadSpecFile } from './spec-file.js'
import { revokeCreated, runTasks } from './tasks/index.js'
import { plural } from './text.js'

/** The summary a cancelled run writes first: small enough to render in a few milliseconds. */
const SHORT_SUMMARY_BYTES = 16 * 1024

export interface MainDeps {
  runner: Runner
  env: Record<string, string | undefined>
  now: () => number
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>
  /** Aborted on SIGINT/SIGTERM: the run stops and reports what it knows. */
  signal?: AbortSignal
  fetch?: typeof fetch
}

/** Runs the gate once and returns the overall result; the step has failed unless it is `pass`. */
export async function run(deps: MainDeps): Promise<RunVerdict> {
  const { runner } = deps
  try {
    // Registered before anything could print them, even when other inputs are invalid; the
    // client adds its header value.
    const masked = new Set<string>()
    const mask = (value: string, name = 'a secret'): void => {
      if (!value || masked.has(value)) return
      masked.add(value)
      // Our own renderers mask it in every encoding; the runner masks its log and summary.
      if (registerSecret(value)) runner.setSecret(value)
      else {
        runner.warning(shortSecretNotice(name))
      }
    }
    mask(runner.getInput('app-secret').trim(), 'app-secret')
    mask(runner.getInput('access-token').trim(), 'access-token')
    const { inputs, errors } = readInputs((name) => runner.getInput(name))
    if (inputs && inputs.webUrl === undefined) {
      // The environment is the fallback for the web UI's base, as for the CLI.
      inputs.webUrl = readWebUrl('BKFLOW_WEB_URL', deps.env.BKFLOW_WEB_URL?.trim() ?? '', errors)
    }
    if (!inputs || errors.length > 0) {
      await summaryOfFailure(runner, renderErrorSummary('the inputs are invalid', errors))
      return fail(runner, 'error', `Invalid inputs:\n- ${errors.join('\n- ')}`)
    }
    if (inputs.mode === 'merge') return await merge(inputs, deps)

    const loaded = await loadSpec(inputs, deps)
    if ('diagnostics' in loaded) {
      const { file, diagnostics } = loaded
      for (const a of diagnosticsToAnnotations(diagnostics, {
        workspace: deps.env.GITHUB_WORKSPACE
      })) {
        runner.annotate(a)
      }
      await runner.writeSummary(renderDiagnosticsSummary(file, diagnostics))
      const count = diagnostics.filter((d) => d.severity === 'error').length
      return fail(
        runner,
        'error',
        `The spec ${file} has ${plural(count, 'problem')}; see the annotations.`
      )
    }
    const { spec } = loaded
    if (inputs.mode === 'validate') {
      runner.info(`The spec ${spec.file} is valid: ${plural(spec.tasks.length, 'task')}.`)
      setCounts(runner, 'pass', { passed: 0, failed: 0, pending: 0, errors: 0 })
      return 'pass'
    }
    if (spec.tasks.length === 0) {
      runner.info(`No task of ${spec.file} falls in shard ${shardText(inputs)}: nothing to check.`)
      setCounts(runner, 'pass', { passed: 0, failed: 0, pending: 0, errors: 0 })
      return 'pass'
    }

    const result = await poll(spec, inputs, deps, mask)
    return await report(result, inputs, deps, {
      reportName: reportName(result.specFile, inputs.shard, workspaceOf(deps)),
      commentKey: commentKey(result.specFile, inputs.shard),
      annotate: true
    })
  } catch (error) {
    const message = describe(error)
    // The summary is written last on the normal path; a failure before that leaves it empty.
    await summaryOfFailure(runner, renderErrorSummary('could not run', [message]))
    return fail(runner, 'error', message)
  }
}

/**
 * What a cancelled run says the moment the signal comes, before it knows anything: `error` with
 * zero counts, and a one-line summary. The run then writes what it knows over both if the grace
 * allows; if it does not, the step still fails closed with outputs and a summary.
 */
export function reportCancelled(runner: Runner): void {
  setCounts(runner, 'error', { passed: 0, failed: 0, pending: 0, errors: 0 })
  runner.writeSummaryNow(
    '### bkflow-gate: cancelled\n\nThe run was cancelled before every task was checked; nothing passed.\n'
  )
}

type Loaded = { spec: Spec } | { file: string; diagnostics: Diagnostic[] }

async function loadSpec(inputs: Inputs, deps: MainDeps): Promise<Loaded> {
  const options = {
    vars: inputs.vars,
    env: deps.env,
    defaults: { timeoutMs: inputs.timeoutMs, intervalMs: inputs.intervalMs },
    shard: inputs.shard
  }
  if (inputs.spec.kind === 'inline') {
    const { spec, diagnostics } = parseSpec(inputs.spec.text, INLINE_SPEC_FILE, options)
    return spec ? { spec } : { file: INLINE_SPEC_FILE, diagnostics }
  }
  const workspace = workspaceOf(deps)
  const file = inputs.spec.path
  const loaded = await loadSpecFile(path.resolve(workspace, file), options, file)
  if ('error' in loaded) {
    throw new Error(`Input "spec": ${loaded.error} (relative to the workspace ${workspace}).`)
  }
  return loaded.spec ? { spec: loaded.spec } : { file, diagnostics: loaded.diagnostics }
}

async function poll(
  spec: Spec,
  inputs: Inputs,
  deps: MainDeps,
  mask: (value: string) => void
): Promise<RunResult> {
  const { runner } = deps
  const client = new BkflowClient({
    apiUrl: inputs.apiUrl,
    appCode: inputs.appCode,
    appSecret: inputs.appSecret,
    username: inputs.username,
    accessToken: inputs.accessToken,
    rateLimitPerMinute: inputs.rateLimitPerMinute,
    maxConcurrency: inputs.maxConcurrency,
    requestTimeoutMs: inputs.requestTimeoutMs,
    allowHttp: inputs.allowHttp,
    env: deps.env,
    fetch: deps.fetch,
    now: deps.now,
    sleep: deps.sleep,
    onSecret: (value) => mask(value),
    // The inputs' short secrets were already reported by `mask`.
    onNotice: () => {},
    onRetry: (r) =>
      runner.info(`  retrying ${r.endpoint} in ${Math.round(r.delayMs)}ms: ${plainText(r.reason)}`)
  })
  const shard = inputs.shard
    ? ` (shard ${shardText(inputs)}, ${spec.skippedByShard} in other shards)`
    : ''
  runner.info(
    `Checking ${plural(spec.tasks.length, 'task')} of ${spec.file}${shard}, mode ${inputs.mode}.`
  )
  const progress = progressLines()
  const { run: polled, created } = await runTasks(spec, {
    mode: inputs.mode === 'check' ? 'check' : 'wait',
    client,
    counts: client.counts,
    driver: client.operations,
    runName: deps.env.GITHUB_RUN_ID ?? new Date(deps.now()).toISOString(),
    now: deps.now,
    sleep: deps.sleep,
    signal: deps.signal,
    // Events quote labels, states and messages from outside: one flattened, escaped line each.
    emit: (message) => runner.info(plainText(message)),
    onEvent: (event) => runner.info(plainText(progress(event))),
    // A job log is not a terminal: an unchanged task is repeated only now and then.
    heartbeat: { quiet: true }
  })
  const run =
    inputs.onCancel === 'revoke'
      ? await revokeCreated(polled, created, {
          driver: client.operations,
          now: deps.now,
          emit: (message) => runner.info(plainText(message))
        })
      : polled
  // Reasons and links go on the result model; no reporter calls BKFlow.
  const explained = await collectReasons(run, client, {
    now: deps.now,
    signal: deps.signal,
    onEvent: (event) => runner.info(plainText(event.message))
  })
  return addLinks(explained, inputs.webUrl)
}

/** Mode merge: the JSON reports that `reports` matches, as one run, through the same reports. */
async function merge(inputs: Inputs, deps: MainDeps): Promise<RunVerdict> {
  const { runner } = deps
  const workspace = workspaceOf(deps)
  const paths = await globReports(inputs.reports, workspace)
  if (paths.length === 0) {
    return fail(
      runner,
      'error',
      `Input "reports": no file matches ${JSON.stringify(inputs.reports)} (relative to the workspace ${workspace}); did the runs upload their reports, and were they downloaded?`
    )
  }
  const shown = (file: string): string => path.relative(workspace, file) || file
  const read = await readReports(paths, shown)
  if ('errors' in read) return fail(runner, 'error', `Input "reports": ${read.errors.join('\n')}`)
  const merged = mergeReports(read.reports)
  if ('error' in merged) return fail(runner, 'error', `Input "reports": ${merged.error}`)
  runner.info(
    plainText(`Merging ${plural(paths.length, 'report')}: ${paths.map(shown).join(', ')}.`)
  )
  for (const gap of merged.gaps) runner.warning(plainText(gap))
  // The runs that wrote the reports annotated their spec lines already.
  return report(merged.run, inputs, deps, {
    reportName: 'merged',
    commentKey: mergedCommentKey(inputs.reports),
    annotate: false,
    notes: merged.gaps
  })
}

/**
 * The files a `reports` glob matches, sorted: one pattern per line, `!` to exclude, as
 * actions/upload-artifact's `path` takes them; relative patterns are relative to the workspace.
 */
async function globReports(patterns: string, workspace: string): Promise<string[]> {
  const lines = patterns
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const negated = line.startsWith('!')
      const pattern = negated ? line.slice(1) : line
      const absolute = path.isAbsolute(pattern) ? pattern : path.join(workspace, pattern)
      return negated ? `!${absolute}` : absolute
    })
  // Loaded only in mode merge, so the gate itself starts without it.
  const glob = await import('@actions/glob')
  const globber = await glob.create(lines.join('\n'), {
    matchDirectories: false,
    implicitDescendants: false
  })
  return (await globber.glob()).sort()
}

/** How one run's results are published: the report file's name, the comment's key, annotations or not. */
interface Publishing {
  reportName: string
  commentKey: string
  annotate: boolean
  /** Problems outside the tasks that the verdict rests on (a merge's missing reports). */
  notes?: string[]
}

async function report(
  run: RunResult,
  inputs: Inputs,
  deps: MainDeps,
  publishing: Publishing
): Promise<RunVerdict> {
  const { runner, env } = deps
  const reportPath = await reportFile(publishing.reportName, env)
  if (run.cancelled) {
    // The process is killed a moment after a cancel, whatever the spec's size: the verdict and
    // counts go out first, then a short summary; the report's path only once the report exists.
    for (const [name, value] of Object.entries(toOutputs(run, ''))) runner.setOutput(name, value)
    runner.setFailed(plainText(footerLine(run)))
    await runner.writeSummary(renderSummary(run, { maxBytes: SHORT_SUMMARY_BYTES }), true)
    // Between the heavier steps, the process's exit timer gets its turn.
    await yieldToTimers()
    if (reportPath) {
      await writeReport(run, reportPath)
      runner.setOutput(OUTPUTS.report, reportPath)
    }
    await yieldToTimers()
  } else {
    if (reportPath) await writeReport(run, reportPath)
    for (const [name, value] of Object.entries(toOutputs(run, reportPath)))
      runner.setOutput(name, value)
  }
  if (inputs.junit) await writeJunit(run, inputs.junit, workspaceOf(deps))

  const plan = renderPlan(run, { color: false })
  for (const block of plan.blocks) {
    runner.startGroup(block.title)
    runner.info(block.body)
    runner.endGroup()
  }
  runner.info(plan.footer)
  if (plan.legend) runner.info(plan.legend)

  if (publishing.annotate) {
    for (const a of toAnnotations(run, { workspace: env.GITHUB_WORKSPACE })) runner.annotate(a)
  }
  const notes = (publishing.notes ?? []).map(plainText)
  const noted = notes.map((n) => `\n> [!WARNING]\n> ${md(n)}\n`).join('')
  // A cancelled run replaces its short summary with the full one if there is time.
  await runner.writeSummary(renderSummary(run) + noted, run.cancelled)
  await maybeComment(run, inputs, deps, publishing.commentKey, noted)

  if (run.result !== 'pass' && !run.cancelled) runner.setFailed([plan.footer, ...notes].join(' '))
  return run.result
}

function yieldToTimers(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve))
}

/**
 * The report file's name without `bkflow-gate-` and `.json`: the whole spec path relative to the
 * workspace (so `a/gate.yml` and `b/gate.yml` differ) and the shard.
 */
export function reportName(specFile: string, shard: Inputs['shard'], workspace: string): string {
  let name = 'inline'
  if (specFile !== INLINE_SPEC_FILE) {
    const relative = path.isAbsolute(specFile) ? path.relative(workspace, specFile) : specFile
    name = relative.replace(/\\/g, '/').replace(/^(\.\/)+/, '')
  }
  const suffix = shard ? `-shard-${shard.index}-of-${shard.count}` : ''
  return `${name.replace(/[^\w.-]+/g, '_')}${suffix}`
}

/**
 * Where the JSON report goes in RUNNER_TEMP ('' without it): `bkflow-gate-<name>.json`, or with
 * `-2`, `-3`, … when another step of the job already wrote that file (steps of a job run one at a
 * time, so a free name stays free).
 */
async function reportFile(name: string, env: Record<string, string | undefined>): Promise<string> {
  const dir = env.RUNNER_TEMP
  if (!dir) return ''
  for (let n = 1; n < 1000; n++) {
    const file = path.join(dir, `bkflow-gate-${name}${n === 1 ? '' : `-${n}`}.json`)
    if (!(await exists(file))) return file
  }
  throw new Error(`RUNNER_TEMP holds 999 reports named bkflow-gate-${name}*.json already.`)
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file)
    return true
  } catch {
    return false
  }
}

// Written whole under a temporary name, then renamed: a run killed mid-write leaves no torn report.
async function writeReport(run: RunResult, file: string): Promise<void> {
  const partial = `${file}.partial`
  await writeFile(partial, escapeJsonText(JSON.stringify(toJsonReport(run), null, 2)) + '\n')
  await rename(partial, file)
}

/** Writes the JUnit XML where the `junit` input says (relative to the workspace), creating folders. */
async function writeJunit(run: RunResult, junit: string, workspace: string): Promise<void> {
  const file = path.resolve(workspace, junit)
  try {
    await mkdir(path.dirname(file), { recursive: true })
    await writeFile(file, renderJunit(run))
  } catch (error: unknown) {
    const code = (error as NodeJS.ErrnoException).code ?? describe(error)
    throw new Error(`Input "junit": cannot write ${junit} (${code}).`, { cause: error })
  }
}

/**
 * The sticky pull-request comment; every failure here is a warning, never the gate's verdict.
 * Under `on-failure` a pass only updates an earlier comment (so it does not stay red) and creates none.
 */
async function maybeComment(
  run: RunResult,
  inputs: Inputs,
  deps: MainDeps,
  key: string,
  notes: string
): Promise<void> {
  const { runner, env } = deps
  if (inputs.comment === 'off') return
  const updateOnly = inputs.comment === 'on-failure' && run.result === 'pass'
  const event = env.GITHUB_EVENT_NAME ?? ''
  if (!event.startsWith('pull_request')) {
    runner.info(`comment: ${event || 'this event'} is not a pull request; no comment written.`)
    return
  }
  const pr = await pullRequestNumber(env.GITHUB_EVENT_PATH)
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/')
  if (!pr || !owner || !repo || !inputs.githubToken) {
    runner.warning(
      'comment: the pull request, repository or github-token is unknown; no comment written.'
    )
    return
  }
  const { publishComment } = await import('./report/comment.js')
  await publishComment({
    token: inputs.githubToken,
    apiUrl: env.GITHUB_API_URL,
    owner,
    repo,
    issueNumber: pr,
    key,
    body: renderComment(run, key) + notes,
    updateOnly,
    log: { warning: (m) => runner.warning(m), info: (m) => runner.info(m) }
  })
}

async function pullRequestNumber(eventPath: string | undefined): Promise<number | undefined> {
  if (!eventPath) return undefined
  try {
    const event = JSON.parse(await readFile(eventPath, 'utf8')) as {
      pull_request?: { number?: unknown }
    }
    const n = event.pull_request?.number
    return typeof n === 'number' ? n : undefined
  } catch {
    return undefined
  }
}

/** The summary of a run that could not start; a summary that cannot be written is a warning. */
async function summaryOfFailure(runner: Runner, markdown: string): Promise<void> {
  try {
    await runner.writeSummary(markdown)
  } catch (error: unknown) {
    runner.warning(`The job summary could not be written: ${describe(error)}`)
  }
}

function fail(runner: Runner, result: RunVerdict, message: string): RunVerdict {
  setCounts(runner, result, { passed: 0, failed: 0, pending: 0, errors: 0 })
  runner.setFailed(plainLines(message))
  return result
}

function setCounts(
  runner: Runner,
  result: RunVerdict,
  counts: { passed: number; failed: number; pending: number; errors: number }
): void {
  runner.setOutput(OUTPUTS.result, result)
  runner.setOutput(OUTPUTS.passed, String(counts.passed))
  runner.setOutput(OUTPUTS.failed, String(counts.failed))
  runner.setOutput(OUTPUTS.pending, String(counts.pending))
  runner.setOutput(OUTPUTS.errors, String(counts.errors))
  runner.setOutput(OUTPUTS.warnings, '0')
  runner.setOutput(OUTPUTS.failedNodes, '[]')
  runner.setOutput(OUTPUTS.taskIds, '{}')
  runner.setOutput(OUTPUTS.report, '')
}

/** A one-line reason for a fault; typed errors (BkflowError, input errors) already say what to fix. */
function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

function workspaceOf(deps: MainDeps): string {
  return deps.env.GITHUB_WORKSPACE ?? process.cwd()
}

function shardText(inputs: Inputs): string {
  return inputs.shard ? `${inputs.shard.index}/${inputs.shard.count}` : ''
}
