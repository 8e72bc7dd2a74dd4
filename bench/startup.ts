// Benchmark 3: start-up. `node dist/index.js`, driven by INPUT_* as the runner drives it, from
// process spawn to its first request reaching the simulator (the log's real arrival time). Baselines
// in the same run: `node -e ''` spawn to exit, and the smallest Node program that makes one request.

import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { linearTask, simpleScenario, startSimulator, TEST_APP } from '../test/simulator/index.js'
import { median } from './shared.js'

export interface StartupResult {
  runs: number
  /** dist/index.js: spawn → first request, ms (real). */
  action: number[]
  /** `node -e 'fetch(url)'`: spawn → first request, ms. */
  bareFetch: number[]
  /** `node -e ''`: spawn → exit, ms. */
  emptyNode: number[]
  /** Every action run reached the simulator and ended with result pass (exit code 0). */
  allPassed: boolean
  /** Runs that never reached the simulator (e.g. dist/ rebuilt meanwhile); left out of `action`. */
  noRequest: number
}

const ROOT = fileURLToPath(new URL('..', import.meta.url))
/** The bundle the action runs; `npm run build` writes it. */
export const ACTION_ENTRY = path.join(ROOT, 'dist', 'index.js')

function run(args: string[], env: Record<string, string>): Promise<{ code: number | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { env, stdio: 'ignore' })
    child.on('error', reject)
    child.on('close', (code) => resolve({ code }))
  })
}

/** Median-ready samples of the three start-ups, interleaved so that drift hits all three alike. */
export async function benchStartup(runs: number): Promise<StartupResult | undefined> {
  if (!existsSync(ACTION_ENTRY)) return undefined
  const sim = await startSimulator({
    scenario: simpleScenario([linearTask(1, { space: 7, nodes: 3, finishAt: 10 })]),
    speed: 0
  })
  sim.clock.advance(60_000)
  const dir = await mkdtemp(path.join(os.tmpdir(), 'bkflow-gate-startup-'))
  try {
    await writeFile(
      path.join(dir, 'spec.yml'),
      'version: 1\ntasks:\n  - task_id: 1\n    space_id: 7\n'
    )
    const actionEnv = {
      PATH: process.env.PATH ?? '',
      INPUT_SPEC: 'spec.yml',
      'INPUT_API-URL': sim.url,
      'INPUT_APP-CODE': TEST_APP.code,
      'INPUT_APP-SECRET': TEST_APP.secret,
      INPUT_MODE: 'check',
      GITHUB_WORKSPACE: dir,
      GITHUB_OUTPUT: path.join(dir, 'output'),
      GITHUB_STEP_SUMMARY: path.join(dir, 'summary'),
      RUNNER_TEMP: dir
    }
    const bareEnv = { PATH: actionEnv.PATH }
    const probe = `fetch(${JSON.stringify(`${sim.url}/space/7/task/1/get_task_states/`)}).then((r) => r.text())`

    // Spawn to first arrival, read from the simulator's log.
    const toFirstRequest = async (args: string[], env: Record<string, string>) => {
      await writeFile(actionEnv.GITHUB_OUTPUT, '')
      await writeFile(actionEnv.GITHUB_STEP_SUMMARY, '')
      const before = sim.log.length
      const started = Date.now()
      const { code } = await run(args, env)
      const first = sim.log[before]
      return { ms: first ? first.realAt - started : NaN, code }
    }
    const result: StartupResult = {
      runs,
      action: [],
      bareFetch: [],
      emptyNode: [],
      allPassed: true,
      noRequest: 0
    }
    // One warm-up of each, not counted: the first spawn pays for a cold file cache.
    for (let i = -1; i < runs; i++) {
      const action = await toFirstRequest([ACTION_ENTRY], actionEnv)
      const bare = await toFirstRequest(['-e', probe], bareEnv)
      const started = Date.now()
      await run(['-e', ''], bareEnv)
      const empty = Date.now() - started
      if (i < 0) continue
      if (Number.isNaN(action.ms)) result.noRequest++
      else result.action.push(action.ms)
      if (!Number.isNaN(bare.ms)) result.bareFetch.push(bare.ms)
      result.emptyNode.push(empty)
      if (action.code !== 0 || Number.isNaN(action.ms)) result.allPassed = false
    }
    return result
  } finally {
    await sim.close()
    await rm(dir, { recursive: true, force: true })
  }
}

/** The median of each series. */
export function startupMedians(r: StartupResult) {
  return {
    action: median(r.action),
    bareFetch: median(r.bareFetch),
    emptyNode: median(r.emptyNode)
  }
}
