// The action's entry: wire the real runner, clock and signals, then run once.

import { reportCancelled, run } from './main.js'
import { actionsRunner } from './runner.js'
import { sleep } from './sleep.js'

/** How long a cancelled run may take to write its summary and outputs before the process exits anyway. */
const CANCEL_GRACE_MS = 1500

const runner = actionsRunner(process.env)
const controller = new AbortController()
let finished = false
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    if (controller.signal.aborted) return
    controller.abort()
    setTimeout(() => process.exit(1), CANCEL_GRACE_MS).unref()
    // At once, whatever the spec's size: the run replaces these with what it knows if it can.
    if (!finished) reportCancelled(runner)
  })
}

const result = await run({
  runner,
  env: process.env,
  now: Date.now,
  sleep,
  signal: controller.signal
})
finished = true
if (result !== 'pass') process.exitCode = 1
