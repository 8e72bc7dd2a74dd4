// The action's wiring: inputs → spec → poll → reports. The one place that catches; everything it
// touches (runner, environment, fetch, clock, files, cancellation) is passed in.

import { readFile, rename, writeFile } from 'node:fs/promises'
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
import {
  OUTPUTS,
  diagnosticsToAnnotations,
  footerLine,
  progressLines,
  renderComment,
  renderDiagnosticsSummary,
  renderErrorSummary,
  renderPlan,
  renderSummary,
  toAnnotations,
  toJsonReport,
  toOutputs
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
    if (!inputs) {
      await summaryOfFailure(runner, renderErrorSummary('the inputs are invalid', errors))
      return fail(runner, 'error', `Invalid inputs:\n- ${errors.join('\n- ')}`)
    }

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
    return await report(result, inputs, deps)
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
  const workspace = deps.env.GITHUB_WORKSPACE ?? process.cwd()
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
  const { run, created } = await runTasks(spec, {
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
    onEvent: (event) => runner.info(plainText(progress(event)))
  })
  if (inputs.onCancel !== 'revoke') return run
  return revokeCreated(run, created, {
    driver: client.operations,
    now: deps.now,
    emit: (message) => runner.info(plainText(message))
  })
}

async function report(run: RunResult, inputs: Inputs, deps: MainDeps): Promise<RunVerdict> {
  const { runner, env } = deps
  const reportPath = reportFile(run, inputs, env)
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

  const plan = renderPlan(run, { color: false })
  for (const block of plan.blocks) {
    runner.startGroup(block.title)
    runner.info(block.body)
    runner.endGroup()
  }
  runner.info(plan.footer)
  if (plan.legend) runner.info(plan.legend)

  for (const a of toAnnotations(run, { workspace: env.GITHUB_WORKSPACE })) runner.annotate(a)
  // A cancelled run replaces its short summary with the full one if there is time.
  await runner.writeSummary(renderSummary(run), run.cancelled)
  await maybeComment(run, inputs, deps)

  if (run.result !== 'pass' && !run.cancelled) runner.setFailed(plan.footer)
  return run.result
}

function yieldToTimers(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve))
}

/** Where the JSON report goes (RUNNER_TEMP), or '' when there is no such directory. */
function reportFile(run: RunResult, inputs: Inputs, env: Record<string, string | undefined>) {
  const dir = env.RUNNER_TEMP
  if (!dir) return ''
  const base = run.specFile === INLINE_SPEC_FILE ? 'inline' : path.basename(run.specFile)
  const shard = inputs.shard ? `-shard-${inputs.shard.index}-of-${inputs.shard.count}` : ''
  return path.join(dir, `bkflow-gate-${base.replace(/[^\w.-]+/g, '_')}${shard}.json`)
}

// Written whole under a temporary name, then renamed: a run killed mid-write leaves no torn report.
async function writeReport(run: RunResult, file: string): Promise<void> {
  const partial = `${file}.partial`
  await writeFile(partial, escapeJsonText(JSON.stringify(toJsonReport(run), null, 2)) + '\n')
  await rename(partial, file)
}

/** The sticky pull-request comment; every failure here is a warning, never the gate's verdict. */
async function maybeComment(run: RunResult, inputs: Inputs, deps: MainDeps): Promise<void> {
  const { runner, env } = deps
  if (inputs.comment === 'off') return
  if (inputs.comment === 'on-failure' && run.result === 'pass') return
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
    specPath: run.specFile,
    body: renderComment(run, run.specFile),
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
  runner.setOutput(OUTPUTS.failedNodes, '[]')
  runner.setOutput(OUTPUTS.taskIds, '{}')
  runner.setOutput(OUTPUTS.report, '')
}

/** A one-line reason for a fault; typed errors (BkflowError, input errors) already say what to fix. */
function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

function shardText(inputs: Inputs): string {
  return inputs.shard ? `${inputs.shard.index}/${inputs.shard.count}` : ''
}
