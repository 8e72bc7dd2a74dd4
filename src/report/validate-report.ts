// Checking that a value is a JSON report of schemas/report.schema.json: `merge` checks every report
// it reads with it, and the tests check every report the gate writes. The validator itself is
// generated ahead of time (scripts/gen-validators.ts), so there is one.

import type { ErrorObject } from 'ajv/dist/2020.js'
import type { JsonReport } from './json-report.js'
import { validateReportSchema } from './report-validator.js'

/** One way a value is not a report: the JSON pointer of the field (`/tasks/0/verdict`) and what is wrong. */
export interface ReportProblem {
  field: string
  message: string
}

/** Whether `data` is a report of our schema; if not, every problem with the field it concerns. */
export function validateReport(
  data: unknown
): { report: JsonReport; problems?: never } | { problems: ReportProblem[] } {
  if (validateReportSchema(data)) return { report: data as JsonReport }
  return { problems: (validateReportSchema.errors ?? []).map(problemOf) }
}

function problemOf(error: ErrorObject): ReportProblem {
  const params = error.params as Record<string, unknown>
  if (error.keyword === 'additionalProperties') {
    const key = String(params.additionalProperty)
    return { field: `${error.instancePath}/${key}`, message: 'is not a field of the report schema' }
  }
  if (error.keyword === 'required') {
    const key = String(params.missingProperty)
    return { field: `${error.instancePath}/${key}`, message: 'is required but missing' }
  }
  if (error.keyword === 'enum') {
    const allowed = (params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')
    return { field: error.instancePath, message: `must be one of ${allowed}` }
  }
  if (error.keyword === 'const') {
    return {
      field: error.instancePath,
      message: `must be ${JSON.stringify(params.allowedValue)}`
    }
  }
  return { field: error.instancePath, message: error.message ?? 'is invalid' }
}
