// Helpers every benchmark shares: a seeded random source, spec text, statistics, the gate's client
// on a simulator's clock, and a description of the machine.

import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import os from 'node:os'
import { BkflowClient } from '../src/bkflow/index.js'
import { mulberry32 } from '../test/random.js'
import { TEST_APP } from '../test/simulator/index.js'

/** A spec of space-scoped tasks with no node expectations (product.md §10's request target). */
export function plainSpecText(
  taskIds: readonly number[],
  options: { spaceId: number; interval: string; timeout: string }
): string {
  const lines = [
    'version: 1',
    'defaults:',
    `  space_id: ${options.spaceId}`,
    `  interval: ${options.interval}`,
    `  timeout: ${options.timeout}`,
    'tasks:'
  ]
  for (const id of taskIds) lines.push(`  - task_id: ${id}`)
  return lines.join('\n') + '\n'
}

/** The middle value (mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

/** The most timestamps that fall in any window [t, t + windowMs): a sliding, not a fixed, window. */
export function maxInWindow(times: readonly number[], windowMs: number): number {
  const sorted = [...times].sort((a, b) => a - b)
  let best = 0
  let lo = 0
  for (let hi = 0; hi < sorted.length; hi++) {
    while (sorted[hi] - sorted[lo] >= windowMs) lo++
    best = Math.max(best, hi - lo + 1)
  }
  return best
}

/** What the gate and the baseline are given instead of the real clock and fetch. */
export interface BenchClock {
  now: () => number
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>
  fetch: typeof fetch
}

/**
 * The gate's real client on the benchmark's clock, with the action's defaults (rate-limit 600,
 * max-concurrency 4, request-timeout 30s) unless overridden.
 */
export function gateClient(
  apiUrl: string,
  clock: BenchClock,
  overrides: { rateLimitPerMinute?: number; maxConcurrency?: number; seed?: number } = {}
): BkflowClient {
  return new BkflowClient({
    apiUrl,
    appCode: TEST_APP.code,
    appSecret: TEST_APP.secret,
    rateLimitPerMinute: overrides.rateLimitPerMinute ?? 600,
    maxConcurrency: overrides.maxConcurrency ?? 4,
    requestTimeoutMs: 30_000,
    allowHttp: false,
    env: {},
    fetch: clock.fetch,
    now: clock.now,
    sleep: clock.sleep,
    random: mulberry32(overrides.seed ?? 1)
  })
}

/** The auth header the naive loop sends (the gate builds its own). */
export function naiveAuthHeader(): string {
  return JSON.stringify({ bk_app_code: TEST_APP.code, bk_app_secret: TEST_APP.secret })
}

/** Node, cores, CPU model and memory: what RESULTS.md records beside the figures. */
export function machineInfo(): { node: string; nproc: string; cpu: string; memory: string } {
  let cpu = os.cpus()[0]?.model ?? 'unknown'
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8')
      .split('\n')
      .find((l) => l.startsWith('model name'))
    if (line) cpu = line.split(':')[1].trim()
  } catch {
    // Not Linux: os.cpus() already gave a model.
  }
  let nproc = String(os.availableParallelism())
  try {
    nproc = execFileSync('nproc', { encoding: 'utf8' }).trim()
  } catch {
    // No nproc binary: availableParallelism is the same figure.
  }
  const gib = (bytes: number): string => `${(bytes / 2 ** 30).toFixed(1)} GiB`
  return {
    node: process.version,
    nproc,
    cpu,
    memory: `${gib(os.totalmem())} total, ${gib(os.freemem())} free at start`
  }
}

/** `12.3` style: one decimal, or an em dash for a missing figure. */
export function fixed(value: number | undefined, digits = 1): string {
  return value === undefined || !Number.isFinite(value) ? '—' : value.toFixed(digits)
}
