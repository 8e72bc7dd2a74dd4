// Builders for the check tests: trees, expectations with fake spec ranges, and a defensive payload parser.

import type {
  NodeExpectation,
  NodeNames,
  SourceRange,
  TaskExpectation,
  TreeNode
} from '../../src/model.js'

/** A fake spec range; `line` tells entries apart in assertions. */
export function range(line: number): SourceRange {
  return { file: 'spec.yml', line, column: 5, endLine: line + 1, endColumn: 1 }
}

/** The range every test task is declared at. */
export const TASK_RANGE = range(3)

/** A task expectation with the spec's defaults (task 101, FINISHED, no_failures, no nodes). */
export function taskExpectation(overrides: Partial<TaskExpectation> = {}): TaskExpectation {
  return {
    key: 'space:7/task:101',
    taskId: 101,
    spaceId: 7,
    states: ['FINISHED'],
    timeoutMs: 1_800_000,
    intervalMs: 15_000,
    onFailed: 'fail',
    otherNodes: 'no_failures',
    nodes: [],
    range: TASK_RANGE,
    ...overrides
  }
}

/** A node expectation (default state FINISHED) declared at spec line `line`. */
export function nodeExpectation(fields: Partial<NodeExpectation>, line = 10): NodeExpectation {
  return { states: ['FINISHED'], range: range(line), ...fields }
}

/** A tree node with neutral attributes; `children` nest (legacy subprocess trees). */
export function node(
  id: string,
  state: string,
  children: TreeNode[] = [],
  attributes: Partial<TreeNode> = {}
): TreeNode {
  return {
    id,
    state,
    retry: 0,
    loop: 1,
    skip: false,
    errorIgnored: false,
    elapsedSec: 1,
    startTime: '2026-08-21 10:00:00 +0800',
    finishTime: null,
    version: `v${id}`,
    children,
    ...attributes
  }
}

/** A task root (id `nroot`) in `state` with the given top-level children. */
export function root(state: string, children: TreeNode[] = []): TreeNode {
  return node('nroot', state, children)
}

/** Node names as get_task_detail's pipeline tree gives them: `[id, name]` pairs, all activities. */
export function nameMap(entries: [string, string][]): NodeNames {
  return new Map(entries.map(([id, name]) => [id, { name, type: 'ServiceActivity' }]))
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function numberOr0(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : 0
}

function timeOrNull(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null
}

/**
 * A TreeNode from a raw `data` object of get_task_states, the way a defensive parser builds it
 * (bkflow-api.md §5): missing id → '', `skip: 0` → false, `""`/null times → null, no children → [].
 */
export function fromPayload(raw: unknown): TreeNode {
  const data = isRecord(raw) ? raw : {}
  const children = isRecord(data.children) ? Object.values(data.children).map(fromPayload) : []
  return {
    id: typeof data.id === 'string' ? data.id : '',
    state: typeof data.state === 'string' ? data.state : '',
    retry: numberOr0(data.retry),
    loop: numberOr0(data.loop),
    skip: data.skip === true,
    errorIgnored: data.error_ignored === true,
    elapsedSec: numberOr0(data.elapsed_time),
    startTime: timeOrNull(data.start_time),
    finishTime: timeOrNull(data.finish_time),
    version: typeof data.version === 'string' ? data.version : null,
    children
  }
}
