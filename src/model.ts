// The typed boundaries between the stages of the data flow (product.md §2):
// spec → poll (BKFlow client) → check → report. Every stage reads and writes these shapes only.

import { SPEC_SCHEMA, type RawState } from './spec/spec-types.js'

/** A state the spec may name; the schema's `state` enum is the single list. */
export type KnownState = RawState

/** Every state BKFlow can report for a task or a node (bkflow-api.md §2), from the schema. */
export const STATES = SPEC_SCHEMA.$defs.state.enum as readonly KnownState[]

/** A state as BKFlow reported it: usually a KnownState, but unknown strings are tolerated, never trusted. */
export type State = string

/** Task states that end a poll (bkflow-api.md §5.10). FAILED is derived and not terminal. */
export const TERMINAL_STATES: ReadonlySet<State> = new Set(['FINISHED', 'REVOKED', 'EXPIRED'])

// ---------------------------------------------------------------- positions and diagnostics

/** A range in a spec file, 1-based lines and columns, end exclusive. */
export interface SourceRange {
  file: string
  line: number
  column: number
  endLine: number
  endColumn: number
}

/** A problem with the spec (or the inputs), tied to the place to fix. Data, never thrown. */
export interface Diagnostic extends SourceRange {
  /** Stable machine code, e.g. `unknown-key`, `bad-enum`, `undefined-var`. */
  code: string
  severity: 'error' | 'warning'
  /** One line that says what is wrong and what to change. */
  message: string
}

// ---------------------------------------------------------------- the normalized spec

/** What a FAILED task means: settle at once, keep waiting, or wait a grace period first. */
export type OnFailed = 'fail' | 'wait' | { graceMs: number }

/** What is required of nodes in the tree that the spec does not list. */
export type OtherNodes = 'ignore' | 'no_failures' | 'finished'

/** How much a finding counts: `error` fails the run; `warn` is reported (`::warning`, output `warnings`) and never fails it. */
export type Severity = 'error' | 'warn'

export interface NodeExpectation {
  /** Exactly one of `id` / `name` is set. */
  id?: string
  name?: string
  /** Accepted states (never empty; default FINISHED). */
  states: KnownState[]
  maxRetry?: number
  skip?: boolean
  errorIgnored?: boolean
  maxElapsedMs?: number
  /**
   * A subprocess node's own `nodes:` (and `other_nodes:`): checked against the child task it runs
   * (or, in the legacy layout, against the node's nested pipeline).
   */
  subprocess?: { nodes: NodeExpectation[]; otherNodes: OtherNodes }
  /** `warn`: this node's findings are warnings (absent = error, or the task's severity). */
  severity?: Severity
  /** The node's entry in the spec (the `- id: …` map), for annotations. */
  range: SourceRange
}

/**
 * A task to create from a template and start (product.md §12). `payload` may hold variable values:
 * it is sent to BKFlow and never printed; `nameAsWritten` and `constantNames` are what reports show.
 */
export interface CreateSource {
  kind: 'create'
  templateId: number
  /** The name as the spec wrote it (`${VAR}` unexpanded); absent → the default name. */
  nameAsWritten?: string
  constantNames: string[]
  /** Space variant: creator and start operator; absent → the username input. */
  creator?: string
  payload: { name?: string; constants: Record<string, unknown> }
}

/** Filters for get_task_list (product.md §12); every one is also checked on the results. */
export interface SelectSource {
  kind: 'select'
  templateId?: number
  name?: string
  creator?: string
  label?: string
  createdWithinMs?: number
  pick: 'latest' | 'all'
}

/** How an entry without `task_id` finds its task(s): resolved into task ids before polling. */
export type TaskSource = CreateSource | SelectSource

