// Hand-built run results for the report tests and golden files: the engine's output shapes,
// with spec positions that match SPEC_TEXT line for line.

import type {
  Endpoint,
  Finding,
  IdKind,
  KnownState,
  NodeReason,
  NodeRow,
  RunResult,
  SourceRange,
  TaskExpectation,
  TaskResult,
  Verdict
} from '../../src/model.js'
import { overallResult } from '../../src/model.js'

/** The app secret the leak tests look for; it reaches the fixtures only inside error texts. */
export const SECRET = 'S3cr3t-9f8e7d6c5b4a-app-secret'
export const AUTH_HEADER = `{"bk_app_code":"bkflow-gate","bk_app_secret":"${SECRET}","bk_username":"ci"}`

export const SPEC_FILE = '.github/bkflow/deploy.yml'
export const T0 = Date.UTC(2026, 0, 15, 10, 0, 0)
const SEC = 1000
const MIN = 60 * SEC

/** The spec the fixtures' ranges point into (lines are 1-based; see `at`). */
export const SPEC_TEXT = `# yaml-language-server: $schema=../../schemas/spec.schema.json
version: 1
defaults:
  space_id: 7
  timeout: 30m
tasks:
  - task_id: 1042
    label: deploy-prod
    nodes:
      - id: n5f0c2b7e1d94a3b8c6e0f1a2b3c4d5e6
        max_retry: 0
      - name: Smoke test
      - id: n0a1b2c3d4e5f60718293a4b5c6d7e8f9
  - task_id: 1043
  - task_id: 88
    space_id: null
    label: nightly-report
    nodes:
      - name: Export
      - name: Upload
`

/** The 1-based line and column where `needle` starts in SPEC_TEXT. */
export function at(needle: string): { line: number; column: number } {
  const index = SPEC_TEXT.indexOf(needle)
  if (index < 0) throw new Error(`not in SPEC_TEXT: ${needle}`)
  const before = SPEC_TEXT.slice(0, index).split('\n')
  return { line: before.length, column: before[before.length - 1].length + 1 }
}

/** A range that starts at `needle` in SPEC_TEXT and spans `lines` lines. */
export function rangeAt(needle: string, lines = 1, file = SPEC_FILE): SourceRange {
  const { line, column } = at(needle)
  return lines === 1
    ? { file, line, column, endLine: line, endColumn: column + needle.length }
    : { file, line, column, endLine: line + lines - 1, endColumn: 1 }
}

/** A plain range for scenarios whose spec text is not reproduced. */
export function rangeLine(line: number, column = 5, file = SPEC_FILE): SourceRange {
  return { file, line, column, endLine: line + 1, endColumn: 1 }
}

/** A deterministic 33-character BKFlow-like node id. */
export function nodeId(n: number): string {
  const mixed = (Math.imul(n + 1, 2654435761) >>> 0).toString(16).padStart(8, '0')
  return `n${mixed}${n.toString(16).padStart(8, '0')}${'c0ffee42'.repeat(2)}`
}

export function shortId(id: string): string {
  return id.length > 9 ? `${id.slice(0, 8)}…` : id
}

function label(id: string, name?: string): string {
  if (name) return id ? `node "${name}" (${shortId(id)})` : `node "${name}"`
  return `node ${shortId(id)}`
}

/** What one node contributes to a task: its row and its findings. */
export interface NodeFixture {
  row: NodeRow
  findings: Finding[]
}

export function okNode(
  id: string,
  name: string,
  opts: {
    retry?: number
    elapsedSec?: number
    expected?: KnownState[]
    actual?: string
    idKind?: IdKind
  } = {}
): NodeFixture {
  const expected = (opts.expected ?? ['FINISHED']).join(' | ')
  return {
    row: {
      id,
      name,
      listed: true,
      expected,
      actual: opts.actual ?? 'FINISHED',
      retry: opts.retry ?? 0,
      elapsedSec: opts.elapsedSec ?? 12,
      ...(opts.idKind !== undefined && { idKind: opts.idKind }),
      finding: 'ok'
    },
    findings: []
  }
}

