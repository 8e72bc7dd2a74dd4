// Terraform-like symbols and verdict words for the plan text (product.md §4).

import type { FindingKind, Verdict } from '../model.js'

/** The plan's symbol for each finding: `~` differs, `-` missing, `!` unlisted, `?` pending, `x` could not check. */
export const SYMBOLS: Record<FindingKind | 'ok', string> = {
  ok: ' ',
  state: '~',
  missing: '-',
  unlisted_failure: '!',
  retry: '~',
  skip: '~',
  error_ignored: '~',
  elapsed: '~',
  pending: '?',
  name: 'x',
  error: 'x'
}

/** One line that explains the symbols, printed once after the plan when there are findings. */
export const LEGEND =
  'Legend: ~ differs from the spec, - missing, ! unlisted node not allowed by other_nodes, ? not settled in time, x could not be checked.'

type Paint = 'red' | 'yellow' | 'green' | 'bold' | 'dim'

const ANSI: Record<Paint, string> = {
  red: '\u001b[31m',
  yellow: '\u001b[33m',
  green: '\u001b[32m',
  bold: '\u001b[1m',
  dim: '\u001b[2m'
}
const RESET = '\u001b[0m'

/** Wraps text in an ANSI colour when `color` is on; returns it unchanged otherwise. */
export function paint(text: string, how: Paint, color: boolean): string {
  return color && text !== '' ? `${ANSI[how]}${text}${RESET}` : text
}

/** The colour of a finding's symbol: red for what failed or is missing, yellow for differences and pending. */
export function findingPaint(kind: FindingKind | 'ok'): Paint {
  if (kind === 'ok') return 'dim'
  if (kind === 'missing' || kind === 'unlisted_failure' || kind === 'name' || kind === 'error') {
    return 'red'
  }
  return 'yellow'
}

/** The colour of a verdict word. */
export function verdictPaint(verdict: Verdict): Paint {
  if (verdict === 'pass') return 'green'
  if (verdict === 'pending') return 'yellow'
  return 'red'
}

/**
 * Whether to colour text written to `stream`: never with NO_COLOR (any non-empty value) or
 * TERM=dumb, always with FORCE_COLOR (other than `0`/`false`), else only on a terminal.
 */
export function shouldColor(
  stream: { isTTY?: boolean },
  env: Record<string, string | undefined>
): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false
  const force = env.FORCE_COLOR
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false'
  if (env.TERM === 'dumb') return false
  return stream.isTTY === true
}