export interface TaskExpectation {
  /**
   * Stable identity: `space:<s>/task:<t>` or `app/task:<t>`; `create:<label>` / `select:<label>`
   * until a source gives the task its id. Also the shard key.
   */
  key: string
  /** 0 until a source gives the entry a task (and for ever when it found none). */
  taskId: number
  /** Set for `create:` and `select:` entries; kept after resolution so reports can say where the id came from. */
  source?: TaskSource
  /** Absent → the app-bound endpoint is used. */
  spaceId?: number
  label?: string
  /** Accepted task states (never empty; default FINISHED). */
  states: KnownState[]
  timeoutMs: number
  intervalMs: number
  onFailed: OnFailed
  otherNodes: OtherNodes
  nodes: NodeExpectation[]
  /** `warn`: every finding of this task (its nodes' included) is a warning; absent = error. */
  severity?: Severity
  /** The task's entry in the spec, for annotations. */
  range: SourceRange
}

/** The file name an inline spec (the action's `spec` input holding YAML) carries: no file to annotate. */
export const INLINE_SPEC_FILE = 'inline spec'

export interface Spec {
  version: 1
  /** Path as given (relative to the workspace in the action). */
  file: string
  /** Tasks selected for this run (after sharding), in file order. */
  tasks: TaskExpectation[]
  /** Tasks in the file that another shard checks. */
  skippedByShard: number
}

// ---------------------------------------------------------------- what BKFlow reports

/**
 * One node of a task's state tree, parsed defensively from BKFlow's payload (bkflow-api.md §2.4, §5):
 * missing fields get neutral values, `skip: 0` becomes false, `""`/`null` times become null.
 */
export interface TreeNode {
  /** '' when BKFlow gave none (CREATED_STATUS and bare `{"state": …}` roots). */
  id: string
  state: State
  retry: number
  loop: number
  skip: boolean
  errorIgnored: boolean
  /** Integer seconds; for unfinished nodes it grows between polls. */
  elapsedSec: number
  startTime: string | null
  finishTime: string | null
  version: string | null
  /** Reached child nodes, in payload order; nested for legacy subprocess trees. */
  children: TreeNode[]
}

/** A task as the per-task endpoints address it: with a space, or app-bound without one. */
export interface TaskRef {
  taskId: number
  /** Absent → the app-bound endpoint. */
  spaceId?: number
}

/** Bounds of one client call: retries stop at `deadline` (epoch ms on the injected clock); `signal` cancels. */
export interface CallOptions {
  deadline: number
  signal?: AbortSignal
}

/** What get_task_detail's pipeline tree says of one activity or gateway (bkflow-api-2.md §6, §8). */
export interface PipelineNode {
  name: string
  type: string
  /** The node's id in the template: the same in every task made from it (top level only). */
  templateNodeId?: string
  /** An activity's component.code (`subprocess_plugin` for a subprocess node). */
  component?: string
  /** BKFlow retries a failed attempt of this activity on its own: up to `times`, after `intervalSec`. */
  autoRetry?: { times: number; intervalSec: number }
  /** A node timeout fails this activity and BKFlow skips it at once (`forced_fail_and_skip`). */
  skipsOnTimeout?: boolean
}

/** Runtime node id → what the pipeline tree says of it (activities and gateways, any depth). */
export type NodeNames = Map<string, PipelineNode>

/** One node as get_task_node_detail reports it (bkflow-api-2.md §1): only the fields the gate uses. */
export interface NodeDetail {
  state: State
  version: string | null
  retry: number
  loop: number
  /** The current attempt's failure text (ex_data); null when none. */
  exData: string | null
  /** The outputs list as `{ key, name?, value }` (bkflow-api-2.md §1 "outputs format"). */
  outputs: { key: string; name?: string; value: unknown }[]
  /** Earlier attempts (retries, loops), oldest first. */
  histories: {
    retry: number
    loop: number
    state: State
    version: string | null
    exData: string | null
  }[]
}

// ---------------------------------------------------------------- findings and verdicts