export function stateNode(
  id: string,
  name: string,
  range: SourceRange,
  opts: { actual?: string; retry?: number; elapsedSec?: number; expected?: KnownState[] } = {}
): NodeFixture {
  const actual = opts.actual ?? 'FAILED'
  const expected = (opts.expected ?? ['FINISHED']).join(' | ')
  const retry = opts.retry ?? 0
  const retried = retry > 0 ? ` (retry ${retry})` : ''
  return {
    row: {
      id,
      name,
      listed: true,
      expected,
      actual,
      retry,
      elapsedSec: opts.elapsedSec ?? 65,
      finding: 'state'
    },
    findings: [
      {
        kind: 'state',
        target: 'node',
        nodeId: id,
        nodeName: name,
        expected,
        actual,
        message: `${label(id, name)} is ${actual}, expected ${expected}${retried}`,
        range
      }
    ]
  }
}

export function missingNode(id: string, name: string, range: SourceRange): NodeFixture {
  return {
    row: { id, name, listed: true, expected: 'FINISHED', finding: 'missing' },
    findings: [
      {
        kind: 'missing',
        target: 'node',
        nodeId: id,
        nodeName: name,
        expected: 'FINISHED',
        actual: 'absent',
        message: `${label(id, name)} is missing from the tree`,
        range
      }
    ]
  }
}

export function unresolvedNode(name: string, taskId: number, range: SourceRange): NodeFixture {
  return {
    row: { id: '', name, listed: true, expected: 'FINISHED', finding: 'name' },
    findings: [
      {
        kind: 'name',
        target: 'node',
        nodeName: name,
        expected: `one node named "${name}"`,
        actual: 'no match',
        message: `no activity or gateway named "${name}" in task ${taskId}'s pipeline; use id`,
        range
      }
    ]
  }
}

export function unlistedNode(
  id: string,
  name: string,
  taskRange: SourceRange,
  actual = 'FAILED'
): NodeFixture {
  return {
    row: { id, name, listed: false, actual, retry: 0, elapsedSec: 3, finding: 'unlisted_failure' },
    findings: [
      {
        kind: 'unlisted_failure',
        target: 'node',
        nodeId: id,
        nodeName: name,
        expected: 'not FAILED',
        actual,
        message: `${label(id, name)} is ${actual}; other_nodes: no_failures forbids failed nodes`,
        range: taskRange
      }
    ]
  }
}

/** A node that finished but broke attribute limits: retried too often and too slow. */
export function slowRetriedNode(
  id: string,
  name: string,
  range: SourceRange,
  retry: number,
  maxRetry: number,
  elapsedSec: number,
  maxElapsed: string
): NodeFixture {
  const elapsed = `${Math.floor(elapsedSec / 60)}m ${elapsedSec % 60}s`
  return {
    row: {
      id,
      name,
      listed: true,
      expected: 'FINISHED',
      actual: 'FINISHED',
      retry,
      elapsedSec,
      finding: 'retry'
    },
    findings: [
      {
        kind: 'retry',
        target: 'node',
        nodeId: id,
        nodeName: name,
        expected: `≤ ${maxRetry}`,
        actual: String(retry),
        message: `${label(id, name)} was retried ${retry} times, expected at most ${maxRetry}`,
        range
      },
      {
        kind: 'elapsed',
        target: 'node',
        nodeId: id,
        nodeName: name,
        expected: `≤ ${maxElapsed}`,
        actual: elapsed,
        message: `${label(id, name)} took ${elapsed}, expected at most ${maxElapsed}`,
        range
      }
    ]
  }
}

