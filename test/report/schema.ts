// The report schema, for the tests that validate what they produce: its generated validator
// (scripts/gen-validators.ts), the same one a reader of reports in src/ would use.

import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { validateReportSchema as validate } from '../../src/report/report-validator.js'

const schemaPath = fileURLToPath(new URL('../../schemas/report.schema.json', import.meta.url))
export const reportSchema = JSON.parse(readFileSync(schemaPath, 'utf8')) as Record<string, unknown>

/** Validates a report (after a JSON round trip, as a reader would see it); returns the errors. */
export function schemaErrors(report: unknown): string[] {
  const data: unknown = JSON.parse(JSON.stringify(report))
  if (validate(data)) return []
  return (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`)
}
