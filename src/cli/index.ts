#!/usr/bin/env node
// The CLI's entry point: run the command line and set the exit code.

import { run } from './run.js'
import { consoleOutput } from './output.js'
import { EXIT } from './command.js'

// The first Ctrl-C / SIGTERM stops a running check so it reports what it knows; a second one exits.
// Either way a cancelled run exits as shells expect of a process ended by that signal (128 + its
// number), never with a verdict's code: a script must not read a cancelled run as a failed check.
const EXIT_ON = { SIGINT: EXIT.interrupted, SIGTERM: EXIT.terminated } as const
const controller = new AbortController()
let received: keyof typeof EXIT_ON | undefined
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (controller.signal.aborted) process.exit(EXIT_ON[signal])
    received = signal
    controller.abort()
  })
}

void run(process.argv.slice(2), {
  output: consoleOutput,
  env: process.env,
  signal: controller.signal,
  isTTY: process.stdout.isTTY
}).then((code) => {
  process.exitCode = received === undefined ? code : EXIT_ON[received]
})
