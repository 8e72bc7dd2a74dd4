// `bkflow-gate merge REPORT.json...`: the JSON reports of several runs (matrix shards, several
// specs) as one run — one plan, one verdict, one JSON report, one JUnit file. Reads files only.

import { mergeReports, readReports } from '../../merge/index.js'
import { plainText } from '../../safe-text.js'
import { parseArgs } from '../args.js'
import { EXIT, type CliContext, type Command } from '../command.js'
import { PUBLISH_HELP, publishRun } from '../publish.js'

const OPTIONS = {
  json: { type: 'boolean' },
  report: { type: 'string' },
  junit: { type: 'string' },
  help: { type: 'boolean', short: 'h' }
} as const

const USAGE = 'merge REPORT.json... [--json] [--report FILE] [--junit FILE]'

export const mergeCommand: Command = {
  name: 'merge',
  usage: USAGE,
  summary: 'Combine the JSON reports of several runs (shards) into one verdict.',
  help: [
    'Reads the JSON reports of several runs (written with --report, or by the action), checks',
    'that each is a report of schemas/report.schema.json, and prints one plan for all their',
    'tasks, as if one run had checked every task. No request is made.',
    '',
    'Tasks of a spec that no report checked (a shard whose report is missing) make the result',
    'an error, never a pass. The same task of the same spec in two reports is an error.',
    '',
    'Options:',
    ...PUBLISH_HELP,
    '  -h, --help         Show this help.',
    '',
    'Exit codes: 0 every expectation met, 2 not met (or pending), 1 error (a file that is not a',
    'report, tasks in no report, a task that could not be checked).'
  ].join('\n'),

  async run(argv: string[], context: CliContext): Promise<number> {
    const { output } = context
    const usageError = (problem: string): number => {
      output.err(`bkflow-gate merge: ${problem}\nUsage: bkflow-gate ${USAGE}`)
      return EXIT.error
    }
    const args = parseArgs(argv, OPTIONS)
    if (!args.ok) return usageError(args.error)
    if (args.values.help) {
      output.out(`Usage: bkflow-gate ${USAGE}\n\n${mergeCommand.help}`)
      return EXIT.ok
    }
    if (args.positionals.length === 0) return usageError('missing REPORT.json')

    const read = await readReports(args.positionals)
    if ('errors' in read) {
      for (const error of read.errors) output.err(`bkflow-gate merge: ${plainText(error)}`)
      return EXIT.error
    }
    const merged = mergeReports(read.reports)
    if ('error' in merged) {
      output.err(`bkflow-gate merge: ${plainText(merged.error)}`)
      return EXIT.error
    }
    for (const gap of merged.gaps) output.err(`bkflow-gate merge: ${plainText(gap)}`)
    return publishRun(merged.run, args.values, context)
  }
}
