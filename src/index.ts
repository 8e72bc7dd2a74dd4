// The action's entry: wire the real runner, clock and signals, then run once.

import { setTimeout as delay } from 'node:timers/promises'
import { run } from './main.js'
import { actionsRunner } from './runner.js'

/** How long a cancelled run may take to write its summary and outputs before the process exits anyway. */
const CANCEL_GRACE_MS = 1500

const controller = new AbortController()
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    controller.abort()
    setTimeout(() => process.exit(1), CANCEL_GRACE_MS).unref()
  })
}

const result = await run({
  runner: actionsRunner(process.env),
  env: process.env,
  now: Date.now,
  sleep: (ms, signal) => delay(ms, undefined, { signal }),
  signal: controller.signal
})
if (result !== 'pass') process.exitCode = 1
