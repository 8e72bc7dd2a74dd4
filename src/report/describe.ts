// Words and counts every renderer shares: task titles, verdict counts, the footer sentence, and
// which findings belong to which node row.

import { shortIdsFor, type ShortIds } from '../check/labels.js'
import { formatDuration } from '../duration.js'
import type { Finding, FindingKind, NodeRow, RunResult, TaskResult, Verdict } from '../model.js'
import { describeSource } from '../spec/sources.js'
import { oneLine } from './redact.js'

/** A task as people read it: its label, else `task <id>` with ` (space <s>)` when it has one. */
export function taskTitle(result: TaskResult): string {
  const { task } = result
  if (task.label) return oneLine(task.label)
  return task.spaceId === undefined
    ? `task ${task.taskId}`
    : `task ${task.taskId} (space ${task.spaceId})`
}

/**
 * Where the task lives, for lines that follow a label: `task 1042, space 7` or `task 1042,
 * app-bound`, then where its id came from (`created from template 42`, `selected by …`) and
 * whether it was revoked; `no task` when its source found none.
 */
export function taskWhere(result: TaskResult): string {
  const { task } = result
  const where = task.spaceId === undefined ? 'app-bound' : `space ${task.spaceId}`
  const found = task.taskId > 0
  const parts = [found ? `task ${task.taskId}, ${where}` : `no task, ${where}`]
  if (task.source) {
    const how = oneLine(describeSource(task.source))
    const verb = task.source.kind === 'create' ? 'created from' : 'selected by'
    parts.push(found ? `${verb} ${how}` : `${task.source.kind}: ${how}`)
  }
  if (result.revoke) parts.push(oneLine(result.revoke.message))
  return parts.join(' · ')
}

/** Task counts per verdict. */
export interface VerdictCounts {
  passed: number
  failed: number
  pending: number
  errors: number
}

/** Counts tasks per verdict. */
export function countVerdicts(tasks: readonly TaskResult[]): VerdictCounts {
  const counts: VerdictCounts = { passed: 0, failed: 0, pending: 0, errors: 0 }
  for (const t of tasks) {
    if (t.verdict === 'pass') counts.passed++
    else if (t.verdict === 'fail') counts.failed++
    else if (t.verdict === 'pending') counts.pending++
    else counts.errors++
  }
  return counts
}

/** Nodes in the trees that were read, the root excluded. */
export function countNodes(tasks: readonly TaskResult[]): number {
  let nodes = 0
  for (const t of tasks) nodes += t.tree?.nodes ?? 0
  return nodes
}

import { plural } from '../text.js'

/** Warnings of a task: its findings from `severity: warn` entries. */
export function taskWarnings(result: TaskResult): Finding[] {
  return result.findings.filter((f) => f.severity === 'warn')
}

/** Warnings across tasks (the `warnings` output). */
export function countWarnings(tasks: readonly TaskResult[]): number {
  let n = 0
  for (const t of tasks) n += taskWarnings(t).length
  return n
}

/** `pass`, or `pass with 2 warnings` for a task whose warn entries had findings. */
export function verdictText(result: TaskResult): string {
  const warnings = taskWarnings(result).length
  return result.verdict === 'pass' && warnings > 0
    ? `pass with ${plural(warnings, 'warning')}`
    : result.verdict
}

/**
 * How the reports shorten a task's node ids: the check stage's `shortId` on each row (unique in the
 * task's whole tree), else the shortest prefix unique among the ids the result holds (a result
 * merged from a report, for one).
 */
export function shortIdsOf(result: TaskResult): ShortIds {
  const fromRows = new Map<string, string>()
  for (const row of result.rows) if (row.id && row.shortId) fromRows.set(row.id, row.shortId)
  const fallback = shortIdsFor(() => [
    ...result.rows.map((r) => r.id),
    ...result.findings.flatMap((f) => (f.nodeId ? [f.nodeId] : []))
  ])
  return (id) => fromRows.get(id) ?? fallback(id)
}

/** A reason's one line as every report shows it, saying so when it comes from a subprocess's child task. */
export function reasonText(reason: NonNullable<NodeRow['reason']>): string {
  const from = reason.from ? ` (in child task ${reason.from.taskId})` : ''
  return `${reason.line}${from}`
}

/** The row of a node id, for findings that need its reason or short id. */
export function rowOf(result: TaskResult, nodeId: string | undefined): NodeRow | undefined {
  return nodeId ? result.rows.find((r) => r.id === nodeId) : undefined
}

/**
 * What a task cost in requests: its own plus its share of the batches it was polled in, `6`,
 * `2.5`, `0.04`: never `0` for a task that was polled in a batch.
 */
export function requestFigure(result: TaskResult): string {
  const total = result.requests + (result.batchShare ?? 0)
  if (Number.isInteger(total)) return plural(total, 'request')
  const shown = total >= 1 ? total.toFixed(1) : total.toPrecision(1)
  return `${Number(shown)} requests`
}

/**
 * The task's times, plain text: its state and how long it ran in BKFlow (the root's elapsed time),
 * then how long the gate waited for it. `FAILED, ran 2m 5s · waited 12s`.
 */
export function timeFacts(result: TaskResult, run: RunResult): string[] {
  if (result.state === null) return ['never read']
  const ran =
    result.elapsedSec === undefined ? '' : `, ran ${formatDuration(result.elapsedSec * 1000)}`
  const settled = settledAfter(result)
  if (settled !== undefined) return [`${oneLine(result.state)}${ran}`, `waited ${settled}`]
  return [`last seen ${lastSeen(result, run)}${ran}`]
}

