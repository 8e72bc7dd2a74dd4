// Benchmark 2, the parent: serves 1,000 tasks × 100 nodes from a simulator (all settled, 5% with a
// failed node) and runs scale-child.ts, compiled to JavaScript, in its own process for each mode,
// so that the CPU time and peak RSS it reports are the gate's, not the simulator's.

import { mulberry32 } from '../test/random.js'
import { execFile, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { linearTask, simpleScenario, startSimulator } from '../test/simulator/index.js'

export interface ScaleConfig {
  tasks: number
  nodes: number
  /** Share of tasks with a node that fails (and stays FAILED): findings for the renderers. */
  failRate: number
  seed: number
}

/** Memory after one stage of the child, in MB. */
export interface Stage {
  stage: string
  rssMb: number
  heapMb: number
  maxRssMb: number
}

export interface ScaleMemory {
  tasks: number
  nodes: number
  findings: number
  verdicts: Record<string, number>
  payloadMb: number
  renderedChars: number
  /** The heavy spec's size in UTF-8 bytes. */
  specBytes: number
  cpuMs: {
    parseSpec: number
    jsonParse: number
    parseTrees: number
    check: number
    render: number
  }
  rssBeforeMb: number
  maxRssMb: number
  stages: Stage[]
}

export interface ScaleHttp {
  spec: 'heavy' | 'plain'
  tasks: number
  requests: number
  verdicts: Record<string, number>
  wallMs: number
  cpuMs: { pollAndCheck: number; render: number }
  maxRssMb: number
  stages: Stage[]
}

const CHILD = fileURLToPath(new URL('./scale-child.ts', import.meta.url))
const ROOT = fileURLToPath(new URL('..', import.meta.url))
/** A child normally takes 3–15 s. */
const CHILD_LIMIT_MS = 180_000

/**
 * Compiles the child with tsc into node_modules/.cache (so that its imports still resolve), and
 * runs it as plain JavaScript: the process measured carries no TypeScript loader (tsx alone adds
 * about 40 MB of RSS).
 */
async function compileChild(): Promise<string> {
  const dir = path.join(ROOT, 'node_modules', '.cache', 'bkflow-gate-bench')
  await rm(dir, { recursive: true, force: true })
  await mkdir(dir, { recursive: true })
  const up = path.relative(dir, ROOT)
  const tsconfig = {
    extends: path.join(up, 'tsconfig.json'),
    compilerOptions: { noEmit: false, outDir: 'out', rootDir: up, sourceMap: false },
    files: [path.relative(dir, CHILD)],
    include: []
  }
  await writeFile(path.join(dir, 'tsconfig.json'), JSON.stringify(tsconfig))
  await writeFile(path.join(dir, 'package.json'), '{"type":"module"}\n')
  const tsc = path.join(ROOT, 'node_modules', '.bin', 'tsc')
  // Type errors elsewhere in a tree being edited must not stop the benchmark: tsc still emits.
  await promisify(execFile)(tsc, ['-p', path.join(dir, 'tsconfig.json')], { cwd: ROOT }).catch(
    (error: unknown) => {
      if (!existsSync(path.join(dir, 'out', 'bench', 'scale-child.js'))) throw error
    }
  )
  return path.join(dir, 'out', 'bench', 'scale-child.js')
}

function runChild(
  entry: string,
  mode: 'memory' | 'http',
  env: Record<string, string>,
  describeServer: () => string
): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const flags = process.env.BENCH_GC === '1' ? ['--expose-gc'] : []
    const child = spawn(process.execPath, [...flags, entry, mode], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let out = ''
    let err = ''
    // A child that never ends would hang `npm run bench`: fail loudly instead.
    const watchdog = setTimeout(() => {
      err += `\n(killed after ${CHILD_LIMIT_MS / 1000} s; simulator: ${describeServer()})`
      child.kill()
    }, CHILD_LIMIT_MS)
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()))
    child.on('error', reject)
    child.on('close', (code) => {
      clearTimeout(watchdog)
      const line = out.trim().split('\n').pop() ?? ''
      if (code !== 0 || !line.startsWith('{')) {
        reject(new Error(`scale-child ${mode} exited ${code}: ${err.trim().slice(-2000)}`))
        return
      }
      resolve(JSON.parse(line))
    })
  })
}

/** Starts the simulator, runs both children one after the other, and returns their figures. */
export async function benchScale(
  config: ScaleConfig
): Promise<{ memory: ScaleMemory; http: ScaleHttp; plain: ScaleHttp }> {
  const random = mulberry32(config.seed)
  const tasks = Array.from({ length: config.tasks }, (_, i) => {
    const fails = random() < config.failRate
    return linearTask(i + 1, {
      space: 7,
      nodes: config.nodes,
      finishAt: 100 + Math.round(random() * 400),
      ...(fails ? { failAt: Math.floor(random() * config.nodes) } : {})
    })
  })
  const entry = await compileChild()
  // The clock is frozen, so the gateway's 60 s quota window never resets: make it large enough for
  // every child's requests (about 5,000 in all, just over the default quota).
  const scenario = simpleScenario(tasks, { quota: { tokens: 1_000_000, period: 60 } })
  const sim = await startSimulator({ scenario, speed: 0 })
  try {
    // Every task has finished (or failed) by sim second 500.
    sim.clock.advance(1_000_000)
    const env = {
      BENCH_SIM_URL: sim.url,
      BENCH_TASKS: String(config.tasks),
      BENCH_NODES: String(config.nodes)
    }
    // Requests by endpoint and status (0: never answered), for a child that hangs.
    const describeServer = () => {
      const counts: Record<string, number> = {}
      for (const e of sim.log) {
        const key = `${e.endpoint}:${e.status}`
        counts[key] = (counts[key] ?? 0) + 1
      }
      return JSON.stringify(counts)
    }
    const memory = (await runChild(entry, 'memory', env, describeServer)) as ScaleMemory
    const http = (await runChild(entry, 'http', env, describeServer)) as ScaleHttp
    const plain = (await runChild(
      entry,
      'http',
      { ...env, BENCH_SPEC: 'plain' },
      describeServer
    )) as ScaleHttp
    return { memory, http, plain }
  } finally {
    await sim.close()
  }
}
