// The report schema, compiled once for the tests that validate what they produce.

import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { Ajv2020 } from 'ajv/dist/2020.js'

const schemaPath = fileURLToPath(new URL('../../schemas/report.schema.json', import.meta.url))
export const reportSchema = JSON.parse(readFileSync(schemaPath, 'utf8')) as Record<string, unknown>

const ajv = new Ajv2020({ allErrors: true, strict: true })
const validate = ajv.compile(reportSchema)

/** Validates a report (after a JSON round trip, as a reader would see it); returns the errors. */
export function schemaErrors(report: unknown): string[] {
  const data: unknown = JSON.parse(JSON.stringify(report))
  if (validate(data)) return []
  return (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`)
}
