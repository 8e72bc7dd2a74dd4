// `bkflow-gate validate SPEC [--var KEY=VALUE]...`: check a spec file without contacting BKFlow.

import { parseVarEntries } from '../../spec/index.js'
import { parseArgs } from '../args.js'
import { EXIT, type CliContext, type Command } from '../command.js'
import { formatDiagnostic } from '../output.js'
import { loadSpecFile } from '../../spec-file.js'
import { plural } from '../../text.js'

const OPTIONS = {
  var: { type: 'string', multiple: true },
  help: { type: 'boolean', short: 'h' }
} as const

const USAGE = 'validate SPEC [--var KEY=VALUE]...'

export const validateCommand: Command = {
  name: 'validate',
  usage: USAGE,
  summary: 'Check a spec file (syntax, schema, variables) without contacting BKFlow.',
  help: [
    'Checks a spec file: its YAML, its shape against schemas/spec.schema.json, and what the',
    'schema cannot express (tasks or nodes listed twice, `name` without `space_id`, ${VAR}s).',
    'Each problem is printed as FILE:LINE:COLUMN: error CODE: message, with the source line.',
    '',
    'Options:',
    '  --var KEY=VALUE  Define ${KEY} for task_id / space_id (repeatable; wins over the environment).',
    '  -h, --help       Show this help.',
    '',
    'Exit codes: 0 the spec is valid, 1 it is not (or the arguments are wrong).'
  ].join('\n'),

  async run(argv: string[], { output, env }: CliContext): Promise<number> {
    const args = parseArgs(argv, OPTIONS)
    if (!args.ok) {
      output.err(`bkflow-gate validate: ${args.error}\nUsage: bkflow-gate ${USAGE}`)
      return EXIT.error
    }
    if (args.values.help) {
      output.out(`Usage: bkflow-gate ${USAGE}\n\n${validateCommand.help}`)
      return EXIT.ok
    }
    if (args.positionals.length !== 1) {
      const problem = args.positionals.length === 0 ? 'missing SPEC' : 'give exactly one SPEC'
      output.err(`bkflow-gate validate: ${problem}\nUsage: bkflow-gate ${USAGE}`)
      return EXIT.error
    }
    const vars = parseVarEntries(args.values.var ?? [], (index) => `--var #${index + 1}`)
    if (vars.errors.length > 0) {
      output.err(vars.errors.map((e) => `bkflow-gate validate: ${e}`).join('\n'))
      return EXIT.error
    }

    const path = args.positionals[0]
    const loaded = await loadSpecFile(path, { vars: vars.vars, env })
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
