// The job summary: markdown for the run page, failing tasks first and expanded, passing ones
// collapsed, every piece of model text escaped, and never over a byte budget.

import { plural } from '../text.js'
import { formatDuration } from '../duration.js'
import type {
  Diagnostic,
  Finding,
  FindingKind,
  NodeRow,
  RunResult,
  RunVerdict,
  TaskResult,
  Verdict
} from '../model.js'
import {
  VERDICT_ORDER,
  findingsByRow,
  footerLine,
  lastSeen,
  settledAfter,
  taskFindings,
  taskTitle,
  taskWhere
} from './describe.js'
import { byteLength, code, md } from './markdown.js'

/**
 * GitHub drops a step summary over 1 MiB (1,048,576 bytes); the default stays clear of it so the
 * runner's own line ending and a second write cannot push it over.
 */
export const SUMMARY_MAX_BYTES = 1_000_000

// Kept free at every step for the closing `</details>` and the note on what was left out.
const CLOSING_RESERVE = 600

const RUN_ICON: Record<RunVerdict, string> = { pass: '✅', fail: '❌', error: '⚠️' }
const TASK_ICON: Record<Verdict, string> = { pass: '✅', fail: '❌', pending: '⏳', error: '⚠️' }

const TABLE_HEAD =
  '| node | name | expected | actual | retry | elapsed | finding |\n' +
  '| :--- | :--- | :--- | :--- | ---: | ---: | :--- |\n'

const FINDING_WORDS: Record<FindingKind, string> = {
  state: 'state',
  missing: 'missing',
  unlisted_failure: 'not listed, not allowed by other_nodes',
  retry: 'retry',
  skip: 'skip',
  error_ignored: 'error_ignored',
  elapsed: 'elapsed',
  pending: 'pending',
  name: 'name',
  error: 'error'
}

/** Collects markdown while it fits under a byte limit. */
class Budget {
  private readonly parts: string[] = []
  private used = 0
  constructor(private readonly limit: number) {}

  /** Adds text if it fits with room left for the closing; says whether it did. */
  add(text: string): boolean {
    const size = byteLength(text)
    if (this.used + size > this.limit - CLOSING_RESERVE) return false
    this.parts.push(text)
    this.used += size
    return true
  }

  /** Adds text whatever its size (headings and closings that must be there). */
  force(text: string): void {
    this.parts.push(text)
    this.used += byteLength(text)
  }

  text(): string {
    return this.parts.join('')
  }
}

/**
 * The job summary of a run as markdown: a headline verdict, then per task a table of its nodes
 * (node, name, expected, actual, retry, elapsed, finding). Failing, erroring and pending tasks come
 * first and expanded; passing ones are collapsed. Past `maxBytes` (UTF-8) it stops adding tasks
 * and rows and says how many were left out.
 */
export function renderSummary(run: RunResult, options: { maxBytes?: number } = {}): string {
  const budget = new Budget(options.maxBytes ?? SUMMARY_MAX_BYTES)
  budget.force(headline(run))

  const ordered = run.tasks
    .map((task, index) => ({ task, index }))
    .sort(
      (a, b) => VERDICT_ORDER[a.task.verdict] - VERDICT_ORDER[b.task.verdict] || a.index - b.index
    )
    .map((entry) => entry.task)

  let tasksLeft = 0
  let rowsLeft = 0
  let stopped = false
  for (const result of ordered) {
    if (stopped) {
      tasksLeft++
      rowsLeft += result.rows.length
      continue
    }
    const shown = renderTask(result, run, budget)
    if (shown === 'none') {
      stopped = true
      tasksLeft++
      rowsLeft += result.rows.length
    } else if (shown.rowsLeft > 0) {
      stopped = true
      rowsLeft += shown.rowsLeft
    }
  }
  if (tasksLeft > 0 || rowsLeft > 0) {
    budget.force(
      `> [!WARNING]\n> ${plural(tasksLeft, 'task')} and ${plural(rowsLeft, 'row')} were left out ` +
        `to keep this summary within GitHub's size limit; the JSON report has everything.\n`
    )
  }
  return budget.text()
}

function headline(run: RunResult): string {
  const lines = [
    `## ${RUN_ICON[run.result]} BKFlow gate: ${run.result}`,
    '',
    `**${md(footerLine(run))}**`,
    ''
  ]
  const facts = [
    `Spec ${code(run.specFile)}`,
    `mode ${run.mode}`,
    `took ${formatDuration(Math.max(0, run.finishedAt - run.startedAt))}`,
    `${plural(run.requests.total, 'request')} to BKFlow`
  ]
  lines.push(facts.join(' · '), '')
  if (run.tasks.length === 0) lines.push('No tasks to check.', '')
  return lines.join('\n') + '\n'
}

