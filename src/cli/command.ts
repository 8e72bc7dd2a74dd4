// What a CLI command is: a name, its help, and a run that returns the exit code.

import { wrap } from '../text.js'

import type { Output } from './output.js'

/** What every command receives from the entry: where to write and the environment. */
export interface CliContext {
  output: Output
  /** The process environment: `${VAR}` fallback and, for commands that call BKFlow, credentials. */
  env: Record<string, string | undefined>
  /** Aborted on Ctrl-C / SIGTERM: a running check stops and reports what it knows. */
  signal?: AbortSignal
  /** Whether stdout is a terminal (for colour). */
  isTTY?: boolean
}

/** One subcommand of `bkflow-gate`. */
export interface Command {
  name: string
  /** The usage line after `bkflow-gate `, e.g. `validate SPEC [--var KEY=VALUE]...`. */
  usage: string
  /** A short usage for the top-level help, e.g. `check SPEC [options]` (default: `usage`). */
  synopsis?: string
  /** One line for the top-level help. */
  summary: string
  /** The full `--help` text of the command (without the usage line). */
  help: string
  /** Runs the command on the arguments after its name; resolves to the process exit code. */
  run(argv: string[], context: CliContext): Promise<number>
}

/** Exit codes (product.md §6, after `terraform plan -detailed-exitcode`). */
export const EXIT = {
  /** Valid spec, or every expectation met. */
  ok: 0,
  /** Invalid spec or arguments, auth, API unreachable. */
  error: 1,
  /** Expectations not met (including pending). */
  failed: 2,
  /** Cancelled by Ctrl-C (SIGINT): 128 + 2, as shells report it. */
  interrupted: 130,
  /** Cancelled by SIGTERM: 128 + 15. */
  terminated: 143
} as const

/** Help and usage text fit a terminal of this many columns. */
export const HELP_WIDTH = 100

/** `Usage: bkflow-gate <usage>`, wrapped to HELP_WIDTH with the options lined up under the first. */
export function usageLine(command: Pick<Command, 'name' | 'usage'>): string {
  const head = `Usage: bkflow-gate ${command.name} `
  // An option in brackets is never split: its spaces are held as no-break spaces while wrapping.
  const rest = command.usage
    .slice(command.name.length + 1)
    .replace(/\[[^\]]*\]/g, (option) => option.replaceAll(' ', '\u00a0'))
  return wrap(head + rest, HELP_WIDTH, ' '.repeat(head.length)).replaceAll('\u00a0', ' ')
}
