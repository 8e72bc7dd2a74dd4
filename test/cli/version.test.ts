import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { run } from '../../src/cli/run.js'

const VERSION = (
  JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'package.json'), 'utf8')) as {
    version: string
  }
).version

function recording() {
  const out: string[] = []
  const err: string[] = []
  return { out, err, output: { out: (s: string) => out.push(s), err: (s: string) => err.push(s) } }
}

describe('bkflow-gate --version', () => {
  it.each(['--version', '-V'])('%s prints the package version and exits 0', async (flag) => {
    const r = recording()
    expect(await run([flag], { output: r.output, env: {} })).toBe(0)
    expect(r.out).toEqual([VERSION])
    expect(r.err).toEqual([])
  })
})
