// The CLI's entry point: run the command line and set the exit code.

import { run } from './run.js'

void run(process.argv.slice(2)).then((code) => {
  process.exitCode = code
})
