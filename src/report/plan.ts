// The plan: what the console and the CLI print, one block per task with Terraform-like lines.

import { plural } from '../text.js'
import { policyOf } from '../check/index.js'
import { nodeLabel } from '../check/labels.js'
import type { Finding, FindingKind, NodeRow, RunResult, TaskResult } from '../model.js'
import {
  findingsByRow,
  footerLine,
  lastSeen,
  settledAfter,
  taskFindings,
  taskTitle,
  taskWhere
} from './describe.js'
import { oneLine } from './redact.js'
import { sharedErrors, type SharedError } from './shared-errors.js'
import { LEGEND, SYMBOLS, findingPaint, paint, verdictPaint } from './symbols.js'

/** The rendered plan: one block per task (a log group in the action), a one-line footer, and the symbol legend ('' when nothing differs). */
export interface Plan {
  blocks: { title: string; body: string }[]
  footer: string
  legend: string
}

/**
 * Renders the plan of a run; pure. Colour is ANSI escapes, only when asked for. An error that
 * several tasks share (a wrong secret, say) is one block, where its first task would be.
 */
export function renderPlan(run: RunResult, options: { color: boolean }): Plan {
  const groupOf = new Map<TaskResult, SharedError>()
  for (const group of sharedErrors(run.tasks)) for (const t of group.tasks) groupOf.set(t, group)
  const blocks: Plan['blocks'] = []
  for (const result of run.tasks) {
    const group = groupOf.get(result)
    if (!group) blocks.push(renderBlock(result, run, options.color))
    else if (group.tasks[0] === result) blocks.push(renderShared(group, run, options.color))
  }
  const anyFinding = run.tasks.some((t) => t.findings.length > 0 || t.verdict !== 'pass')
  return { blocks, footer: footerLine(run), legend: anyFinding ? LEGEND : '' }
}

/** The plan as one text for the CLI: the blocks, the footer, then the legend. */
export function planText(run: RunResult, options: { color: boolean }): string {
  const plan = renderPlan(run, options)
  const parts = plan.blocks.map((b) => (b.body ? `${b.title}\n${b.body}` : b.title))
  parts.push(plan.legend ? `${plan.footer}\n${plan.legend}` : plan.footer)
  return parts.join('\n\n') + '\n'
}

function renderBlock(
  result: TaskResult,
  run: RunResult,
  color: boolean
): { title: string; body: string } {
  const verdict = paint(result.verdict, verdictPaint(result.verdict), color)
  const reason = oneLine(result.reason)
  const title = `${paint(taskTitle(result), 'bold', color)}: ${verdict}${reason ? ` — ${reason}` : ''}`

  const lines = [`  ${taskInfo(result, run)}`]
  // The task's own state first: it is what the verdict mostly rests on.
  for (const f of taskFindings(result)) lines.push(line(f.kind, taskLine(f, result, run), color))
  if (result.verdict === 'pending' && !result.findings.some((f) => f.kind === 'pending')) {
    lines.push(line('pending', `not settled: last seen ${lastSeen(result, run)}`, color))
  }
  if (result.error && !result.findings.some((f) => f.target === 'task' && f.kind === 'error')) {
    lines.push(
      line('error', `${oneLine(result.error.kind)}: ${oneLine(result.error.message)}`, color)
    )
  }
  const grouped = findingsByRow(result)
  let ok = 0
  let retried = 0
  for (const { row, findings } of grouped.rows) {
    // A node that passed after retries is worth a line: the retry is news even when it is allowed.
    if (row.finding === 'ok' && row.retry !== undefined && row.retry > 0) {
      const label = nodeLabel(row.id, row.name === undefined ? undefined : oneLine(row.name))
      const text = `${label} ${oneLine(row.actual ?? '')} (retry ${row.retry})${byTemplate(row)}`
      lines.push(line('ok', text, color))
      retried++
    } else if (row.finding === 'ok') ok++
    else lines.push(rowLine(row, findings, result, color))
  }
  for (const f of grouped.unmatched) {
    const name = f.nodeName === undefined ? undefined : oneLine(f.nodeName)
    lines.push(line(f.kind, `${nodeLabel(f.nodeId ?? '', name)} ${detail(f, result)}`, color))
  }
  if (ok > 0) lines.push(`    ${plural(ok, retried > 0 ? 'other listed node' : 'listed node')} ok`)
  return { title, body: lines.join('\n') }
}

