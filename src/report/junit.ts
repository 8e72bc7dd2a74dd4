// JUnit XML for the rest of CI (test dashboards, GitLab, Jenkins, test-reporter actions): one
// testsuite per task, one testcase per expectation. Pure: a run in, the XML text out.
//
// The shape keeps to the common JUnit schema (Jenkins' junit-10.xsd, which most readers accept):
// testsuites > testsuite (properties?, testcase*, system-out?) > testcase (skipped? | error | failure,
// system-out?), times in seconds with three decimals, timestamps without a zone (UTC). Spec lines
// go in the failure text, because `file`/`line` attributes are not in that schema.

import { formatDuration } from '../duration.js'
import { nodeLabel } from '../check/labels.js'
import {
  ERROR_FINDINGS,
  TERMINAL_STATES,
  type Finding,
  type NodeExpectation,
  type RunResult,
  type SourceRange,
  type TaskResult
} from '../model.js'
import { plural } from '../text.js'
import {
  findingsByRow,
  lastSeen,
  settledAfter,
  taskFindings,
  taskTitle,
  taskWhere
} from './describe.js'
import { plainLines, plainText } from '../safe-text.js'
import { oneLine } from './redact.js'

/** How one expectation came out, as JUnit says it. */
type Outcome =
  | { kind: 'passed' }
  | { kind: 'skipped'; message: string }
  | { kind: 'failure' | 'error'; type: string; message: string; body: string }

interface TestCase {
  name: string
  timeSec?: number
  outcome: Outcome
}

/** A message attribute stays one readable line; the element's text has the rest. */
const MAX_MESSAGE_CHARS = 1000

