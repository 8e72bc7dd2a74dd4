// Reading one chunk of get_tasks_states when BKFlow cannot answer it whole. Each id costs the
// engine a full tree read and the gateway cuts a request at 120 s (bkflow-api-2.md §10), so a
// chunk that timed out or failed with a 5xx would fail the same way again: it is split instead.

import type { State } from '../model.js'
import { BkflowError } from './errors.js'

/**
 * Sends one batch request, retried until the deadline; with `split`, a size failure (see
 * isSizeFailure) comes back at its first occurrence instead, to be split rather than resent.
 */
export type SendBatch = (
  ids: number[],
  mode: 'split' | 'retried'
) => Promise<Map<number, State | null>>

/** What one call has learnt so far. */
export interface BatchProgress {
  /** Some chunk of the call was answered. */
  read: boolean
  /** After a split: the largest chunk BKFlow answered, a size to start from next time. */
  fits?: number
}

/** A failure that a smaller batch may avoid: our request timeout, or an HTTP 5xx (a 504 is the gateway's cut). */
export function isSizeFailure(error: unknown): boolean {
  if (!(error instanceof BkflowError)) return false
  if (error.kind === 'timeout') return true
  return error.kind === 'transient' && error.status !== undefined && error.status >= 500
}

/** Nothing of the call was answered and a single id failed too: not a size problem but an outage. */
class Outage extends Error {}

/**
 * The states of `ids`: sent; if that times out or fails with a 5xx, the ids are halved and each
 * half read the same way (both halves tried before either is split further), down to single ids.
 * A single id that still fails is null, so the caller reads that task on its own; but when nothing
 * of the call has been answered, the failure is an outage, and the chunk is sent again with the
 * usual retries. Other failures were retried by the send and are thrown as they are.
 */
export async function readBatch(
  ids: number[],
  send: SendBatch,
  progress: BatchProgress = { read: false }
): Promise<Map<number, State | null>> {
  const first = await attempt(ids, send, progress)
  if (first instanceof Map) return first
  try {
    return await settleFailure(ids, first, send, progress)
  } catch (error: unknown) {
    if (error instanceof Outage) return send(ids, 'retried')
    throw error
  }
}

async function attempt(
  ids: number[],
  send: SendBatch,
  progress: BatchProgress
): Promise<Map<number, State | null> | unknown> {
  try {
    const states = await send(ids, 'split')
    progress.read = true
    return states
  } catch (error: unknown) {
    return error
  }
}

async function settleFailure(
  ids: number[],
  error: unknown,
  send: SendBatch,
  progress: BatchProgress
): Promise<Map<number, State | null>> {
  if (!isSizeFailure(error)) throw error
  if (ids.length === 1) {
    if (!progress.read) throw new Outage()
    return new Map([[ids[0], null]])
  }
  const middle = Math.ceil(ids.length / 2)
  const halves = [ids.slice(0, middle), ids.slice(middle)]
  // One after the other: halving a chunk that overloads BKFlow should not double the load.
  const tries: unknown[] = []
  for (const half of halves) {
    const tried = await attempt(half, send, progress)
    if (tried instanceof Map) progress.fits = Math.max(progress.fits ?? 0, half.length)
    tries.push(tried)
  }
  const states = new Map<number, State | null>()
  for (let i = 0; i < halves.length; i++) {
    const tried = tries[i]
    const map = tried instanceof Map ? tried : await settleFailure(halves[i], tried, send, progress)
    for (const [id, state] of map as Map<number, State | null>) states.set(id, state)
  }
  return states
}