/** A failing task with more ok rows than this shows them in a collapsed table under the failing ones. */
const OK_ROWS_INLINE = 5

/** Renders one task; 'none' when not even its heading fits, else how many of its rows did not fit. */
function renderTask(
  result: TaskResult,
  run: RunResult,
  budget: Budget
): 'none' | { rowsLeft: number } {
  const collapsed = result.verdict === 'pass'
  const rows = sortedRows(result)
  const failing = rows.filter((r) => r.row.finding !== 'ok')
  const ok = rows.filter((r) => r.row.finding === 'ok')
  if (!budget.add(collapsed ? collapsedHead(result, run) : expandedHead(result, run))) return 'none'

  const groups =
    collapsed || failing.length === 0 || ok.length <= OK_ROWS_INLINE
      ? [{ open: TABLE_HEAD, close: '', rows }]
      : [
          { open: TABLE_HEAD, close: '', rows: failing },
          {
            open: `\n<details><summary>${plural(ok.length, 'more listed node')} ok</summary>\n\n${TABLE_HEAD}`,
            close: '\n</details>\n',
            rows: ok
          }
        ]
  let rowsLeft = 0
  let stopped = false
  for (const group of groups) {
    if (group.rows.length === 0) continue
    if (stopped || !budget.add(group.open)) {
      stopped = true
      rowsLeft += group.rows.length
      continue
    }
    let shown = 0
    for (const { row, findings } of group.rows) {
      if (!budget.add(rowLine(row, findings, result))) break
      shown++
    }
    budget.force(group.close)
    if (shown < group.rows.length) {
      stopped = true
      rowsLeft += group.rows.length - shown
    }
  }
  budget.force(collapsed ? '\n</details>\n\n' : rows.length > 0 ? '\n' : '')
  return { rowsLeft }
}

function expandedHead(result: TaskResult, run: RunResult): string {
  const lines = [`### ${TASK_ICON[result.verdict]} ${md(taskTitle(result))}: ${result.verdict}`, '']
  if (result.reason) lines.push(`**${md(result.reason)}**`, '')
  lines.push(taskFacts(result, run), '')
  if (result.verdict === 'pending' && result.cancelled) {
    lines.push(
      `The run was cancelled before this task settled: last seen ${md(lastSeen(result, run))}.`,
      ''
    )
  } else if (result.verdict === 'pending') {
    lines.push(
      `It did not settle within its ${formatDuration(result.task.timeoutMs)} timeout: ` +
        `last seen ${md(lastSeen(result, run))}. Raise \`timeout\` if it needs longer.`,
      ''
    )
  }
  if (result.error) {
    lines.push(`Could not be checked (${md(result.error.kind)}): ${md(result.error.message)}`, '')
  }
  const bullets = taskFindings(result)
    .filter(
      (f) => f.kind !== 'pending' && !(f.kind === 'error' && f.message === result.error?.message)
    )
    .map((f) => `- ${taskFindingText(f)}`)
  const unmatched = findingsByRow(result).unmatched.map(
    (f) => `- ${findingIcon(f.kind)} ${md(f.message)}`
  )
  if (bullets.length + unmatched.length > 0) lines.push(...bullets, ...unmatched, '')
  if (result.rows.length === 0 && result.verdict === 'fail') {
    lines.push('No node expectations in the spec.', '')
  }
  return lines.join('\n') + '\n'
}

function collapsedHead(result: TaskResult, run: RunResult): string {
  const parts = [`${TASK_ICON[result.verdict]} ${md(taskTitle(result))}: ${result.verdict}`]
  parts.push(taskFacts(result, run))
  const lines = [`<details><summary>${parts.join(' · ')}</summary>`, '']
  if (result.rows.length === 0)
    lines.push('No node expectations; the other nodes met `other_nodes`.')
  return lines.join('\n') + '\n'
}

/** `task 1042, space 7 · FINISHED after 2m 5s · 27 nodes · 4 requests`, escaped. */
function taskFacts(result: TaskResult, run: RunResult): string {
  const parts = [md(taskWhere(result))]
  const settled = settledAfter(result)
  if (result.state === null) parts.push('never read')
  else if (settled !== undefined) parts.push(`${md(result.state)} after ${settled}`)
  else if (result.verdict !== 'pending') parts.push(`last seen ${md(lastSeen(result, run))}`)
  if (result.tree) parts.push(plural(result.tree.nodes, 'node'))
  parts.push(plural(result.requests, 'request'))
  if (result.cancelled) parts.push('cancelled')
  return parts.join(' · ')
}

