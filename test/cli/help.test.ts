import { describe, expect, it } from '@jest/globals'
import { HELP_WIDTH, usageLine, type Command } from '../../src/cli/command.js'
import { COMMANDS } from '../../src/cli/commands/index.js'
import type { Output } from '../../src/cli/output.js'
import { run, topLevelHelp } from '../../src/cli/run.js'
import { parseVarFlags } from '../../src/cli/vars.js'
import { wrap } from '../../src/text.js'

function recorder(): Output & { outText: string[]; errText: string[] } {
  const outText: string[] = []
  const errText: string[] = []
  return { outText, errText, out: (t) => outText.push(t), err: (t) => errText.push(t) }
}

const widest = (text: string): number => Math.max(...text.split('\n').map((l) => [...l].length))

describe('help', () => {
  it('fits HELP_WIDTH at the top level and for every command, usage included', () => {
    expect(widest(topLevelHelp())).toBeLessThanOrEqual(HELP_WIDTH)
    for (const command of COMMANDS) {
      expect(widest(usageLine(command))).toBeLessThanOrEqual(HELP_WIDTH)
      expect(widest(command.help)).toBeLessThanOrEqual(HELP_WIDTH)
    }
  })

  it('wraps a long usage between options, never inside one', () => {
    const command = {
      name: 'x',
      usage: `x SPEC ${Array.from({ length: 12 }, (_, i) => `[--option-${i} VALUE]`).join(' ')}`
    }
    const lines = usageLine(command).split('\n')
    expect(lines.length).toBeGreaterThan(1)
    for (const line of lines) {
      expect(line.length).toBeLessThanOrEqual(HELP_WIDTH)
      expect(line.trim()).toMatch(/^(Usage: bkflow-gate x SPEC )?(\[--option-\d+ VALUE\] ?)+$/)
    }
    expect(lines[1]).toMatch(/^ {21}\[/)
  })

  it('wraps a long summary in its own column', () => {
    const long: Command = {
      name: 'long',
      usage: 'long',
      summary: 'word '.repeat(40).trim(),
      help: '',
      run: () => Promise.resolve(0)
    }
    const text = topLevelHelp([long])
    expect(widest(text)).toBeLessThanOrEqual(HELP_WIDTH)
    const rows = text.split('\n').filter((l) => l.includes('word'))
    expect(rows.length).toBeGreaterThan(1)
    for (const row of rows.slice(1)) expect(row).toMatch(/^ {8}word/)
  })

  it('`help validate` prints the command’s help; `help` alone the top level', async () => {
    const viaHelp = recorder()
    const viaFlag = recorder()
    expect(await run(['help', 'validate'], { output: viaHelp, env: {} })).toBe(0)
    expect(await run(['validate', '--help'], { output: viaFlag, env: {} })).toBe(0)
    expect(viaHelp.outText).toEqual(viaFlag.outText)
    const top = recorder()
    expect(await run(['help'], { output: top, env: {} })).toBe(0)
    expect(top.outText.join('')).toContain('Commands:')
  })
})

describe('wrap', () => {
  it('keeps words whole and indents continuation lines', () => {
    expect(wrap('aa bb cc dd', 5, '  ')).toBe('aa bb\n  cc\n  dd')
    expect(wrap('averyveryverylongword x', 5)).toBe('averyveryverylongword\nx')
    expect(wrap('', 10)).toBe('')
  })
})

describe('parseVarFlags', () => {
  it('suggests --var K=108 for `--var K 108`, and nothing when no argument follows', () => {
    expect(parseVarFlags(['s.yml', '--var', 'K', '108'], ['K'])).toEqual({
      errors: ['--var #1: expected KEY=VALUE (no `=` found). Did you mean --var K=108?']
    })
    expect(
      parseVarFlags(['s.yml', '--var', 'A=1', '--var=B', '--var', 'K'], ['A=1', 'B', 'K'])
    ).toEqual({
      errors: [
        '--var #2: expected KEY=VALUE (no `=` found).',
        '--var #3: expected KEY=VALUE (no `=` found).'
      ]
    })
    expect(parseVarFlags(['--var', 'A=1'], ['A=1'])).toEqual({ vars: { A: '1' } })
  })
})
