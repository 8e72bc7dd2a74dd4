// `npm run bench`: the four benchmarks of issue 7, side by side with their baselines in one run.
// Prints a table and writes bench/RESULTS.md (figures, the command, the machine). Targets are
// reported, never asserted: a miss is marked, not thrown.

import { writeFile } from 'node:fs/promises'
import os from 'node:os'
import { fileURLToPath } from 'node:url'
import { parseDuration } from '../src/duration.js'
import { benchRateLimit, type RateConfig } from './rate-limit.js'
import { benchRequests, type RequestsConfig } from './requests.js'
import { benchScale, type ScaleConfig } from './scale.js'
import { fixed, machineInfo, median } from './shared.js'
import { benchStartup, startupMedians } from './startup.js'

const REQUESTS: RequestsConfig = {
  taskCounts: [20, 200, 1000],
  latencyMs: 20,
  finishSec: { min: 120, max: 900 },
  interval: '15s',
  seed: 7
}

const RATE: RateConfig = {
  spaces: 6,
  tasksPerSpace: 5,
  rateLimit: 20,
  interval: '10s',
  quota: { tokens: 30, period: 60 },
  storm: { from: 90, until: 180 },
  neighbour: { from: 240, until: 330 },
  finishSec: { min: 60, max: 420 },
  latencyMs: 20,
  seed: 11
}

const SCALE: ScaleConfig = { tasks: 1000, nodes: 100, failRate: 0.05, seed: 3 }
const STARTUP_RUNS = 10

/**
 * The start-up target is 100 ms from process start to the first request. The machine is shared,
 * so the figure is judged against `node -e ''` measured in the same run: this machine, idle, ran
 * `node -e ''` in 26 ms (bench/RESULTS.md of 2026-11-23), so the target is 100 / 26 ≈ 3.85 times
 * `node -e ''`, and the figure reported is the run's ratio times 26 ms.
 */
const STARTUP_TARGET_MS = 100
const IDLE_EMPTY_NODE_MS = 26
const PARSE_TARGET_MS = 150

const RESULTS = fileURLToPath(new URL('./RESULTS.md', import.meta.url))

const mark = (ok: boolean): string => (ok ? 'met' : '**MISSED**')
const sec = (ms: number): string => `${fixed(ms / 1000)} s`

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n')
}

function progress(line: string): void {
  process.stderr.write(line + '\n')
}

const machine = machineInfo()
const startedAt = new Date()
const loadAtStart = os.loadavg()[0]
// Who else was using the machine, in words (e.g. "six other development sessions"), if known.
const loadNote = process.env.BENCH_LOAD_NOTE
const intervalMs = parseDuration(REQUESTS.interval) ?? 15_000

progress('1/4 requests and detection latency')
const requests = await benchRequests(REQUESTS, progress)
progress('2/4 scale (child processes)')
const scale = await benchScale(SCALE)
progress('3/4 start-up')
const startup = await benchStartup(STARTUP_RUNS)
progress('4/4 rate limit (429 storm)')
const rate = await benchRateLimit(RATE)

const at200 = requests.find((r) => r.tasks === 200)
const requestsOk = at200 !== undefined && at200.gate.requests * 20 <= at200.naive.requests
const latencyOk = at200 !== undefined && at200.gate.latencyMs <= intervalMs + 1000
const checkRenderMs = scale.memory.cpuMs.check + scale.memory.cpuMs.render
const cpuOk = checkRenderMs < 1500
const rssOk = scale.plain.maxRssMb < 200
const heavyRssOk = scale.http.maxRssMb < 200
const medians = startup ? startupMedians(startup) : undefined
const startupRatio = medians ? medians.action / medians.emptyNode : undefined
const startupIdleMs = startupRatio !== undefined ? startupRatio * IDLE_EMPTY_NODE_MS : undefined
const startupOk = startupIdleMs !== undefined && startupIdleMs <= STARTUP_TARGET_MS
const parseOk = scale.memory.cpuMs.parseSpec <= PARSE_TARGET_MS
const specKb = Math.round(scale.memory.specBytes / 1024)
const rateOk = rate.verdict === 'pass' && rate.maxPerMinute <= RATE.rateLimit

