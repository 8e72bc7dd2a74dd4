// Why each failed node failed: a stage after polling (the scheduler keeps its one job). For every
// FAILED node row of a task with a space it reads get_task_node_detail once and puts BKFlow's
// reason (`ex_data`, bkflow-api-2.md §1) on the row. It never changes a verdict and never delays
// one for long: it has its own short budget, honours the cancel signal and goes through the
// client's rate limit; a reason it cannot read says "reason unavailable".

import type {
  AttemptReason,
  NodeDetail,
  NodeReason,
  NodeRow,
  RunResult,
  TaskResult,
  TreeNode
} from '../model.js'
import { ENDPOINTS } from '../model.js'
import { childTaskId } from './children.js'
import { toClientFailure } from './failure.js'
import { cleanReason } from './reason-text.js'
import type { CallOptions, PollEvent, StateSource } from './types.js'

/** The client calls this stage makes. */
export type ReasonSource = Pick<StateSource, 'getTaskNodeDetail' | 'getTaskStates' | 'counts'>

export interface ReasonOptions {
  now: () => number
  signal?: AbortSignal
  /** How long the whole stage may take, retries included (default REASONS_BUDGET_MS). */
  budgetMs?: number
  /** At most this many failed nodes are read per run (default MAX_REASONS); the rest say so. */
  maxNodes?: number
  onEvent?: (event: PollEvent) => void
}

/** Reasons are extra: half a minute of retries at most, whatever the tasks' timeouts. */
export const REASONS_BUDGET_MS = 30_000

/** One request per failed node: a run with hundreds of them reads the first hundred. */
export const MAX_REASONS = 100

/** Subprocesses inside subprocesses are followed this deep for the child's reason. */
const MAX_CHILD_DEPTH = 3

/** A space-scoped task, as the node detail endpoint addresses it. */
interface TaskAt {
  taskId: number
  spaceId: number
}

interface Job {
  task: TaskResult
  row: NodeRow
  spaceId: number
}

/**
 * The run with a reason on every FAILED node row of the tasks that have a space (the node detail
 * endpoint is space-scoped; app-bound tasks have none to read), and with the requests it made
 * counted for each task and in the run's totals.
 */
export async function collectReasons(
  run: RunResult,
  source: ReasonSource,
  options: ReasonOptions
): Promise<RunResult> {
  const jobs: Job[] = []
  for (const task of run.tasks) {
    const spaceId = task.task.spaceId
    if (spaceId === undefined) continue
    for (const row of task.rows) {
      if (row.id !== '' && row.actual === 'FAILED') jobs.push({ task, row, spaceId })
    }
  }
  if (jobs.length === 0 || options.signal?.aborted) return run
  const max = options.maxNodes ?? MAX_REASONS
  options.onEvent?.({
    type: 'notice',
    at: options.now(),
    message: `reading BKFlow's reasons for ${jobs.length} failed node${jobs.length === 1 ? '' : 's'}${
      jobs.length > max ? ` (the first ${max})` : ''
    }`
  })
  const call: CallOptions = {
    deadline: options.now() + (options.budgetMs ?? REASONS_BUDGET_MS),
    signal: options.signal
  }
  const countsBefore = { ...source.counts }
  const reader = new Reader(source, call)
  // All at once: the client's limiter holds them to max-concurrency and the rate limit.
  const reasons = await Promise.all(
    jobs.map((job, i) =>
      i < max
        ? reader
            .reason(job.task, { taskId: job.task.task.taskId, spaceId: job.spaceId }, job.row.id)
            // Reasons are extra: even a fault of our own here must not cost the verdict.
            .catch((error: unknown) => unavailable(toClientFailure(error).message))
        : unavailable(`not read: only the first ${max} failed nodes are`)
    )
  )
  const byRow = new Map<NodeRow, NodeReason>()
  jobs.forEach((job, i) => byRow.set(job.row, reasons[i]))
  const tasks = run.tasks.map((task) => {
    const spent = reader.requests.get(task) ?? 0
    if (spent === 0 && !task.rows.some((r) => byRow.has(r))) return task
    const rows = task.rows.map((row) => {
      const reason = byRow.get(row)
      return reason ? { ...row, reason } : row
    })
    return { ...task, rows, requests: task.requests + spent }
  })
  const byEndpoint = { ...run.requests.byEndpoint }
  let total = run.requests.total
  for (const endpoint of ENDPOINTS) {
    const delta = (source.counts[endpoint] ?? 0) - (countsBefore[endpoint] ?? 0)
    byEndpoint[endpoint] = (byEndpoint[endpoint] ?? 0) + delta
    total += delta
  }
  return { ...run, tasks, requests: { total, byEndpoint } }
}

