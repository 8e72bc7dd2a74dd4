// Subprocess children (bkflow-api-2.md §7): a subprocess node runs a separate task, whose id is
// the node's `task_id` output. For a node entry with its own `nodes:`, read the child's id, its
// detail (its space, names, template ids) and its tree, and check the nested expectations there;
// children of children likewise.

import {
  compare,
  mergeComparisons,
  subprocessTargets,
  subprocessTask,
  uncheckedSubprocess,
  type SubprocessTarget
} from '../check/index.js'
import type { Comparison, NodeDetail, NodeNames, TaskExpectation, TreeNode } from '../model.js'

/** A read that failed for good: its message says why (never a secret). */
export interface Unreadable {
  unreadable: string
}

/**
 * The reads the children need. Each resolves to the value, to Unreadable when the failure is
 * permanent (that subprocess cannot be checked), or to undefined when the caller has handled the
 * failure (a retryable one: the whole task is looked at again later; or a cancellation).
 */
export interface ChildReads {
  nodeDetail(
    ref: { taskId: number; spaceId: number },
    nodeId: string
  ): Promise<NodeDetail | Unreadable | undefined>
  taskDetail(ref: {
    taskId: number
    spaceId: number
  }): Promise<{ spaceId?: number; names: NodeNames } | Unreadable | undefined>
  tree(ref: { taskId: number; spaceId: number }): Promise<TreeNode | Unreadable | undefined>
}

/** Deeper than any real nesting of templates; a cycle in hostile data stops here. */
const MAX_DEPTH = 8

/** The output that names the child task (subprocess_plugin's declared output). */
const CHILD_ID_OUTPUT = { name: '任务ID', key: 'task_id' }

/**
 * The child task id among a subprocess node's outputs: the entry named `任务ID` (BKFlow keeps the
 * name when the template renames the key), else the entry keyed `task_id`. Undefined when there
 * is none yet or it is not a positive integer.
 */
export function childTaskId(outputs: NodeDetail['outputs']): number | undefined {
  const entry =
    outputs.find((o) => o.name === CHILD_ID_OUTPUT.name) ??
    outputs.find((o) => o.key === CHILD_ID_OUTPUT.key)
  const value = entry?.value
  const id =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && /^\s*\d+\s*$/.test(value)
        ? Number(value)
        : NaN
  return Number.isSafeInteger(id) && id > 0 ? id : undefined
}

/**
 * The comparisons of every subprocess child that `task`'s expectations reach into (at any
 * depth), or undefined when a read failed in a way the caller handles (look again later).
 */
export async function checkSubprocesses(
  task: TaskExpectation,
  tree: TreeNode,
  names: NodeNames | undefined,
  reads: ChildReads,
  path?: string,
  depth = 0
): Promise<Comparison[] | undefined> {
  const results: Comparison[] = []
  for (const target of subprocessTargets(task, tree, names, path)) {
    const result = await checkChild(task, target, names, reads, depth)
    if (result === undefined) return undefined
    results.push(result)
  }
  return results
}

function unchecked(target: SubprocessTarget, why: string): Comparison {
  return { verdict: 'error', findings: [uncheckedSubprocess(target, why)], rows: [] }
}

function isUnreadable(value: unknown): value is Unreadable {
  return typeof value === 'object' && value !== null && 'unreadable' in value
}

async function checkChild(
  task: TaskExpectation,
  target: SubprocessTarget,
  names: NodeNames | undefined,
  reads: ChildReads,
  depth: number
): Promise<Comparison | undefined> {
  const spaceId = task.spaceId
  if (spaceId === undefined) {
    return unchecked(target, 'following a subprocess needs the task to have a space_id')
  }
  if (depth >= MAX_DEPTH) {
    return unchecked(target, `subprocesses nest more than ${MAX_DEPTH} levels deep`)
  }
  const component = names?.get(target.nodeId)?.component
  if (component !== undefined && component !== 'subprocess_plugin') {
    return unchecked(target, `it is a ${component} node, not a subprocess`)
  }
  const detail = await reads.nodeDetail({ taskId: task.taskId, spaceId }, target.nodeId)
  if (detail === undefined) return undefined
  if (isUnreadable(detail)) return unchecked(target, detail.unreadable)
  const childId = childTaskId(detail.outputs)
  if (childId === undefined) {
    return unchecked(target, 'BKFlow reports no child task for it (no task_id output)')
  }
  // The child lives in its template's space: its detail says which (any space of the app reads it).
  const childDetail = await reads.taskDetail({ taskId: childId, spaceId })
  if (childDetail === undefined) return undefined
  if (isUnreadable(childDetail)) return unchecked(target, childDetail.unreadable)
  const childSpace = childDetail.spaceId ?? spaceId
  const childTree = await reads.tree({ taskId: childId, spaceId: childSpace })
  if (childTree === undefined) return undefined
  if (isUnreadable(childTree)) return unchecked(target, childTree.unreadable)
  const childTask = subprocessTask(task, target.expectation, childId, childSpace)
  const own = compare(childTask, childTree, childDetail.names, {
    path: target.path,
    taskState: false
  })
  const deeper = await checkSubprocesses(
    childTask,
    childTree,
    childDetail.names,
    reads,
    target.path,
    depth + 1
  )
  return deeper === undefined ? undefined : mergeComparisons(own, deeper)
}
