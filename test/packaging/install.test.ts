// The package as users install it: `npm pack`, then `npm install ./bkflow-gate-X.tgz` into a clean
// directory with no registry (--offline: the bundle has no runtime dependencies), then the
// installed `bkflow-gate` bin run by its shebang: --version, and a check against the simulator.

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CLI_BUNDLE, startSim, TASKS, TEST_APP } from '../e2e/helpers.js'
import type { Simulator } from '../simulator/index.js'

const ROOT = join(import.meta.dirname, '..', '..')
const PACKAGE = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  name: string
  version: string
  bin: Record<string, string>
}

interface Run {
  code: number
  stdout: string
  stderr: string
}

/** The environment without the calling npm's own settings (npm_config_*, npm_lifecycle_*, …). */
function cleanEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {}
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !/^npm_/i.test(key)) env[key] = value
  }
  return { ...env, ...extra }
}

function exec(file: string, args: string[], cwd: string, env = cleanEnv()): Promise<Run> {
  return new Promise((resolve) => {
    execFile(file, args, { cwd, env, maxBuffer: 16 * 2 ** 20 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0
      resolve({ code, stdout, stderr })
    })
  })
}

let dir: string
let app: string
let bin: string
let sim: Simulator

beforeAll(async () => {
  if (!existsSync(CLI_BUNDLE)) throw new Error(`${CLI_BUNDLE} is missing: run npm run build`)
  dir = mkdtempSync(join(tmpdir(), 'bkflow-gate-pack-'))
  const pack = await exec('npm', ['pack', '--json', '--pack-destination', dir], ROOT)
  expect(pack).toMatchObject({ code: 0 })
  const [{ filename }] = JSON.parse(pack.stdout) as { filename: string }[]

  app = join(dir, 'app')
  mkdirSync(app)
  writeFileSync(join(app, 'package.json'), '{ "name": "app", "private": true }\n')
  const install = await exec(
    'npm',
    ['install', '--offline', '--no-audit', '--no-fund', join(dir, filename)],
    app
  )
  expect(install).toMatchObject({ code: 0 })
  bin = join(app, 'node_modules', '.bin', Object.keys(PACKAGE.bin)[0])

  sim = await startSim([TASKS.finished(101), TASKS.failed(102)])
}, 120_000)

afterAll(async () => {
  await sim?.close()
  if (dir) rmSync(dir, { recursive: true, force: true })
})

describe(`the packed ${PACKAGE.name}, installed from its tarball`, () => {
  it('ships the CLI bundle, the schemas and the README, and no runtime dependency', () => {
    const installed = join(app, 'node_modules', PACKAGE.name)
    const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>
    }
    expect(manifest.dependencies ?? {}).toEqual({})
    expect(existsSync(join(installed, 'dist', 'cli', 'index.js'))).toBe(true)
    expect(existsSync(join(installed, 'schemas', 'spec.schema.json'))).toBe(true)
    expect(existsSync(join(installed, 'README.md'))).toBe(true)
    expect(existsSync(join(installed, 'dist', 'index.js'))).toBe(false) // the action is not an npm thing
    expect(existsSync(join(installed, 'src'))).toBe(false)
  })

  it('installs an executable bin with a node shebang', () => {
    const target = realpathSync(bin)
    expect(statSync(target).mode & 0o111).not.toBe(0)
    expect(readFileSync(target, 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node')
  })

  it('bkflow-gate --version prints the package version', async () => {
    const run = await exec(bin, ['--version'], app)
    expect(run).toEqual({ code: 0, stdout: `${PACKAGE.version}\n`, stderr: '' })
  })

  it('bkflow-gate check passes and fails against the simulator', async () => {
    const spec = (ids: number[]) =>
      `version: 1\ndefaults:\n  space_id: 7\n  interval: 200ms\n  timeout: 20s\ntasks:\n${ids
        .map((id) => `  - task_id: ${id}\n`)
        .join('')}`
    writeFileSync(join(app, 'pass.yml'), spec([101]))
    writeFileSync(join(app, 'fail.yml'), spec([101, 102]))
    const env = cleanEnv({
      BKFLOW_API_URL: sim.url,
      BKFLOW_APP_CODE: TEST_APP.code,
      BKFLOW_APP_SECRET: TEST_APP.secret
    })
    const pass = await exec(bin, ['check', 'pass.yml'], app, env)
    expect(pass.code).toBe(0)
    expect(pass.stdout).toMatch(/task 101 \(space 7\): pass/)
    const fail = await exec(bin, ['check', 'fail.yml'], app, env)
    expect(fail.code).toBe(2)
    expect(fail.stdout).toMatch(/task 102 \(space 7\): fail/)
  })
})