/** Reads reasons through the client, counting each request for the task whose row it serves. */
class Reader {
  readonly requests = new Map<TaskResult, number>()
  constructor(
    private readonly source: ReasonSource,
    private readonly call: CallOptions
  ) {}

  /** The reason of one failed node; a subprocess node's comes from its child's failed node. */
  async reason(owner: TaskResult, ref: TaskAt, nodeId: string, depth = 0): Promise<NodeReason> {
    const detail = await this.read(owner, () =>
      this.source.getTaskNodeDetail(ref, nodeId, this.call)
    )
    if ('failure' in detail) return unavailable(detail.failure)
    const own = reasonOf(detail.value)
    const child = childTaskId(detail.value.outputs)
    if (child === undefined || depth >= MAX_CHILD_DEPTH) return own
    const fromChild = await this.childReason(owner, { taskId: child, spaceId: ref.spaceId }, depth)
    if ('failure' in fromChild) {
      return { ...own, line: clip(`${own.line} (child task ${child}: ${fromChild.failure})`) }
    }
    return { ...fromChild.value, earlier: own.earlier }
  }

  /** The reason of the first failed node of a subprocess's child task (same space, bkflow-api-2.md §7). */
  private async childReason(
    owner: TaskResult,
    child: TaskAt,
    depth: number
  ): Promise<{ value: NodeReason } | { failure: string }> {
    const tree = await this.read(owner, () => this.source.getTaskStates(child, this.call))
    if ('failure' in tree) return { failure: `reason unavailable (${tree.failure})` }
    const failed = failedLeaf(tree.value)
    if (failed === undefined) return { failure: 'no failed node in it' }
    const reason = await this.reason(owner, child, failed, depth + 1)
    return { value: { ...reason, from: reason.from ?? { taskId: child.taskId, nodeId: failed } } }
  }

  private async read<T>(
    owner: TaskResult,
    send: () => Promise<T>
  ): Promise<{ value: T } | { failure: string }> {
    this.requests.set(owner, (this.requests.get(owner) ?? 0) + 1)
    try {
      return { value: await send() }
    } catch (error: unknown) {
      const failure = toClientFailure(error)
      return { failure: failure.kind === 'cancelled' ? 'cancelled' : failure.message }
    }
  }
}

/** A node's reason from its detail: the current attempt's text, and each earlier attempt's line. */
export function reasonOf(detail: NodeDetail): NodeReason {
  const earlier: AttemptReason[] = detail.histories.map((h) => ({
    retry: h.retry,
    loop: h.loop,
    state: h.state,
    line: h.exData === null ? '' : cleanReason(h.exData).line
  }))
  const cleaned = detail.exData === null ? { line: '', text: '' } : cleanReason(detail.exData)
  if (cleaned.line === '') {
    return { status: 'none', line: 'BKFlow gave no reason', text: '', earlier }
  }
  return { status: 'read', line: cleaned.line, text: cleaned.text, earlier }
}

function unavailable(why: string): NodeReason {
  return { status: 'unavailable', line: clip(`reason unavailable (${why})`), text: '', earlier: [] }
}

function clip(line: string): string {
  return cleanReason(line).line
}

/** The first FAILED node (pre-order) with no FAILED node below it: where a failure starts. */
function failedLeaf(root: TreeNode): string | undefined {
  const stack: TreeNode[] = [...(Array.isArray(root.children) ? root.children : [])].reverse()
  const seen = new Set<TreeNode>()
  while (stack.length > 0) {
    const node = stack.pop() as TreeNode
    if (seen.has(node)) continue
    seen.add(node)
    const children = Array.isArray(node.children) ? node.children : []
    if (node.state === 'FAILED' && !children.some((c) => hasFailed(c, 0))) {
      if (typeof node.id === 'string' && node.id !== '') return node.id
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i])
  }
  return undefined
}

function hasFailed(node: TreeNode, depth: number): boolean {
  if (depth > 200) return false
  if (node.state === 'FAILED') return true
  return (Array.isArray(node.children) ? node.children : []).some((c) => hasFailed(c, depth + 1))
}
