// What a CLI command is: a name, its help, and a run that returns the exit code.

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
  failed: 2
} as const
