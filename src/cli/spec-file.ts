// Reading a spec file for the CLI: refuse one over the size limit before reading it.

import { readFile, stat } from 'node:fs/promises'
import type { Diagnostic } from '../model.js'
import { MAX_SPEC_BYTES, tooLargeDiagnostic } from '../spec/index.js'

/** The file's text, a too-large diagnostic, or a one-line reason it cannot be read. */
export async function readSpecFile(
  path: string
): Promise<{ text: string } | { tooLarge: Diagnostic } | { error: string }> {
  try {
    const info = await stat(path)
    if (!info.isFile()) return { error: `${path} is not a file` }
    if (info.size > MAX_SPEC_BYTES) return { tooLarge: tooLargeDiagnostic(path, info.size) }
    return { text: await readFile(path, 'utf8') }
  } catch (error: unknown) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : ''
    if (code === 'ENOENT') return { error: `${path}: no such file` }
    if (code === 'EACCES') return { error: `${path}: permission denied` }
    return { error: `${path}: cannot be read (${code || 'unknown error'})` }
  }
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`
}
