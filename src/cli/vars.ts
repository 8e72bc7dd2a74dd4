// The --var flags that check and validate share: KEY=VALUE entries, each bad one named, with the
// likely fix for the commonest slip, `--var K 108` (which would read 108 as a second SPEC).

import { parseVarEntries } from '../spec/index.js'

const NAME_RE = /^[A-Za-z_][A-Za-z0-9_]*$/

/** The variables of the `--var` values, or one line per bad entry. */
export function parseVarFlags(
  argv: readonly string[],
  entries: readonly string[]
): { vars: Record<string, string> } | { errors: string[] } {
  const label = (index: number): string => `--var #${index + 1}`
  const { vars, errors } = parseVarEntries(entries, label)
  if (errors.length === 0) return { vars }
  const hints = slipHints(argv)
  return {
    errors: errors.map((error) => {
      const index = hints.findIndex((_, i) => error.startsWith(`${label(i)}:`))
      return index >= 0 && hints[index] ? `${error} ${hints[index]}` : error
    })
  }
}

/** Per --var, in order: `Did you mean --var K=108?` when `--var K` is followed by a bare argument. */
function slipHints(argv: readonly string[]): string[] {
  const hints: string[] = []
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--') break
    if (argv[i].startsWith('--var=')) hints.push('')
    if (argv[i] !== '--var') continue
    const [name, next] = [argv[i + 1] ?? '', argv[i + 2]]
    const slip = NAME_RE.test(name) && next !== undefined && !next.startsWith('-')
    hints.push(slip ? `Did you mean --var ${name}=${next}?` : '')
    i++
  }
  return hints
}
