// A scripted StateSource on a virtual clock, for scheduler logic that the simulator cannot stage
// (a batch refused while single reads work, cancellation at an exact moment). Sleeping only moves
// the virtual clock, so nothing here ever really waits.

import type { Endpoint, NodeDetail, NodeNames, State, TreeNode } from '../../src/model.js'
import type { CallOptions, StateSource, TaskRef } from '../../src/poll/index.js'

export class VirtualClock {
  time = 1_700_000_000_000
  readonly now = (): number => this.time
  readonly sleep = async (ms: number, signal?: AbortSignal): Promise<void> => {
    if (signal?.aborted) throw new Error('aborted')
    this.time += ms
    await Promise.resolve()
    if (signal?.aborted) throw new Error('aborted')
  }
}

/** An error shaped like BkflowError (the scheduler narrows by shape). */
export class FakeError extends Error {
  constructor(
    readonly kind: string,
    readonly retryable: boolean,
    message = `fake ${kind}`
  ) {
    super(message)
  }
}

export function leaf(id: string, state: State, children: TreeNode[] = []): TreeNode {
  return {
    id,
    state,
    retry: 0,
    loop: 1,
    skip: false,
    errorIgnored: false,
    elapsedSec: 1,
    startTime: null,
    finishTime: null,
    version: null,
    children
  }
}

/** Per task: its tree at a virtual time, or an error to throw. */
export type Script = (taskId: number, now: number) => TreeNode | Error

export class FakeSource implements StateSource {
  readonly counts: Record<Endpoint, number> = {
    get_task_states: 0,
    get_task_states_by_app: 0,
    get_tasks_states: 0,
    get_task_detail: 0,
    get_task_node_detail: 0
  }
  /** Every call in order, e.g. `batch 7 [1,2]`, `tree 1`, `detail 1`. */
  readonly calls: string[] = []
  batchError?: Error
  /** Batch answers: a state per task (null = BKFlow's null), or omitted; default: the tree's root. */
  batchOverride?: (taskId: number, now: number) => State | null | 'omit' | undefined
  names: NodeNames = new Map()
  /** Node detail answers; default: the node as the script's tree shows it, with no outputs. */
  nodeDetail?: (taskId: number, nodeId: string, now: number) => NodeDetail | Error
  onCall?: (call: string) => void

  constructor(
    private readonly clock: VirtualClock,
    public script: Script
  ) {}

  private record(call: string): void {
    this.calls.push(call)
    this.onCall?.(call)
  }

  async getTaskStates(ref: TaskRef, call: CallOptions): Promise<TreeNode> {
    this.counts[ref.spaceId === undefined ? 'get_task_states_by_app' : 'get_task_states'] += 1
    this.record(`tree ${ref.taskId}`)
    await Promise.resolve()
    if (call.signal?.aborted) throw new FakeError('cancelled', false)
    const answer = this.script(ref.taskId, this.clock.now())
    if (answer instanceof Error) throw answer
    return answer
  }

  async getTasksStates(
    spaceId: number,
    taskIds: number[],
    call: CallOptions
  ): Promise<Map<number, State | null>> {
    this.counts.get_tasks_states += 1
    this.record(`batch ${spaceId} [${taskIds.join(',')}]`)
    await Promise.resolve()
    if (call.signal?.aborted) throw new FakeError('cancelled', false)
    if (this.batchError) throw this.batchError
    const states = new Map<number, State | null>()
    for (const id of taskIds) {
      const override = this.batchOverride?.(id, this.clock.now())
      if (override === 'omit') continue
      if (override !== undefined) {
        states.set(id, override)
        continue
      }
      const answer = this.script(id, this.clock.now())
      if (!(answer instanceof Error)) states.set(id, answer.state)
    }
    return states
  }

  async getTaskDetail(
    ref: { taskId: number; spaceId: number },
    call: CallOptions
  ): Promise<{ names: NodeNames }> {
    this.counts.get_task_detail += 1
    this.record(`detail ${ref.taskId}`)
    await Promise.resolve()
    if (call.signal?.aborted) throw new FakeError('cancelled', false)
    return { names: this.names }
  }

  async getTaskNodeDetail(
    ref: { taskId: number; spaceId: number },
    nodeId: string,
    call: CallOptions
  ): Promise<NodeDetail> {
    this.counts.get_task_node_detail += 1
    this.record(`node ${ref.taskId} ${nodeId}`)
    await Promise.resolve()
    if (call.signal?.aborted) throw new FakeError('cancelled', false)
    const scripted = this.nodeDetail?.(ref.taskId, nodeId, this.clock.now())
    if (scripted instanceof Error) throw scripted
    if (scripted) return scripted
    const tree = this.script(ref.taskId, this.clock.now())
    if (tree instanceof Error) throw tree
    const node = findNode(tree, nodeId)
    if (!node) throw new FakeError('bad_request', false, `node ${nodeId} should be in task`)
    const { state, version, retry, loop } = node
    return { state, version, retry, loop, exData: null, outputs: [], histories: [] }
  }
}

function findNode(tree: TreeNode, id: string): TreeNode | undefined {
  if (tree.id === id) return tree
  for (const child of tree.children) {
    const found = findNode(child, id)
    if (found) return found
  }
  return undefined
}
