// Fails the run, by name, on anything a test left in the run's TMPDIR (temp-dir-setup.js), and
// removes the directory either way.

import process from 'node:process'
import { readdirSync, rmSync } from 'node:fs'

export default function teardown() {
  const dir = process.env.BKFLOW_GATE_TEST_TMPDIR
  if (dir === undefined) return
  const left = readdirSync(dir)
  rmSync(dir, { recursive: true, force: true })
  if (left.length > 0) {
    throw new Error(`tests left these in the temporary directory: ${left.sort().join(', ')}`)
  }
}
