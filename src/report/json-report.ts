// The JSON report: everything the run found, in the stable shape of schemas/report.schema.json,
// for later steps and for people when the summary had to be shortened.

import { describeSource } from '../spec/sources.js'
import {
  ENDPOINTS,
  OPERATION_ENDPOINTS,
  type ApiEndpoint,
  type Finding,
  type FindingKind,
  type IdKind,
  type Mode,
  type NodeReason,
  type NodeExpectation,
  type NodeRow,
  type OtherNodes,
  type RunResult,
  type RunVerdict,
  type SourceRange,
  type TaskResult,
  type Verdict
} from '../model.js'
import { countNodes, countVerdicts, countWarnings } from './describe.js'
import { stripControls } from '../safe-text.js'
import { redactSecrets } from './redact.js'

/** A moment as both an ISO 8601 string (UTC) and epoch milliseconds. */
export interface JsonInstant {
  iso: string
  ms: number
}

export interface JsonFinding {
  kind: FindingKind
  target: 'task' | 'node'
  nodeId: string | null
  nodeName: string | null
  expected: string
  actual: string
  message: string
  range: SourceRange
  severity: 'error' | 'warn'
}

export interface JsonRow {
  id: string
  name: string | null
  listed: boolean
  expected: string | null
  actual: string | null
  retry: number | null
  elapsedSec: number | null
  /** How a listed `id:` matched (runtime or template node id); null for names and unlisted rows. */
  idKind: IdKind | null
  finding: FindingKind | 'ok'
  severity: 'error' | 'warn'
  /** The id as the plan and summary show it (unique prefix), null when none was computed. */
  shortId: string | null
  reason: JsonReason | null
}

/** Why a failed node failed, as BKFlow said it (credentials redacted). */
export interface JsonReason {
  status: NodeReason['status']
  line: string
  text: string
  earlier: { retry: number; loop: number; state: string; line: string }[]
  from: { taskId: number; nodeId: string } | null
}

/** One node entry of the spec, after defaults (what `merge` needs to rebuild the expectation). */
export interface JsonNodeExpectation {
  id: string | null
  name: string | null
  states: string[]
  maxRetry: number | null
  skip: boolean | null
  errorIgnored: boolean | null
  maxElapsedMs: number | null
  /** A subprocess node's own entries; absent or null otherwise. */
  subprocess?: { nodes: JsonNodeExpectation[]; otherNodes: OtherNodes } | null
  range: SourceRange
}

export interface JsonTask {
  key: string
  /** null when a create or select entry found no task. */
  taskId: number | null
  source: { kind: 'create' | 'select'; description: string } | null
  revoke: { revoked: boolean; message: string } | null
  spaceId: number | null
  label: string | null
  severity: 'error' | 'warn'
  verdict: Verdict
  reason: string
  /** The task's page in BKFlow's web UI, null without web-url or space. */
  link: string | null
  /** The last root state seen, null if the task was never read. */
  state: string | null
  expectation: {
    states: string[]
    timeoutMs: number
    intervalMs: number
    onFailed: 'fail' | 'wait' | { graceMs: number }
    otherNodes: 'ignore' | 'no_failures' | 'finished'
    nodes: number
    /** Every node entry in full; absent from reports written before merge existed. */
    nodeList?: JsonNodeExpectation[]
    range: SourceRange
  }
  timings: {
    startedAt: JsonInstant
    settledAt: JsonInstant | null
    stateSince: JsonInstant | null
    /** From the task's first poll to its settling, null when it did not settle. */
    settleMs: number | null
    /** How long the task ran in BKFlow (its root's elapsed_time), null when no tree was read. */
    elapsedSec: number | null
  }
  tree: { nodes: number; byState: Record<string, number> } | null
  error: { kind: string; message: string } | null
  requests: number
  batchShare: number
  cancelled: boolean
  findings: JsonFinding[]
  rows: JsonRow[]
}

/** The JSON report (version 1); `schemas/report.schema.json` documents every field. */
export interface JsonReport {
  version: 1
  spec: { file: string; skippedByShard: number }
  mode: Mode
  result: RunVerdict
  cancelled: boolean
  taskIds: Record<string, number | number[]>
  timings: { startedAt: JsonInstant; finishedAt: JsonInstant; durationMs: number }
  counts: {
    tasks: number
    passed: number
    failed: number
    pending: number
    errors: number
    warnings: number
    nodes: number
  }
  requests: { total: number; byEndpoint: Partial<Record<ApiEndpoint, number>> }
  tasks: JsonTask[]
}

/** Builds the JSON report of a run: every task, row, finding, timing and request count. Pure. */
export function toJsonReport(run: RunResult): JsonReport {
  const counts = countVerdicts(run.tasks)
  const byEndpoint: Partial<Record<ApiEndpoint, number>> = {}
  const sent: Partial<Record<ApiEndpoint, number>> = run.requests.byEndpoint ?? {}
  for (const e of ENDPOINTS) byEndpoint[e] = count(sent[e])
  for (const e of OPERATION_ENDPOINTS) if (sent[e] !== undefined) byEndpoint[e] = count(sent[e])
  return {
    version: 1,
    spec: { file: text(run.specFile), skippedByShard: count(run.skippedByShard) },
    mode: run.mode,
    result: run.result,
    cancelled: run.cancelled,
    taskIds: Object.fromEntries(
      Object.entries(run.taskIds ?? {}).map(([label, ids]) => [text(label), ids])
    ),
    timings: {
      startedAt: instant(run.startedAt),
      finishedAt: instant(run.finishedAt),
      durationMs: Math.max(0, run.finishedAt - run.startedAt)
    },
    counts: {
      tasks: run.tasks.length,
      ...counts,
      warnings: countWarnings(run.tasks),
      nodes: countNodes(run.tasks)
    },
    requests: { total: count(run.requests.total), byEndpoint },
    tasks: run.tasks.map(toJsonTask)
  }
}

