import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { DIAGNOSTIC_CODES, parseSpec } from '../../src/spec/index.js'

const ROOT = join(import.meta.dirname, '..', 'fixtures', 'specs')
const INVALID = join(ROOT, 'invalid')
const VALID = join(ROOT, 'valid')
// BAD_ID is defined but not an integer; UNDEFINED_TASK_ID is deliberately absent.
const OPTIONS = { vars: { BAD_ID: '12abc' }, env: { DEPLOY_TASK_ID: '101' } }

const invalidFiles = readdirSync(INVALID)
  .filter((f) => f.endsWith('.yml'))
  .sort()
const validFiles = readdirSync(VALID)
  .filter((f) => f.endsWith('.yml'))
  .sort()

describe('invalid spec fixtures', () => {
  it('has at least 30 cases, each with its expectations', () => {
    expect(invalidFiles.length).toBeGreaterThanOrEqual(30)
    const expectations = readdirSync(INVALID).filter((f) => f.endsWith('.expected.json'))
    expect(expectations.sort()).toEqual(
      invalidFiles.map((f) => f.replace(/\.yml$/, '.expected.json'))
    )
  })

  it.each(invalidFiles)('%s gives the expected diagnostics', (file) => {
    const text = readFileSync(join(INVALID, file), 'utf8')
    const expected = JSON.parse(
      readFileSync(join(INVALID, file.replace(/\.yml$/, '.expected.json')), 'utf8')
    ) as { code: string; line: number; column: number }[]
    const { spec, diagnostics } = parseSpec(text, file, OPTIONS)
    expect(spec).toBeUndefined()
    expect(diagnostics.map(({ code, line, column }) => ({ code, line, column }))).toEqual(expected)
    for (const d of diagnostics) {
      expect(Object.keys(DIAGNOSTIC_CODES)).toContain(d.code)
      expect(d.file).toBe(file)
      expect(d.message).not.toMatch(/\n/)
      expect(d.endLine * 1e6 + d.endColumn).toBeGreaterThanOrEqual(d.line * 1e6 + d.column)
    }
  })

  it('covers every error code that a file can produce', () => {
    const seen = new Set<string>()
    for (const file of invalidFiles) {
      const text = readFileSync(join(INVALID, file), 'utf8')
      for (const d of parseSpec(text, file, OPTIONS).diagnostics) seen.add(d.code)
    }
    // too-large is covered by a generated file in parse.test.ts; internal-error is a bug path.
    const expected = Object.keys(DIAGNOSTIC_CODES).filter(
      (c) => c !== 'too-large' && c !== 'internal-error'
    )
    expect([...seen].sort()).toEqual(expected.sort())
  })
})

describe('valid spec fixtures', () => {
  it.each(validFiles)('%s is valid', (file) => {
    const { spec, diagnostics } = parseSpec(readFileSync(join(VALID, file), 'utf8'), file, OPTIONS)
    expect(diagnostics).toEqual([])
    expect(spec?.tasks.length).toBeGreaterThan(0)
  })
})
