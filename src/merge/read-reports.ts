// Reading the JSON reports that `merge` combines: each file must be JSON and a report of our
// schema; anything else is an error that names the file and the field.

import { readFile } from 'node:fs/promises'
import { validateReport } from '../report/validate-report.js'
import type { ReportFile } from './from-reports.js'

/** How many problems of one file are listed before "and N more". */
const MAX_PROBLEMS_SHOWN = 5

/**
 * Reads and checks every report. `display` names a path in messages (relative to the workspace,
 * say). Resolves to the reports, or to one message per file that is not a report.
 */
export async function readReports(
  paths: readonly string[],
  display: (path: string) => string = (p) => p
): Promise<{ reports: ReportFile[] } | { errors: string[] }> {
  const reports: ReportFile[] = []
  const errors: string[] = []
  for (const path of paths) {
    const file = display(path)
    const read = await readReport(path, file)
    if ('error' in read) errors.push(read.error)
    else reports.push({ file, report: read.report })
  }
  return errors.length > 0 ? { errors } : { reports }
}

async function readReport(
  path: string,
  file: string
): Promise<{ report: ReportFile['report'] } | { error: string }> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error: unknown) {
    const code = (error as NodeJS.ErrnoException).code
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'a directory' : code
    return { error: `${file}: cannot read it (${why ?? String(error)}).` }
  }
  let data: unknown
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (error: unknown) {
    const why = error instanceof Error ? error.message : String(error)
    return { error: `${file}: not JSON (${why}); expected a bkflow-gate JSON report.` }
  }
  const checked = validateReport(data)
  if (!checked.problems) return { report: checked.report }
  const { version } = (data ?? {}) as { version?: unknown }
  if (typeof data === 'object' && data !== null && typeof version === 'number' && version > 1) {
    return {
      error: `${file}: report version ${version} is newer than this bkflow-gate reads (1); update bkflow-gate.`
    }
  }
  const shown = checked.problems
    .slice(0, MAX_PROBLEMS_SHOWN)
    .map((p) => `${p.field || '(the whole file)'} ${p.message}`)
  const more = checked.problems.length - shown.length
  if (more > 0) shown.push(`and ${more} more`)
  return {
    error: `${file}: not a bkflow-gate report (schemas/report.schema.json): ${shown.join('; ')}.`
  }
}