/** Renders the JUnit XML of a run: a `testsuites` root with one `testsuite` per task. */
export function renderJunit(run: RunResult): string {
  const suites = run.tasks.map((result) => suiteOf(result, run))
  const cases = suites.flatMap((s) => s.cases)
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites${attrs({
      name: `bkflow-gate: ${run.specFile}`,
      tests: cases.length,
      failures: countOf(cases, 'failure'),
      errors: countOf(cases, 'error'),
      time: seconds(run.finishedAt - run.startedAt)
    })}>`
  ]
  for (const suite of suites) lines.push(...suite.xml)
  lines.push('</testsuites>', '')
  return lines.join('\n')
}

function suiteOf(result: TaskResult, run: RunResult): { cases: TestCase[]; xml: string[] } {
  const name = taskTitle(result)
  const cases = [taskCase(result, run), ...nodeCases(result, run)]
  const xml = [
    `  <testsuite${attrs({
      name,
      tests: cases.length,
      failures: countOf(cases, 'failure'),
      errors: countOf(cases, 'error'),
      skipped: countOf(cases, 'skipped'),
      time: seconds(taskElapsedMs(result, run)),
      timestamp: timestamp(result.startedAt)
    })}>`,
    '    <properties>',
    ...properties(result).map(([key, value]) => `      <property${attrs({ name: key, value })}/>`),
    '    </properties>'
  ]
  for (const c of cases) xml.push(...caseXml(c, name))
  xml.push(`    <system-out>${content(systemOut(result, run))}</system-out>`, '  </testsuite>')
  return { cases, xml }
}

/** From the task's first poll until it settled (or the run ended, when it did not). */
function taskElapsedMs(result: TaskResult, run: RunResult): number {
  return (result.settledAt ?? run.finishedAt) - result.startedAt
}

function properties(result: TaskResult): [string, string][] {
  const { task } = result
  const list: [string, string][] = [['task_id', String(task.taskId)]]
  if (task.spaceId !== undefined) list.push(['space_id', String(task.spaceId)])
  if (task.label) list.push(['label', task.label])
  list.push(['spec', task.range.file], ['verdict', result.verdict])
  if (result.state !== null) list.push(['state', result.state])
  return list
}

/** The task's own state: the first testcase, and where an unreadable task's error goes. */
function taskCase(result: TaskResult, run: RunResult): TestCase {
  const { task } = result
  const name = `task state is ${task.states.join(' | ')}`
  const timeSec = taskElapsedMs(result, run) / 1000
  if (unreadable(result)) {
    const error = result.error ?? { kind: 'error', message: result.reason }
    const outcome: Outcome = {
      kind: 'error',
      type: error.kind,
      message: `could not check: ${error.message}`,
      body: [error.message, at(task.range)].join('\n')
    }
    return { name, timeSec, outcome }
  }
  if (result.verdict === 'pending') return { name, timeSec, outcome: pendingOutcome(result, run) }
  return { name, timeSec, outcome: findingsOutcome(taskFindings(result)) }
}

/** The task itself could not be read (not found, no permission, retries exhausted). */
function unreadable(result: TaskResult): boolean {
  return (
    result.error !== undefined ||
    taskFindings(result).some((f) => f.kind === 'error') ||
    (result.verdict === 'error' && result.rows.length === 0)
  )
}

/**
 * Whether the task's tree was judged, so its rows say something about every node entry. A compared
 * task has one row per entry; an unread, pending or (mode check) unsettled task has none. A failing
 * task without entries and rows was judged only if it settled: terminal or FAILED.
 */
function treeJudged(result: TaskResult): boolean {
  if (result.verdict === 'pending' || unreadable(result)) return false
  if (result.rows.length > 0 || result.verdict === 'pass') return true
  const state = result.state
  return (
    result.task.nodes.length === 0 &&
    state !== null &&
    (TERMINAL_STATES.has(state) || state === 'FAILED')
  )
}

/**
 * Each listed node (and, under a subprocess node, each of its own entries), then one testcase for
 * the nodes the spec does not list (unless ignored).
 */
function nodeCases(result: TaskResult, run: RunResult): TestCase[] {
  const { task } = result
  const grouped = findingsByRow(result)
  // A judged tree starts with one listed row per node entry, in spec order (rows from inside
  // subprocesses and unlisted rows follow).
  const own = grouped.rows.slice(0, task.nodes.length)
  const judged =
    treeJudged(result) && own.length === task.nodes.length && own.every((r) => r.row.listed)
  const notJudged = notJudgedOutcome(result, run)
  const cases: TestCase[] = []
  task.nodes.forEach((node, i) => {
    const entry = judged ? own[i] : undefined
    const name = entryLabel(node)
    cases.push({
      name: `${name} is ${node.states.join(' | ')}`,
      timeSec: entry?.row.elapsedSec,
      outcome: entry ? findingsOutcome(entry.findings) : notJudged
    })
    const inside = !entry
      ? notJudged
      : childrenChecked(entry.findings)
        ? undefined
        : skippedInside(name)
    cases.push(...subprocessCases(node, name, result.findings, inside))
  })
  if (task.otherNodes !== 'ignore' || grouped.unmatched.length > 0) {
    const unlisted = grouped.rows.filter((r) => !r.row.listed).flatMap((r) => r.findings)
    cases.push({
      name: `other nodes: ${task.otherNodes}`,
      outcome: judged ? findingsOutcome([...unlisted, ...grouped.unmatched]) : notJudged
    })
  }
  return cases
}

/**
 * The entries of a subprocess node's own `nodes:`, at any depth, named under the node
 * (`node n5f0c2b… › node "Migrate DB" is FINISHED`). Their findings are the node findings declared
 * at their spec entry; `notChecked` when the child task was not checked (the node is missing, or
 * the child could not be read).
 */
function subprocessCases(
  owner: NodeExpectation,
  ownerName: string,
  findings: readonly Finding[],
  notChecked: Outcome | undefined
): TestCase[] {
  const cases: TestCase[] = []
  for (const node of owner.subprocess?.nodes ?? []) {
    const name = `${ownerName} › ${entryLabel(node)}`
    const own = findings.filter(
      (f) => f.target === 'node' && f.kind !== 'unlisted_failure' && sameRange(f.range, node.range)
    )
    cases.push({
      name: `${name} is ${node.states.join(' | ')}`,
      outcome: notChecked ?? findingsOutcome(own)
    })
    const inside = notChecked ?? (childrenChecked(own) ? undefined : skippedInside(name))
    cases.push(...subprocessCases(node, name, findings, inside))
  }
  return cases
}

/** A subprocess node's child was checked unless the node is missing or could not be followed. */
function childrenChecked(findings: readonly Finding[]): boolean {
  return !findings.some((f) => f.kind === 'missing' || ERROR_FINDINGS.has(f.kind))
}

function skippedInside(name: string): Outcome {
  return { kind: 'skipped', message: `not judged: ${name} was not checked` }
}

function sameRange(a: SourceRange, b: SourceRange): boolean {
  return a.file === b.file && a.line === b.line && a.column === b.column
}

/**
 * A node entry as testcases name it, from the spec alone (`node n5f0c2b…`, `node "Smoke test"`), so
 * that names stay the same from run to run and dashboards can keep their history; the failure
 * text names the node as the tree showed it.
 */
function entryLabel(node: NodeExpectation): string {
  return nodeLabel(node.id ?? '', node.id ? undefined : node.name)
}

/** Nodes of a task whose tree was not judged: an error when the task could not be read, else skipped. */
function notJudgedOutcome(result: TaskResult, run: RunResult): Outcome {
  if (unreadable(result)) {
    const error = result.error ?? { kind: 'error', message: result.reason }
    return {
      kind: 'error',
      type: error.kind,
      message: 'not checked: the task could not be read',
      body: error.message
    }
  }
  if (result.verdict === 'pending') return pendingOutcome(result, run)
  return { kind: 'skipped', message: `not judged: ${result.reason}` }
}

function pendingOutcome(result: TaskResult, run: RunResult): Outcome {
  return {
    kind: 'skipped',
    message: `pending: the task did not settle (last seen ${lastSeen(result, run)}); the gate counts it as not met`
  }
}

/** No finding passes; a finding that means "could not be checked" is an error, any other a failure. */
function findingsOutcome(all: readonly Finding[]): Outcome {
  // Warnings (severity: warn) never fail a testcase; they are in the suite's system-out.
  const findings = all.filter((f) => f.severity !== 'warn')
  if (findings.length === 0) return { kind: 'passed' }
  const isError = findings.every((f) => ERROR_FINDINGS.has(f.kind))
  return {
    kind: isError ? 'error' : 'failure',
    type: [...new Set(findings.map((f) => f.kind))].join(' '),
    message: findings.map((f) => f.message).join('; '),
    body: findings.map(findingText).join('\n\n')
  }
}

/** One finding in full: what differs, expected and actual, and the spec line that asked for it. */
function findingText(f: Finding): string {
  return [f.message, `expected: ${f.expected}`, `actual: ${f.actual}`, at(f.range)].join('\n')
}

function at(range: SourceRange): string {
  return range.file ? `at ${range.file}:${range.line}:${range.column}` : ''
}

/** What the plan says about the task beyond its findings: where it is, how it settled, retried nodes. */
function systemOut(result: TaskResult, run: RunResult): string {
  const settled = settledAfter(result)
  const facts = [taskWhere(result)]
  if (result.state === null) facts.push('never read')
  else if (settled !== undefined) facts.push(`${oneLine(result.state)} after ${settled}`)
  else facts.push(`last seen ${lastSeen(result, run)}`)
  if (result.tree) facts.push(plural(result.tree.nodes, 'node'))
  facts.push(plural(result.requests, 'request'))
  const lines = [`${result.verdict}: ${result.reason}`, facts.join(' · ')]
  for (const f of result.findings) if (f.severity === 'warn') lines.push(`warning: ${f.message}`)
  for (const row of result.rows) {
    if (row.reason) lines.push(`reason of ${nodeLabel(row.id, row.name)}: ${row.reason.line}`)
  }
  for (const row of result.rows) {
    if (row.finding === 'ok' && row.retry !== undefined && row.retry > 0) {
      const elapsed =
        row.elapsedSec === undefined ? '' : ` in ${formatDuration(row.elapsedSec * 1000)}`
      lines.push(
        `${nodeLabel(row.id, row.name)} ${row.actual ?? ''} after ${plural(row.retry, 'retry', 'retries')}${elapsed}`
      )
    }
  }
  if (result.cancelled) lines.push('The run was cancelled before this task settled.')
  return lines.join('\n')
}

function caseXml(c: TestCase, classname: string): string[] {
  const open = `    <testcase${attrs({
    name: c.name,
    classname,
    time: c.timeSec === undefined ? undefined : seconds(c.timeSec * 1000)
  })}`
  const o = c.outcome
  if (o.kind === 'passed') return [`${open}/>`]
  if (o.kind === 'skipped')
    return [
      `${open}>`,
      `      <skipped${attrs({ message: message(o.message) })}/>`,
      '    </testcase>'
    ]
  return [
    `${open}>`,
    `      <${o.kind}${attrs({ message: message(o.message), type: o.type })}>${content(o.body)}</${o.kind}>`,
    '    </testcase>'
  ]
}

function countOf(cases: readonly TestCase[], kind: Outcome['kind']): number {
  return cases.filter((c) => c.outcome.kind === kind).length
}

/** Seconds with three decimals, as JUnit readers expect (`12.500`); a bad clock gives 0. */
function seconds(ms: number): string {
  return (Number.isFinite(ms) && ms > 0 ? ms / 1000 : 0).toFixed(3)
}

/** ISO 8601 without a zone (the schema's pattern); the time is UTC. */
function timestamp(ms: number): string {
  const valid = Number.isFinite(ms) && ms >= 0 && ms <= 8.64e15
  return new Date(valid ? ms : 0).toISOString().slice(0, 19)
}

function message(text: string): string {
  const line = oneLine(text)
  return line.length > MAX_MESSAGE_CHARS
    ? `${Array.from(line)
        .slice(0, MAX_MESSAGE_CHARS - 1)
        .join('')}…`
    : line
}

// ---------------------------------------------------------------- XML escaping

// XML 1.0 allows only #x9 #xA #xD, #x20–#xD7FF, #xE000–#xFFFD and #x10000–#x10FFFF; a parser
// rejects the whole file for one other character, so they are dropped (lone surrogates too, by the
// `u` flag). C1 controls are allowed but discouraged, and never mean anything here.
const NOT_XML = /[^\t\n\r\u0020-\u007E\u00A0-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu

/**
 * Model text as XML character data: through the shared text safety (secrets masked, controls and
 * bidi overrides removed, line breaks kept), then what XML 1.0 forbids dropped and markup escaped.
 */
function content(text: string): string {
  return xmlEscape(plainLines(text))
}

function xmlEscape(text: string): string {
  return text
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
}

/** Attributes in order, each value one safe line, escaped (quotes too). */
function attrs(values: Record<string, string | number | undefined>): string {
  let out = ''
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) continue
    out += ` ${key}="${xmlEscape(plainText(String(value))).replace(/"/g, '&quot;')}"`
  }
  return out
}
