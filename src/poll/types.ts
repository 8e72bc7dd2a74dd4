import type {
  CallOptions,
  Endpoint,
  Mode,
  NodeDetail,
  NodeNames,
  State,
  TaskRef,
  TreeNode,
  Verdict
} from '../model.js'

export type { CallOptions, TaskRef }

/**
 * The part of BkflowClient the scheduler uses. Declared here so that the scheduler depends on a
 * shape, not on the client's module; `BkflowClient` satisfies it as it is.
 */
export interface StateSource {
  getTaskStates(ref: TaskRef, call: CallOptions): Promise<TreeNode>
  /** Root states of many tasks in one space; ids BKFlow omitted are absent, `null` is BKFlow's null. */
  getTasksStates(
    spaceId: number,
    taskIds: number[],
    call: CallOptions
  ): Promise<Map<number, State | null>>
  getTaskDetail(
    ref: { taskId: number; spaceId: number },
    call: CallOptions
  ): Promise<{ name?: string; spaceId?: number; names: NodeNames }>
  /** One node's detail (state, version, failure text, outputs, earlier attempts). */
  getTaskNodeDetail(
    ref: { taskId: number; spaceId: number },
    nodeId: string,
    call: CallOptions,
    options?: { componentCode?: string }
  ): Promise<NodeDetail>
  /** HTTP requests sent so far, per endpoint (every attempt counts). */
  readonly counts: Readonly<Record<Endpoint, number>>
}

/**
 * Progress for logs. Plain data (task keys, ids, states) plus `message`, one line ready to print;
 * nothing in it is ever a secret.
 */
export type PollEvent = { at: number; message: string } & (
  | { type: 'state'; key: string; taskId: number; state: State; previous: State | null }
  | {
      type: 'settled'
      key: string
      taskId: number
      verdict: Verdict
      reason: string
      /** For verdict `error`: the typed error's kind and message (as in the task's result). */
      error?: { kind: string; message: string }
    }
  | { type: 'notice'; spaceId?: number }
  | { type: 'retry'; key: string; taskId: number }
)

export interface PollOptions {
  /** `wait`: poll until every task settles or times out; `check`: one look, no waiting. */
  mode: Mode
  client: StateSource
  /** Epoch ms. Every deadline and timing comes from this clock. */
  now: () => number
  /** Waits `ms` on the same clock as `now`; rejects when `signal` aborts. */
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>
  /** Abort to stop at once: the result holds what is known, unsettled tasks marked cancelled. */
  signal?: AbortSignal
  onEvent?: (event: PollEvent) => void
}
