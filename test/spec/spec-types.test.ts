import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { generateSpecTypes, OUTPUT_PATH, SCHEMA_PATH } from '../../scripts/gen-spec-types.js'
import { SPEC_SCHEMA } from '../../src/spec/spec-types.js'
import { DURATION_PATTERN } from '../../src/duration.js'

describe('spec types generated from the schema', () => {
  it('are up to date: regenerating gives the committed file', async () => {
    const schemaText = readFileSync(SCHEMA_PATH, 'utf8')
    expect(await generateSpecTypes(schemaText)).toBe(readFileSync(OUTPUT_PATH, 'utf8'))
  })

  it('embed the schema unchanged', () => {
    expect(SPEC_SCHEMA).toEqual(JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')))
  })

  it('agree with the duration parser on the pattern of a duration string', () => {
    expect(SPEC_SCHEMA.$defs.duration.anyOf[1].pattern).toBe(DURATION_PATTERN)
  })
})
