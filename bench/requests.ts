// Benchmark 1: requests spent and detection latency, the gate against the naive loop users write
// by hand, on the same scripted timeline. Times are SIM time on a virtual clock (virtual-time.ts):
// every request's round trip costs exactly `latencyMs`, whatever this machine's speed.

import { parseDuration } from '../src/duration.js'
import { pollTasks } from '../src/poll/index.js'
import { parseSpec } from '../src/spec/index.js'
import { linearTask, simpleScenario, startSimulator } from '../test/simulator/index.js'
import { naiveLoop, type NaiveResult } from './naive.js'
import { mulberry32 } from '../test/random.js'
import { gateClient, plainSpecText } from './shared.js'
import { VirtualTime } from './virtual-time.js'

export interface RequestsConfig {
  taskCounts: readonly number[]
  /** Round trip of every request, in sim ms. */
  latencyMs: number
  /** Tasks start at sim second 0 and finish at seeded random sim seconds in [min, max]. */
  finishSec: { min: number; max: number }
  interval: string
  seed: number
}

export interface RequestsRow {
  tasks: number
  lastSettleSec: number
  gate: {
    requests: number
    batch: number
    trees: number
    latencyMs: number
    meanTaskLatencyMs: number
    verdict: string
    realMs: number
  }
  naive: Omit<NaiveResult, 'seenAt'> & {
    latencyMs: number
    meanTaskLatencyMs: number
    realMs: number
  }
}

const SPACE = 7

/** Task i of n finishes at a seeded whole sim second in the window. */
export function finishTimes(n: number, config: RequestsConfig): number[] {
  const random = mulberry32(config.seed * 7919 + n)
  const { min, max } = config.finishSec
  return Array.from({ length: n }, () => Math.round(min + random() * (max - min)))
}

/** A fresh simulator (frozen clock) with one 5-activity task per finish time, all in one space. */
async function measure<T>(
  finishes: readonly number[],
  config: RequestsConfig,
  body: (time: VirtualTime, url: string) => Promise<T>
): Promise<{ value: T; epoch: number; realMs: number }> {
  const tasks = finishes.map((finishAt, i) =>
    linearTask(i + 1, { space: SPACE, nodes: 5, finishAt })
  )
  const sim = await startSimulator({ scenario: simpleScenario(tasks), speed: 0 })
  const epoch = sim.clock.now()
  const started = performance.now()
  try {
    const time = new VirtualTime(sim, config.latencyMs)
    const value = await time.run(() => body(time, sim.url))
    return { value, epoch, realMs: performance.now() - started }
  } finally {
    await sim.close()
  }
}

/** Runs the gate, then the naive loop, on identical fresh simulators, for each task count. */
export async function benchRequests(
  config: RequestsConfig,
  log: (line: string) => void
): Promise<RequestsRow[]> {
  const rows: RequestsRow[] = []
  const intervalMs = parseDuration(config.interval) ?? 15_000
  for (const n of config.taskCounts) {
    const finishes = finishTimes(n, config)
    const lastSettleSec = Math.max(...finishes)
    const ids = finishes.map((_, i) => i + 1)
    const text = plainSpecText(ids, { spaceId: SPACE, interval: config.interval, timeout: '60m' })
    const { spec, diagnostics } = parseSpec(text, 'bench.yml')
    if (!spec) throw new Error(`bench spec is invalid: ${JSON.stringify(diagnostics)}`)

    log(`  ${n} tasks (last settles at sim ${lastSettleSec} s): gate`)
    const gate = await measure(finishes, config, (time, url) =>
      pollTasks(spec, {
        mode: 'wait',
        client: gateClient(url, time, { seed: config.seed }),
        now: time.now,
        sleep: time.sleep
      })
    )
    log(`  ${n} tasks: naive loop`)
    const naive = await measure(finishes, config, (time, url) =>
      naiveLoop({
        baseUrl: url,
        tasks: ids.map((taskId) => ({ spaceId: SPACE, taskId })),
        intervalMs,
        clock: time
      })
    )
    const lastSettle = (epoch: number) => epoch + lastSettleSec * 1000
    // Per task: from the moment it reached its terminal state to the moment the loop knew it.
    const meanDelay = (epoch: number, seenAt: (i: number) => number | null) =>
      finishes.reduce((sum, f, i) => sum + ((seenAt(i) ?? NaN) - (epoch + f * 1000)), 0) / n
    const { seenAt, ...naiveCounts } = naive.value
    const by = gate.value.requests.byEndpoint
    rows.push({
      tasks: n,
      lastSettleSec,
      gate: {
        requests: gate.value.requests.total,
        batch: by.get_tasks_states,
        trees: by.get_task_states,
        latencyMs: gate.value.finishedAt - lastSettle(gate.epoch),
        meanTaskLatencyMs: meanDelay(gate.epoch, (i) => gate.value.tasks[i].settledAt),
        verdict: gate.value.result,
        realMs: gate.realMs
      },
      naive: {
        ...naiveCounts,
        latencyMs: naive.value.doneAt - lastSettle(naive.epoch),
        meanTaskLatencyMs: meanDelay(naive.epoch, (i) => seenAt.get(i + 1) ?? null),
        realMs: naive.realMs
      }
    })
  }
  return rows
}
