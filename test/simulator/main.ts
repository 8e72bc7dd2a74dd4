// `npm run simulator -- --scenario FILE [--port N] [--speed N] [--latency MS] [--base-path P]`:
// serves a scenario until SIGINT/SIGTERM. `--help` prints the options.

import { readFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { startSimulator } from './server.js'
import { parseScenario } from './parse-scenario.js'

const USAGE = `Usage: npm run simulator -- --scenario FILE [options]

Serves a scenario of BKFlow tasks on 127.0.0.1 as the BKFlow API gateway would, until Ctrl-C.
Point the CLI or the action at the URL it prints (see test/simulator/README.md).

Options:
  --scenario FILE   The scenario YAML: apps, spaces, templates, tasks and their timelines, faults
                    (required; e.g. test/simulator/scenarios/states.yml).
  --port N          The port to listen on (default 0: any free port).
  --speed N         Simulated ms per real ms (default 1). 60 runs a one-minute scenario in a
                    second; 0 freezes the clock.
  --latency MS      Real milliseconds added before every answer (default 0).
  --base-path P     The gateway path prefix (default /api/bk-flow-engine/prod).
  -h, --help        Show this help.`

/** Thrown for a bad command line: printed with the usage, exit 1. */
class UsageError extends Error {}

function number(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined
  const n = Number(value)
  if (value.trim() === '' || !Number.isFinite(n) || n < 0)
    throw new UsageError(`--${name} must be a non-negative number, got "${value}"`)
  return n
}

function readArgs() {
  try {
    return parseArgs({
      options: {
        scenario: { type: 'string' },
        port: { type: 'string' },
        speed: { type: 'string' },
        latency: { type: 'string' },
        'base-path': { type: 'string' },
        help: { type: 'boolean', short: 'h' }
      }
    }).values
  } catch (error: unknown) {
    // node:util's messages name the option (`Unknown option '--x'`).
    throw new UsageError(error instanceof Error ? error.message : String(error))
  }
}

async function main(): Promise<void> {
  const values = readArgs()
  if (values.help) {
    console.log(USAGE)
    return
  }
  if (!values.scenario) throw new UsageError('missing --scenario FILE')
  const options = {
    port: number(values.port, 'port'),
    speed: number(values.speed, 'speed'),
    latencyMs: number(values.latency, 'latency')
  }
  const scenario = parseScenario(await readFile(values.scenario, 'utf8'))
  const sim = await startSimulator({
    scenario,
    ...options,
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
  if (error instanceof UsageError) console.error(`\n${USAGE}`)
  process.exit(1)
})
