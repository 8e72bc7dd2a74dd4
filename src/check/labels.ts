// How nodes, tasks and expected values are written in findings, messages and the plan.

import { formatDuration } from '../duration.js'
import type { TaskExpectation } from '../model.js'
import { plainText } from '../safe-text.js'

/** Characters of a node id kept in labels: BKFlow ids are 32 chars, the first 7 tell them apart. */
const SHORT_ID_LENGTH = 7

/** Text from a payload or the spec made safe for a one-line message (see plainText). */
export function oneLine(text: string): string {
  return plainText(text)
}

/** A node id shortened for display, `n5f0c2b…`; short ids are kept whole, a missing one reads `(no id)`. */
export function shortId(id: string): string {
  if (id === '') return '(no id)'
  return id.length > SHORT_ID_LENGTH + 1 ? `${oneLine(id.slice(0, SHORT_ID_LENGTH))}…` : oneLine(id)
}

/** How a node is named in messages and the plan: `node "Deploy backend" (n5f0c2b…)`, or `node n5f0c2b…` without a name. */
export function nodeLabel(id: string, name?: string): string {
  if (name !== undefined && name !== '') {
    const quoted = `"${oneLine(name)}"`
    return id === '' ? `node ${quoted}` : `node ${quoted} (${shortId(id)})`
  }
  return `node ${shortId(id)}`
}

/** How a task is named in messages: `task 101`, or `task "deploy-prod" (101)` when it has a label. */
export function taskLabel(task: TaskExpectation): string {
  return task.label ? `task "${oneLine(task.label)}" (${task.taskId})` : `task ${task.taskId}`
}

/** Accepted states as one string, `FINISHED | FAILED`. */
export function formatStates(states: readonly string[]): string {
  return states.length > 0 ? states.join(' | ') : '(none)'
}

/** A reported state for display; an empty one (a defensive parser's default) reads `(no state)`. */
export function formatState(state: string): string {
  return state === '' ? '(no state)' : oneLine(state)
}

/** An upper bound as the plan shows it: `≤ 0`, `≤ 10m`. */
export function atMost(value: string): string {
  return `≤ ${value}`
}

/** A duration bound from the spec: like formatDuration, but `1500ms` rather than a rounded `2s`. */
export function formatLimit(ms: number): string {
  return ms >= 1000 && ms % 1000 !== 0 ? `${ms}ms` : formatDuration(ms)
}

/** Elapsed seconds as the plan shows them: `12m 5s`. */
export function formatElapsed(elapsedSec: number): string {
  return formatDuration(elapsedSec * 1000)
}
