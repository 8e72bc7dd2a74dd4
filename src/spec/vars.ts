// `${VAR}` references in task_id / space_id, and the KEY=VALUE lines that define them.
// Values may come from the environment and may be secrets: no message here ever contains one.

import { ACTION_SETTINGS, type SettingNames } from '../settings.js'

const KEY_RE = /^[A-Za-z_][A-Za-z0-9_]*$/
/** The whole-value reference form the schema allows: `${NAME}`. */
export const VAR_REF_RE = /^\$\{([A-Za-z_][A-Za-z0-9_]*)\}$/

/**
 * Parses strict `KEY=VALUE` entries, naming each bad entry with `label(index)` and never echoing
 * a value. Blank entries and `#` comments are skipped; the value is everything after the first `=`.
 */
export function parseVarEntries(
  entries: readonly string[],
  label: (index: number) => string
): { vars: Record<string, string>; errors: string[] } {
  const vars: Record<string, string> = Object.create(null) as Record<string, string>
  const firstSeen = new Map<string, number>()
  const errors: string[] = []
  entries.forEach((raw, index) => {
    const entry = raw.replace(/\r$/, '')
    const trimmed = entry.trim()
    if (trimmed === '' || trimmed.startsWith('#')) return
    const equals = entry.indexOf('=')
    if (equals < 0) {
      errors.push(`${label(index)}: expected KEY=VALUE (no \`=\` found).`)
      return
    }
    const key = entry.slice(0, equals).trim()
    if (!KEY_RE.test(key)) {
      errors.push(
        `${label(index)}: the name before \`=\` must be letters, digits and \`_\`, not starting with a digit.`
      )
      return
    }
    const first = firstSeen.get(key)
    if (first !== undefined) {
      errors.push(`${label(index)}: ${key} is already set by ${label(first)}.`)
      return
    }
    firstSeen.set(key, index)
    vars[key] = entry.slice(equals + 1)
  })
  return { vars: { ...vars }, errors }
}

/** Parses the action's `vars` input, one `KEY=VALUE` per line; errors name the line number. */
export function parseVars(lines: string[]): { vars: Record<string, string>; errors: string[] } {
  return parseVarEntries(lines, (index) => `line ${index + 1}`)
}

/** Where variables come from: explicit vars win over the environment. */
export interface VarSources {
  vars: Record<string, string>
  env: Record<string, string | undefined>
  /** How a message tells the user to define a variable (default: the action's `vars` input). */
  settings?: SettingNames
}

/** What a `${NAME}` resolved to, with an error that names the variable and never its value. */
export type VarResolution =
  { ok: true; value: number } | { ok: false; code: 'undefined-var' | 'bad-var'; message: string }

/** Resolves `${NAME}` to a positive integer. */
export function resolveVar(name: string, sources: VarSources): VarResolution {
  const own = Object.prototype.hasOwnProperty
  const value = own.call(sources.vars, name)
    ? sources.vars[name]
    : own.call(sources.env, name)
      ? sources.env[name]
      : undefined
  if (value === undefined) {
    return {
      ok: false,
      code: 'undefined-var',
      message: `${name} is not defined: ${(sources.settings ?? ACTION_SETTINGS).defineVar(name)}.`
    }
  }
  const text = value.trim()
  const number = Number(text)
  if (!/^[1-9][0-9]*$/.test(text) || !Number.isSafeInteger(number)) {
    return {
      ok: false,
      code: 'bad-var',
      message: `${name} must be a positive integer (it is used as an id here).`
    }
  }
  return { ok: true, value: number }
}

/** A `${NAME}` anywhere in a text; `$${` stands for a literal `${`. */
const EMBEDDED_VAR_RE = /\$(\$)?\{([A-Za-z_][A-Za-z0-9_]*)\}/g

/**
 * Replaces every `${NAME}` inside a text with its value (`$${NAME}` stays a literal `${NAME}`).
 * Used for create.name and create.constants, whose values are sent and never printed: the error
 * names the first undefined variable, never a value.
 */
export function interpolate(
  text: string,
  sources: VarSources
): { ok: true; value: string } | { ok: false; code: 'undefined-var'; message: string } {
  const own = Object.prototype.hasOwnProperty
  let missing: string | undefined
  const value = text.replace(
    EMBEDDED_VAR_RE,
    (whole, escaped: string | undefined, name: string) => {
      if (escaped !== undefined) return whole.slice(1)
      const found = own.call(sources.vars, name)
        ? sources.vars[name]
        : own.call(sources.env, name)
          ? sources.env[name]
          : undefined
      if (found === undefined) missing ??= name
      return found ?? ''
    }
  )
  if (missing !== undefined) {
    return {
      ok: false,
      code: 'undefined-var',
      message: `${missing} is not defined: set it in the vars (\`${missing}=…\`) or in the environment.`
    }
  }
  return { ok: true, value }
}
