// `npm run demo`: serve examples/demo/scenario.yml from the BKFlow simulator, run the bundled
// CLI (dist/cli/index.js) against a spec that passes, one that catches a failed and a missing
// node, and one that creates its task (and selects another) before gating it; print the plans,
// and exit 0 only when every verdict is the expected one.

import { spawn } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { startSimulator } from '../test/simulator/index.js'

const SCENARIO = 'examples/demo/scenario.yml'
/** Simulated seconds per real second: the scenario's minute of deployments takes about 3 s. */
const SPEED = 20

interface Case {
  spec: string
  expectedExit: number
  meaning: string
  args?: string[]
}

const CASES: Case[] = [
  { spec: 'examples/demo/pass.spec.yml', expectedExit: 0, meaning: 'pass' },
  { spec: 'examples/demo/catch.spec.yml', expectedExit: 2, meaning: 'fail' },
  {
    spec: 'examples/demo/create.spec.yml',
    expectedExit: 0,
    meaning: 'create and gate: pass',
    args: ['--var', 'VERSION=2026.11.30']
  }
]

function runCli(
  args: string[],
  env: Record<string, string>
): Promise<{ code: number; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['dist/cli/index.js', ...args], {
      env,
      stdio: ['ignore', 'pipe', 'inherit']
    })
    let stdout = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code: code ?? 1, stdout }))
  })
}

const sim = await startSimulator({ scenario: await readFile(SCENARIO, 'utf8'), speed: SPEED })
console.log(`BKFlow simulator serving ${SCENARIO} at ${sim.url} (${SPEED}x speed)\n`)
const env: Record<string, string> = {
  PATH: process.env.PATH ?? '',
  BKFLOW_API_URL: sim.url,
  BKFLOW_APP_CODE: 'bkflow-gate-demo',
  BKFLOW_APP_SECRET: 'demo-secret',
  // The creator of the tasks the create spec makes.
  BKFLOW_USERNAME: 'demo-bot',
  ...(process.stdout.isTTY && !process.env.NO_COLOR ? { FORCE_COLOR: '1' } : {})
}

let ok = true
try {
  // Both gates watch the same tasks at once, as two workflow steps would.
  const runs = await Promise.all(
    CASES.map((c) => runCli(['check', c.spec, ...(c.args ?? [])], env))
  )
  CASES.forEach((c, i) => {
    const { code, stdout } = runs[i]
    const good = code === c.expectedExit
    ok &&= good
    console.log(`$ bkflow-gate check ${[c.spec, ...(c.args ?? [])].join(' ')}\n`)
    console.log(stdout.trimEnd())
    console.log(
      `\nexit ${code}: ${good ? `as expected (${c.meaning})` : `expected ${c.expectedExit} (${c.meaning})`}\n`
    )
  })
  console.log(`${sim.log.length} requests reached the simulator.`)
} finally {
  await sim.close()
}
console.log(ok ? 'Demo OK: every verdict is the expected one.' : 'Demo FAILED.')
process.exitCode = ok ? 0 : 1
