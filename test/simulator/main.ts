// `npm run simulator -- --scenario FILE [--port N] [--speed N] [--latency MS] [--base-path P]`:
// serves a scenario until SIGINT/SIGTERM.

import { readFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { startSimulator } from './server.js'
import { parseScenario } from './parse-scenario.js'

function number(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined
  const n = Number(value)
  if (!Number.isFinite(n) || n < 0)
    throw new Error(`--${name} must be a non-negative number, got "${value}"`)
  return n
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      scenario: { type: 'string' },
      port: { type: 'string' },
      speed: { type: 'string' },
      latency: { type: 'string' },
      'base-path': { type: 'string' }
    }
  })
  if (!values.scenario) {
    throw new Error(
      'usage: npm run simulator -- --scenario FILE [--port N] [--speed N] [--latency MS]'
    )
  }
  const scenario = parseScenario(await readFile(values.scenario, 'utf8'))
  const sim = await startSimulator({
    scenario,
    port: number(values.port, 'port'),
    speed: number(values.speed, 'speed'),
    latencyMs: number(values.latency, 'latency'),
    basePath: values['base-path']
  })
  console.log(`BKFlow simulator listening on ${sim.url}`)
  for (const app of scenario.apps) {
    console.log(`  app: ${app.code}  (secret as in ${values.scenario})`)
  }
  const stop = (): void => {
    void sim.close().then(() => process.exit(0))
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error))
  process.exit(1)
})
