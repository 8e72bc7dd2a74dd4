import { ERROR_FINDINGS, type Comparison, type Finding } from '../model.js'

/** Fail when a finding says the tree differs; error when every finding says it could not be checked. */
export function verdictOf(findings: readonly Finding[]): Comparison['verdict'] {
  if (findings.some((f) => !ERROR_FINDINGS.has(f.kind))) return 'fail'
  return findings.length > 0 ? 'error' : 'pass'
}
