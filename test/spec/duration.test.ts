import { describe, expect, it } from '@jest/globals'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { DURATION_PATTERN, formatDuration, parseDuration } from '../../src/duration.js'
import { parseSpec } from '../../src/spec/index.js'

describe('parseDuration', () => {
  it.each([
    ['500ms', 500],
    ['90s', 90_000],
    ['15m', 900_000],
    ['2h', 7_200_000],
    ['1.5h', 5_400_000],
    ['1h30m', 5_400_000],
    ['2m30s', 150_000],
    ['1h0m5s', 3_605_000],
    ['1m500ms', 60_500],
    ['1h2m3s4ms', 3_723_004],
    [' 2m30s ', 150_000],
    ['5', 5000],
    [2.5, 2500]
  ])('reads %j as %d ms', (text, ms) => {
    expect(parseDuration(text)).toBe(ms)
  })

  it.each(['', 'h', 'ms', '30m1h', '1h1h', '1s30m', '1h 30m', '-1s', '1d', '1h30', 'PT1H', -1])(
    'refuses %j',
    (text) => {
      expect(parseDuration(text)).toBeUndefined()
    }
  )

  it('agrees with the schema pattern as ajv reads it (unicode regexps)', () => {
    const ajv = new Ajv2020()
    const validate = ajv.compile({ type: 'string', pattern: DURATION_PATTERN })
    for (const text of ['1h30m', '2m30s', '500ms', '1h', '0s', '30m1h', '1h 30m', '5', ''])
      expect([text, validate(text)]).toEqual([
        text,
        parseDuration(text) !== undefined && /[a-z]/.test(text)
      ])
  })

  it('reads back what formatDuration prints without its space', () => {
    for (const ms of [450, 12_000, 300_000, 5_400_000, 125_000])
      expect(parseDuration(formatDuration(ms).replace(' ', ''))).toBe(ms)
  })
})

describe('compound durations in a spec', () => {
  it('are accepted for timeout, interval, on_failed and max_elapsed', () => {
    const text = [
      'version: 1',
      'defaults: { timeout: 1h30m, interval: 2m30s, on_failed: 1m30s }',
      'tasks:',
      '  - task_id: 1',
      '    space_id: 7',
      '    nodes:',
      '      - id: a',
      '        max_elapsed: 10m30s',
      ''
    ].join('\n')
    const { spec, diagnostics } = parseSpec(text, 'spec.yml')
    expect(diagnostics).toEqual([])
    const task = spec?.tasks[0]
    expect(task).toMatchObject({ timeoutMs: 5_400_000, intervalMs: 150_000 })
    expect(task?.onFailed).toEqual({ graceMs: 90_000 })
    expect(task?.nodes[0].maxElapsedMs).toBe(630_000)
  })

  it('out of order is a bad-duration at its line', () => {
    const { diagnostics } = parseSpec(
      'version: 1\ntasks:\n  - task_id: 1\n    timeout: 30m1h\n',
      'spec.yml'
    )
    expect(diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([['bad-duration', 4, 14]])
  })
})
