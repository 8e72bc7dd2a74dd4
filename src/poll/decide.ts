import { TERMINAL_STATES, type State, type TaskExpectation } from '../model.js'

/**
 * What one look at a task's root state means (product.md §4):
 * `settle` — the task is done: read its tree and compare, whatever the comparison says;
 * `try` — the state is an expected one: read the tree and compare, settle only if it passes;
 * `wait` — keep polling (`wakeAt`: the earliest time a new look could settle it, e.g. a grace end).
 */
export type Decision = { kind: 'settle' } | { kind: 'try' } | { kind: 'wait'; wakeAt?: number }

/**
 * Decides from a root state alone, so that trees are fetched only when they can decide.
 * `failedSince` is when FAILED was first seen without a change since (null when the state is not FAILED).
 */
export function decide(
  task: TaskExpectation,
  state: State,
  failedSince: number | null,
  now: number
): Decision {
  if (TERMINAL_STATES.has(state)) return { kind: 'settle' }
  const expected = (task.states as readonly State[]).includes(state)
  if (state === 'FAILED') {
    // FAILED is derived and not final in BKFlow (an operator may retry or skip), hence the policy.
    const policy = task.onFailed
    if (policy === 'fail') return { kind: 'settle' }
    if (policy !== 'wait') {
      const since = failedSince ?? now
      if (now - since >= policy.graceMs) return { kind: 'settle' }
      return expected ? { kind: 'try' } : { kind: 'wait', wakeAt: since + policy.graceMs }
    }
  }
  return expected ? { kind: 'try' } : { kind: 'wait' }
}
