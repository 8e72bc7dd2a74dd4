// The CLI's commands, in the order the help lists them. A new command is one entry here.

import type { Command } from '../command.js'
import { checkCommand } from './check.js'
import { initCommand } from './init.js'
import { mergeCommand } from './merge.js'
import { validateCommand } from './validate.js'

/** Every command `bkflow-gate` knows. */
export const COMMANDS: readonly Command[] = [
  checkCommand,
  mergeCommand,
  validateCommand,
  initCommand
]
