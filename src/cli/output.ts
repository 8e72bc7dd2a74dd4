// The only module of the CLI that writes to the terminal; everything else returns text.

import type { Diagnostic } from '../model.js'

/** Where the CLI writes: normal output and errors. Tests pass a recording one. */
export interface Output {
  out(text: string): void
  err(text: string): void
}

/** Writes to the process's stdout and stderr. */
export const consoleOutput: Output = {
  out: (text) => console.log(text),
  err: (text) => console.error(text)
}

/**
 * `FILE:LINE:COLUMN: error CODE: message`, then the source line and a caret under the column
 * (tabs kept, so the caret lines up in any terminal). The source lines are left out when the
 * position is not in the text (a file too large to read, for instance).
 */
export function formatDiagnostic(d: Diagnostic, sourceText: string): string {
  const head = `${d.file}:${d.line}:${d.column}: ${d.severity} ${d.code}: ${d.message}`
  const lines = sourceText.split(/\r?\n/)
  const source = lines[d.line - 1]
  if (source === undefined || sourceText === '' || d.column < 1) return head
  const shown = source.replace(/\r$/, '')
  const pad = shown.slice(0, d.column - 1).replace(/[^\t]/g, ' ')
  return `${head}\n${shown}\n${pad}^`
}