const section1 = table(
  [
    'tasks',
    'last settle',
    'gate requests (batch + trees)',
    'naive requests',
    'ratio',
    'gate verdict delay',
    'naive verdict delay',
    'gate mean per-task delay',
    'naive mean per-task delay'
  ],
  requests.map((r) => [
    String(r.tasks),
    `${r.lastSettleSec} s`,
    `${r.gate.requests} (${r.gate.batch} + ${r.gate.trees})`,
    `${r.naive.requests} (${r.naive.rounds} rounds)`,
    `1/${fixed(r.naive.requests / r.gate.requests)}`,
    sec(r.gate.latencyMs),
    sec(r.naive.latencyMs),
    sec(r.gate.meanTaskLatencyMs),
    sec(r.naive.meanTaskLatencyMs)
  ])
)

const m = scale.memory
const section2 = table(
  ['stage (1,000 tasks × 100 nodes, mode check)', 'CPU ms'],
  [
    ['baseline: JSON.parse of every payload (trees + details)', fixed(m.cpuMs.jsonParse, 0)],
    ['client parse: JSON.parse + parseStateTree / parseNodeNames', fixed(m.cpuMs.parseTrees, 0)],
    ['check: pollTasks mode check over trees in memory (compare ×1,000)', fixed(m.cpuMs.check, 0)],
    ['render: plan + summary + annotations + outputs + JSON report', fixed(m.cpuMs.render, 0)],
    ['**check + render**', `**${fixed(checkRenderMs, 0)}**`],
    [`parseSpec of the 1,000-task spec (${specKb} KiB, once, cold)`, fixed(m.cpuMs.parseSpec, 0)],
    [
      'whole run over HTTP (real client, 2 × 1,000 requests): poll + check',
      fixed(scale.http.cpuMs.pollAndCheck, 0)
    ],
    ['whole run over HTTP: render', fixed(scale.http.cpuMs.render, 0)],
    [
      'plain spec (task ids only), whole run over HTTP (1,000 trees): poll + check',
      fixed(scale.plain.cpuMs.pollAndCheck, 0)
    ],
    ['plain spec, whole run over HTTP: render', fixed(scale.plain.cpuMs.render, 0)]
  ]
)
const stages = (list: typeof m.stages) =>
  list.map((s) => `${s.stage} ${s.rssMb} MB (heap ${s.heapMb})`).join(' → ')

const section3 = startup
  ? table(
      ['start-up (median of ' + startup.runs + ', real ms)', 'median', 'min', 'max'],
      [
        ['`node dist/index.js`: spawn → first request', startup.action],
        ['baseline `node -e "fetch(url)"`: spawn → first request', startup.bareFetch],
        ["baseline `node -e ''`: spawn → exit", startup.emptyNode]
      ].map(([label, values]) => {
        const v = values as number[]
        return [
          label as string,
          fixed(median(v), 0),
          fixed(Math.min(...v), 0),
          fixed(Math.max(...v), 0)
        ]
      })
    )
  : '_dist/index.js is missing: run `npm run build` first._'

const section4 = table(
  ['figure', 'value'],
  [
    ['verdict', `${rate.verdict} (${rate.passed}/${rate.tasks} tasks passed)`],
    ['gate requests / answered 429', `${rate.gateRequests} / ${rate.gate429}`],
    ['neighbour requests / answered 429', `${rate.neighbourRequests} / ${rate.neighbour429}`],
    [
      `most gate requests in any 60 s (sliding, sim) — rate-limit ${RATE.rateLimit}`,
      String(rate.maxPerMinute)
    ],
    ['most app requests in any 60 s (gate + neighbour)', String(rate.maxPerMinuteApp)],
    ['verdict delay after the last settle', sec(rate.latencyMs)]
  ]
)

