// The scenario file's shape (README.md documents it with a full example). All times are
// absolute sim seconds since the simulator started, so a timeline reads like a script.

/** A BlueKing app the gateway knows. */
export interface AppSpec {
  code: string
  secret: string
  /** false → every space-scoped resource answers 403 APP_NO_PERMISSION (default true). */
  permissions?: boolean
  /** Stage rate limit for this app; default 5000 tokens per 60 s (bkflow-api.md §1.0). */
  quota?: { tokens: number; period: number }
}

export interface SpaceSpec {
  id: number
  /** The app that owns the space; a space owned by another app answers B2. */
  app: string
}

export interface TemplateSpec {
  id: number
  /** The app the template is bound to; null → A5 on the app-bound endpoint. */
  app: string | null
  /** A soft-deleted template answers A4, as a missing one does. */
  deleted?: boolean
  /** The template's space: create_task elsewhere answers 模版不存在 (default: any space). */
  space?: number
  /** The nodes a task created from this template runs, laid out from its start as a task's are. */
  nodes?: NodeSpec[]
}

/** A node state at a point of the timeline (explicit form). Unset counters carry over. */
export interface NodeEventSpec {
  at: number
  state: string
  retry?: number
  loop?: number
  skip?: boolean
  error_ignored?: boolean
  /** On a FAILED event: its failure text (default: the node's `ex_data`). */
  ex_data?: string
}

/** Node types as pipeline trees spell them. */
export type NodeType =
  | 'ServiceActivity'
  | 'SubProcess'
  | 'ExclusiveGateway'
  | 'ParallelGateway'
  | 'ConditionalParallelGateway'
  | 'ConvergeGateway'

/**
 * One node of the pipeline. Compact form: `duration`, `result` and the operator actions,
 * laid out one after another. Explicit form: `events` (absolute times; the compact keys are ignored).
 */
export interface NodeSpec {
  /** 32 chars, `n` + 31 hex; generated deterministically from the task id and position if absent. */
  id?: string
  name?: string
  type?: NodeType
  /** component.code in get_task_detail (default `sleep_timer` for activities). */
  component?: string
  /** Seconds the node runs (default 1 for activities, 0 for gateways). */
  duration?: number
  /** How the (first) run ends: FINISHED (default), FAILED, or RUNNING (never ends). */
  result?: 'FINISHED' | 'FAILED' | 'RUNNING'
  /** With result FAILED: the failure is ignorable, so the node ends FINISHED with error_ignored. */
  error_ignored?: boolean
  /** After a failure: an operator retries it this many seconds later (retry+1, new version, READY). */
  retry_after?: number
  /** After a failure: an operator skips it this many seconds later (FINISHED, skip true, new version). */
  skip_after?: number
  /** How the retried run ends (default FINISHED). */
  then?: 'FINISHED' | 'FAILED' | 'RUNNING'
  /** Seconds a retried node stays READY before it runs again (default 1). */
  ready_for?: number
  /** Run the node this many times (loop 1..N, a new version each time). */
  loop?: number
  /** The node is paused when reached (node SUSPENDED) for this long, or for ever. */
  suspend_for?: number | 'forever'
  /**
   * The failure text (get_task_node_detail's `ex_data`) of each failed attempt: one text, or a
   * list (one per failed attempt, the last repeating). Default: a plugin-like message.
   */
  ex_data?: string | string[]
  /** Output keys renamed as when the template maps them to a global variable, e.g. `{ task_id: child }`. */
  rename_outputs?: Record<string, string>
  /**
   * BKFlow's own retries of a failed attempt (auto_retry): up to `times` (default 10, capped at
   * 10), each `interval` s (default 0, capped at 10) + 1 s after the failure. `enable: false` keeps
   * the setting in the pipeline tree but off.
   */
  auto_retry?: { enable?: boolean; times?: number; interval?: number }
  /** With result FAILED: how many attempts fail before one finishes (default: every one). */
  fail_times?: number
  /**
   * timeout_config (forced_fail): each failing attempt is forced to fail this many seconds after
   * it starts, with `ex_data` "forced fail by bkflow_engine" and `_forced_failed`.
   */
  timeout?: number
  /** With `timeout`: `forced_fail_and_skip` skips the node 1 s after the forced fail (FINISHED, skip). */
  timeout_action?: 'forced_fail' | 'forced_fail_and_skip'
  /** The node's template node id (default: derived from the task's template and the position). */
  template_node_id?: string
  /** SubProcess: keep the legacy engine layout (children nested in this tree) instead of a child task. */
  legacy?: boolean
  /** SubProcess (not legacy): the child task's id (default parent id × 100 + position + 1). */
  child_id?: number
  /** SubProcess: the child's template (default the parent's) and space (default the parent's). */
  child_template?: number
  child_space?: number
  /** Explicit timeline; overrides every compact key above. */
  events?: NodeEventSpec[]
  /**
   * SubProcess only: the pipeline it runs: by default a separate child task (the node is a
   * subprocess_plugin leaf whose `task_id` output names it); with `legacy: true` nested in place.
   */
  nodes?: NodeSpec[]
}

