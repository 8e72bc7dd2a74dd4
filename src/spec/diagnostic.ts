import type { Diagnostic, SourceRange } from '../model.js'
import type { DiagnosticCode } from './codes.js'

/** A diagnostic at a range; errors unless said otherwise. */
export function diagnostic(
  code: DiagnosticCode,
  message: string,
  range: SourceRange,
  severity: Diagnostic['severity'] = 'error'
): Diagnostic {
  return { ...range, code, severity, message }
}

/** Diagnostics in file order (line, then column), stable for equal positions. */
export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort((a, b) => a.line - b.line || a.column - b.column)
}