export interface TaskFixture {
  taskId: number
  spaceId?: number
  label?: string
  range?: SourceRange
  verdict: Verdict
  reason: string
  state: string | null
  /** Seconds after T0 at which the task settled; null when it did not. */
  settledSec?: number | null
  /** Seconds after T0 at which `state` was first seen. */
  stateSinceSec?: number | null
  nodes?: NodeFixture[]
  taskFindings?: Finding[]
  treeNodes?: number | null
  byState?: Record<string, number>
  error?: { kind: string; message: string }
  requests?: number
  timeoutMs?: number
  otherNodes?: TaskExpectation['otherNodes']
  cancelled?: boolean
  severity?: TaskExpectation['severity']
  /** The task's own run time in BKFlow (root elapsed_time). */
  elapsedSec?: number
  batchShare?: number
  link?: string
}

/** The web UI base the link fixtures use. */
export const WEB_URL = 'https://bkflow.example.com/o/bk-flow'

/** The link a task with a space gets (bkflow-api-2.md §9). */
export function linkOf(spaceId: number, taskId: number): string {
  return `${WEB_URL}/taskflow/execute/${spaceId}/?instanceId=${taskId}`
}

/** A reason BKFlow gave, read cleanly. */
export function reasonRead(line: string, earlier: string[] = [], text = line): NodeReason {
  return {
    status: 'read',
    line,
    text,
    earlier: earlier.map((e, i) => ({ retry: i, loop: 1, state: 'FAILED', line: e }))
  }
}

/** A node row with its reason. */
export function withReason(node: NodeFixture, reason: NodeReason): NodeFixture {
  return { ...node, row: { ...node.row, reason } }
}

/** A node whose findings are all warnings (from a `severity: warn` entry). */
export function asWarning(node: NodeFixture): NodeFixture {
  return {
    row: { ...node.row, severity: 'warn' },
    findings: node.findings.map((f) => ({ ...f, severity: 'warn' as const }))
  }
}

export function task(f: TaskFixture): TaskResult {
  const range = f.range ?? rangeLine(7)
  const nodes = f.nodes ?? []
  const expectation: TaskExpectation = {
    key: f.spaceId === undefined ? `app/task:${f.taskId}` : `space:${f.spaceId}/task:${f.taskId}`,
    taskId: f.taskId,
    spaceId: f.spaceId,
    label: f.label,
    states: ['FINISHED'],
    timeoutMs: f.timeoutMs ?? 30 * MIN,
    intervalMs: 15 * SEC,
    onFailed: 'fail',
    otherNodes: f.otherNodes ?? 'no_failures',
    ...(f.severity && { severity: f.severity }),
    nodes: nodes
      .filter((n) => n.row.listed)
      .map((n) => ({
        id: n.row.id || undefined,
        name: n.row.id ? undefined : n.row.name,
        states: ['FINISHED'],
        range: n.findings[0]?.range ?? range
      })),
    range
  }
  const treeNodes = f.treeNodes === undefined ? Math.max(nodes.length, 1) : f.treeNodes
  const settledSec = f.settledSec === undefined ? 125 : f.settledSec
  return {
    task: expectation,
    verdict: f.verdict,
    reason: f.reason,
    state: f.state,
    stateSince: f.stateSinceSec === null ? null : T0 + (f.stateSinceSec ?? 30) * SEC,
    findings: [...(f.taskFindings ?? []), ...nodes.flatMap((n) => n.findings)],
    rows: nodes.map((n) => n.row),
    tree:
      treeNodes === null
        ? null
        : { nodes: treeNodes, byState: f.byState ?? { FINISHED: treeNodes } },
    ...(f.error ? { error: f.error } : {}),
    startedAt: T0,
    settledAt: settledSec === null ? null : T0 + settledSec * SEC,
    requests: f.requests ?? 4,
    ...(f.batchShare !== undefined && { batchShare: f.batchShare }),
    ...(f.elapsedSec !== undefined && { elapsedSec: f.elapsedSec }),
    ...(f.link !== undefined && { link: f.link }),
    cancelled: f.cancelled ?? false
  }
}

export function taskStateFinding(
  taskLabel: string,
  range: SourceRange,
  actual: string,
  expected = 'FINISHED'
): Finding {
  return {
    kind: 'state',
    target: 'task',
    expected,
    actual,
    message: `${taskLabel} is ${actual}, expected ${expected}`,
    range
  }
}

