// `bkflow-gate check SPEC`: the gate from a terminal or any CI — poll BKFlow, print the plan, exit
// 0 pass / 2 fail / 1 error (product.md §6), 130 / 143 when cancelled (see ../index.ts).

import { constants } from 'node:fs'
import { access, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { RunVerdict } from '../../model.js'
import { addLinks, collectReasons, readWebUrl } from '../../poll/index.js'
import {
  planText,
  progressLines,
  renderJunit,
  shouldColor,
  taskIdsJson,
  toJsonReport
} from '../../report/index.js'
import {
  GATEWAY_QUOTA_PER_MINUTE,
  MAX_CONCURRENCY,
  cliSettings,
  readCount,
  readDuration,
  type Read
} from '../../settings.js'
import { parseShard } from '../../spec/index.js'
import { loadSpecFile } from '../../spec-file.js'
import { escapeJsonText, plainText } from '../../safe-text.js'
import { sleep } from '../../sleep.js'
import { ON_CANCEL, revokeCreated, runTasks, type OnCancel } from '../../tasks/index.js'
import { parseArgs } from '../args.js'
import { EXIT, usageLine, type CliContext, type Command } from '../command.js'
import { CREDENTIAL_HELP, clientFromEnv, reportBadSettings } from '../credentials.js'
import { formatDiagnostic } from '../output.js'
import { parseVarFlags } from '../vars.js'

const OPTIONS = {
  mode: { type: 'string' },
  'api-url': { type: 'string' },
  timeout: { type: 'string' },
  interval: { type: 'string' },
  'request-timeout': { type: 'string' },
  'max-concurrency': { type: 'string' },
  'rate-limit': { type: 'string' },
  var: { type: 'string', multiple: true },
  shard: { type: 'string' },
  'on-cancel': { type: 'string' },
  json: { type: 'boolean' },
  report: { type: 'string' },
  junit: { type: 'string' },
  'allow-http': { type: 'boolean' },
  'web-url': { type: 'string' },
  help: { type: 'boolean', short: 'h' }
} as const

const EXIT_FOR: Record<RunVerdict, number> = { pass: EXIT.ok, fail: EXIT.failed, error: EXIT.error }

export const checkCommand: Command = {
  name: 'check',
  usage:
    'check SPEC [--mode wait|check] [--api-url URL] [--timeout D] [--interval D] [--var KEY=VALUE]... [--shard I/N] [--on-cancel leave|revoke] [--json] [--report FILE] [--junit FILE] [--request-timeout D] [--max-concurrency N] [--rate-limit N] [--allow-http] [--web-url URL]',
  synopsis: 'check SPEC [options]',
  summary: 'Poll BKFlow until the spec’s tasks settle and print the plan.',
  help: [
    'Checks every task of SPEC against BKFlow and prints a Terraform-like plan.',
    '',
    'Options:',
    '  --mode wait|check      wait (default): poll until each task settles or times out;',
    '                         check: one look, no waiting.',
    '  --api-url URL          The gateway base URL (default: $BKFLOW_API_URL).',
    '  --timeout D            How long to wait for each task (e.g. 30m, 1h30m). Wins over the spec.',
    '  --interval D           Base poll interval (e.g. 15s). Wins over the spec.',
    '  --var KEY=VALUE        Define ${KEY} for ids, create.name, create.constants (repeatable).',
    '  --shard I/N            Check only a stable slice of the tasks.',
    '  --on-cancel leave|revoke  On Ctrl-C / SIGTERM, or when a task it created times out:',
    '                         leave (default) or revoke the tasks this run created.',
    '  --json                 Print the JSON report (schemas/report.schema.json), not the plan.',
    '  --report FILE          Also write the JSON report to FILE (its directory must exist).',
    '  --junit FILE           Also write JUnit XML to FILE (one testsuite per task).',
    '  --request-timeout D    Timeout of one HTTP request (default 30s).',
    '  --max-concurrency N    Requests in flight at once, 1 to 64 (default 4).',
    `  --rate-limit N         Requests per minute, all tasks together, up to ${GATEWAY_QUOTA_PER_MINUTE} (default 600).`,
    '  --allow-http           Permit plain http:// to a host that is not loopback.',
    '  --web-url URL          BKFlow web UI base, to link each task (default: $BKFLOW_WEB_URL).',
    '  -h, --help             Show this help.',
    '',
    'A task’s timeout and interval come from the command line, else the task, else the spec’s',
    'defaults, else the built-in 30m and 15s.',
    '',
    ...CREDENTIAL_HELP,
    '',
    'Exit codes: 0 every expectation met, 2 not met (or pending), 1 error (invalid spec or',
    'arguments, a bad setting, credentials rejected, BKFlow unreachable), 130 cancelled by Ctrl-C',
    '(SIGINT), 143 cancelled by SIGTERM.'
  ].join('\n'),

  async run(argv: string[], { output, env, signal, isTTY, errIsTTY }: CliContext): Promise<number> {
    // Each problem on its own line, then the usage once.
    const usageError = (...problems: string[]): number => {
      const lines = problems.map((problem) => `bkflow-gate check: ${problem}`)
      output.err(`${lines.join('\n')}\n${usageLine(checkCommand)}`)
      return EXIT.error
    }
    const args = parseArgs(argv, OPTIONS)
    if (!args.ok) return usageError(args.error)
    const flags = args.values
    if (flags.help) {
      output.out(`${usageLine(checkCommand)}\n\n${checkCommand.help}`)
      return EXIT.ok
    }
    // Before the SPEC count: `--var K 108` is a --var without `=`, not a second SPEC.
    const vars = parseVarFlags(argv, flags.var ?? [])
    if ('errors' in vars) return usageError(...vars.errors)
    const [specPath, ...extra] = args.positionals
    if (specPath === undefined) return usageError('missing SPEC')
    if (extra.length > 0) {
      return usageError(`unexpected argument "${extra[0]}": give one SPEC (it is "${specPath}")`)
    }
    const mode = flags.mode ?? 'wait'
    if (mode !== 'wait' && mode !== 'check') {
      return usageError(`--mode is "${mode}"; expected wait or check`)
    }

    const problems: string[] = []
    const read = (name: keyof typeof OPTIONS, reader: (text: string) => Read<number>) => {
      const text = flags[name]
      if (typeof text !== 'string') return undefined
      const result = reader(text)
      if (result.ok) return result.value
      problems.push(`--${name} "${text}": ${result.expected}`)
      return undefined
    }
    const positive = (text: string) => readDuration(text, { positive: true })
    const timeoutMs = read('timeout', readDuration)
    const intervalMs = read('interval', positive)
    const requestTimeoutMs = read('request-timeout', positive)
    const maxConcurrency = read('max-concurrency', (text) => readCount(text, MAX_CONCURRENCY))
    const rateLimitPerMinute = read('rate-limit', (text) =>
      readCount(text, GATEWAY_QUOTA_PER_MINUTE)
    )
    let shard: { index: number; count: number } | undefined
    if (flags.shard !== undefined) {
      const parsed = parseShard(flags.shard)
      if ('error' in parsed) problems.push(`--shard "${flags.shard}": ${parsed.error}`)
      else shard = parsed
    }
    const web =
      flags['web-url'] !== undefined
        ? readWebUrl('--web-url', flags['web-url'].trim(), problems)
        : readWebUrl('BKFLOW_WEB_URL', env.BKFLOW_WEB_URL?.trim() ?? '', problems)
    const onCancel = (flags['on-cancel'] ?? 'leave') as OnCancel
    if (!ON_CANCEL.includes(onCancel)) {
      problems.push(`--on-cancel "${flags['on-cancel']}": expected leave or revoke`)
    }
    if (problems.length > 0) return usageError(...problems)
    // A report that cannot be written is found now, not after a wait of up to the timeout.
    for (const [flag, file] of [
      ['--report', flags.report],
      ['--junit', flags.junit]
    ] as const) {
      if (file === undefined) continue
      const problem = await unwritable(file)
      if (problem) {
        output.err(`bkflow-gate check: ${flag} ${file}: ${problem}`)
        return EXIT.error
      }
    }

    const loaded = await loadSpecFile(specPath, {
      vars: vars.vars,
      env,
      overrides: { timeoutMs, intervalMs },
      shard,
      settings: cliSettings(flags['api-url'] !== undefined)
    })
    if ('error' in loaded) {
      output.err(`bkflow-gate check: ${loaded.error}`)
      return EXIT.error
    }
    const { text, spec, diagnostics } = loaded
    if (!spec) {
      for (const d of diagnostics) output.err(formatDiagnostic(d, text))
      output.err(`${specPath}: invalid spec; nothing was checked.`)
      return EXIT.error
    }

    const connection = clientFromEnv(
      env,
      {
        apiUrl: flags['api-url'],
        allowHttp: flags['allow-http'],
        requestTimeoutMs,
        maxConcurrency,
        rateLimitPerMinute
      },
      (notice) => output.err(`bkflow-gate check: ${notice}`)
    )
    if ('errors' in connection) {
      reportBadSettings(output, 'check', connection.errors)
      return EXIT.error
    }

    const { client } = connection
    const progress = progressLines()
    const polled = await runTasks(spec, {
      mode,
      client,
      counts: client.counts,
      driver: client.operations,
      runName: new Date().toISOString(),
      now: Date.now,
      sleep,
      signal,
      // Progress goes to stderr so that stdout holds only the plan or the JSON; each event quotes
      // labels, states and messages from outside, so it is flattened and escaped first.
      emit: (message) => output.err(plainText(message)),
      onEvent: (event) => output.err(plainText(progress(event))),
      heartbeat: { quiet: errIsTTY !== true }
    })
    const revoked =
      onCancel === 'revoke'
        ? await revokeCreated(polled.run, polled.created, {
            driver: client.operations,
            now: Date.now,
            emit: (message) => output.err(plainText(message))
          })
        : polled.run
    // Reasons and links go on the result model; no reporter calls BKFlow.
    const explained = await collectReasons(revoked, client, {
      now: Date.now,
      signal,
      onEvent: (event) => output.err(plainText(event.message))
    })
    const run = addLinks(explained, web)

    // The report can be large (every node of every task): build it only when it is asked for.
    const report =
      flags.report || flags.json ? escapeJsonText(JSON.stringify(toJsonReport(run), null, 2)) : ''
    if (flags.json) output.out(report)
    else {
      output.out(planText(run, { color: shouldColor({ isTTY }, env) }))
      // The ids of created and selected tasks, for the next command (labels come from the spec).
      if (spec.tasks.some((task) => task.source !== undefined)) {
        output.out(`task-ids: ${taskIdsJson(run)}`)
      }
    }
    if (flags.report) {
      // The verdict is already printed; a failed write is one more line, never a different exit.
      try {
        await writeFile(flags.report, report + '\n')
      } catch (error: unknown) {
        output.err(`bkflow-gate check: could not write --report ${flags.report}: ${reason(error)}`)
      }
    }
    if (flags.junit) {
      try {
        await writeFile(flags.junit, renderJunit(run))
      } catch (error: unknown) {
        output.err(`bkflow-gate check: could not write --junit ${flags.junit}: ${reason(error)}`)
      }
    }
    return EXIT_FOR[run.result]
  }
}

/** Why a report could not be written to `file`, or undefined when it can be (as far as we can tell). */
async function unwritable(file: string): Promise<string | undefined> {
  const dir = path.dirname(path.resolve(file))
  try {
    const info = await stat(dir)
    if (!info.isDirectory()) return `${path.dirname(file)} is not a directory`
  } catch {
    return `the directory ${path.dirname(file)} does not exist; create it first`
  }
  try {
    await access(dir, constants.W_OK)
  } catch {
    return `the directory ${path.dirname(file)} is not writable`
  }
  try {
    if ((await stat(file)).isDirectory()) return 'it is a directory; give a file name'
  } catch {
    // No file yet: it will be created.
  }
  return undefined
}

function reason(error: unknown): string {
  const code = error instanceof Error && 'code' in error ? String(error.code) : ''
  if (code === 'ENOENT') return 'its directory no longer exists'
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied'
  if (code === 'EISDIR') return 'it is a directory'
  return code || (error instanceof Error ? error.message : String(error))
}
