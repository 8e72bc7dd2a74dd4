#!/usr/bin/env node
// The CLI's entry point: run the command line and set the exit code.

import { run } from './run.js'
import { consoleOutput } from './output.js'

// The first Ctrl-C / SIGTERM stops a running check so it reports what it knows; a second one exits.
const controller = new AbortController()
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (controller.signal.aborted) process.exit(130)
    controller.abort()
  })
}

void run(process.argv.slice(2), {
  output: consoleOutput,
  env: process.env,
  signal: controller.signal,
  isTTY: process.stdout.isTTY
}).then((code) => {
  process.exitCode = code
})