const summary = table(
  ['target', 'measured', 'result'],
  [
    [
      'requests at 200 tasks ≤ 1/20 of the naive loop',
      at200
        ? `${at200.gate.requests} vs ${at200.naive.requests} (1/${fixed(at200.naive.requests / at200.gate.requests)})`
        : '—',
      mark(requestsOk)
    ],
    [
      `verdict ≤ interval + 1 s (${sec(intervalMs + 1000)}) after the last settle, 200 tasks`,
      at200 ? sec(at200.gate.latencyMs) : '—',
      mark(latencyOk)
    ],
    ['check + render CPU < 1.5 s (1,000 × 100)', `${fixed(checkRenderMs, 0)} ms`, mark(cpuOk)],
    [
      'peak RSS < 200 MB (1,000 tasks × 100 nodes, whole run)',
      `${fixed(scale.plain.maxRssMb, 0)} MB`,
      mark(rssOk)
    ],
    [
      '… the same with 10 node expectations per task, one by name (+1,000 detail requests)',
      `${fixed(scale.http.maxRssMb, 0)} MB`,
      mark(heavyRssOk)
    ],
    [
      `start-up to first request ≤ ${STARTUP_TARGET_MS} ms (≤ ${fixed(STARTUP_TARGET_MS / IDLE_EMPTY_NODE_MS)} × \`node -e ''\`)`,
      medians && startupRatio !== undefined && startupIdleMs !== undefined
        ? `${fixed(medians.action, 0)} ms median = ${fixed(startupRatio)} × \`node -e ''\` (${fixed(medians.emptyNode, 0)} ms) → ${fixed(startupIdleMs, 0)} ms idle`
        : 'not run',
      mark(startupOk)
    ],
    [
      `parseSpec of 1,000 tasks (${specKb} KiB) ≤ ${PARSE_TARGET_MS} ms CPU, positions intact`,
      `${fixed(scale.memory.cpuMs.parseSpec, 0)} ms`,
      mark(parseOk)
    ],
    [
      `429 storm: verdict reached, never above rate-limit ${RATE.rateLimit}/min`,
      `${rate.verdict}, max ${rate.maxPerMinute} in 60 s`,
      mark(rateOk)
    ]
  ]
)

