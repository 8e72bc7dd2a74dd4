// Merge reads reports, not the network: the JSON reports of several runs (matrix shards, or
// several specs) become one RunResult, as if one run had checked every task, for the same renderers.

import {
  overallResult,
  type Endpoint,
  type Finding,
  type KnownState,
  type NodeExpectation,
  type NodeRow,
  type RunResult,
  type TaskResult
} from '../model.js'
import type {
  JsonFinding,
  JsonNodeExpectation,
  JsonReport,
  JsonRow,
  JsonTask
} from '../report/index.js'
import { plural } from '../text.js'

/** A report and the file it was read from (for messages). */
export interface ReportFile {
  file: string
  report: JsonReport
}

/**
 * What merging gives: the run, and `gaps` — tasks of a spec that no report checked (a shard's
 * report is missing). A run with gaps never passes. `error` when the reports cannot be one run.
 */
export type Merged = { run: RunResult; gaps: string[] } | { error: string }

/**
 * Merges reports into one run. Tasks keep spec order (per spec, in the order the specs first
 * appear); request counts add up; the run spans the earliest start to the latest finish.
 */
export function mergeReports(files: readonly ReportFile[]): Merged {
  if (files.length === 0) return { error: 'no report to merge' }
  const specs = new Map<
    string,
    { order: number; total: number; firstFile: string; keys: Map<string, string> }
  >()
  const tasks: { result: TaskResult; spec: number }[] = []
  for (const { file, report } of files) {
    const specFile = report.spec.file
    const total = report.tasks.length + report.spec.skippedByShard
    let spec = specs.get(specFile)
    if (!spec) {
      spec = { order: specs.size, total, firstFile: file, keys: new Map() }
      specs.set(specFile, spec)
    } else if (spec.total !== total) {
      return {
        error:
          `${file} and ${spec.firstFile} disagree on how many tasks ${specFile} has ` +
          `(${total} and ${spec.total}): they come from different versions of the spec.`
      }
    }
    for (const task of report.tasks) {
      const seenIn = spec.keys.get(task.key)
      if (seenIn !== undefined) {
        return {
          error:
            `${seenIn} and ${file} both checked ${task.key} of ${specFile}: ` +
            'give each run’s report once.'
        }
      }
      spec.keys.set(task.key, file)
      tasks.push({ result: toTaskResult(task), spec: spec.order })
    }
  }
  // Spec order: by spec, then by the line of the task's entry (shards interleave their tasks).
  tasks.sort(
    (a, b) =>
      a.spec - b.spec ||
      a.result.task.range.line - b.result.task.range.line ||
      a.result.task.range.column - b.result.task.range.column
  )

  const gaps: string[] = []
  let unchecked = 0
  for (const [specFile, spec] of specs) {
    const missing = spec.total - spec.keys.size
    if (missing <= 0) continue
    unchecked += missing
    gaps.push(
      `${plural(missing, 'task')} of ${specFile} ${missing === 1 ? 'is' : 'are'} in no report ` +
        `(${spec.keys.size} of ${spec.total} checked): is a shard's report missing?`
    )
  }

  const reports = files.map((f) => f.report)
  const results = tasks.map((t) => t.result)
  const cancelled = reports.some((r) => r.cancelled)
  let result = overallResult(results, cancelled)
  // Fail closed: tasks that no report checked were not verified.
  if (result === 'pass' && gaps.length > 0) result = 'error'
  const byEndpoint = {} as Record<Endpoint, number>
  for (const r of reports) {
    for (const [endpoint, count] of Object.entries(r.requests.byEndpoint) as [Endpoint, number][])
      byEndpoint[endpoint] = (byEndpoint[endpoint] ?? 0) + count
  }
  return {
    run: {
      specFile: [...specs.keys()].join(', '),
      mode: reports.every((r) => r.mode === 'check') ? 'check' : 'wait',
      result,
      startedAt: Math.min(...reports.map((r) => r.timings.startedAt.ms)),
      finishedAt: Math.max(...reports.map((r) => r.timings.finishedAt.ms)),
      cancelled,
      tasks: results,
      requests: { total: reports.reduce((sum, r) => sum + r.requests.total, 0), byEndpoint },
      skippedByShard: unchecked
    },
    gaps
  }
}

