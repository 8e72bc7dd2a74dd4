// How nodes, tasks and expected values are written in findings, messages and the plan.

import { formatDuration } from '../duration.js'
import type { TaskExpectation } from '../model.js'
import { plainText } from '../safe-text.js'

/**
 * The fewest characters of a node id kept in labels. BKFlow ids are `n` + 31 hex; 8 characters
 * tell a task's nodes apart almost always, and `uniquePrefixLengths` lengthens the ones that share it.
 */
export const MIN_ID_PREFIX = 8

/** Text from a payload or the spec made safe for a one-line message (see plainText). */
export function oneLine(text: string): string {
  return plainText(text)
}

/** A node id shortened for display, `n5f0c2b7…`; short ids are kept whole, a missing one reads `(no id)`. */
export function shortId(id: string, length = MIN_ID_PREFIX): string {
  if (id === '') return '(no id)'
  return id.length > length + 1 ? `${oneLine(id.slice(0, length))}…` : oneLine(id)
}

/** How ids are shortened within one task: each to a prefix no other id of the task shares. */
export type ShortIds = (id: string) => string

/**
 * For each distinct id, the length of its shortest prefix (at least MIN_ID_PREFIX) that no other id
 * in `ids` starts with. Sorted neighbours share the longest prefixes, so one sort finds them all.
 */
export function uniquePrefixLengths(ids: Iterable<string>): Map<string, number> {
  const sorted = [...new Set(ids)].filter((id) => id !== '').sort()
  const lengths = new Map<string, number>()
  for (const id of sorted) lengths.set(id, Math.min(id.length, MIN_ID_PREFIX))
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1]
    const b = sorted[i]
    let common = 0
    while (common < a.length && common < b.length && a[common] === b[common]) common++
    for (const id of [a, b]) {
      lengths.set(id, Math.max(lengths.get(id) ?? 0, Math.min(id.length, common + 1)))
    }
  }
  return lengths
}

/** A ShortIds over `ids`, computed on first use (most tasks never need a label). */
export function shortIdsFor(ids: () => Iterable<string>): ShortIds {
  let lengths: Map<string, number> | undefined
  return (id) => {
    lengths ??= uniquePrefixLengths(ids())
    return shortId(id, lengths.get(id) ?? MIN_ID_PREFIX)
  }
}

/** How a node is named in messages and the plan: `node "Deploy backend" (n5f0c2b7…)`, or `node n5f0c2b7…` without a name. */
export function nodeLabel(id: string, name?: string, short: ShortIds = shortId): string {
  if (name !== undefined && name !== '') {
    const quoted = `"${oneLine(name)}"`
    return id === '' ? `node ${quoted}` : `node ${quoted} (${short(id)})`
  }
  return `node ${short(id)}`
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