// How each kind of row finding is counted in the footer: "1 node failed, 2 missing".
const ROW_WORDS: { key: string; words: string }[] = [
  { key: 'failed', words: 'failed' },
  { key: 'state', words: 'in another state' },
  { key: 'missing', words: 'missing' },
  { key: 'unlisted_failure', words: 'unlisted and not allowed' },
  { key: 'retry', words: 'retried too often' },
  { key: 'skip', words: 'with the wrong skip flag' },
  { key: 'error_ignored', words: 'with the wrong error_ignored flag' },
  { key: 'elapsed', words: 'too slow' },
  { key: 'name', words: 'not found by name' }
]

function rowKey(row: NodeRow): string {
  if (row.finding === 'state' && row.actual === 'FAILED') return 'failed'
  return row.finding
}

/** The node findings of a run as a phrase, `1 node failed, 1 missing`; '' when there are none. Warnings are counted apart. */
export function nodeBreakdown(tasks: readonly TaskResult[]): string {
  const counts = new Map<string, number>()
  for (const t of tasks) {
    for (const row of t.rows) {
      if (row.finding === 'ok' || row.finding === 'pending' || row.finding === 'error') continue
      if (row.severity === 'warn') continue
      const key = rowKey(row)
      counts.set(key, (counts.get(key) ?? 0) + 1)
    }
  }
  const parts: string[] = []
  for (const { key, words } of ROW_WORDS) {
    const n = counts.get(key)
    if (!n) continue
    parts.push(parts.length === 0 ? `${plural(n, 'node')} ${words}` : `${n} ${words}`)
  }
  return parts.join(', ')
}

/** The one-line outcome: `Checked 3 tasks, 27 nodes: 2 passed, 1 failed (1 node failed, 1 missing).` */
export function footerLine(run: RunResult): string {
  const counts = countVerdicts(run.tasks)
  const verdicts = [`${counts.passed} passed`]
  if (counts.failed > 0) verdicts.push(`${counts.failed} failed`)
  if (counts.pending > 0) verdicts.push(`${counts.pending} pending`)
  if (counts.errors > 0) verdicts.push(plural(counts.errors, 'error'))
  const breakdown = nodeBreakdown(run.tasks)
  let line = `Checked ${plural(run.tasks.length, 'task')}, ${plural(countNodes(run.tasks), 'node')}: ${verdicts.join(', ')}`
  if (breakdown) line += ` (${breakdown})`
  const warnings = countWarnings(run.tasks)
  if (warnings > 0) line += `; ${plural(warnings, 'warning')}`
  line += '.'
  if (run.skippedByShard > 0) line += ` ${run.skippedByShard} more in other shards.`
  if (run.cancelled) line += ' Cancelled before every task settled.'
  return line
}

/** For a task that never settled: `RUNNING for 30m`, or why nothing can be said. */
export function lastSeen(result: TaskResult, run: RunResult): string {
  if (result.state === null) return 'never read'
  const until = result.settledAt ?? run.finishedAt
  const since = result.stateSince
  if (since === null || until < since) return oneLine(result.state) || '(no state)'
  return `${oneLine(result.state) || '(no state)'} for ${formatDuration(until - since)}`
}

/** How long a task took to settle, or undefined when it did not. */
export function settledAfter(result: TaskResult): string | undefined {
  if (result.settledAt === null || result.settledAt < result.startedAt) return undefined
  return formatDuration(result.settledAt - result.startedAt)
}

/** Node findings grouped by row, in row order, plus the node findings no row claims (kept, never lost). */
export function findingsByRow(result: TaskResult): {
  rows: { row: NodeRow; findings: Finding[] }[]
  unmatched: Finding[]
} {
  const byId = new Map<string, Finding[]>()
  const byName = new Map<string, Finding[]>()
  for (const f of result.findings) {
    if (f.target !== 'node') continue
    if (f.nodeId) push(byId, f.nodeId, f)
    else push(byName, f.nodeName ?? '', f)
  }
  const claimed = new Set<Finding>()
  const rows = result.rows.map((row) => {
    const findings = row.id !== '' ? (byId.get(row.id) ?? []) : (byName.get(row.name ?? '') ?? [])
    const own = findings.filter((f) => !claimed.has(f))
    for (const f of own) claimed.add(f)
    return { row, findings: own }
  })
  const unmatched = result.findings.filter((f) => f.target === 'node' && !claimed.has(f))
  return { rows, unmatched }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

/** Task-wide findings (the task's own state, pending, errors). */
export function taskFindings(result: TaskResult): Finding[] {
  return result.findings.filter((f) => f.target === 'task')
}

/** Verdicts in the order people should read them: what failed, what could not be checked, what is still running, what passed. */
export const VERDICT_ORDER: Record<Verdict, number> = { fail: 0, error: 1, pending: 2, pass: 3 }

/** Reading order of a task: by verdict, a pass with warnings before a clean pass. */
export function readingOrder(result: TaskResult): number {
  const order = VERDICT_ORDER[result.verdict] * 2
  return result.verdict === 'pass' && taskWarnings(result).length === 0 ? order + 1 : order
}

/** Finding kinds grouped by how urgent they are: errors and failures before pending. */
export function findingRank(kind: FindingKind): number {
  return kind === 'pending' ? 1 : 0
}