/** Why an expectation was not met (product.md §4). */
export type FindingKind =
  | 'state' // present, state differs (task or node)
  | 'missing' // listed in the spec, absent from the settled tree
  | 'unlisted_failure' // not listed, violates other_nodes
  | 'retry' // retry count above max_retry
  | 'skip' // skip flag differs
  | 'error_ignored' // error_ignored flag differs
  | 'elapsed' // elapsed_time above max_elapsed
  | 'pending' // the task timed out before settling
  | 'name' // a node name matched zero or several nodes: the expectation cannot be checked
  | 'error' // the task could not be read (not found, no permission, retries exhausted)

/** Findings of these kinds mean "could not be checked" rather than "checked and differs". */
export const ERROR_FINDINGS: ReadonlySet<FindingKind> = new Set(['name', 'error'])

export interface Finding {
  kind: FindingKind
  /** 'task' for the task's own state (and task-wide errors), 'node' for a node. */
  target: 'task' | 'node'
  nodeId?: string
  nodeName?: string
  /** For a listed node given by `id:`: whether it matched the runtime id or the template node id. */
  idKind?: IdKind
  /** Human-readable expected and actual values, e.g. `FINISHED` / `FAILED`, `≤ 0` / `2`. */
  expected: string
  actual: string
  /** One line, says what differs. Never contains a secret or an environment value. */
  message: string
  /** The spec entry that declared the expectation (the task's entry for task-wide and unlisted findings). */
  range: SourceRange
  /** `warn` when the entry that declared it has `severity: warn`: reported, never failing. */
  severity?: Severity
}

/** One row of a task's node table: every listed node, plus unlisted nodes that have a finding. */
export interface NodeRow {
  /** '' when a listed node could not be resolved (unknown name). */
  id: string
  name?: string
  listed: boolean
  /** Accepted states, `A | B`; absent for unlisted nodes. */
  expected?: string
  /** Actual state; absent when missing. */
  actual?: string
  retry?: number
  elapsedSec?: number
  /** How a listed node's `id:` matched: a runtime id of this task, or a template node id. */
  idKind?: IdKind
  /** The most important finding on this row, or 'ok'. */
  finding: FindingKind | 'ok'
  /** `warn` when every finding on this row is a warning. */
  severity?: Severity
  /** The id as reports show it: the shortest prefix (≥ 8) unique in the task's tree, `n5f0c2b7…`. */
  shortId?: string
  /** Why the node failed, read from BKFlow after polling (FAILED rows only). */
  reason?: NodeReason
}

/** A reason BKFlow gave for one attempt of a node (`ex_data`), cleaned for display. */
export interface AttemptReason {
  retry: number
  loop: number
  state: State
  /** First line, at most 200 characters; '' when BKFlow gave none. */
  line: string
}

/**
 * Why a FAILED node failed (bkflow-api-2.md §1): the first line of its `ex_data` for every report,
 * the fuller text for the JSON report. Filled by the poll stage's reasons step; reporters only read it.
 */
export interface NodeReason {
  /** `read`: BKFlow answered; `none`: it answered with no text; `unavailable`: it could not be read. */
  status: 'read' | 'none' | 'unavailable'
  /** One line for the plan, the summary, annotations and the comment (≤ 200 characters, cleaned). */
  line: string
  /** The whole text, cleaned, at most 4 KiB; '' unless `read`. */
  text: string
  /** Earlier attempts of this node (retries, loops), oldest first, from `histories`. */
  earlier: AttemptReason[]
  /** Set when the reason comes from a failed node of a subprocess's child task. */
  from?: { taskId: number; nodeId: string }
}

/** Which id of a node a spec's `id:` matched (product.md §12). */
export type IdKind = 'runtime' | 'template'

/** What `compare` returns for one task. */
export interface Comparison {
  verdict: 'pass' | 'fail' | 'error'
  findings: Finding[]
  rows: NodeRow[]
}