function toJsonTask(result: TaskResult): JsonTask {
  const { task } = result
  return {
    key: task.key,
    taskId: task.taskId > 0 ? task.taskId : null,
    source: task.source
      ? { kind: task.source.kind, description: text(describeSource(task.source)) }
      : null,
    revoke: result.revoke
      ? { revoked: result.revoke.revoked, message: text(result.revoke.message) }
      : null,
    spaceId: task.spaceId ?? null,
    label: task.label === undefined ? null : text(task.label),
    severity: task.severity ?? 'error',
    verdict: result.verdict,
    reason: text(result.reason),
    link: result.link ?? null,
    state: result.state === null ? null : text(result.state),
    expectation: {
      states: [...task.states],
      timeoutMs: task.timeoutMs,
      intervalMs: task.intervalMs,
      onFailed:
        typeof task.onFailed === 'string' ? task.onFailed : { graceMs: task.onFailed.graceMs },
      otherNodes: task.otherNodes,
      nodes: task.nodes.length,
      nodeList: task.nodes.map(toJsonNodeExpectation),
      range: range(task.range)
    },
    timings: {
      startedAt: instant(result.startedAt),
      settledAt: result.settledAt === null ? null : instant(result.settledAt),
      stateSince: result.stateSince === null ? null : instant(result.stateSince),
      settleMs: result.settledAt === null ? null : Math.max(0, result.settledAt - result.startedAt),
      elapsedSec: finite(result.elapsedSec)
    },
    tree: result.tree ? { nodes: result.tree.nodes, byState: { ...result.tree.byState } } : null,
    error: result.error
      ? { kind: text(result.error.kind), message: text(result.error.message) }
      : null,
    requests: count(result.requests),
    batchShare: count(result.batchShare),
    cancelled: result.cancelled,
    findings: result.findings.map(toJsonFinding),
    rows: result.rows.map(toJsonRow)
  }
}

function toJsonNodeExpectation(node: NodeExpectation): JsonNodeExpectation {
  return {
    id: node.id ?? null,
    name: node.name === undefined ? null : text(node.name),
    states: [...node.states],
    maxRetry: node.maxRetry ?? null,
    skip: node.skip ?? null,
    errorIgnored: node.errorIgnored ?? null,
    maxElapsedMs: node.maxElapsedMs ?? null,
    subprocess: node.subprocess
      ? {
          nodes: node.subprocess.nodes.map(toJsonNodeExpectation),
          otherNodes: node.subprocess.otherNodes
        }
      : null,
    range: range(node.range)
  }
}

function toJsonFinding(f: Finding): JsonFinding {
  return {
    kind: f.kind,
    target: f.target,
    nodeId: f.nodeId ?? null,
    nodeName: f.nodeName === undefined ? null : text(f.nodeName),
    expected: text(f.expected),
    actual: text(f.actual),
    message: text(f.message),
    range: range(f.range),
    severity: f.severity ?? 'error'
  }
}

function toJsonRow(row: NodeRow): JsonRow {
  return {
    id: row.id,
    name: row.name === undefined ? null : text(row.name),
    listed: row.listed,
    expected: row.expected ?? null,
    actual: row.actual === undefined ? null : text(row.actual),
    retry: finite(row.retry),
    elapsedSec: finite(row.elapsedSec),
    idKind: row.idKind === 'runtime' || row.idKind === 'template' ? row.idKind : null,
    finding: row.finding,
    severity: row.severity ?? 'error',
    shortId: row.shortId ?? null,
    reason: row.reason ? toJsonReason(row.reason) : null
  }
}

function toJsonReason(reason: NodeReason): JsonReason {
  return {
    status: reason.status,
    line: text(reason.line),
    text: text(reason.text),
    earlier: reason.earlier.map((e) => ({
      retry: count(e.retry),
      loop: count(e.loop),
      state: text(e.state),
      line: text(e.line)
    })),
    from: reason.from ? { taskId: reason.from.taskId, nodeId: reason.from.nodeId } : null
  }
}

function range(r: SourceRange): SourceRange {
  return {
    file: r.file,
    line: r.line,
    column: r.column,
    endLine: r.endLine,
    endColumn: r.endColumn
  }
}

// Text from the API or an error passes the same secret filter as every other report; JSON escapes
// C0 controls but not DEL, C1 or terminal sequences, which a `cat` of the report would run.
function text(value: string): string {
  return stripControls(redactSecrets(value))
}

function count(value: number | undefined): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : 0
}

function finite(value: number | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null
}

function instant(ms: number): JsonInstant {
  // An invalid clock value must not make toISOString throw and lose the whole report.
  const valid = Number.isFinite(ms) && ms >= 0 && ms <= 8.64e15
  const at = valid ? ms : 0
  return { iso: new Date(at).toISOString(), ms: at }
}
