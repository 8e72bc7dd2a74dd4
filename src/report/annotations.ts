// Annotations: one error per finding, on the spec line that declared the expectation, capped as
// GitHub shows them (about 10 per severity per step), most important first.

import path from 'node:path'
import { nodeLabel } from '../check/labels.js'
import {
  INLINE_SPEC_FILE,
  type Diagnostic,
  type Finding,
  type RunResult,
  type SourceRange,
  type TaskResult
} from '../model.js'
import { plural } from '../text.js'
import { findingRank, taskTitle } from './describe.js'
import { oneLine } from './redact.js'
import { sharedErrors, type SharedError } from './shared-errors.js'

/** One annotation for the runner to emit (`::error file=…,line=…::message`). */
export interface Annotation {
  level: 'error' | 'warning' | 'notice'
  message: string
  title: string
  file: string
  startLine: number
  startColumn?: number
  endLine?: number
  endColumn?: number
}

/**
 * GitHub shows at most 10 annotations of one severity per step; the rest would be lost silently.
 * The step's failure message (`setFailed`) is itself an error annotation, so findings and problems
 * get one error fewer.
 */
export const MAX_ANNOTATIONS = 10

// The wiring names a spec given inline this way; it has no file to annotate.

/** A spec path as annotations need it: relative to the workspace when inside it, forward slashes. */
export function annotationPath(file: string, workspace?: string): string {
  if (file === '' || file === INLINE_SPEC_FILE) return ''
  let result = file
  if (workspace && path.isAbsolute(file)) {
    const relative = path.relative(workspace, file)
    if (relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative))
      result = relative
  }
  result = result.split(path.sep).join('/').replace(/\\/g, '/')
  return result.startsWith('./') ? result.slice(2) : result
}

/**
 * The place of a range: its first line and column, and its end only when it is on the same line.
 * GitHub drops columns from multi-line annotations, and a spec entry spans several lines, so a
 * multi-line entry is pinned to the line and column where it starts.
 */
function place(
  range: SourceRange,
  workspace?: string
): Omit<Annotation, 'level' | 'message' | 'title'> {
  const line = positive(range.line)
  const column = positive(range.column)
  const single = range.endLine === range.line && range.endColumn > range.column
  return {
    file: annotationPath(range.file, workspace),
    startLine: line,
    startColumn: column,
    endLine: line,
    ...(single ? { endColumn: range.endColumn } : {})
  }
}

function positive(value: number): number {
  return Number.isInteger(value) && value > 0 ? value : 1
}

interface Candidate {
  rank: number
  position: number
  taskIndex: number
  annotation: Annotation
}

/**
 * One error annotation per finding of the run, at the spec entry that declared it, titled with
 * the task and node. At most `max - 1` errors (`max` defaults to 10; the step's failure message is
 * the last one), errors and failures before pending, taking each
 * task's findings in turn so that one noisy task cannot hide the others; then one notice that
 * says how many more are in the job summary. An error several tasks share is one annotation.
 */
export function toAnnotations(
  run: RunResult,
  options: { workspace?: string; max?: number } = {}
): Annotation[] {
  const candidates: Candidate[] = []
  // A run-wide error (a wrong secret, say) is one annotation, on its first task's entry.
  const groupOf = new Map<TaskResult, SharedError>()
  for (const group of sharedErrors(run.tasks)) for (const t of group.tasks) groupOf.set(t, group)
  run.tasks.forEach((result, taskIndex) => {
    const group = groupOf.get(result)
    if (group && group.tasks[0] !== result) return
    const findings = findingsOf(result)
    findings.forEach((finding, position) => {
      const shared = group && finding.kind === 'error' && finding.target === 'task'
      candidates.push({
        rank: findingRank(finding.kind),
        position,
        taskIndex,
        annotation: {
          level: 'error',
          title: shared
            ? `${plural(group.tasks.length, 'task')}: could not check`
            : titleOf(result, finding),
          message: shared
            ? `${oneLine(group.message)} Affected: ${listTasks(group.tasks)}.`
            : oneLine(finding.message) ||
              `${finding.kind}: expected ${oneLine(finding.expected)}, got ${oneLine(finding.actual)}`,
          ...place(finding.range, options.workspace)
        }
      })
    })
  })
  candidates.sort((a, b) => a.rank - b.rank || a.position - b.position || a.taskIndex - b.taskIndex)
  return capped(
    candidates.map((c) => c.annotation),
    options.max ?? MAX_ANNOTATIONS,
    annotationPath(run.specFile, options.workspace),
    'finding'
  )
}

