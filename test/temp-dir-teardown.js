// Fails the run, by name, on anything a test left in the run's TMPDIR (temp-dir-setup.js), and
// removes the directory either way.

import process from 'node:process'
import { readdirSync, rmSync } from 'node:fs'

export default function teardown() {
  const dir = process.env.BKFLOW_GATE_TEST_TMPDIR
  if (dir === undefined) return
  // Compile caches are a tool's, not a test's leftovers, and go with the directory: tsx keeps its
  // own in TMPDIR/tsx-<uid> (the simulator tests run it); Node 22+ keeps TMPDIR/node-compile-cache.
  const left = readdirSync(dir).filter(
    (name) => !/^tsx-\d+$/.test(name) && name !== 'node-compile-cache'
  )
  rmSync(dir, { recursive: true, force: true })
  if (left.length > 0) {
    throw new Error(`tests left these in the temporary directory: ${left.sort().join(', ')}`)
  }
}
