// Dispatch: `bkflow-gate <command> ...` to the command, with top-level help and usage errors.

import { wrap } from '../text.js'
import { EXIT, HELP_WIDTH, type CliContext, type Command } from './command.js'
import { COMMANDS } from './commands/index.js'
import { consoleOutput } from './output.js'
import packageJson from '../../package.json' with { type: 'json' }

const USAGE = 'Usage: bkflow-gate <command> [options]'

/** The top-level help: what the tool does and one line per command, within HELP_WIDTH columns. */
export function topLevelHelp(commands: readonly Command[] = COMMANDS): string {
  const synopsis = (c: Command): string => c.synopsis ?? c.usage
  const width = Math.max(...commands.map((c) => synopsis(c).length))
  const indent = ' '.repeat(width + 4)
  // The summary wraps in its own column, under itself.
  const lines = commands.map(
    (c) =>
      `  ${synopsis(c).padEnd(width)}  ` +
      wrap(c.summary, HELP_WIDTH - indent.length).replaceAll('\n', `\n${indent}`)
  )
  return [
    USAGE,
    '',
    'Asserts the states of BlueKing BKFlow tasks and their nodes, declared in a YAML spec.',
    '',
    'Commands:',
    ...lines,
    '',
    'Run `bkflow-gate help <command>` (or `bkflow-gate <command> --help`) for its options.'
  ].join('\n')
}

/** Runs the CLI on its arguments (without `node` and the script) and resolves to the exit code. */
export async function run(
  argv: readonly string[],
  context: CliContext = { output: consoleOutput, env: process.env },
  commands: readonly Command[] = COMMANDS
): Promise<number> {
  const [name, ...rest] = argv
  if (name === 'help' && rest.length > 0) {
    // `help check` is `check --help`; an unknown name falls through to the error below.
    const command = commands.find((c) => c.name === rest[0])
    if (command) return command.run(['--help'], context)
    return unknownCommand(rest[0], commands, context)
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    context.output.out(topLevelHelp(commands))
    return EXIT.ok
  }
  if (name === '--version' || name === '-V') {
    context.output.out(packageJson.version)
    return EXIT.ok
  }
  if (name === undefined) {
    context.output.err(topLevelHelp(commands))
    return EXIT.error
  }
  const command = commands.find((c) => c.name === name)
  if (!command) return unknownCommand(name, commands, context)
  try {
    return await command.run(rest, context)
  } catch (error: unknown) {
    // Commands report expected problems themselves; this is the one catch for the unexpected.
    const message = error instanceof Error ? error.message : String(error)
    context.output.err(`bkflow-gate ${name}: unexpected error: ${message}`)
    return EXIT.error
  }
}

function unknownCommand(name: string, commands: readonly Command[], context: CliContext): number {
  const what = name.startsWith('-') ? `unknown option ${name}` : `unknown command ${name}`
  const names = commands.map((c) => c.name).join(', ')
  context.output.err(`bkflow-gate: ${what} (commands: ${names})\n${USAGE}`)
  return EXIT.error
}
