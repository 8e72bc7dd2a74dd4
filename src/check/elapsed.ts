// Whether a node's elapsed time can be believed. A node re-entered by a loop shows the previous
// loop's finish time, so BKFlow computes a negative elapsed time for it (bkflow-api.md §4).

import type { TreeNode } from '../model.js'

/** States that archive a node and so set its finish time (bkflow-api.md §2.1). */
const ARCHIVED: ReadonlySet<string> = new Set(['FINISHED', 'FAILED', 'REVOKED'])

// `2026-08-21 11:40:41 +0800` (state tree) or `…+0800` (detail); other forms are left unread.
const BKFLOW_TIME = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}) ?([+-]\d{2})(\d{2})$/

/** Epoch ms of a BKFlow time, or undefined when it is not in BKFlow's format. */
export function parseBkflowTime(text: string | null): number | undefined {
  if (text === null) return undefined
  const m = BKFLOW_TIME.exec(text.trim())
  if (!m) return undefined
  const ms = Date.parse(`${m[1]}T${m[2]}${m[3]}:${m[4]}`)
  return Number.isNaN(ms) ? undefined : ms
}

/**
 * The node's elapsed seconds when they can be believed, else undefined: a negative or non-finite
 * value, a finish before the start, or a finish time on a node still running (a stale one from an
 * earlier loop) all make the elapsed time unknown.
 */
export function knownElapsedSec(node: TreeNode): number | undefined {
  const sec = node.elapsedSec
  if (typeof sec !== 'number' || !Number.isFinite(sec) || sec < 0) return undefined
  if (node.finishTime !== null && node.finishTime !== undefined) {
    if (!ARCHIVED.has(node.state)) return undefined
    const start = parseBkflowTime(node.startTime)
    const finish = parseBkflowTime(node.finishTime)
    if (start !== undefined && finish !== undefined && finish < start) return undefined
  }
  return sec
}
