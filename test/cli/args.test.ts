import { describe, expect, it } from '@jest/globals'
import { parseArgs } from '../../src/cli/args.js'
import type { Command } from '../../src/cli/command.js'
import { formatDiagnostic, type Output } from '../../src/cli/output.js'
import { run } from '../../src/cli/run.js'

const OPTIONS = {
  var: { type: 'string', multiple: true },
  mode: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' }
} as const

describe('parseArgs', () => {
  it('reads strings, repeated strings, flags, short flags and positionals', () => {
    const result = parseArgs(
      ['spec.yml', '--var', 'A=1', '--var=B=2', '--mode', 'check', '--json', '-h', '--', '--x'],
      OPTIONS
    )
    expect(result).toEqual({
      ok: true,
      values: { var: ['A=1', 'B=2'], mode: 'check', json: true, help: true },
      positionals: ['spec.yml', '--x']
    })
  })

  it('names the problem', () => {
    expect(parseArgs(['--nope'], OPTIONS)).toEqual({ ok: false, error: 'unknown option --nope' })
    expect(parseArgs(['--nope=1'], OPTIONS)).toEqual({ ok: false, error: 'unknown option --nope' })
    expect(parseArgs(['-x'], OPTIONS)).toEqual({ ok: false, error: 'unknown option -x' })
    expect(parseArgs(['--mode'], OPTIONS)).toEqual({
      ok: false,
      error: 'option --mode needs a value'
    })
    expect(parseArgs(['--json=yes'], OPTIONS)).toEqual({
      ok: false,
      error: 'option --json takes no value'
    })
    expect(parseArgs(['--mode', 'a', '--mode', 'b'], OPTIONS)).toEqual({
      ok: false,
      error: 'option --mode is given twice'
    })
    expect(parseArgs(['--constructor'], OPTIONS)).toEqual({
      ok: false,
      error: 'unknown option --constructor'
    })
  })
})

describe('formatDiagnostic', () => {
  const d = {
    file: 'a.yml',
    line: 2,
    column: 4,
    endLine: 2,
    endColumn: 6,
    code: 'bad-enum',
    severity: 'error' as const,
    message: 'nope'
  }

  it('prints the position, the source line and a caret under the column', () => {
    expect(formatDiagnostic(d, 'x: 1\r\n\tab: cd\n')).toBe(
      'a.yml:2:4: error bad-enum: nope\n\tab: cd\n\t  ^'
    )
  })

  it('prints only the head when the line is not in the text', () => {
    expect(formatDiagnostic({ ...d, line: 9 }, 'x: 1\n')).toBe('a.yml:9:4: error bad-enum: nope')
    expect(formatDiagnostic(d, '')).toBe('a.yml:2:4: error bad-enum: nope')
  })
})

describe('run', () => {
  function recorder(): Output & { lines: string[] } {
    const lines: string[] = []
    return { lines, out: (t) => lines.push(`out:${t}`), err: (t) => lines.push(`err:${t}`) }
  }

  it('dispatches to the named command with the rest of the arguments', async () => {
    const seen: string[][] = []
    const fake: Command = {
      name: 'check',
      usage: 'check SPEC',
      summary: 'Check.',
      help: '',
      run: async (argv) => {
        seen.push(argv)
        return 2
      }
    }
    const output = recorder()
    expect(await run(['check', 'a.yml', '--json'], { output, env: {} }, [fake])).toBe(2)
    expect(seen).toEqual([['a.yml', '--json']])
  })

  it('turns an unexpected failure of a command into exit code 1 with one line', async () => {
    const broken: Command = {
      name: 'boom',
      usage: 'boom',
      summary: 'Fails.',
      help: '',
      run: async () => {
        throw new Error('kaput')
      }
    }
    const output = recorder()
    expect(await run(['boom'], { output, env: {} }, [broken])).toBe(1)
    expect(output.lines).toEqual(['err:bkflow-gate boom: unexpected error: kaput'])
  })
})
