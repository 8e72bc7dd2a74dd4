// The action's runner speaks the runner's protocol exactly as @actions/core does: the same calls
// through both, with hostile text, must write the same stdout and the same GITHUB_OUTPUT and
// GITHUB_STEP_SUMMARY files (up to the random heredoc delimiters).

import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as core from '@actions/core'
import type { Annotation } from '../../src/report/index.js'
import { actionsRunner, type Runner } from '../../src/runner.js'
import { guardCommands, plainLines, plainText, stripControls } from '../../src/safe-text.js'

const HOSTILE = 'a%b\r\nc::d, e:f %0A ::error::x'

const annotations: Annotation[] = [
  {
    level: 'error',
    message: `Expected FINISHED, got FAILED\n${HOSTILE}`,
    title: `task 1: ${HOSTILE}`,
    file: 'specs/deploy, prod.yml',
    startLine: 3,
    endLine: 3,
    startColumn: 5,
    endColumn: 20
  },
  {
    level: 'warning',
    message: 'multi-line',
    title: 't',
    file: 'a.yml',
    startLine: 2,
    endLine: 9,
    startColumn: 1,
    endColumn: 4
  },
  { level: 'notice', message: 'no position', title: 'n', file: '', startLine: 1 },
  { level: 'notice', message: 'bare', title: '' } as Annotation
]

/** The same script of calls, against our runner or against @actions/core. */
function script(runner: Runner): Promise<void> {
  runner.setSecret('s3cr3t,with:odd%chars')
  runner.info(`info ${HOSTILE}`)
  runner.warning(`warning ${HOSTILE}`)
  runner.startGroup(`group ${HOSTILE}`)
  runner.endGroup()
  for (const a of annotations) runner.annotate(a)
  runner.setOutput('result', 'fail')
  runner.setOutput('failed-nodes', `[{"name":"${HOSTILE}"}]\nsecond line`)
  runner.setOutput('empty', '')
  runner.info(`::error::smuggled\n::warning::too \u001b[31mred`)
  runner.setFailed(`failed ${HOSTILE}`)
  runner.writeSummaryNow('cancelled: written at once')
  return runner.writeSummary(`## Summary\n| a | b |\n${HOSTILE}`)
}

/** How the runner called @actions/core before (src/runner.ts until it dropped it): the reference. */
function coreRunner(env: Record<string, string>): Runner {
  return {
    getInput: (name) => core.getInput(name),
    setOutput: (name, value) => core.setOutput(name, value),
    setFailed: (message) => core.setFailed(plainLines(message)),
    setSecret: (value) => core.setSecret(value),
    info: (message) => core.info(guardCommands(stripControls(message))),
    warning: (message) => core.warning(plainLines(message)),
    annotate: (a) => {
      const singleLine = a.endLine === undefined || a.endLine === a.startLine
      const props: core.AnnotationProperties = {
        title: plainText(a.title),
        file: a.file || undefined,
        startLine: a.startLine,
        endLine: a.endLine,
        startColumn: singleLine ? a.startColumn : undefined,
        endColumn: singleLine ? a.endColumn : undefined
      }
      const message = plainLines(a.message)
      if (a.level === 'error') core.error(message, props)
      else if (a.level === 'warning') core.warning(message, props)
      else core.notice(message, props)
    },
    startGroup: (title) => core.startGroup(plainText(title)),
    endGroup: () => core.endGroup(),
    writeSummary: async (markdown) => {
      await core.summary.addRaw(markdown, true).write()
    },
    writeSummaryNow: (markdown) => appendFileSync(env.GITHUB_STEP_SUMMARY, `${markdown}\n`)
  }
}

let dir: string
const saved = { ...process.env }
const savedExitCode = process.exitCode

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'bkflow-gate-runner-'))
})

afterEach(() => {
  process.env = { ...saved }
  process.exitCode = savedExitCode
  rmSync(dir, { recursive: true, force: true })
})

/** Runs the script with stdout captured and fresh runner files; returns what was written. */
async function capture(name: string, make: (env: Record<string, string>) => Runner) {
  const env = {
    GITHUB_OUTPUT: join(dir, `${name}.output`),
    GITHUB_STEP_SUMMARY: join(dir, `${name}.summary`),
    'INPUT_API-URL': '  https://bkapi.example.com  ',
    INPUT_SPEC_FILE: 'x'
  }
  writeFileSync(env.GITHUB_OUTPUT, '')
  writeFileSync(env.GITHUB_STEP_SUMMARY, '')
  Object.assign(process.env, env)
  core.summary.emptyBuffer()
  let stdout = ''
  const write = process.stdout.write.bind(process.stdout)
  process.stdout.write = ((chunk: string | Uint8Array) => {
    stdout += String(chunk)
    return true
  }) as typeof process.stdout.write
  try {
    const runner = make(env)
    await script(runner)
    const inputs = [
      runner.getInput('api-url'),
      runner.getInput('spec file'),
      runner.getInput('nope')
    ]
    return {
      stdout,
      exitCode: process.exitCode,
      inputs,
      output: readFileSync(env.GITHUB_OUTPUT, 'utf8').replace(
        /ghadelimiter_[0-9a-f-]{36}/g,
        'DELIM'
      ),
      summary: readFileSync(env.GITHUB_STEP_SUMMARY, 'utf8')
    }
  } finally {
    process.stdout.write = write
    process.exitCode = savedExitCode
  }
}

describe('the action runner', () => {
  it('writes what @actions/core writes, byte for byte', async () => {
    const ours = await capture('ours', (env) =>
      actionsRunner(env, (text) => process.stdout.write(text))
    )
    const reference = await capture('core', (env) => coreRunner(env))
    expect(ours).toEqual(reference)
    // And the comparison is not vacuous: the hostile text was escaped, the outputs written.
    expect(ours.stdout).toContain('::add-mask::s3cr3t,with:odd%25chars')
    expect(ours.stdout).toContain('title=task 1%3A a%25b c%3A%3Ad%2C e%3Af')
    expect(ours.stdout).toContain(':\u200b:error::smuggled')
    expect(ours.summary).toContain('cancelled: written at once\n')
    expect(ours.output).toContain('failed-nodes<<DELIM\n')
    expect(ours.exitCode).toBe(1)
    expect(ours.inputs).toEqual(['https://bkapi.example.com', 'x', ''])
  })

  it('falls back to the set-output command when GITHUB_OUTPUT is unset, as @actions/core does', () => {
    let ours = ''
    actionsRunner({}, (text) => (ours += text)).setOutput('result', 'pass\nx')
    expect(ours).toBe('\n::set-output name=result::pass%0Ax\n')
  })
})
