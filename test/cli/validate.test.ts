import { afterAll, describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'

// The CLI as a user runs it: the committed bundle (build it first: see the README's development section).
const ROOT = join(import.meta.dirname, '..', '..')
const CLI = join(ROOT, 'dist', 'cli', 'index.js')
const FIXTURES = relative(ROOT, join(ROOT, 'test', 'fixtures', 'specs'))

interface Run {
  code: number
  stdout: string
  stderr: string
}

function cli(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [CLI, ...args],
      { cwd: ROOT, env: { PATH: process.env.PATH ?? '', ...env } },
      (error, stdout, stderr) => {
        const code = error && typeof error.code === 'number' ? error.code : error ? -1 : 0
        resolve({ code, stdout, stderr })
      }
    )
  })
}

describe('bkflow-gate validate (bundled CLI)', () => {
  // Every directory a test creates, removed at the end whatever the test's outcome.
  const made: string[] = []
  afterAll(() => {
    for (const dir of made) rmSync(dir, { recursive: true, force: true })
  })

  it('is built', () => {
    expect(existsSync(CLI)).toBe(true)
  })

  it('exits 0 on a valid spec', async () => {
    const file = `${FIXTURES}/valid/full.yml`
    const run = await cli(['validate', file, '--var', 'DEPLOY_TASK_ID=12'])
    expect(run).toEqual({ code: 0, stdout: `${file}: valid, 2 tasks, 2 nodes.\n`, stderr: '' })
  })

  it('prints each diagnostic with its position, the source line and a caret, and exits 1', async () => {
    const file = `${FIXTURES}/invalid/bad-task-state.yml`
    const run = await cli(['validate', file])
    expect(run.code).toBe(1)
    const lines = run.stdout.split('\n')
    expect(lines[0]).toBe(
      `${file}:4:12: error bad-enum: \`state\`: \`FINSHED\` is not a BKFlow state. Did you mean \`FINISHED\`?`
    )
    expect(lines[1]).toBe('    state: FINSHED')
    expect(lines[2]).toBe(`${' '.repeat(11)}^`)
    expect(lines[3]).toBe(`${file}: invalid, 1 error.`)
  })

  it('keeps tabs in the caret line so that it lines up', async () => {
    const file = `${FIXTURES}/invalid/tab-indent.yml`
    const run = await cli(['validate', file])
    expect(run.code).toBe(1)
    expect(run.stdout).toContain(`${file}:4:1: error yaml-syntax:`)
    expect(run.stdout).toContain('\n\tlabel: x\n^\n')
  })

  it('reports several diagnostics in file order', async () => {
    const run = await cli(['validate', `${FIXTURES}/invalid/many-errors.yml`])
    expect(run.code).toBe(1)
    const positions = run.stdout
      .split('\n')
      .map((line) => /:(\d+):(\d+): error ([a-z-]+):/.exec(line))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => `${m[1]}:${m[2]} ${m[3]}`)
    expect(positions).toEqual([
      '3:16 bad-enum',
      '6:12 bad-enum',
      '9:15 bad-type',
      '11:15 bad-duration'
    ])
  })

  it('resolves ${VAR} from --var over the environment, and never prints a value', async () => {
    const file = `${FIXTURES}/invalid/undefined-var.yml`
    expect((await cli(['validate', file, '--var', 'UNDEFINED_TASK_ID=5'])).code).toBe(0)
    expect((await cli(['validate', file], { UNDEFINED_TASK_ID: '6' })).code).toBe(0)
    const secret = 'hunter2-not-a-number'
    const run = await cli(['validate', file], { UNDEFINED_TASK_ID: secret })
    expect(run.code).toBe(1)
    expect(run.stdout).toContain(`${file}:4:14: error bad-var: UNDEFINED_TASK_ID`)
    expect(run.stdout + run.stderr).not.toContain(secret)
  })

  it('refuses a file over 1 MiB without reading it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bkflow-gate-cli-'))
    made.push(dir)
    const file = join(dir, 'huge.yml')
    writeFileSync(file, `version: 1\n# ${'x'.repeat(1024 * 1024)}\n`)
    const run = await cli(['validate', file])
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(
      new RegExp(`^${file.replaceAll('\\', '\\\\')}:1:1: error too-large:`)
    )
  })

  it('exits 1 naming an unknown option, with the usage line', async () => {
    const run = await cli(['validate', `${FIXTURES}/valid/minimal.yml`, '--strict'])
    expect(run.code).toBe(1)
    expect(run.stdout).toBe('')
    expect(run.stderr).toContain('unknown option --strict')
    expect(run.stderr).toContain('Usage: bkflow-gate validate SPEC')
  })

  it('exits 1 on a missing file, a missing SPEC, a bad --var and an unknown command', async () => {
    const missing = await cli(['validate', 'no/such/spec.yml'])
    expect([missing.code, missing.stderr]).toEqual([
      1,
      'bkflow-gate validate: no/such/spec.yml: no such file\n'
    ])
    expect((await cli(['validate'])).stderr).toContain('missing SPEC')
    const badVar = await cli(['validate', `${FIXTURES}/valid/minimal.yml`, '--var', 'oops'])
    expect([badVar.code, badVar.stderr]).toEqual([
      1,
      'bkflow-gate validate: --var #1: expected KEY=VALUE (no `=` found).\n'
    ])
    const unknown = await cli(['frobnicate'])
    expect(unknown.code).toBe(1)
    expect(unknown.stderr).toContain('unknown command frobnicate')
  })

  it('explains the commands with --help, at the top level and per command', async () => {
    const top = await cli(['--help'])
    expect(top.code).toBe(0)
    expect(top.stdout).toContain('Usage: bkflow-gate <command>')
    expect(top.stdout).toMatch(/\n {2}validate SPEC/)
    const command = await cli(['validate', '-h'])
    expect(command.code).toBe(0)
    expect(command.stdout).toContain('--var KEY=VALUE')
    expect(command.stdout).toContain('Exit codes')
    const none = await cli([])
    expect(none.code).toBe(1)
    expect(none.stderr).toContain('Usage: bkflow-gate <command>')
  })
})
