// The spec language: parse, validate and normalize a spec file, with precise diagnostics.

export { DIAGNOSTIC_CODES, type DiagnosticCode } from './codes.js'
export { MAX_ALIASES, MAX_NESTING, MAX_SPEC_BYTES } from './limits.js'
export { tooLargeDiagnostic } from './load.js'
export { BUILTIN_INTERVAL_MS, BUILTIN_TIMEOUT_MS, taskKey } from './normalize.js'
export { parseSpec, type ParseOptions } from './parse.js'
export { parseShard, shardOf } from './shard.js'
export { parseVarEntries, parseVars } from './vars.js'
