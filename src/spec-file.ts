// Reading and parsing a spec file, for the action and the CLI alike: the file is refused over the
// size limit before it is read, and every way it can fail to load is one line to show the user.

import { readFile, stat } from 'node:fs/promises'
import type { Diagnostic, Spec } from './model.js'
import { MAX_SPEC_BYTES, parseSpec, tooLargeDiagnostic, type ParseOptions } from './spec/index.js'

/** A spec file's text (kept for carets), the spec when valid, and every diagnostic. */
export interface LoadedSpec {
  text: string
  spec: Spec | undefined
  diagnostics: Diagnostic[]
}

/**
 * Reads `path` and parses it as `shown` (the name diagnostics carry, e.g. workspace-relative).
 * Returns `{ error }` when the file cannot be read at all.
 */
export async function loadSpecFile(
  path: string,
  options: ParseOptions,
  shown = path
): Promise<LoadedSpec | { error: string }> {
  try {
    const info = await stat(path)
    if (!info.isFile()) return { error: `${shown} is not a file` }
    if (info.size > MAX_SPEC_BYTES) {
      return { text: '', spec: undefined, diagnostics: [tooLargeDiagnostic(shown, info.size)] }
    }
    const text = await readFile(path, 'utf8')
    // A binary file (an image, an archive, a compiled file) would be echoed back line by line.
    if (text.includes('\0')) return { error: `${shown} is not a text file (it holds NUL bytes)` }
    return { text, ...parseSpec(text, shown, options) }
  } catch (error: unknown) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : ''
    if (code === 'ENOENT') return { error: `${shown}: no such file` }
    if (code === 'EACCES') return { error: `${shown}: permission denied` }
    return { error: `${shown}: cannot be read (${code || 'unknown error'})` }
  }
}