export function run(
  tasks: TaskResult[],
  opts: {
    durationSec?: number
    mode?: 'wait' | 'check'
    cancelled?: boolean
    skippedByShard?: number
  } = {}
): RunResult {
  const byEndpoint: Record<Endpoint, number> = {
    get_task_states: 0,
    get_task_states_by_app: 0,
    get_tasks_states: 0,
    get_task_detail: 0,
    get_task_node_detail: 0
  }
  for (const t of tasks) {
    if (t.task.spaceId === undefined) byEndpoint.get_task_states_by_app += t.requests
    else {
      byEndpoint.get_tasks_states += Math.max(0, t.requests - 1)
      byEndpoint.get_task_states += Math.min(1, t.requests)
    }
  }
  const total = Object.values(byEndpoint).reduce((a, b) => a + b, 0)
  const cancelled = opts.cancelled ?? false
  return {
    specFile: SPEC_FILE,
    mode: opts.mode ?? 'wait',
    result: overallResult(tasks, cancelled),
    startedAt: T0,
    finishedAt: T0 + (opts.durationSec ?? 130) * SEC,
    cancelled,
    tasks,
    requests: { total, byEndpoint },
    skippedByShard: opts.skippedByShard ?? 0
  }
}

// ---------------------------------------------------------------- the scenarios

const DEPLOY_RANGE = rangeAt('task_id: 1042', 7)
const BACKEND = 'n5f0c2b7e1d94a3b8c6e0f1a2b3c4d5e6'
const SMOKE = 'n7d3e9a0b1c2d3e4f5a6b7c8d9e0f1a2b'
const MIGRATE = 'n0a1b2c3d4e5f60718293a4b5c6d7e8f9'

function otherTasks(): TaskResult[] {
  return [
    task({
      taskId: 1043,
      spaceId: 7,
      range: rangeAt('task_id: 1043'),
      verdict: 'pass',
      reason: 'FINISHED and every node ok',
      state: 'FINISHED',
      settledSec: 47,
      treeNodes: 9,
      requests: 3
    }),
    task({
      taskId: 88,
      label: 'nightly-report',
      range: rangeAt('task_id: 88', 6),
      verdict: 'pass',
      reason: 'FINISHED and every node ok',
      state: 'FINISHED',
      settledSec: 12,
      treeNodes: 6,
      requests: 2,
      nodes: [
        okNode('n1e2d3c4b5a69788796a5b4c3d2e1f0a1', 'Export', { elapsedSec: 7 }),
        okNode('n2f3e4d5c6b7a8998a7b6c5d4e3f2a1b2', 'Upload', { elapsedSec: 3 })
      ]
    })
  ]
}

/** Every task passes. */
export function allPass(): RunResult {
  return run([
    task({
      taskId: 1042,
      spaceId: 7,
      label: 'deploy-prod',
      range: DEPLOY_RANGE,
      verdict: 'pass',
      reason: 'FINISHED and every node ok',
      state: 'FINISHED',
      settledSec: 252,
      treeNodes: 12,
      requests: 6,
      nodes: [
        okNode(BACKEND, 'Deploy backend', { elapsedSec: 65 }),
        okNode(SMOKE, 'Smoke test', { elapsedSec: 21 }),
        okNode(MIGRATE, 'Migrate database', { elapsedSec: 140 })
      ]
    }),
    ...otherTasks()
  ])
}

