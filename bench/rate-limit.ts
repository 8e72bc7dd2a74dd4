// Benchmark 4: a 429 storm. The gateway answers 429 to everything for a while (an injected fault
// window), then a noisy neighbour on the same app really spends the stage quota. The gate, held to
// a rate-limit below what it would like to send, must still reach its verdict and never exceed its
// rate-limit in any 60 s of the simulator's log. Sim time on the virtual clock.

import { pollTasks } from '../src/poll/index.js'
import { parseSpec } from '../src/spec/index.js'
import {
  linearTask,
  simpleScenario,
  startSimulator,
  type Scenario
} from '../test/simulator/index.js'
import { mulberry32 } from '../test/random.js'
import { gateClient, maxInWindow, naiveAuthHeader } from './shared.js'
import { VirtualTime } from './virtual-time.js'

export interface RateConfig {
  spaces: number
  tasksPerSpace: number
  /** The gate's rate-limit input, requests per minute. */
  rateLimit: number
  interval: string
  /** The gateway's stage quota for the app. */
  quota: { tokens: number; period: number }
  /** Sim seconds [from, until) in which every request is answered 429 (Reset 10 s). */
  storm: { from: number; until: number }
  /** Sim seconds [from, until) in which a neighbour on the same app sends one request a second. */
  neighbour: { from: number; until: number }
  finishSec: { min: number; max: number }
  latencyMs: number
  seed: number
}

export interface RateResult {
  verdict: string
  tasks: number
  passed: number
  gateRequests: number
  gate429: number
  neighbourRequests: number
  neighbour429: number
  /** Most gate requests that reached the simulator in any sliding 60 s window of sim time. */
  maxPerMinute: number
  /** Most requests of the app (gate and neighbour) in any sliding 60 s window. */
  maxPerMinuteApp: number
  lastSettleSec: number
  latencyMs: number
  realMs: number
}

const NEIGHBOUR = { spaceId: 99, taskId: 9999 }

function scenario(config: RateConfig, finishes: number[]): Scenario {
  const tasks = finishes.map((finishAt, i) =>
    linearTask(i + 1, { space: 1 + (i % config.spaces), nodes: 5, finishAt })
  )
  // The neighbour's task never finishes: it is only there to be asked about.
  tasks.push(
    linearTask(NEIGHBOUR.taskId, { space: NEIGHBOUR.spaceId, nodes: 1, nodeDuration: 1e6 })
  )
  return {
    ...simpleScenario(tasks, { quota: config.quota }),
    faults: [
      {
        type: 'rate_limit',
        reset: 10,
        from: config.storm.from,
        until: config.storm.until,
        name: 'storm'
      }
    ]
  }
}

function specText(config: RateConfig, count: number): string {
  const lines = [
    'version: 1',
    'defaults:',
    `  interval: ${config.interval}`,
    '  timeout: 60m',
    'tasks:'
  ]
  for (let i = 0; i < count; i++) {
    lines.push(`  - task_id: ${i + 1}`, `    space_id: ${1 + (i % config.spaces)}`)
  }
  return lines.join('\n') + '\n'
}

/** A caller of the same app that asks about its own task once a sim second, 429 or not. */
async function neighbour(
  time: VirtualTime,
  url: string,
  window: { from: number; until: number },
  epoch: number
): Promise<void> {
  const { spaceId, taskId } = NEIGHBOUR
  await time.sleep(epoch + window.from * 1000 - time.now())
  const header = naiveAuthHeader()
  while (time.now() < epoch + window.until * 1000) {
    const response = await time.fetch(`${url}/space/${spaceId}/task/${taskId}/get_task_states/`, {
      headers: { 'X-Bkapi-Authorization': header }
    })
    await response.arrayBuffer()
    await time.sleep(1000)
  }
}

/** Runs the storm scenario once and reads the simulator's log. */
export async function benchRateLimit(config: RateConfig): Promise<RateResult> {
  const count = config.spaces * config.tasksPerSpace
  const random = mulberry32(config.seed)
  const { min, max } = config.finishSec
  const finishes = Array.from({ length: count }, () => Math.round(min + random() * (max - min)))
  const { spec, diagnostics } = parseSpec(specText(config, count), 'storm.yml')
  if (!spec) throw new Error(`storm spec is invalid: ${JSON.stringify(diagnostics)}`)

  const sim = await startSimulator({ scenario: scenario(config, finishes), speed: 0 })
  const epoch = sim.clock.now()
  const started = performance.now()
  try {
    const time = new VirtualTime(sim, config.latencyMs)
    const result = await time.run(async () => {
      const [run] = await Promise.all([
        pollTasks(spec, {
          mode: 'wait',
          client: gateClient(sim.url, time, {
            rateLimitPerMinute: config.rateLimit,
            seed: config.seed
          }),
          now: time.now,
          sleep: time.sleep
        }),
        neighbour(time, sim.url, config.neighbour, epoch)
      ])
      return run
    })
    const isNeighbour = (taskId: number | undefined) => taskId === NEIGHBOUR.taskId
    const gate = sim.log.filter((e) => !isNeighbour(e.taskId))
    const other = sim.log.filter((e) => isNeighbour(e.taskId))
    const lastSettleSec = Math.max(...finishes)
    return {
      verdict: result.result,
      tasks: result.tasks.length,
      passed: result.tasks.filter((t) => t.verdict === 'pass').length,
      gateRequests: gate.length,
      gate429: gate.filter((e) => e.status === 429).length,
      neighbourRequests: other.length,
      neighbour429: other.filter((e) => e.status === 429).length,
      maxPerMinute: maxInWindow(
        gate.map((e) => e.at),
        60_000
      ),
      maxPerMinuteApp: maxInWindow(
        sim.log.map((e) => e.at),
        60_000
      ),
      lastSettleSec,
      latencyMs: result.finishedAt - (epoch + lastSettleSec * 1000),
      realMs: performance.now() - started
    }
  } finally {
    await sim.close()
  }
}
