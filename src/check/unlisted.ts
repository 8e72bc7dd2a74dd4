// The `other_nodes` policy: what is required of the nodes in the tree that no expectation matched.

import type { Finding, OtherNodes, SourceRange } from '../model.js'
import { formatState, nodeLabel, shortId, type ShortIds } from './labels.js'
import { nodeFinding } from './node-checks.js'
import { idOf, stateOf, type TreeIndex } from './tree-index.js'

/**
 * The `other_nodes` policy an unlisted finding was judged by (a subprocess may have its own),
 * read back from its expected value; undefined for any other finding.
 */
export function policyOf(finding: Finding): OtherNodes | undefined {
  if (finding.kind !== 'unlisted_failure') return undefined
  if (finding.expected === RULE.finished.expected) return 'finished'
  if (finding.expected === RULE.no_failures.expected) return 'no_failures'
  return undefined
}

/** Which nodes (by position in `index.nodes`) have a FAILED node somewhere below them. */
function failedBelow(index: TreeIndex): Uint8Array {
  const below = new Uint8Array(index.nodes.length)
  // Pre-order puts every child after its parent, so a reverse pass sees children first.
  for (let i = index.nodes.length - 1; i >= 0; i--) {
    const parent = index.parents[i]
    if (parent >= 0 && (below[i] === 1 || stateOf(index.nodes[i]) === 'FAILED')) below[parent] = 1
  }
  return below
}

/** Which nodes sit inside a governed subprocess (its own `nodes:` and `other_nodes:` judge them). */
function insideGoverned(index: TreeIndex, governed: ReadonlySet<string>): Uint8Array {
  const inside = new Uint8Array(index.nodes.length)
  if (governed.size === 0) return inside
  // Pre-order puts every parent before its children, so one forward pass carries the mark down.
  for (let i = 0; i < index.nodes.length; i++) {
    const parent = index.parents[i]
    if (parent >= 0 && (inside[parent] === 1 || governed.has(idOf(index.nodes[parent])))) {
      inside[i] = 1
    }
  }
  return inside
}

function violates(policy: OtherNodes, state: string): boolean {
  if (policy === 'no_failures') return state === 'FAILED'
  if (policy === 'finished') return state !== 'FINISHED'
  return false
}

const RULE: Record<Exclude<OtherNodes, 'ignore'>, { expected: string; says: string }> = {
  no_failures: { expected: 'not FAILED', says: 'other_nodes: no_failures forbids failed nodes' },
  finished: { expected: 'FINISHED', says: 'other_nodes: finished requires every node FINISHED' }
}

/**
 * Findings for the unlisted nodes that break the policy, in tree order, with the position of each in
 * `index.nodes`. A FAILED node with a FAILED descendant is left out: in legacy subprocess trees
 * FAILED bubbles up through every ancestor, and the leaf is the one to fix.
 */
export function checkUnlisted(
  policy: OtherNodes,
  index: TreeIndex,
  listedIds: ReadonlySet<string>,
  nameFor: (id: string) => string | undefined,
  range: SourceRange,
  governed: ReadonlySet<string> = new Set(),
  short: ShortIds = shortId
): { position: number; finding: Finding }[] {
  if (policy !== 'no_failures' && policy !== 'finished') return []
  const below = failedBelow(index)
  const inside = insideGoverned(index, governed)
  const results: { position: number; finding: Finding }[] = []
  for (let i = 0; i < index.nodes.length; i++) {
    const node = index.nodes[i]
    const id = idOf(node)
    if ((id !== '' && listedIds.has(id)) || inside[i] === 1) continue
    const state = stateOf(node)
    if (!violates(policy, state) || (state === 'FAILED' && below[i] === 1)) continue
    const name = nameFor(id)
    const label = nodeLabel(id, name, short)
    const rule = RULE[policy]
    const message = `${label} (not in the spec) is ${formatState(state)}; ${rule.says}`
    const subject = { id, name, label, range }
    results.push({
      position: i,
      finding: nodeFinding(subject, 'unlisted_failure', rule.expected, formatState(state), message)
    })
  }
  return results
}