/** One task failed: a node FAILED after retries (with BKFlow's reason), another never ran; links on. */
export function nodeFailed(): RunResult {
  const [other, nightly] = otherTasks()
  return run([
    task({
      taskId: 1042,
      spaceId: 7,
      label: 'deploy-prod',
      range: DEPLOY_RANGE,
      verdict: 'fail',
      reason: 'node "Deploy backend" (n5f0c2b7…) is FAILED, expected FINISHED (retry 2)',
      state: 'FAILED',
      settledSec: 125,
      elapsedSec: 1830,
      treeNodes: 12,
      byState: { FINISHED: 10, FAILED: 1, READY: 1 },
      requests: 6,
      batchShare: 0.5,
      link: linkOf(7, 1042),
      taskFindings: [taskStateFinding('task "deploy-prod" (1042)', DEPLOY_RANGE, 'FAILED')],
      nodes: [
        withReason(
          stateNode(BACKEND, 'Deploy backend', rangeAt(`id: ${BACKEND}`, 2), { retry: 2 }),
          reasonRead('HTTP 503 from http://svc.local/health', [
            'connection refused',
            'HTTP 502 | upstream <nginx> reset'
          ])
        ),
        missingNode(SMOKE, 'Smoke test', rangeAt('name: Smoke test')),
        okNode(MIGRATE, 'Migrate database', { elapsedSec: 140 })
      ]
    }),
    { ...other, link: linkOf(7, 1043), elapsedSec: 44, batchShare: 0.5 },
    nightly
  ])
}

/**
 * `severity: warn`, reasons that come from a subprocess's child or could not be read, and hostile
 * reason text: one task passes with warnings, one fails.
 */
export function warnings(): RunResult {
  const reportRange = rangeLine(40)
  const releaseRange = rangeLine(50)
  return run([
    task({
      taskId: 4100,
      spaceId: 7,
      label: 'nightly-report',
      range: reportRange,
      verdict: 'pass',
      reason: 'FINISHED as expected, every expectation met',
      state: 'FINISHED',
      settledSec: 20,
      elapsedSec: 310,
      treeNodes: 6,
      requests: 1,
      batchShare: 0.25,
      link: linkOf(7, 4100),
      nodes: [
        okNode(nodeId(41), 'Export', { elapsedSec: 12 }),
        asWarning(slowRetriedNode(nodeId(42), 'Upload', rangeLine(43, 9), 2, 0, 700, '10m')),
        asWarning(
          withReason(
            unlistedNode(nodeId(43), 'Notify chat', reportRange),
            reasonRead('webhook answered 403: token expired')
          )
        )
      ]
    }),
    task({
      taskId: 4200,
      spaceId: 7,
      label: 'release',
      range: releaseRange,
      verdict: 'fail',
      reason: `node "Deploy all" (${shortId(nodeId(51))}) is FAILED, expected FINISHED`,
      state: 'FAILED',
      settledSec: 95,
      elapsedSec: 95,
      treeNodes: 9,
      byState: { FINISHED: 6, FAILED: 2, READY: 1 },
      requests: 4,
      batchShare: 0.25,
      link: linkOf(7, 4200),
      taskFindings: [taskStateFinding('task "release" (4200)', releaseRange, 'FAILED')],
      nodes: [
        withReason(stateNode(nodeId(51), 'Deploy all', rangeLine(53, 9)), {
          ...reasonRead('ansible: host 10.0.0.5 unreachable | exit 4 <stderr>'),
          from: { taskId: 4201, nodeId: nodeId(61) }
        }),
        withReason(stateNode(nodeId(52), 'Run migrations', rangeLine(55, 9)), {
          status: 'unavailable',
          line: 'reason unavailable (BKFlow did not answer get_task_node_detail)',
          text: '',
          earlier: []
        }),
        asWarning(stateNode(nodeId(53), 'Smoke test', rangeLine(57, 9), { elapsedSec: 4 }))
      ]
    }),
    task({
      taskId: 77,
      label: 'app-bound',
      range: rangeLine(60),
      verdict: 'pass',
      reason: 'FINISHED as expected, every expectation met',
      state: 'FINISHED',
      settledSec: 30,
      elapsedSec: 31,
      treeNodes: 3,
      requests: 3
    })
  ])
}

