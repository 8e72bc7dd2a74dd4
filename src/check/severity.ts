// `severity: warn` (product.md §12): the findings of a warn entry are reported as warnings and
// never fail the run. Pure; the comparison and the poll stage's other outcomes both pass through it.

import type { Finding, Severity, TaskResult } from '../model.js'

/** The finding marked as a warning when its entry's severity is `warn`; unchanged otherwise. */
export function withSeverity(finding: Finding, severity: Severity | undefined): Finding {
  return severity === 'warn' ? { ...finding, severity: 'warn' } : finding
}

/** Whether a finding fails its task (every finding that is not a warning does). */
export function counts(finding: Finding): boolean {
  return finding.severity !== 'warn'
}

/**
 * The result of a `severity: warn` task: every finding a warning, and a fail, pending or error
 * verdict turned into a pass (with warnings). Results of other tasks come back unchanged.
 */
export function applyTaskSeverity(result: TaskResult): TaskResult {
  if (result.task.severity !== 'warn') return result
  const findings = result.findings.map((f) => withSeverity(f, 'warn'))
  const rows = result.rows.map((row) =>
    row.finding === 'ok' ? row : { ...row, severity: 'warn' as const }
  )
  return { ...result, verdict: 'pass', findings, rows }
}
