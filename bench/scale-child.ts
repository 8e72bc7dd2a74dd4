// Benchmark 2, the measured process: 1,000 tasks × 100 nodes in mode `check`. scale.ts compiles it
// with tsc and runs `node scale-child.js <memory|http>`, so that its CPU time and peak RSS are the
// gate's alone (the simulator runs in the parent). Prints one JSON line on stdout.
//
// memory: payloads are fetched first (not measured), then each stage is timed on its own: the
//         baseline JSON.parse of every payload, the client's parse into trees, the check (pollTasks
//         in mode check over an in-memory source: compare for every task) and the renders.
// http:   a whole mode-check run through the real client over HTTP, then the renders.

import { BkflowClient, parseNodeNames, parseStateTree } from '../src/bkflow/index.js'
import type { Endpoint, NodeNames, RunResult, State, TreeNode } from '../src/model.js'
import { pollTasks, type StateSource } from '../src/poll/index.js'
import {
  renderPlan,
  renderSummary,
  toAnnotations,
  toJsonReport,
  toOutputs
} from '../src/report/index.js'
import { parseSpec } from '../src/spec/index.js'
import { nodeId, TEST_APP } from '../test/simulator/index.js'

const SPACE = 7

interface Env {
  url: string
  tasks: number
  nodes: number
  /** `heavy`: ten listed nodes per task; `plain`: task ids only (other_nodes still walks every node). */
  spec: 'heavy' | 'plain'
}

function readEnv(): Env {
  const url = process.env.BENCH_SIM_URL
  if (!url) throw new Error('BENCH_SIM_URL is not set: run bench/run.ts, not this file')
  return {
    url,
    tasks: Number(process.env.BENCH_TASKS ?? 1000),
    nodes: Number(process.env.BENCH_NODES ?? 100),
    spec: process.env.BENCH_SPEC === 'plain' ? 'plain' : 'heavy'
  }
}

/** Resident and heap memory after each stage (MB), to see where a peak comes from. */
const stages: { stage: string; rssMb: number; heapMb: number; maxRssMb: number }[] = []
function mark(stage: string): void {
  // With --expose-gc (BENCH_GC=1) the heap figure is what is retained, not what awaits collection.
  ;(globalThis as { gc?: () => void }).gc?.()
  const m = process.memoryUsage()
  stages.push({
    stage,
    rssMb: Math.round(m.rss / 2 ** 20),
    heapMb: Math.round(m.heapUsed / 2 ** 20),
    maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024)
  })
}

/** CPU ms (user + system) spent in `work`, and its value. */
function cpu<T>(work: () => T): { ms: number; value: T } {
  const before = process.cpuUsage()
  const value = work()
  const used = process.cpuUsage(before)
  return { ms: (used.user + used.system) / 1000, value }
}

async function cpuAsync<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const before = process.cpuUsage()
  const value = await work()
  const used = process.cpuUsage(before)
  return { ms: (used.user + used.system) / 1000, value }
}

/**
 * The heavy spec asks a lot of every task: ten listed nodes (nine by id with retry and elapsed
 * limits, one by name) and `other_nodes: finished` over the rest of the hundred.
 */
function specText(env: Env): string {
  const lines = [
    'version: 1',
    'defaults:',
    `  space_id: ${SPACE}`,
    '  other_nodes: finished',
    'tasks:'
  ]
  for (let id = 1; id <= env.tasks; id++) {
    if (env.spec === 'plain') {
      lines.push(`  - task_id: ${id}`)
      continue
    }
    lines.push(`  - task_id: ${id}`, `    label: task-${id}`, '    nodes:')
    for (let k = 0; k < 9; k++) {
      const position = Math.floor((k * env.nodes) / 9)
      lines.push(
        `      - id: ${nodeId(id, 'root', position)}`,
        '        max_retry: 0',
        '        max_elapsed: 1h'
      )
    }
    lines.push(`      - name: Step ${env.nodes}`)
  }
  return lines.join('\n') + '\n'
}

function parsedSpec(text: string) {
  const { spec, diagnostics } = parseSpec(text, 'scale.yml')
  if (!spec) throw new Error(`scale spec is invalid: ${JSON.stringify(diagnostics.slice(0, 3))}`)
  return spec
}

/** Every tree and detail payload as text, eight requests at a time. */
async function fetchPayloads(env: Env): Promise<{ trees: string[]; details: string[] }> {
  const header = JSON.stringify({ bk_app_code: TEST_APP.code, bk_app_secret: TEST_APP.secret })
  const get = async (path: string): Promise<string> => {
    const response = await fetch(`${env.url}${path}`, {
      headers: { 'X-Bkapi-Authorization': header }
    })
    if (response.status !== 200) throw new Error(`${path}: HTTP ${response.status}`)
    return response.text()
  }
  const trees: string[] = new Array<string>(env.tasks)
  const details: string[] = new Array<string>(env.tasks)
  let next = 1
  const worker = async () => {
    while (next <= env.tasks) {
      const id = next++
      trees[id - 1] = await get(`/space/${SPACE}/task/${id}/get_task_states/`)
      details[id - 1] = await get(`/space/${SPACE}/task/${id}/get_task_detail/`)
    }
  }
  await Promise.all(Array.from({ length: 8 }, worker))
  return { trees, details }
}