/** Missing and unresolved nodes, attribute limits, an unlisted failure, and text that needs escaping. */
export function nodeMissing(): RunResult {
  const range = rangeLine(30, 5)
  return run([
    task({
      taskId: 2001,
      spaceId: 12,
      label: 'release|v2 <beta> `rc`',
      range,
      verdict: 'fail',
      reason: `node "Build \`image\` | <arm64>" (${shortId(nodeId(1))}) is missing from the tree`,
      state: 'FINISHED',
      settledSec: 600,
      treeNodes: 8,
      byState: { FINISHED: 7, FAILED: 1 },
      requests: 11,
      nodes: [
        missingNode(nodeId(1), 'Build `image` | <arm64>', rangeLine(33, 9)),
        unresolvedNode('Notify *team* [ops]', 2001, rangeLine(35, 9)),
        slowRetriedNode(nodeId(3), 'Run_tests_slowly', rangeLine(36, 9), 3, 1, 754, '10m'),
        okNode(nodeId(4), 'Line one\nline two & more', { elapsedSec: 5 }),
        unlistedNode(nodeId(5), 'Cleanup <old> pods', range)
      ]
    })
  ])
}

/** One task did not settle in time; one was never read at all; one passed. */
export function pending(): RunResult {
  const syncRange = rangeLine(7)
  const queuedRange = rangeLine(12)
  return run(
    [
      task({
        taskId: 3100,
        spaceId: 7,
        label: 'nightly-sync',
        range: syncRange,
        verdict: 'pending',
        reason: 'still RUNNING after 30m',
        state: 'RUNNING',
        settledSec: null,
        stateSinceSec: 15,
        treeNodes: 14,
        byState: { FINISHED: 9, RUNNING: 1, READY: 4 },
        requests: 121,
        taskFindings: [
          {
            kind: 'pending',
            target: 'task',
            expected: 'FINISHED',
            actual: 'RUNNING',
            message: 'task "nightly-sync" (3100) is still RUNNING after 30m',
            range: syncRange
          }
        ]
      }),
      task({
        taskId: 3101,
        verdict: 'pending',
        range: queuedRange,
        reason: 'still CREATED after 30m',
        state: 'CREATED',
        settledSec: null,
        stateSinceSec: 0,
        treeNodes: null,
        requests: 120,
        taskFindings: [
          {
            kind: 'pending',
            target: 'task',
            expected: 'FINISHED',
            actual: 'CREATED',
            message: 'task 3101 is still CREATED after 30m',
            range: queuedRange
          }
        ]
      }),
      otherTasks()[0]
    ],
    { durationSec: 1815 }
  )
}

/** Tasks that could not be checked, one with an error text that leaked the auth header. */
export function errors(): RunResult {
  const missingRange = rangeLine(7)
  const authRange = rangeLine(9)
  const notFound = 'Task 999 was not found in space 7: check task_id and space_id.'
  const auth =
    `BKFlow refused the app credentials (gateway said: X-Bkapi-Authorization: ${AUTH_HEADER} is invalid). ` +
    'Check the app-code and app-secret inputs.'
  return run([
    task({
      taskId: 999,
      spaceId: 7,
      range: missingRange,
      verdict: 'error',
      reason: 'not found',
      state: null,
      settledSec: 1,
      stateSinceSec: null,
      treeNodes: null,
      requests: 1,
      error: { kind: 'not_found', message: notFound },
      taskFindings: [
        {
          kind: 'error',
          target: 'task',
          expected: 'a readable task',
          actual: 'not found',
          message: notFound,
          range: missingRange
        }
      ]
    }),
    task({
      taskId: 1044,
      spaceId: 8,
      label: 'deploy-staging',
      range: authRange,
      verdict: 'error',
      reason: 'the gateway refused the app credentials',
      state: null,
      settledSec: 1,
      stateSinceSec: null,
      treeNodes: null,
      requests: 1,
      error: {
        kind: 'auth',
        message: `${auth} Request: GET /space/8/task/1044/get_task_states/?bk_app_secret=${SECRET}`
      }
    }),
    otherTasks()[1]
  ])
}