const report = `# Benchmark results

Produced by \`npm run bench\` (\`tsx bench/run.ts\`) on ${startedAt.toISOString()}.
This file is written by the script; rerun it to refresh the figures.

Machine: Node ${machine.node}, ${machine.nproc} cores (\`nproc\`), ${machine.cpu}, ${machine.memory};
load average ${fixed(loadAtStart)} (1 min) at the start${loadNote ? `: ${loadNote}` : ''}.
The machine is shared (other jobs were running), so real-time figures (start-up, CPU) vary by
±20% from run to run, more under load; the start-up target is judged against \`node -e ''\` in
the same run for that reason. The sim-time figures of 1 repeat exactly; those of 4 within a request or
two (retries after 429s interleave with real I/O).

## Targets

${summary}

## 1. Requests and detection latency

Space-scoped tasks (one space, 5 activities each, no node expectations), all starting at sim
second 0 and finishing at seeded random times between ${REQUESTS.finishSec.min} s and
${REQUESTS.finishSec.max} s; interval ${REQUESTS.interval}; every request's round trip costs
${REQUESTS.latencyMs} ms. The gate runs with the action's defaults (rate-limit 600, max-concurrency
4). The naive loop is the one users write by hand: for each task GET \`get_task_states\`, one after
another; sleep the interval; repeat until every task has been seen terminal. Each side gets its own
fresh simulator with the same scenario.

**Times are sim time on a virtual clock** (\`bench/virtual-time.ts\`): the simulator's clock is
frozen and moves only when both the code under test and the simulator are idle and waiting on a
sleep, then jumps to the next wake-up; each request costs exactly ${REQUESTS.latencyMs} ms of sim
time (half before the simulator sees it, half after). The gate's client and scheduler and the
naive loop get the same \`now\`/\`sleep\`/\`fetch\`. The figures therefore do not depend on this
machine's speed or load. "Verdict delay": from the last task reaching its terminal state (known
from the scenario) to the verdict. "Mean per-task delay": the same for every task, averaged.

${section1}

The gate's requests are at the physical floor: one batch per space per round (two per round while
more than 100 tasks are open) plus one tree per task to compare it. The naive loop's requests grow
with tasks × rounds, and its delay with tasks × round trip (a 1,000-task round takes 20 s). At 20
tasks the gate's one batch per round is most of its cost, hence the smaller ratio there.
${requests
  .map(
    (r) =>
      `At ${r.tasks} tasks ${r.naive.redundant} of its ${r.naive.requests} requests were for tasks it had already seen terminal.`
  )
  .join(' ')}

## 2. Scale: 1,000 tasks × 100 nodes, mode check

\`bench/scale.ts\` serves ${SCALE.tasks} tasks of ${SCALE.nodes} activities (all settled; ${SCALE.failRate * 100}% with a
failed node) from a simulator in the parent and runs \`bench/scale-child.ts\`, compiled by tsc to
plain JavaScript (no TypeScript loader in the measured process), in a child process per mode.
The spec asks a lot of every task: 10 listed nodes (9 by id with \`max_retry\` and \`max_elapsed\`,
1 by name, so every task's detail is fetched too) and \`other_nodes: finished\`.
CPU is \`process.cpuUsage()\` (user + system) around each stage; peak RSS is
\`process.resourceUsage().maxRSS\` of the child.

${section2}

Result: ${m.tasks} tasks, ${m.nodes} nodes compared, ${m.findings} findings, verdicts ${JSON.stringify(m.verdicts)};
${fixed(m.payloadMb)} MB of payloads; ${fixed(m.renderedChars / 2 ** 20)} M characters rendered.

Peak RSS: **${fixed(scale.http.maxRssMb, 0)} MB** for the whole run over HTTP with the heavy spec,
**${fixed(scale.plain.maxRssMb, 0)} MB** with the plain spec (task ids only, so no detail requests and a
${'~'}20 KB spec), ${fixed(m.maxRssMb, 0)} MB for the in-memory run (which holds every payload text at
once). Memory after each stage (rss, and heap in use without a forced GC):

- heavy spec, whole run: ${stages(scale.http.stages)} (peak ${fixed(scale.http.maxRssMb, 0)})
- plain spec, whole run: ${stages(scale.plain.stages)} (peak ${fixed(scale.plain.maxRssMb, 0)})
- heavy spec, in memory: ${stages(m.stages)} (peak ${fixed(m.maxRssMb, 0)})

### Spec parsing

\`parseSpec\` of the heavy spec (${specKb} KiB, 1,000 tasks of 10 node entries) — YAML with
positions, schema validation, variables and defaults — once, in a fresh process, so the figure
includes the JIT's warm-up: **${fixed(m.cpuMs.parseSpec, 0)} ms of CPU** (target ${PARSE_TARGET_MS} ms; about
1,050 ms before). Profiled, most of the old cost was the \`yaml\` library's CST parser. A valid
spec is now read from js-yaml's event parser (\`src/spec/fast-load.ts\`: the value and every
node's range in one pass over the events); anything that reader declines (syntax errors,
duplicate keys, anchors, tags, directives, block scalars) is read by \`yaml\` as before, which
words every YAML diagnostic. \`test/spec/readers.test.ts\` feeds every fixture to both readers and
asserts the same values and ranges; the golden diagnostics are unchanged. What is left: js-yaml's
parser (~80 ms cold, ~25 ms warm), building values and positions, the validator (~20 ms) and
normalization with its ~22,000 range look-ups (~60–80 ms cold).

### Memory of the heavy case (profiled by hand; the figures below are from those runs)

- **What was live.** A heap snapshot in the middle of the heavy run (after a forced GC, about
  45 MB live) held about 1,000 task trees: 99,000 objects and 290,000 strings, not payloads. Every
  task's lane started at once and the client sends requests in order, so all 1,000 trees were
  read, and held, before the first detail request went out. The scheduler now runs at most 16
  task lanes at once (\`TASK_LANES\` in \`src/poll/scheduler.ts\`; the rate limit still sets the
  pace): the heavy run's peak went from about 300 MB to about 160–200 MB with no more CPU, the
  plain run's from about 180 MB to about 150 MB.
- **What is left is V8's heap growth.** The live set is now small (about 20 MB after the poll),
  but V8, under a 4 GB heap limit, lets short-lived garbage from about 100 MB of JSON pile up
  before it collects, so the peak is several times the live set and moves by ±20 MB from run to
  run with the collector's timing. \`node --max-old-space-size=128\` would pin it lower; the
  action cannot set that for itself.
- **The spec's own share.** Parsing the ${specKb} KiB spec raises RSS from about 56 MB to about
  110 MB (js-yaml's events, the value, the node positions: garbage once the spec is normalized;
  the heap keeps about 12 MB), and V8 keeps those pages for the rest of the run.

## 3. Start-up

\`node dist/index.js\` with \`INPUT_*\`, \`GITHUB_OUTPUT\`, \`GITHUB_STEP_SUMMARY\` as the runner sets
them, mode check, one task; measured from \`spawn()\` to the first request's arrival in the
simulator's log (real time), after one uncounted warm-up. Every run ended with result pass:
${startup ? `${startup.allPassed}${startup.noRequest > 0 ? ` (${startup.noRequest} run(s) made no request and are left out)` : ''}` : 'not run'}. Where the time went (\`node --cpu-prof dist/index.js\`, attributed to sources with the
bundle's source map): about 100 ms was ajv compiling the spec schema at run time, and about
45 ms evaluating what \`@actions/core\` imports and the action never used (its OIDC client, hence
\`@actions/http-client\` and undici, \`@actions/exec\`, \`@actions/io\`: 1 MB of the 1.9 MB
bundle), plus the source-map register. Now the validators are ajv standalone code generated
from the schemas (\`scripts/gen-validators.ts\`), undici is loaded only when a proxy applies,
\`src/runner.ts\` writes the runner's protocol itself (a test compares it byte for byte with
\`@actions/core\`), and \`dist/index.js\` is 0.74 MB. Most of what is left is Node's own: its
built-in fetch costs about 35 ms the first time, which the \`node -e "fetch(url)"\` baseline pays
too. Target: first request ≤ ${STARTUP_TARGET_MS} ms on the idle machine, judged as ≤
${fixed(STARTUP_TARGET_MS / IDLE_EMPTY_NODE_MS)} × \`node -e ''\` in the same run (this machine ran \`node -e ''\` in
${IDLE_EMPTY_NODE_MS} ms idle).

${section3}

## 4. Rate limit: a 429 storm

${RATE.spaces * RATE.tasksPerSpace} tasks in ${RATE.spaces} spaces (so the gate would like to send
about ${Math.round((RATE.spaces * 60_000) / (parseDuration(RATE.interval) ?? 10_000))} batch requests a minute), interval ${RATE.interval},
rate-limit ${RATE.rateLimit}/min. Gateway quota ${RATE.quota.tokens} per ${RATE.quota.period} s for the app. From sim
second ${RATE.storm.from} to ${RATE.storm.until} every request is answered 429 (\`rate_limit\` fault, Reset 10 s);
from ${RATE.neighbour.from} to ${RATE.neighbour.until} a neighbour on the same app sends one request a second and
really spends the quota. Virtual sim time as in 1; the window counts use the simulator's log.

${section4}
`

await writeFile(RESULTS, report)
process.stdout.write(`${summary}\n\n${section1}\n\n${section2}\n\n${section3}\n\n${section4}\n`)
progress(`wrote ${RESULTS}`)
