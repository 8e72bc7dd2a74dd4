// `bkflow-gate validate SPEC [--var KEY=VALUE]...`: check a spec file without contacting BKFlow.

import { cliSettings } from '../../settings.js'
import { loadSpecFile } from '../../spec-file.js'
import { plural } from '../../text.js'
import { parseArgs } from '../args.js'
import { EXIT, usageLine, type CliContext, type Command } from '../command.js'
import { formatDiagnostic } from '../output.js'
import { parseVarFlags } from '../vars.js'

const OPTIONS = {
  var: { type: 'string', multiple: true },
  help: { type: 'boolean', short: 'h' }
} as const

const USAGE = 'validate SPEC [--var KEY=VALUE]...'

export const validateCommand: Command = {
  name: 'validate',
  usage: USAGE,
  synopsis: 'validate SPEC [options]',
  summary: 'Check a spec file (syntax, schema, variables) without contacting BKFlow.',
  help: [
    'Checks a spec file: its YAML, its shape against schemas/spec.schema.json, and what the',
    'schema cannot express (tasks or nodes listed twice, `name` without `space_id`, ${VAR}s).',
    'Every problem is reported in one pass, each as FILE:LINE:COLUMN: error CODE: message, with',
    'the source line.',
    '',
    'Options:',
    '  --var KEY=VALUE  Define ${KEY} for task_id / space_id (repeatable; wins over the',
    '                   environment).',
    '  -h, --help       Show this help.',
    '',
    'Exit codes: 0 the spec is valid, 1 it is not (or the arguments are wrong).'
  ].join('\n'),

  async run(argv: string[], { output, env }: CliContext): Promise<number> {
    const usageError = (problem: string): number => {
      output.err(`bkflow-gate validate: ${problem}\n${usageLine(validateCommand)}`)
      return EXIT.error
    }
    const args = parseArgs(argv, OPTIONS)
    if (!args.ok) return usageError(args.error)
    if (args.values.help) {
      output.out(`${usageLine(validateCommand)}\n\n${validateCommand.help}`)
      return EXIT.ok
    }
    // Before the SPEC count: `--var K 108` is a --var without `=`, not a second SPEC.
    const vars = parseVarFlags(argv, args.values.var ?? [])
    if ('errors' in vars) {
      output.err(vars.errors.map((e) => `bkflow-gate validate: ${e}`).join('\n'))
      return EXIT.error
    }
    const [path, ...extra] = args.positionals
    if (path === undefined) return usageError('missing SPEC')
    if (extra.length > 0) {
      return usageError(`unexpected argument "${extra[0]}": give one SPEC (it is "${path}")`)
    }

    const loaded = await loadSpecFile(path, { vars: vars.vars, env, settings: cliSettings() })
    if ('error' in loaded) {
      output.err(`bkflow-gate validate: ${loaded.error}`)
      return EXIT.error
    }
    const { text, spec, diagnostics } = loaded
    for (const d of diagnostics) output.out(formatDiagnostic(d, text))
    if (!spec) {
      const errors = diagnostics.filter((d) => d.severity === 'error').length
      output.out(`${path}: invalid, ${plural(errors, 'error')}.`)
      return EXIT.error
    }
    const nodes = spec.tasks.reduce((sum, task) => sum + task.nodes.length, 0)
    output.out(`${path}: valid, ${plural(spec.tasks.length, 'task')}, ${plural(nodes, 'node')}.`)
    return EXIT.ok
  }
}
