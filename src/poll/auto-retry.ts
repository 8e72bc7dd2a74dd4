// BKFlow's own retries of a failed node (bkflow-api-2.md §6), as a pure policy: a FAILED node
// whose activity has `auto_retry` and retries left will run again within `interval` seconds, so
// its failure is not final yet. A forced fail by `timeout_config` is the same case.

import { childrenOf, isNode, stateOf } from '../check/index.js'
import type { NodeNames, TreeNode } from '../model.js'

/** Added to BKFlow's interval: the retry job goes through Celery, whose latency the code cannot bound. */
export const RETRY_MARGIN_MS = 15_000

/** What the gate assumes when it cannot read a node's settings (no space_id): BKFlow's caps. */
export const UNKNOWN_POLICY = { times: 10, intervalSec: 10 } as const

/** A FAILED node as first seen at its current attempt (its version). */
export interface FailedSighting {
  version: string | null
  retry: number
  /** Epoch ms at which this attempt was first seen FAILED. */
  at: number
}

/**
 * The FAILED nodes of a tree, id → sighting. A node still FAILED at the same version keeps its
 * first sighting, so the wait for its retry is measured from when the failure was first seen.
 */
export function trackFailures(
  tree: TreeNode,
  previous: ReadonlyMap<string, FailedSighting>,
  now: number
): Map<string, FailedSighting> {
  const sightings = new Map<string, FailedSighting>()
  // A plain walk, not an index: this runs on every tree read, and trees can be large.
  const stack = childrenOf(tree).slice()
  // A node object met twice is walked once, so even a malformed cyclic input ends.
  const seen = new Set<TreeNode>([tree])
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (!isNode(node) || seen.has(node)) continue
    seen.add(node)
    const children = childrenOf(node)
    // A legacy SubProcess reads FAILED when a node inside it failed: only leaves are retried.
    if (children.length > 0) {
      // One at a time: a spread of 100,000 children would overflow the argument limit.
      for (const child of children) stack.push(child)
      continue
    }
    if (stateOf(node) !== 'FAILED' || typeof node.id !== 'string' || node.id === '') continue
    const before = previous.get(node.id)
    // The same attempt: same version and retry count (a payload without versions still counts).
    const same =
      before !== undefined && before.version === node.version && before.retry === node.retry
    sightings.set(node.id, same ? before : { version: node.version, retry: node.retry, at: now })
  }
  return sightings
}

/** What the gate knows of a node's own recovery: its auto-retry strategy and timeout action. */
export interface RecoveryPolicy {
  autoRetry?: { times: number; intervalSec: number }
  skipsOnTimeout?: boolean
}

/**
 * Until when BKFlow may still recover this failed attempt on its own (epoch ms), or null when the
 * failure is final. An auto-retry with retries left (`retry` below `min(times, 10)`) comes within
 * `min(interval, 10)` s; a timeout with `forced_fail_and_skip` skips the node at once (the FAILED
 * is only a glimpse). Either way the margin covers BKFlow's queue latency.
 */
export function retryWindowEnd(sighting: FailedSighting, policy: RecoveryPolicy): number | null {
  const ends: number[] = []
  const auto = policy.autoRetry
  if (auto && Number.isFinite(sighting.retry) && sighting.retry < Math.min(auto.times, 10)) {
    ends.push(sighting.at + Math.min(auto.intervalSec, 10) * 1000 + RETRY_MARGIN_MS)
  }
  if (policy.skipsOnTimeout) ends.push(sighting.at + RETRY_MARGIN_MS)
  return ends.length === 0 ? null : Math.max(...ends)
}

/** A failed node BKFlow should retry: which one and until when the gate waits for it. */
export interface AwaitedRetry {
  nodeId: string
  until: number
}

/**
 * The failed node whose retry the gate must still wait for (the one whose window ends last), or
 * null when every failure is final. Without names (no space_id to read the settings) every
 * FAILED node is given BKFlow's longest window once.
 */
export function awaitedRetry(
  sightings: ReadonlyMap<string, FailedSighting>,
  names: NodeNames | undefined,
  now: number
): AwaitedRetry | null {
  let awaited: AwaitedRetry | null = null
  for (const [nodeId, sighting] of sightings) {
    const policy = names === undefined ? { autoRetry: UNKNOWN_POLICY } : (names.get(nodeId) ?? {})
    const until = retryWindowEnd(sighting, policy)
    if (until === null || until <= now) continue
    if (awaited === null || until > awaited.until) awaited = { nodeId, until }
  }
  return awaited
}