/** A task's findings, plus one for an error the engine reported without a finding (never dropped). */
function findingsOf(result: TaskResult): Finding[] {
  const findings = [...result.findings]
  if (result.error && !findings.some((f) => f.kind === 'error')) {
    findings.unshift({
      kind: 'error',
      target: 'task',
      expected: 'a readable task',
      actual: result.error.kind,
      message: result.error.message,
      range: result.task.range
    })
  }
  if (result.verdict === 'pending' && !findings.some((f) => f.kind === 'pending')) {
    findings.push({
      kind: 'pending',
      target: 'task',
      expected: result.task.states.join(' | '),
      actual: result.state ?? 'never read',
      message: result.reason,
      range: result.task.range
    })
  }
  return findings
}

/** The tasks a shared error affected, the first few by name. */
function listTasks(tasks: readonly TaskResult[]): string {
  const shown = tasks.slice(0, MAX_LISTED).map(taskTitle)
  const more = tasks.length - shown.length
  return more > 0 ? `${shown.join(', ')} and ${more} more` : shown.join(', ')
}
const MAX_LISTED = 10

/** `deploy-prod: node "Deploy backend"`, `task 1042 (space 7): task state`. */
function titleOf(result: TaskResult, finding: Finding): string {
  const task = taskTitle(result)
  if (finding.target === 'node') {
    const name = finding.nodeName === undefined ? undefined : oneLine(finding.nodeName)
    return `${task}: ${nodeLabel(finding.nodeId ?? '', name)}`
  }
  if (finding.kind === 'state') return `${task}: task state`
  if (finding.kind === 'pending') return `${task}: not settled`
  if (finding.kind === 'error') return `${task}: could not check`
  return `${task}: task`
}

/**
 * Keeps at most `max` per severity (in order), one error fewer for the step's failure message, and
 * adds one notice for what was dropped.
 */
function capped(all: Annotation[], max: number, file: string, noun: string): Annotation[] {
  const limit = Math.max(0, Math.floor(max))
  const kept: Annotation[] = []
  const perLevel = new Map<string, number>()
  let dropped = 0
  for (const a of all) {
    const n = perLevel.get(a.level) ?? 0
    if (n >= (a.level === 'error' ? limit - 1 : limit)) {
      dropped++
      continue
    }
    perLevel.set(a.level, n + 1)
    kept.push(a)
  }
  if (dropped > 0) {
    kept.push({
      level: 'notice',
      title: 'bkflow-gate',
      message: `${plural(dropped, `more ${noun}`, `more ${noun}s`)} ${dropped === 1 ? 'is' : 'are'} in the job summary.`,
      file,
      startLine: 1
    })
  }
  return kept
}

/**
 * Spec diagnostics as annotations at their lines and columns, errors first, capped like findings
 * (an invalid spec fails the step, whose message is one more error).
 */
export function diagnosticsToAnnotations(
  diagnostics: Diagnostic[],
  options: { workspace?: string; max?: number } = {}
): Annotation[] {
  const sorted = [...diagnostics].sort(
    (a, b) =>
      (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) ||
      a.line - b.line ||
      a.column - b.column
  )
  const all = sorted.map((d): Annotation => ({
    level: d.severity,
    title: `bkflow-gate spec: ${d.code}`,
    message: oneLine(d.message),
    ...place(d, options.workspace)
  }))
  const file = diagnostics.length > 0 ? annotationPath(diagnostics[0].file, options.workspace) : ''
  return capped(all, options.max ?? MAX_ANNOTATIONS, file, 'problem')
}
