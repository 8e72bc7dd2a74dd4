import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import {
  REPORT_SCHEMA_OUTPUT,
  REPORT_SCHEMA_PATH,
  generateReportSchema
} from '../../scripts/gen-report-schema.js'
import { REPORT_SCHEMA } from '../../src/report/report-schema.js'

describe('the report schema embedded for the bundles', () => {
  it('is up to date: regenerating gives the committed file', async () => {
    const schemaText = readFileSync(REPORT_SCHEMA_PATH, 'utf8')
    expect(await generateReportSchema(schemaText)).toBe(readFileSync(REPORT_SCHEMA_OUTPUT, 'utf8'))
  })

  it('is the schema unchanged', () => {
    expect(REPORT_SCHEMA).toEqual(JSON.parse(readFileSync(REPORT_SCHEMA_PATH, 'utf8')))
  })
})