/** One task with a 2,000-node tree, every node listed, three of them failing. */
export function hugeTask(): RunResult {
  const range = rangeLine(7)
  const nodes: NodeFixture[] = []
  for (let i = 1; i <= 2000; i++) {
    const id = nodeId(i)
    const name = `Step ${String(i).padStart(4, '0')}`
    const at = rangeLine(10 + i * 2, 9)
    if (i === 17) nodes.push(stateNode(id, name, at, { retry: 1 }))
    else if (i === 1203) nodes.push(slowRetriedNode(id, name, at, 4, 2, 930, '15m'))
    else if (i === 1999) nodes.push(missingNode(id, name, at))
    else nodes.push(okNode(id, name, { elapsedSec: i % 97 }))
  }
  return run([
    task({
      taskId: 5000,
      spaceId: 3,
      label: 'fleet-rollout',
      range,
      verdict: 'fail',
      reason: `node "Step 0017" (${shortId(nodeId(17))}) is FAILED, expected FINISHED (retry 1)`,
      state: 'FAILED',
      settledSec: 1460,
      treeNodes: 2004,
      byState: { FINISHED: 2001, FAILED: 1, READY: 2 },
      requests: 98,
      taskFindings: [taskStateFinding('task "fleet-rollout" (5000)', range, 'FAILED')],
      nodes
    })
  ])
}

/** Forty tasks: most pass, a few fail, one is pending, one errored. */
export function manyTasks(): RunResult {
  const tasks: TaskResult[] = []
  for (let i = 0; i < 40; i++) {
    const taskId = 7000 + i
    const range = rangeLine(7 + i * 6)
    const label = `service-${String(i).padStart(2, '0')}`
    const nodes = [
      okNode(nodeId(i * 10 + 1), 'Build', { elapsedSec: 40 + i }),
      okNode(nodeId(i * 10 + 2), 'Deploy', { elapsedSec: 90 + i })
    ]
    if (i === 5 || i === 22 || i === 31) {
      nodes[1] = stateNode(nodeId(i * 10 + 2), 'Deploy', rangeLine(10 + i * 6, 9))
      tasks.push(
        task({
          taskId,
          spaceId: 7,
          label,
          range,
          verdict: 'fail',
          reason: `node "Deploy" (${shortId(nodeId(i * 10 + 2))}) is FAILED, expected FINISHED`,
          state: 'FAILED',
          treeNodes: 5,
          byState: { FINISHED: 4, FAILED: 1 },
          taskFindings: [taskStateFinding(`task "${label}" (${taskId})`, range, 'FAILED')],
          nodes
        })
      )
    } else if (i === 12) {
      tasks.push(
        task({
          taskId,
          spaceId: 7,
          label,
          range,
          verdict: 'pending',
          reason: 'still RUNNING after 30m',
          state: 'RUNNING',
          settledSec: null,
          treeNodes: 5,
          byState: { FINISHED: 3, RUNNING: 1, READY: 1 },
          taskFindings: [
            {
              kind: 'pending',
              target: 'task',
              expected: 'FINISHED',
              actual: 'RUNNING',
              message: `task "${label}" (${taskId}) is still RUNNING after 30m`,
              range
            }
          ]
        })
      )
    } else if (i === 27) {
      const message = 'The app is not bound to space 9: bind it in BKFlow or check space_id.'
      tasks.push(
        task({
          taskId,
          spaceId: 9,
          label,
          range,
          verdict: 'error',
          reason: 'no permission',
          state: null,
          stateSinceSec: null,
          treeNodes: null,
          requests: 1,
          error: { kind: 'permission', message }
        })
      )
    } else {
      tasks.push(
        task({
          taskId,
          spaceId: 7,
          label,
          range,
          verdict: 'pass',
          reason: 'FINISHED and every node ok',
          state: 'FINISHED',
          settledSec: 60 + i * 7,
          treeNodes: 5,
          nodes
        })
      )
    }
  }
  return run(tasks, { durationSec: 1805 })
}

/** Every scenario by golden-file name. */
export const SCENARIOS: Record<string, () => RunResult> = {
  'all-pass': allPass,
  'node-failed': nodeFailed,
  'node-missing': nodeMissing,
  pending,
  error: errors,
  'huge-task': hugeTask,
  'many-tasks': manyTasks,
  warnings
}