/** A window of sim seconds; absent bounds are open. */
export interface WindowSpec {
  from?: number
  until?: number
}

export interface TaskSpec {
  id: number
  space: number
  /** Template id (optional); the app-bound endpoint checks its binding. */
  template?: number
  name?: string
  /** get_task_list's `creator` (default `admin`). */
  creator?: string
  /** Names of the task's BKFlow labels, for get_task_list's `label` filter. */
  labels?: string[]
  /** The constants a create_task set (full `${key}` keys), kept for tests to read. */
  constants?: Record<string, unknown>
  /** Sim seconds at which the task starts; absent → never started (CREATED_STATUS). */
  start?: number
  /** Creation time in sim seconds (default 0); the batch answer is ordered by it, newest first. */
  created?: number
  /** Root READY for this many seconds after start before the first node runs (default 0). */
  ready_for?: number
  /** Between `start` and this time the task answers a bare `{"state":"CREATED"}`. */
  engine_rows_at?: number
  /** true / 'hard' → not found everywhere, absent from batch; 'soft' → not found, still in batch. */
  deleted?: boolean | 'hard' | 'soft'
  /** Single endpoints → B3 not_found; batch → bare `{"state":"EXPIRED"}`. */
  expired?: boolean
  /** Root paused (SUSPENDED) at `pause` and resumed at `resume`; compact nodes wait meanwhile. */
  pause?: number
  resume?: number
  /** Root REVOKED at this time; nothing changes after it (running children stay RUNNING). */
  revoke?: number
  /** Explicit form only: when the end event is reached (root FINISHED). Compact form computes it. */
  finish?: number
  /** The engine query fails (B7 on single endpoints, `null` state in batch): always or in a window. */
  engine_error?: boolean | WindowSpec
  nodes?: NodeSpec[]
}

/** Kinds of injected faults (README.md describes each). */
export type FaultType =
  | 'status'
  | 'html'
  | 'relay'
  | 'engine_error'
  | 'app_check_error'
  | 'hang'
  | 'reset'
  | 'truncated'
  | 'not_json'
  | 'rate_limit'

/** Endpoint names as the request log records them. */
export type EndpointName =
  | 'get_task_states'
  | 'get_task_states_by_app'
  | 'get_tasks_states'
  | 'get_task_detail'
  | 'get_task_node_detail'
  | 'create_task'
  | 'create_task_by_app'
  | 'operate_task'
  | 'operate_task_by_app'
  | 'get_task_list'

export interface Fault {
  type: FaultType
  /** Match: endpoint name, task id (for batch: any listed id), space id, sim-second window. */
  endpoint?: EndpointName | EndpointName[]
  task?: number
  space?: number
  from?: number
  until?: number
  /** Apply to the first N matching requests only; absent → always. */
  times?: number
  /** `status`: the HTTP status (500, 502, 503, 504 get their gateway code; others get 502's). */
  status?: number
  /** `relay`: the task module's status (B6), or 0 for a connection exception (B5). Default 502. */
  upstream_status?: number
  /** `rate_limit`: X-Bkapi-RateLimit-Reset seconds (default 10). */
  reset?: number
  /** `relay` / `engine_error`: text put into the message. */
  message?: string
  /** A name for the request log (default: the type). */
  name?: string
}

export interface Scenario {
  /** Sim time 0 as an ISO date (default 2026-08-21T10:00:00+08:00). */
  epoch?: string
  apps: AppSpec[]
  /** If set, only these bk_username values pass user auth on the app-bound endpoint. */
  users?: string[]
  /** If set, only these access_token values pass user auth on the app-bound endpoint. */
  tokens?: string[]
  spaces: SpaceSpec[]
  templates?: TemplateSpec[]
  tasks: TaskSpec[]
  faults?: Fault[]
  /**
   * Sim seconds the task module spends per id of a get_tasks_states request (default 0.05): a
   * batch costing more than the gateway's 120 s answers 504 REQUEST_BACKEND_TIMEOUT.
   */
  batch_cost?: number
}