/** `3 tasks: error — <the message>`, then one line per task it affected. */
function renderShared(
  group: SharedError,
  run: RunResult,
  color: boolean
): { title: string; body: string } {
  const verdict = paint('error', verdictPaint('error'), color)
  const count = paint(plural(group.tasks.length, 'task'), 'bold', color)
  const title = `${count}: ${verdict} — ${oneLine(group.message)}`
  const lines = group.tasks.map((result) => {
    const label = result.task.label ? `${oneLine(result.task.label)} · ` : ''
    return line('error', `${label}${taskInfo(result, run)}`, color)
  })
  return { title, body: lines.join('\n') }
}

function line(kind: FindingKind | 'ok', text: string, color: boolean): string {
  return `  ${paint(SYMBOLS[kind], findingPaint(kind), color)} ${text}`
}

/** `task 1042, space 7 · FINISHED after 2m 5s · 27 nodes · 4 requests`. */
function taskInfo(result: TaskResult, run: RunResult): string {
  const parts = [taskWhere(result)]
  const settled = settledAfter(result)
  if (result.state === null) parts.push('never read')
  else if (settled !== undefined) parts.push(`${oneLine(result.state)} after ${settled}`)
  else parts.push(`last seen ${lastSeen(result, run)}`)
  if (result.tree) parts.push(plural(result.tree.nodes, 'node'))
  parts.push(plural(result.requests, 'request'))
  if (result.cancelled) parts.push('cancelled')
  return parts.join(' · ')
}

function rowLine(row: NodeRow, findings: Finding[], result: TaskResult, color: boolean): string {
  const label = nodeLabel(row.id, row.name === undefined ? undefined : oneLine(row.name))
  const details =
    findings.length > 0
      ? findings.map((f) => detail(f, result))
      : [`${row.finding}: ${row.expected ?? '?'} -> ${row.actual ?? 'absent'}`]
  if (findings.some((f) => f.kind === 'state') && row.retry !== undefined && row.retry > 0) {
    details[0] += ` (retry ${row.retry})`
  }
  return line(row.finding, `${label} ${details.join('; ')}${byTemplate(row)}`, color)
}

/** Rows found by a template node id say so: the id in the label is this task's runtime one. */
function byTemplate(row: NodeRow): string {
  return row.idKind === 'template' ? ' (by template node id)' : ''
}

/** What a node finding says after the node's label. */
function detail(f: Finding, result: TaskResult): string {
  const expected = oneLine(f.expected)
  const actual = oneLine(f.actual)
  switch (f.kind) {
    case 'state':
      return `${expected} -> ${actual}`
    case 'missing':
      return `missing (expected ${expected})`
    case 'unlisted_failure':
      return `${actual}, not listed (other_nodes: ${policyOf(f) ?? result.task.otherNodes})`
    case 'retry':
    case 'skip':
    case 'error_ignored':
    case 'elapsed':
      return `${f.kind} ${expected} -> ${actual}`
    case 'name':
      return `unresolved: ${oneLine(f.message)}`
    default:
      return oneLine(f.message)
  }
}

function taskLine(f: Finding, result: TaskResult, run: RunResult): string {
  switch (f.kind) {
    case 'state':
      return `task ${oneLine(f.expected)} -> ${oneLine(f.actual)}`
    case 'pending':
      return `not settled: last seen ${lastSeen(result, run)}, expected ${oneLine(f.expected)}`
    case 'error':
      return `could not check: ${oneLine(f.message)}`
    default:
      return `task ${oneLine(f.message)}`
  }
}
