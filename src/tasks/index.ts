// Task sources: `create:` and `select:` entries become tasks before polling; `on-cancel: revoke`.
export { runTasks, resolveSources, type RequestCounts, type Resolution } from './sources.js'
export { revokeCreated, ON_CANCEL, REVOKE_BUDGET_MS, type OnCancel } from './revoke.js'
export type { SourceOptions, TaskDriver } from './context.js'
