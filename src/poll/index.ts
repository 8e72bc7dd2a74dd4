// The scheduler: polls BKFlow until every task settles (or looks once) and returns the run's result.
export { pollTasks } from './scheduler.js'
export { decide, type Decision } from './decide.js'
export type { CallOptions, PollEvent, PollOptions, StateSource, TaskRef } from './types.js'
export { HEARTBEAT_MS, QUIET_REPEAT_MS, type HeartbeatOptions } from './heartbeat.js'
export { addLinks, parseWebUrl, readWebUrl, taskLink } from './links.js'
export { collectReasons, MAX_REASONS, REASONS_BUDGET_MS, type ReasonSource } from './reasons.js'