/** A report's task back in the model's shape: the inverse of the JSON report's task. */
export function toTaskResult(t: JsonTask): TaskResult {
  const e = t.expectation
  return {
    task: {
      key: t.key,
      // 0 is the model's "no task" (a create or select entry that found none).
      taskId: t.taskId ?? 0,
      ...(t.spaceId === null ? {} : { spaceId: t.spaceId }),
      ...(t.label === null ? {} : { label: t.label }),
      ...(t.severity === 'warn' ? { severity: 'warn' as const } : {}),
      states: e.states as KnownState[],
      timeoutMs: e.timeoutMs,
      intervalMs: e.intervalMs,
      onFailed: e.onFailed,
      otherNodes: e.otherNodes,
      nodes: e.nodeList ? e.nodeList.map(toNodeExpectation) : nodesFromRows(t),
      range: e.range
    },
    verdict: t.verdict,
    reason: t.reason,
    ...(t.revoke ? { revoke: t.revoke } : {}),
    state: t.state,
    stateSince: t.timings.stateSince?.ms ?? null,
    findings: t.findings.map(toFinding),
    rows: t.rows.map(toRow),
    tree: t.tree ? { nodes: t.tree.nodes, byState: { ...t.tree.byState } } : null,
    ...(t.error ? { error: { ...t.error } } : {}),
    startedAt: t.timings.startedAt.ms,
    settledAt: t.timings.settledAt?.ms ?? null,
    requests: t.requests,
    // Fields of #13 are absent from older reports: leave them unset then.
    ...(typeof t.batchShare === 'number' ? { batchShare: t.batchShare } : {}),
    ...(typeof t.timings.elapsedSec === 'number' ? { elapsedSec: t.timings.elapsedSec } : {}),
    ...(t.link ? { link: t.link } : {}),
    cancelled: t.cancelled
  }
}

function toNodeExpectation(n: JsonNodeExpectation): NodeExpectation {
  return {
    ...(n.id === null ? {} : { id: n.id }),
    ...(n.name === null ? {} : { name: n.name }),
    states: n.states as KnownState[],
    ...(n.maxRetry === null ? {} : { maxRetry: n.maxRetry }),
    ...(n.skip === null ? {} : { skip: n.skip }),
    ...(n.errorIgnored === null ? {} : { errorIgnored: n.errorIgnored }),
    ...(n.maxElapsedMs === null ? {} : { maxElapsedMs: n.maxElapsedMs }),
    ...(n.subprocess
      ? {
          subprocess: {
            nodes: n.subprocess.nodes.map(toNodeExpectation),
            otherNodes: n.subprocess.otherNodes
          }
        }
      : {}),
    range: n.range
  }
}

/**
 * For reports written before `nodeList` existed: every listed node has a row, so the rows give the
 * entries; their spec lines are not known, so they point at the task's entry.
 */
function nodesFromRows(t: JsonTask): NodeExpectation[] {
  return t.rows
    .filter((row) => row.listed)
    .map((row) => ({
      ...(row.id !== '' ? { id: row.id } : { name: row.name ?? '' }),
      states: (row.expected ?? 'FINISHED').split(' | ') as KnownState[],
      range:
        t.findings.find((f) => f.nodeId === row.id && row.id !== '')?.range ?? t.expectation.range
    }))
}

function toFinding(f: JsonFinding): Finding {
  return {
    kind: f.kind,
    target: f.target,
    ...(f.nodeId === null ? {} : { nodeId: f.nodeId }),
    ...(f.nodeName === null ? {} : { nodeName: f.nodeName }),
    expected: f.expected,
    actual: f.actual,
    message: f.message,
    range: f.range,
    ...(f.severity === 'warn' ? { severity: 'warn' as const } : {})
  }
}

function toRow(r: JsonRow): NodeRow {
  return {
    id: r.id,
    ...(r.name === null ? {} : { name: r.name }),
    listed: r.listed,
    ...(r.expected === null ? {} : { expected: r.expected }),
    ...(r.actual === null ? {} : { actual: r.actual }),
    ...(r.retry === null ? {} : { retry: r.retry }),
    ...(r.elapsedSec === null ? {} : { elapsedSec: r.elapsedSec }),
    ...(r.idKind === null || r.idKind === undefined ? {} : { idKind: r.idKind }),
    finding: r.finding,
    ...(r.severity === 'warn' ? { severity: 'warn' as const } : {}),
    ...(r.shortId ? { shortId: r.shortId } : {}),
    ...(r.reason
      ? {
          reason: {
            status: r.reason.status,
            line: r.reason.line,
            text: r.reason.text,
            earlier: r.reason.earlier.map((e) => ({ ...e })),
            ...(r.reason.from ? { from: { ...r.reason.from } } : {})
          }
        }
      : {})
  }
}