/** The client's surface over trees already in memory: what the scheduler sees, minus the network. */
function memorySource(trees: TreeNode[], names: NodeNames[]): StateSource {
  const counts: Record<Endpoint, number> = {
    get_task_states: 0,
    get_task_states_by_app: 0,
    get_tasks_states: 0,
    get_task_detail: 0,
    get_task_node_detail: 0
  }
  return {
    counts,
    getTaskStates: async (ref) => {
      counts.get_task_states++
      return trees[ref.taskId - 1]
    },
    getTasksStates: async (_spaceId, taskIds) => {
      counts.get_tasks_states += Math.ceil(taskIds.length / 100)
      return new Map<number, State | null>(taskIds.map((id) => [id, trees[id - 1].state]))
    },
    getTaskDetail: async (ref) => {
      counts.get_task_detail++
      return { names: names[ref.taskId - 1] }
    },
    getTaskNodeDetail: async () => {
      counts.get_task_node_detail++
      throw new Error('the scale benchmark reads no node detail')
    }
  }
}

/** Plan, summary, annotations, outputs and the JSON report text: everything a run renders. */
function renderAll(run: RunResult): number {
  const plan = renderPlan(run, { color: false })
  const summary = renderSummary(run)
  const annotations = toAnnotations(run, { workspace: '/work' })
  const json = JSON.stringify(toJsonReport(run), null, 2)
  const outputs = toOutputs(run, '/tmp/report.json')
  return (
    plan.blocks.reduce((n, b) => n + b.title.length + b.body.length, 0) +
    summary.length +
    annotations.length +
    json.length +
    Object.keys(outputs).length
  )
}

function unwrap(text: string): unknown {
  return (JSON.parse(text) as { data?: unknown }).data
}

async function measureMemory(env: Env) {
  mark('imported')
  // Parsed once, as a run does, so this is the cold cost: JIT warm-up included.
  const text = specText(env)
  const spec = cpu(() => parsedSpec(text))
  mark('spec parsed')
  const payloads = await fetchPayloads(env)
  mark('payloads fetched')
  const rssBeforeMb = process.memoryUsage().rss / 2 ** 20
  // Kept as a count, not the objects: the baseline should not hold memory the gate would not.
  const baseline = cpu(() =>
    [...payloads.trees, ...payloads.details].reduce(
      (n, t) => n + Object.keys(JSON.parse(t) as object).length,
      0
    )
  )
  const parsed = cpu(() => ({
    trees: payloads.trees.map((t) => parseStateTree(unwrap(t))),
    names: payloads.details.map((t) => {
      const data = unwrap(t) as { pipeline_tree?: unknown }
      return parseNodeNames(data.pipeline_tree)
    })
  }))
  mark('trees parsed')
  const source = memorySource(parsed.value.trees, parsed.value.names)
  const check = await cpuAsync(() =>
    pollTasks(spec.value, { mode: 'check', client: source, now: Date.now, sleep: async () => {} })
  )
  mark('checked')
  const render = cpu(() => renderAll(check.value))
  mark('rendered')
  const run = check.value
  return {
    mode: 'memory',
    tasks: run.tasks.length,
    nodes: run.tasks.reduce((n, t) => n + (t.tree?.nodes ?? 0), 0),
    findings: run.tasks.reduce((n, t) => n + t.findings.length, 0),
    verdicts: countBy(run.tasks.map((t) => t.verdict)),
    payloadMb: [...payloads.trees, ...payloads.details].reduce((n, t) => n + t.length, 0) / 2 ** 20,
    renderedChars: render.value,
    specBytes: Buffer.byteLength(text),
    cpuMs: {
      parseSpec: spec.ms,
      jsonParse: baseline.ms,
      parseTrees: parsed.ms,
      check: check.ms,
      render: render.ms
    },
    rssBeforeMb,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    stages
  }
}

async function measureHttp(env: Env) {
  mark('imported')
  const spec = parsedSpec(specText(env))
  mark('spec parsed')
  const client = new BkflowClient({
    apiUrl: env.url,
    appCode: TEST_APP.code,
    appSecret: TEST_APP.secret,
    rateLimitPerMinute: 5000,
    maxConcurrency: 4,
    requestTimeoutMs: 30_000,
    allowHttp: false,
    env: {}
  })
  const started = performance.now()
  const check = await cpuAsync(() =>
    pollTasks(spec, {
      mode: 'check',
      client,
      now: Date.now,
      sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms))
    })
  )
  const wallMs = performance.now() - started
  mark('polled and checked')
  const render = cpu(() => renderAll(check.value))
  mark('rendered')
  return {
    mode: 'http',
    spec: env.spec,
    tasks: check.value.tasks.length,
    requests: check.value.requests.total,
    verdicts: countBy(check.value.tasks.map((t) => t.verdict)),
    wallMs,
    cpuMs: { pollAndCheck: check.ms, render: render.ms },
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    stages
  }
}

function countBy(values: string[]): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const v of values) counts[v] = (counts[v] ?? 0) + 1
  return counts
}

const env = readEnv()
const result = process.argv[2] === 'http' ? await measureHttp(env) : await measureMemory(env)
process.stdout.write(JSON.stringify(result) + '\n')
