// Every test removes what it creates (issue 12): the run gets a temporary directory of its own as
// TMPDIR, which the workers and os.tmpdir() inherit; temp-dir-teardown.js checks it at the end.
// Plain JavaScript: jest loads global setup files without the ts-jest module mapping.

import process from 'node:process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export default function setup() {
  const dir = mkdtempSync(join(tmpdir(), 'bkflow-gate-tests-'))
  process.env.BKFLOW_GATE_TEST_TMPDIR = dir
  process.env.TMPDIR = dir
}
