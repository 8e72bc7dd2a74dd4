// `bkflow-gate check SPEC`: the gate from a terminal or any CI — poll BKFlow, print the plan, exit
// 0 pass / 2 fail / 1 error (product.md §6).

import { writeFile } from 'node:fs/promises'
import { parseDuration } from '../../duration.js'
import type { RunVerdict } from '../../model.js'
import { planText, shouldColor, taskIdsJson, toJsonReport } from '../../report/index.js'
import { parseShard, parseVarEntries } from '../../spec/index.js'
import { parseArgs } from '../args.js'
import { EXIT, type CliContext, type Command } from '../command.js'
import { CREDENTIAL_HELP, clientFromEnv } from '../credentials.js'
import { formatDiagnostic } from '../output.js'
import { loadSpecFile } from '../../spec-file.js'
import { escapeJsonText, plainText } from '../../safe-text.js'
import { sleep } from '../../sleep.js'
import { ON_CANCEL, revokeCreated, runTasks, type OnCancel } from '../../tasks/index.js'

const OPTIONS = {
  mode: { type: 'string' },
  'api-url': { type: 'string' },
  timeout: { type: 'string' },
  interval: { type: 'string' },
  var: { type: 'string', multiple: true },
  shard: { type: 'string' },
  json: { type: 'boolean' },
  report: { type: 'string' },
  'allow-http': { type: 'boolean' },
  'on-cancel': { type: 'string' },
  help: { type: 'boolean', short: 'h' }
} as const

const USAGE =
  'check SPEC [--mode wait|check] [--api-url URL] [--timeout D] [--interval D] [--var KEY=VALUE]... [--shard I/N] [--on-cancel leave|revoke] [--json] [--report FILE]'

const EXIT_FOR: Record<RunVerdict, number> = { pass: EXIT.ok, fail: EXIT.failed, error: EXIT.error }

export const checkCommand: Command = {
  name: 'check',
  usage: USAGE,
  summary: 'Poll BKFlow until the spec’s tasks settle and print the plan.',
  help: [
    'Checks every task of SPEC against BKFlow and prints a Terraform-like plan.',
    '',
    'Options:',
    '  --mode wait|check  wait (default): poll until each task settles or times out;',
    '                     check: one look, no waiting.',
    '  --api-url URL      The gateway base URL (default: $BKFLOW_API_URL).',
    '  --timeout D        How long to wait per task unless the spec says (default 30m).',
    '  --interval D       Base poll interval unless the spec says (default 15s).',
    '  --var KEY=VALUE    Define ${KEY} for the spec (ids, create.name, create.constants; repeatable).',
    '  --shard I/N        Check only a stable slice of the tasks.',
    '  --on-cancel leave|revoke  On Ctrl-C / SIGTERM, or when a task it created times',
    '                     out: leave (default) or revoke the tasks this run created.',
    '  --json             Print the JSON report (schemas/report.schema.json) instead of the plan.',
    '  --report FILE      Also write the JSON report to FILE.',
    '  --allow-http       Permit plain http:// to a host that is not loopback.',
    '  -h, --help         Show this help.',
    '',
    ...CREDENTIAL_HELP,
    '',
    'Exit codes: 0 every expectation met, 2 not met (or pending), 1 error (invalid spec or',
    'arguments, credentials rejected, BKFlow unreachable).'
  ].join('\n'),

  async run(argv: string[], { output, env, signal, isTTY }: CliContext): Promise<number> {
    const usageError = (problem: string): number => {
      output.err(`bkflow-gate check: ${problem}\nUsage: bkflow-gate ${USAGE}`)
      return EXIT.error
    }
    const args = parseArgs(argv, OPTIONS)
    if (!args.ok) return usageError(args.error)
    const flags = args.values
    if (flags.help) {
      output.out(`Usage: bkflow-gate ${USAGE}\n\n${checkCommand.help}`)
      return EXIT.ok
    }
    if (args.positionals.length !== 1) {
      return usageError(args.positionals.length === 0 ? 'missing SPEC' : 'give exactly one SPEC')
    }
    const mode = flags.mode ?? 'wait'
    if (mode !== 'wait' && mode !== 'check') {
      return usageError(`--mode is "${mode}"; expected wait or check`)
    }
    const timeoutMs = parseDuration(flags.timeout ?? '30m')
    const intervalMs = parseDuration(flags.interval ?? '15s')
    if (timeoutMs === undefined) return usageError(`--timeout "${flags.timeout}" is not a duration`)
    if (!intervalMs) return usageError(`--interval "${flags.interval}" is not a positive duration`)
    let shard: { index: number; count: number } | undefined
    if (flags.shard !== undefined) {
      const parsed = parseShard(flags.shard)
      if ('error' in parsed) return usageError(`--shard "${flags.shard}": ${parsed.error}`)
      shard = parsed
    }
    const onCancel = (flags['on-cancel'] ?? 'leave') as OnCancel
    if (!ON_CANCEL.includes(onCancel)) {
      return usageError(`--on-cancel is "${flags['on-cancel']}"; expected leave or revoke`)
    }
    const vars = parseVarEntries(flags.var ?? [], (index) => `--var #${index + 1}`)
    if (vars.errors.length > 0) return usageError(vars.errors.join('; '))

    const path = args.positionals[0]
    const loaded = await loadSpecFile(path, {
      vars: vars.vars,
      env,
      defaults: { timeoutMs, intervalMs },
      shard
    })
    if ('error' in loaded) {
      output.err(`bkflow-gate check: ${loaded.error}`)
      return EXIT.error
    }
    const { text, spec, diagnostics } = loaded
    if (!spec) {
      for (const d of diagnostics) output.err(formatDiagnostic(d, text))
      output.err(`${path}: invalid spec; nothing was checked.`)
      return EXIT.error
    }

    const connection = clientFromEnv(
      env,
      { apiUrl: flags['api-url'], allowHttp: flags['allow-http'] },
      (notice) => output.err(`bkflow-gate check: ${notice}`)
    )
    if ('errors' in connection) return usageError(connection.errors.join('; '))

    const { client } = connection
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
      onEvent: (event) => output.err(plainText(event.message))
    })
    const run =
      onCancel === 'revoke'
        ? await revokeCreated(polled.run, polled.created, {
            driver: client.operations,
            now: Date.now,
            emit: (message) => output.err(plainText(message))
          })
        : polled.run

    // The report can be large (every node of every task): build it only when it is asked for.
    const report =
      flags.report || flags.json ? escapeJsonText(JSON.stringify(toJsonReport(run), null, 2)) : ''
    if (flags.report) await writeFile(flags.report, report + '\n')
    if (flags.json) output.out(report)
    else {
      output.out(planText(run, { color: shouldColor({ isTTY }, env) }))
      // The ids of created and selected tasks, for the next command (labels come from the spec).
      if (spec.tasks.some((task) => task.source !== undefined)) {
        output.out(`task-ids: ${taskIdsJson(run)}`)
      }
    }
    return EXIT_FOR[run.result]
  }
}
