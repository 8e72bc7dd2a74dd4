// The splitting of a batch chunk that BKFlow cannot answer whole, on a scripted sender.

import { describe, expect, it } from '@jest/globals'
import { isSizeFailure, readBatch, type SendBatch } from '../../src/bkflow/batch.js'
import { BkflowError } from '../../src/bkflow/errors.js'

const gatewayTimeout = () =>
  new BkflowError({ kind: 'transient', retryable: true, status: 504, message: 'HTTP 504' })
const relayed5xx = () =>
  new BkflowError({ kind: 'transient', retryable: true, status: 200, message: 'relay 502' })
const timeout = () => new BkflowError({ kind: 'timeout', retryable: true, message: 'no answer' })
const denied = () => new BkflowError({ kind: 'permission', retryable: false, message: 'denied' })

/** A sender that fails a request by its ids and mode, and records every request. */
function sender(fails: (ids: number[], mode: 'split' | 'retried') => BkflowError | undefined) {
  const sent: string[] = []
  const send: SendBatch = async (ids, mode) => {
    sent.push(`${mode} ${ids.join(',')}`)
    const error = fails(ids, mode)
    if (error) throw error
    return new Map(ids.map((id) => [id, 'RUNNING']))
  }
  return { send, sent }
}

const ids = (n: number) => Array.from({ length: n }, (_, i) => i + 1)

describe('readBatch', () => {
  it('sends a chunk once when BKFlow answers it', async () => {
    const { send, sent } = sender(() => undefined)
    expect((await readBatch(ids(4), send)).size).toBe(4)
    expect(sent).toEqual(['split 1,2,3,4'])
  })

  it('halves a chunk that is too costly, never resending the same chunk', async () => {
    // Each id costs 1; the gateway cuts anything over 2.
    const { send, sent } = sender((chunk) => (chunk.length > 2 ? gatewayTimeout() : undefined))
    const progress = { read: false }
    const states = await readBatch(ids(8), send, progress)
    expect([...states.keys()].sort((a, b) => a - b)).toEqual(ids(8))
    expect(progress).toEqual({ read: true, fits: 2 })
    expect(sent).toEqual([
      'split 1,2,3,4,5,6,7,8',
      'split 1,2,3,4',
      'split 5,6,7,8',
      'split 1,2',
      'split 3,4',
      'split 5,6',
      'split 7,8'
    ])
  })

  it('makes the one id that keeps timing out null, so that its task is read on its own', async () => {
    const { send, sent } = sender((chunk) => (chunk.includes(3) ? timeout() : undefined))
    const states = await readBatch(ids(4), send)
    expect(states).toEqual(
      new Map<number, string | null>([
        [1, 'RUNNING'],
        [2, 'RUNNING'],
        [3, null],
        [4, 'RUNNING']
      ])
    )
    expect(sent).toEqual(['split 1,2,3,4', 'split 1,2', 'split 3,4', 'split 3', 'split 4'])
  })

  it('treats failures that leave nothing answered as an outage: the chunk with the usual retries', async () => {
    const { send, sent } = sender((_chunk, mode) =>
      mode === 'split' ? gatewayTimeout() : undefined
    )
    const states = await readBatch(ids(4), send)
    expect(states.size).toBe(4)
    expect(sent).toEqual([
      'split 1,2,3,4',
      'split 1,2',
      'split 3,4',
      'split 1',
      'split 2',
      'retried 1,2,3,4'
    ])
  })

  it('does not split other failures: the send retried them, and they are thrown as they are', async () => {
    const relay = sender(() => relayed5xx())
    await expect(readBatch(ids(3), relay.send)).rejects.toThrow('relay 502')
    expect(relay.sent).toEqual(['split 1,2,3'])
    const perm = sender(() => denied())
    await expect(readBatch(ids(3), perm.send)).rejects.toThrow('denied')
    expect(perm.sent).toEqual(['split 1,2,3'])
  })

  it('counts only timeouts and HTTP 5xx as size failures', () => {
    expect(isSizeFailure(timeout())).toBe(true)
    expect(isSizeFailure(gatewayTimeout())).toBe(true)
    expect(isSizeFailure(relayed5xx())).toBe(false)
    expect(isSizeFailure(denied())).toBe(false)
    expect(isSizeFailure(new Error('x'))).toBe(false)
  })
})
