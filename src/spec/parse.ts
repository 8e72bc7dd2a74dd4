// parseSpec: YAML text in, the normalized spec and its diagnostics out. Never throws.

import type { Diagnostic, Spec } from '../model.js'
import type { SettingNames } from '../settings.js'
import { diagnostic, sortDiagnostics } from './diagnostic.js'
import { loadYaml } from './load.js'
import { startOf } from './locate.js'
import { normalizeSpec } from './normalize.js'
import { shardOf } from './shard.js'
import { validateShape } from './validate.js'

/** What parseSpec takes besides the text. */
export interface ParseOptions {
  /** From the action's `vars` input or the CLI's --var: wins over env. */
  vars?: Record<string, string>
  /** Fallback for ${VAR}; default {} (callers pass process.env). */
  env?: Record<string, string | undefined>
  /** From the action's inputs: used UNDER the spec's own defaults. */
  defaults?: { timeoutMs?: number; intervalMs?: number }
  /** From the CLI's command line: used OVER the spec's defaults and per-task values. */
  overrides?: { timeoutMs?: number; intervalMs?: number }
  /** 1-based index, 1 <= index <= count. */
  shard?: { index: number; count: number }
  /** How messages name the settings (default: the action's inputs). */
  settings?: SettingNames
}

type ParseResult = { spec: Spec | undefined; diagnostics: Diagnostic[] }

function parseUnsafe(text: string, file: string, options: ParseOptions): ParseResult {
  const { loaded, diagnostics } = loadYaml(text, file)
  if (!loaded) return { spec: undefined, diagnostics }
  const shape = validateShape(loaded.value, loaded.locator)
  const normalizeOptions = {
    vars: options.vars ?? {},
    env: options.env ?? {},
    settings: options.settings,
    defaults: options.defaults ?? {},
    overrides: options.overrides
  }
  if (!shape.raw) {
    // The checks the schema cannot express still run on the valid parts: one pass, every problem.
    const rest = shape.pruned
      ? normalizeSpec(shape.pruned, loaded.locator, normalizeOptions).diagnostics
      : []
    return { spec: undefined, diagnostics: [...diagnostics, ...shape.diagnostics, ...rest] }
  }
  const normalized = normalizeSpec(shape.raw, loaded.locator, normalizeOptions)
  if (normalized.diagnostics.length > 0 || diagnostics.some((d) => d.severity === 'error')) {
    return { spec: undefined, diagnostics: [...diagnostics, ...normalized.diagnostics] }
  }
  const shard = options.shard
  const tasks = shard
    ? normalized.tasks.filter((task) => shardOf(task.key, shard.count) === shard.index)
    : normalized.tasks
  const spec: Spec = {
    version: 1,
    file,
    tasks,
    skippedByShard: normalized.tasks.length - tasks.length
  }
  // What is left are warnings (yaml's): they do not stop the spec.
  return { spec, diagnostics }
}

/**
 * Parses, validates and normalizes a spec. `spec` is undefined iff a diagnostic is an error;
 * diagnostics come sorted by position, each on the YAML node it is about.
 */
export function parseSpec(text: string, file: string, options: ParseOptions = {}): ParseResult {
  try {
    const result = parseUnsafe(text, file, options)
    return { spec: result.spec, diagnostics: sortDiagnostics(result.diagnostics) }
  } catch (error: unknown) {
    // A bug, not a user error: say so, without the input (it may hold anything).
    const detail = error instanceof Error ? error.name : 'unknown error'
    const message = `The spec parser failed (${detail}); please report this as a bug.`
    return { spec: undefined, diagnostics: [diagnostic('internal-error', message, startOf(file))] }
  }
}