export type Verdict = 'pass' | 'fail' | 'pending' | 'error'
export type RunVerdict = 'pass' | 'fail' | 'error'
export type Mode = 'wait' | 'check'

/** The BKFlow endpoints the gate uses (bkflow-api.md §1, bkflow-api-2.md §1). */
export type Endpoint =
  | 'get_task_states'
  | 'get_task_states_by_app'
  | 'get_tasks_states'
  | 'get_task_detail'
  | 'get_task_node_detail'

/** Every Endpoint, in the order request counts are listed. */
export const ENDPOINTS: readonly Endpoint[] = [
  'get_task_states',
  'get_task_states_by_app',
  'get_tasks_states',
  'get_task_detail',
  'get_task_node_detail'
]

/** The endpoints that create, start, revoke and list tasks (bkflow-api-2.md §3–§5). */
export type OperationEndpoint =
  'create_task' | 'create_task_by_app' | 'operate_task' | 'operate_task_by_app' | 'get_task_list'

/** Every OperationEndpoint, in the order request counts are listed. */
export const OPERATION_ENDPOINTS: readonly OperationEndpoint[] = [
  'create_task',
  'create_task_by_app',
  'operate_task',
  'operate_task_by_app',
  'get_task_list'
]

/** Every endpoint the client can call. */
export type ApiEndpoint = Endpoint | OperationEndpoint

export interface TaskResult {
  task: TaskExpectation
  verdict: Verdict
  /** One line: why this verdict (e.g. `node "Deploy" FAILED`, `still RUNNING after 30m`). */
  reason: string
  /** Last root state seen, null if never read. */
  state: State | null
  /** Epoch ms at which `state` was first seen (for "RUNNING for 12m"). */
  stateSince: number | null
  findings: Finding[]
  rows: NodeRow[]
  /** The final tree: node count and count per state (root excluded); null if no tree was read. */
  tree: { nodes: number; byState: Record<string, number> } | null
  /** For verdict `error`: the typed error's kind and its message (says what to fix). */
  error?: { kind: string; message: string }
  startedAt: number
  settledAt: number | null
  /** Requests made for this task alone (tree, detail, single state, reasons). */
  requests: number
  /**
   * This task's share of the batch requests it was polled in: each batch POST counts 1/n for each
   * of its n tasks, so `requests + batchShare` is what the task cost (fractional).
   */
  batchShare?: number
  /** The task's own run time from BKFlow (the root's `elapsed_time`, seconds) in the last tree read; absent when none was read. */
  elapsedSec?: number
  /** The task in BKFlow's web UI (`web-url` set and the task has a space). */
  link?: string
  /** The run was cancelled before this task settled. */
  cancelled: boolean
  /** For a task this run created, under `on-cancel: revoke`: whether it was revoked, and why not. */
  revoke?: { revoked: boolean; message: string }
}

export interface RunResult {
  specFile: string
  mode: Mode
  result: RunVerdict
  startedAt: number
  finishedAt: number
  cancelled: boolean
  tasks: TaskResult[]
  /** Polling requests per endpoint, and those of create, start, revoke and list when a source sent any. */
  requests: {
    total: number
    byEndpoint: Record<Endpoint, number> & Partial<Record<OperationEndpoint, number>>
  }
  skippedByShard: number
  /** The `task-ids` output: label → task id (ids for `select` with `pick: all`). */
  taskIds?: Record<string, number | number[]>
}

/** Overall result (product.md §4): fail if any task failed or is pending; else error if any errored; else pass. */
export function overallResult(
  tasks: readonly { verdict: Verdict }[],
  cancelled = false
): RunVerdict {
  if (tasks.some((t) => t.verdict === 'fail' || t.verdict === 'pending')) return 'fail'
  if (tasks.some((t) => t.verdict === 'error')) return 'error'
  // Fail closed: a cancelled run did not verify everything. (An empty shard passes: it has nothing to verify.)
  if (cancelled) return 'error'
  return 'pass'
}
