// A small strict argument parser: declared options only, every problem an error that names it.

/** One option a command accepts: `--name VALUE` (string), repeatable, or a `--flag` (boolean). */
export interface OptionSpec {
  type: 'string' | 'boolean'
  /** A string option that may be given several times; its value is the list. */
  multiple?: boolean
  /** A one-letter alias, e.g. `h` for `-h`. */
  short?: string
}

/** The values of the declared options, typed from their declarations. */
export type OptionValues<O extends Record<string, OptionSpec>> = {
  [K in keyof O]?: O[K] extends { type: 'boolean' }
    ? boolean
    : O[K] extends { multiple: true }
      ? string[]
      : string
}

/** Parsed arguments, or the first problem found. */
export type ParsedArgs<O extends Record<string, OptionSpec>> =
  { ok: true; values: OptionValues<O>; positionals: string[] } | { ok: false; error: string }

/**
 * Parses `argv` against declared options: `--name value`, `--name=value`, `-h`, and `--` to end
 * options. Unknown options, missing values and values given to flags are errors.
 */
export function parseArgs<O extends Record<string, OptionSpec>>(
  argv: readonly string[],
  options: O
): ParsedArgs<O> {
  const values: Record<string, string | boolean | string[]> = {}
  const positionals: string[] = []
  const byShort = new Map(
    Object.entries(options)
      .filter(([, spec]) => spec.short !== undefined)
      .map(([name, spec]) => [spec.short as string, name])
  )
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1))
      break
    }
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg)
      continue
    }
    let name: string | undefined
    let inline: string | undefined
    if (arg.startsWith('--')) {
      const equals = arg.indexOf('=')
      name = equals >= 0 ? arg.slice(2, equals) : arg.slice(2)
      inline = equals >= 0 ? arg.slice(equals + 1) : undefined
    } else {
      name = arg.length === 2 ? byShort.get(arg.slice(1)) : undefined
    }
    const display = inline === undefined ? arg : arg.slice(0, arg.indexOf('='))
    const spec =
      name === undefined ? undefined : Object.hasOwn(options, name) ? options[name] : undefined
    if (name === undefined || spec === undefined)
      return { ok: false, error: `unknown option ${display}` }
    if (spec.type === 'boolean') {
      if (inline !== undefined) return { ok: false, error: `option ${display} takes no value` }
      values[name] = true
      continue
    }
    let value = inline
    if (value === undefined) {
      if (i + 1 >= argv.length) return { ok: false, error: `option ${display} needs a value` }
      value = argv[++i]
    }
    if (spec.multiple) {
      const list = values[name]
      values[name] = Array.isArray(list) ? [...list, value] : [value]
    } else if (values[name] !== undefined) {
      return { ok: false, error: `option ${display} is given twice` }
    } else {
      values[name] = value
    }
  }
  return { ok: true, values: values as OptionValues<O>, positionals }
}
