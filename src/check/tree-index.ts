// One flat index per state tree, so that every lookup in a comparison is O(1) and no walk recurses.

import type { State, TreeNode } from '../model.js'

/** A state tree flattened once: every node but the root, in pre-order, with parent links and an id map. */
export interface TreeIndex {
  /** Every node except the root: a parent before its children, siblings in payload order. */
  nodes: TreeNode[]
  /** For each entry of `nodes`, the index of its parent in `nodes`, or -1 under the root. */
  parents: number[]
  /** Each non-empty id → the first node (in `nodes` order) that carries it. */
  byId: Map<string, TreeNode>
}

/** A node's id, or '' when the input carries none (CREATED_STATUS, bare roots, malformed input). */
export function idOf(node: TreeNode): string {
  return isNode(node) && typeof node.id === 'string' ? node.id : ''
}

/** A node's state, or '' when the input carries none. */
export function stateOf(node: TreeNode): string {
  return isNode(node) && typeof node.state === 'string' ? node.state : ''
}

/** A node's children, or none when the input carries no list. */
export function childrenOf(node: TreeNode): TreeNode[] {
  return Array.isArray(node.children) ? node.children : []
}

/** Whether a value can be read as a node at all (an object); its fields are still checked one by one. */
export function isNode(value: unknown): value is TreeNode {
  return typeof value === 'object' && value !== null
}

/**
 * Flattens a tree without recursion (legacy subprocess trees nest, and input size is not ours to
 * choose). A node object met twice is walked once, so even a malformed cyclic input terminates.
 */
export function indexTree(root: TreeNode): TreeIndex {
  const nodes: TreeNode[] = []
  const parents: number[] = []
  const byId = new Map<string, TreeNode>()
  const seen = new Set<TreeNode>([root])
  const stack: { node: TreeNode; parent: number }[] = []
  const pushChildren = (node: TreeNode, parent: number): void => {
    const children = childrenOf(node)
    for (let i = children.length - 1; i >= 0; i--) {
      const child: unknown = children[i]
      if (isNode(child) && !seen.has(child)) {
        seen.add(child)
        stack.push({ node: child, parent })
      }
    }
  }
  if (isNode(root)) pushChildren(root, -1)
  for (let entry = stack.pop(); entry !== undefined; entry = stack.pop()) {
    const index = nodes.length
    nodes.push(entry.node)
    parents.push(entry.parent)
    const id = idOf(entry.node)
    if (id !== '' && !byId.has(id)) byId.set(id, entry.node)
    pushChildren(entry.node, index)
  }
  return { nodes, parents, byId }
}

/** Node count and count per state, over every depth, the root excluded (for reports and the JSON result). */
export function summarizeTree(tree: TreeNode): { nodes: number; byState: Record<string, number> } {
  const { nodes } = indexTree(tree)
  const counts = new Map<string, number>()
  for (const node of nodes) {
    const state = stateOf(node)
    counts.set(state, (counts.get(state) ?? 0) + 1)
  }
  // fromEntries defines own properties, so even a state spelled `__proto__` is counted, not swallowed.
  return { nodes: nodes.length, byState: Object.fromEntries(counts) }
}

/** A bare root with only a state and nothing else, as BKFlow sends for EXPIRED or CREATED tasks. */
export function bareTree(state: State): TreeNode {
  return {
    id: '',
    state,
    retry: 0,
    loop: 1,
    skip: false,
    errorIgnored: false,
    elapsedSec: 0,
    startTime: null,
    finishTime: null,
    version: null,
    children: []
  }
}
