// The only module of the CLI that writes to the terminal; everything else returns text.

import type { Diagnostic } from '../model.js'
import { guardCommands, plainText, stripControls } from '../safe-text.js'

/** Where the CLI writes: normal output and errors. Tests pass a recording one. */
export interface Output {
  out(text: string): void
  err(text: string): void
}

/**
 * Writes to the process's stdout and stderr. The CLI may run inside a GitHub Actions step, so no
 * line it prints may start a workflow command (outside text is already escaped where it is built).
 */
export const consoleOutput: Output = {
  out: (text) => console.log(guardCommands(text)),
  err: (text) => console.error(guardCommands(text))
}

/**
 * `FILE:LINE:COLUMN: error CODE: message`, then the source line and a caret under the column
 * (tabs kept, so the caret lines up in any terminal). The source lines are left out when the
 * position is not in the text (a file too large to read, for instance).
 */
export function formatDiagnostic(d: Diagnostic, sourceText: string): string {
  const head = `${plainText(d.file)}:${d.line}:${d.column}: ${d.severity} ${d.code}: ${plainText(d.message)}`
  const lines = sourceText.split(/\r?\n/)
  const source = lines[d.line - 1]
  if (source === undefined || sourceText === '' || d.column < 1) return head
  // The source line is the user's file, shown as text: no terminal escape in it may run.
  const shown = stripControls(source.replace(/\r$/, ''))
  const pad = shown.slice(0, d.column - 1).replace(/[^\t]/g, ' ')
  return `${head}\n${shown}\n${pad}^`
}
