// Subprocesses: the expectations inside a subprocess node checked as a task of their own, and
// the folding of their results into the parent's (product.md §12).

import type {
  Comparison,
  Finding,
  NodeExpectation,
  NodeNames,
  TaskExpectation,
  TreeNode
} from '../model.js'
import { nodeLabel, oneLine, shortId } from './labels.js'
import { nameOf } from './names.js'
import { nodeFinding, type NodeSubject } from './node-checks.js'
import { buildLookups, displayName, targetOf } from './targets.js'
import { bareTree, childrenOf, indexTree, isNode } from './tree-index.js'
import { withSeverity } from './severity.js'
import { verdictOf } from './verdict.js'

/**
 * The expectations of a subprocess as a task of their own: its nodes, its `other_nodes`, and the
 * node's spec entry as the place that unlisted findings are annotated on.
 */
export function subprocessTask(
  parent: TaskExpectation,
  owner: NodeExpectation,
  taskId: number,
  spaceId?: number
): TaskExpectation {
  const sub = owner.subprocess ?? { nodes: [], otherNodes: parent.otherNodes }
  // A `severity: warn` node entry makes the findings inside its subprocess warnings too.
  const severity = owner.severity ?? parent.severity
  return {
    key: `${parent.key}/child:${taskId}`,
    taskId,
    ...(spaceId !== undefined && { spaceId }),
    states: parent.states,
    timeoutMs: parent.timeoutMs,
    intervalMs: parent.intervalMs,
    onFailed: parent.onFailed,
    otherNodes: sub.otherNodes,
    nodes: sub.nodes,
    ...(severity !== undefined && { severity }),
    range: owner.range
  }
}

/** A parent level's comparison with the comparisons of its subprocesses folded in. */
export function mergeComparisons(parent: Comparison, children: readonly Comparison[]): Comparison {
  if (children.length === 0) return parent
  const findings = [...parent.findings, ...children.flatMap((c) => c.findings)]
  const rows = [...parent.rows, ...children.flatMap((c) => c.rows)]
  return { verdict: verdictOf(findings), findings, rows }
}

/** A listed subprocess node whose child task the poll stage must read to check its `nodes:`. */
export interface SubprocessTarget {
  expectation: NodeExpectation
  /** The node's runtime id in this tree. */
  nodeId: string
  /** Its display path, the prefix of every name inside it (`Deploy`, `Deploy › Migrate`). */
  path: string
  /** Its display name, when it has one (the path without a bare id in it). */
  name?: string
}

/**
 * The listed nodes with their own `nodes:` that are leaves of the tree: subprocess_plugin nodes,
 * whose child is a separate task. Nodes absent from the tree are left out (their `missing`
 * finding stands for what is inside them), and so are legacy SubProcess nodes (compared in place).
 */
export function subprocessTargets(
  task: TaskExpectation,
  tree: TreeNode,
  names: NodeNames | undefined,
  path?: string
): SubprocessTarget[] {
  const expectations = (Array.isArray(task.nodes) ? task.nodes : []).filter((e) => e.subprocess)
  if (expectations.length === 0) return []
  const index = indexTree(isNode(tree) ? tree : bareTree(''))
  const lookups = buildLookups(expectations, index, names, path)
  const targets: SubprocessTarget[] = []
  for (const expectation of expectations) {
    const { id } = targetOf(expectation, index, lookups)
    const node = id === '' ? undefined : index.byId.get(id)
    if (!node || childrenOf(node).length > 0) continue
    const name = displayName(path, id, nameOf(names, id) ?? expectation.name)
    targets.push({
      expectation,
      nodeId: id,
      path: name ?? shortId(id),
      ...(name !== undefined && { name })
    })
  }
  return targets
}

/**
 * The finding for a subprocess whose child task could not be read or does not exist: its nested
 * expectations could not be checked (an `error` finding on the node's entry).
 */
export function uncheckedSubprocess(target: SubprocessTarget, why: string): Finding {
  const subject: NodeSubject = {
    id: target.nodeId,
    name: target.name,
    label: nodeLabel(target.nodeId, target.name),
    range: target.expectation.range
  }
  const finding = nodeFinding(
    subject,
    'error',
    'a child task',
    'unknown',
    `cannot check the nodes inside ${subject.label}: ${oneLine(why)}`
  )
  // A task-wide `severity: warn` is applied when the task settles; a node entry's is applied here.
  return withSeverity(finding, target.expectation.severity)
}
