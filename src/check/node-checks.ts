// The checks of one listed node that is present in the tree: state, then each declared attribute.

import type {
  Finding,
  FindingKind,
  IdKind,
  NodeExpectation,
  SourceRange,
  TreeNode
} from '../model.js'
import { atMost, formatElapsed, formatLimit, formatState, formatStates } from './labels.js'
import { knownElapsedSec } from './elapsed.js'
import { stateOf } from './tree-index.js'

/** Who a node finding is about: the node's id, display name and label, and the spec entry to annotate. */
export interface NodeSubject {
  id: string
  name?: string
  label: string
  range: SourceRange
  /** How the spec's `id:` matched, when the node was given by id. */
  idKind?: IdKind
}

/** Builds a node finding with the subject's identity and range filled in. */
export function nodeFinding(
  subject: NodeSubject,
  kind: FindingKind,
  expected: string,
  actual: string,
  message: string
): Finding {
  const finding: Finding = { kind, target: 'node', expected, actual, message, range: subject.range }
  if (subject.id !== '') finding.nodeId = subject.id
  if (subject.name !== undefined) finding.nodeName = subject.name
  if (subject.idKind !== undefined) finding.idKind = subject.idKind
  return finding
}

// A value that is not a finite number cannot be shown to be within a bound, so it is not (fail closed).
function exceeds(value: number, bound: number): boolean {
  return !Number.isFinite(value) || value > bound
}

function times(count: number): string {
  return count === 1 ? '1 time' : `${count} times`
}

/**
 * Every way a present node differs from its expectation, most important first (state, retry, skip,
 * error_ignored, elapsed); empty when it matches.
 */
export function checkPresentNode(
  expectation: NodeExpectation,
  node: TreeNode,
  subject: NodeSubject
): Finding[] {
  const findings: Finding[] = []
  const state = stateOf(node)
  const { label } = subject
  if (!(expectation.states as readonly string[]).includes(state)) {
    const expected = formatStates(expectation.states)
    const retried = Number.isFinite(node.retry) && node.retry > 0 ? ` (retry ${node.retry})` : ''
    findings.push(
      nodeFinding(
        subject,
        'state',
        expected,
        formatState(state),
        `${label} is ${formatState(state)}, expected ${expected}${retried}`
      )
    )
  }
  if (expectation.maxRetry !== undefined && exceeds(node.retry, expectation.maxRetry)) {
    findings.push(
      nodeFinding(
        subject,
        'retry',
        atMost(String(expectation.maxRetry)),
        String(node.retry),
        `${label} was retried ${times(node.retry)}, expected at most ${expectation.maxRetry}`
      )
    )
  }
  if (expectation.skip !== undefined && node.skip !== expectation.skip) {
    findings.push(
      nodeFinding(
        subject,
        'skip',
        String(expectation.skip),
        String(node.skip),
        `${label} has skip ${String(node.skip)}, expected ${String(expectation.skip)}`
      )
    )
  }
  if (expectation.errorIgnored !== undefined && node.errorIgnored !== expectation.errorIgnored) {
    findings.push(
      nodeFinding(
        subject,
        'error_ignored',
        String(expectation.errorIgnored),
        String(node.errorIgnored),
        `${label} has error_ignored ${String(node.errorIgnored)}, expected ${String(expectation.errorIgnored)}`
      )
    )
  }
  if (expectation.maxElapsedMs !== undefined) {
    const limit = formatLimit(expectation.maxElapsedMs)
    const elapsed = knownElapsedSec(node)
    // An unknown elapsed time cannot be shown to be within the bound: it does not pass.
    if (elapsed === undefined) {
      findings.push(
        nodeFinding(
          subject,
          'elapsed',
          atMost(limit),
          'unknown',
          `${label} has no believable elapsed time (BKFlow reported ${formatRaw(node.elapsedSec)}s, as after a loop re-entry), expected at most ${limit}`
        )
      )
    } else if (exceeds(elapsed * 1000, expectation.maxElapsedMs)) {
      const took = formatElapsed(elapsed)
      findings.push(
        nodeFinding(
          subject,
          'elapsed',
          atMost(limit),
          took,
          `${label} took ${took}, expected at most ${limit}`
        )
      )
    }
  }
  return findings
}

function formatRaw(value: unknown): string {
  return typeof value === 'number' ? String(value) : 'no number'
}
