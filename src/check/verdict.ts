import { ERROR_FINDINGS, type Comparison, type Finding } from '../model.js'
import { counts } from './severity.js'

/**
 * Fail when a finding says the tree differs; error when every finding says it could not be
 * checked. Warnings (`severity: warn`) never count.
 */
export function verdictOf(findings: readonly Finding[]): Comparison['verdict'] {
  const counted = findings.filter(counts)
  if (counted.some((f) => !ERROR_FINDINGS.has(f.kind))) return 'fail'
  return counted.length > 0 ? 'error' : 'pass'
}
