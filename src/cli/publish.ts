// What `check` and `merge` do with a finished run: write the files asked for (JSON report, JUnit),
// print the plan or the JSON, and turn the verdict into the exit code.

import { writeFile } from 'node:fs/promises'
import type { RunResult, RunVerdict } from '../model.js'
import { planText, renderJunit, shouldColor, toJsonReport } from '../report/index.js'
import { escapeJsonText } from '../safe-text.js'
import { EXIT, type CliContext } from './command.js'

const EXIT_FOR: Record<RunVerdict, number> = { pass: EXIT.ok, fail: EXIT.failed, error: EXIT.error }

/** The output flags `check` and `merge` share. */
export interface PublishFlags {
  json?: boolean
  report?: string
  junit?: string
}

/** Help lines for the shared output flags. */
export const PUBLISH_HELP = [
  '  --json             Print the JSON report (schemas/report.schema.json) instead of the plan.',
  '  --report FILE      Also write the JSON report to FILE.',
  '  --junit FILE       Also write JUnit XML to FILE (one testsuite per task).'
]

/** Writes the files, prints the plan (or the JSON) and returns the exit code: 0 pass, 2 fail, 1 error. */
export async function publishRun(
  run: RunResult,
  flags: PublishFlags,
  { output, env, isTTY }: CliContext
): Promise<number> {
  // The report can be large (every node of every task): build it only when it is asked for.
  const report =
    flags.report || flags.json ? escapeJsonText(JSON.stringify(toJsonReport(run), null, 2)) : ''
  try {
    if (flags.report) await writeFile(flags.report, report + '\n')
    if (flags.junit) await writeFile(flags.junit, renderJunit(run))
  } catch (error: unknown) {
    const code = (error as NodeJS.ErrnoException).code
    const file = (error as NodeJS.ErrnoException).path ?? ''
    output.err(`bkflow-gate: cannot write ${file} (${code ?? String(error)}).`)
    return EXIT.error
  }
  if (flags.json) output.out(report)
  else output.out(planText(run, { color: shouldColor({ isTTY }, env) }))
  return EXIT_FOR[run.result]
}