function taskFindingText(f: Finding): string {
  if (f.kind === 'state') {
    return `${findingIcon(f.kind)} Task state: expected ${md(f.expected)}, actual **${md(f.actual)}**`
  }
  return `${findingIcon(f.kind)} ${md(f.message)}`
}

/** Rows with a finding first (in their own order), then the rows that are ok. */
function sortedRows(result: TaskResult): { row: NodeRow; findings: Finding[] }[] {
  const { rows } = findingsByRow(result)
  return [
    ...rows.filter((r) => r.row.finding !== 'ok'),
    ...rows.filter((r) => r.row.finding === 'ok')
  ]
}

function rowLine(row: NodeRow, findings: Finding[], result: TaskResult): string {
  const differs = row.finding !== 'ok' && row.actual !== undefined && row.actual !== row.expected
  const expected =
    row.expected !== undefined
      ? md(row.expected)
      : row.listed
        ? ''
        : md(`other_nodes: ${result.task.otherNodes}`)
  const actual =
    row.actual === undefined
      ? '—'
      : differs && stateDiffers(findings)
        ? `**${md(row.actual)}**`
        : md(row.actual)
  const cells = [
    row.id === '' ? '—' : code(row.id),
    row.name === undefined ? '' : md(row.name),
    expected,
    actual,
    row.retry === undefined ? '' : String(row.retry),
    row.elapsedSec === undefined ? '' : formatDuration(row.elapsedSec * 1000),
    findingCell(row, findings)
  ]
  return `| ${cells.join(' | ')} |\n`
}

function stateDiffers(findings: Finding[]): boolean {
  return findings.some((f) => f.kind === 'state' || f.kind === 'unlisted_failure')
}

function findingCell(row: NodeRow, findings: Finding[]): string {
  if (row.finding === 'ok') return 'ok'
  if (findings.length === 0) return `${findingIcon(row.finding)} ${FINDING_WORDS[row.finding]}`
  return findings.map(findingText).join('<br>')
}

function findingText(f: Finding): string {
  const icon = findingIcon(f.kind)
  switch (f.kind) {
    case 'retry':
    case 'skip':
    case 'error_ignored':
    case 'elapsed':
      return `${icon} ${FINDING_WORDS[f.kind]}: expected ${md(f.expected)}, got ${md(f.actual)}`
    case 'name':
    case 'error':
      return `${icon} ${md(f.message)}`
    default:
      return `${icon} ${FINDING_WORDS[f.kind]}`
  }
}

function findingIcon(kind: FindingKind | 'ok'): string {
  if (kind === 'ok') return '✅'
  if (kind === 'pending') return '⏳'
  if (kind === 'name' || kind === 'error') return '⚠️'
  return '❌'
}

/** The job summary for a spec that did not validate: every diagnostic with its place, nothing checked. */
export function renderDiagnosticsSummary(file: string, diagnostics: Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length
  const budget = new Budget(SUMMARY_MAX_BYTES)
  budget.force(
    [
      `## ${RUN_ICON.error} BKFlow gate: the spec is invalid`,
      '',
      `${code(file)} has ${plural(errors, 'error')}${
        diagnostics.length > errors ? ` and ${plural(diagnostics.length - errors, 'warning')}` : ''
      }; nothing was checked. Fix each line below and run again.`,
      '',
      '| line | column | severity | code | problem |',
      '| ---: | ---: | :--- | :--- | :--- |',
      ''
    ].join('\n')
  )
  const sorted = [...diagnostics].sort((a, b) => a.line - b.line || a.column - b.column)
  let shown = 0
  for (const d of sorted) {
    const cells = [String(d.line), String(d.column), d.severity, code(d.code), md(d.message)]
    if (!budget.add(`| ${cells.join(' | ')} |\n`)) break
    shown++
  }
  if (shown < sorted.length) {
    budget.force(
      `\n> [!WARNING]\n> ${plural(sorted.length - shown, 'problem')} more were left out.\n`
    )
  }
  return budget.text()
}

/**
 * The job summary of a run that could not start: `headline` (e.g. "the inputs are invalid") and
 * one bullet per problem, escaped. Without it the run page would show nothing but the log.
 */
export function renderErrorSummary(headline: string, problems: readonly string[]): string {
  const budget = new Budget(SUMMARY_MAX_BYTES)
  budget.force(`## ${RUN_ICON.error} BKFlow gate: ${md(headline)}\n\nNothing was checked.\n\n`)
  let shown = 0
  for (const problem of problems) {
    if (!budget.add(`- ${md(problem)}\n`)) break
    shown++
  }
  if (shown < problems.length) {
    budget.force(`\n${plural(problems.length - shown, 'problem')} more were left out.\n`)
  }
  return budget.text()
}
