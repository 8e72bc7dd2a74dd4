// The only module that talks to the Actions runner. main.ts takes a Runner, so tests can pass a
// recording fake while dist/index.js uses @actions/core for real.

import { appendFileSync } from 'node:fs'
import { rename, writeFile } from 'node:fs/promises'
import { EOL } from 'node:os'
import * as core from '@actions/core'
import type { Annotation } from './report/index.js'
import { guardCommands, plainLines, plainText, stripControls } from './safe-text.js'

export interface Runner {
  getInput(name: string): string
  setOutput(name: string, value: string): void
  setFailed(message: string): void
  setSecret(value: string): void
  info(message: string): void
  warning(message: string): void
  annotate(annotation: Annotation): void
  startGroup(title: string): void
  endGroup(): void
  /**
   * Appends markdown to the job summary, or replaces what this step wrote with `overwrite` (a
   * no-op when GITHUB_STEP_SUMMARY is unset).
   */
  writeSummary(markdown: string, overwrite?: boolean): Promise<void>
  /**
   * Appends markdown to the job summary synchronously: for a signal handler, after which the
   * process may exit before any promise settles.
   */
  writeSummaryNow(markdown: string): void
}

/** The real runner, through @actions/core. */
export function actionsRunner(env: Record<string, string | undefined>): Runner {
  return {
    getInput: (name) => core.getInput(name),
    setOutput: (name, value) => core.setOutput(name, value),
    // Every text is cleaned again at this sink (callers already pass outside text through
    // safe-text): no terminal escape reaches the log, and no plain line starts a command.
    setFailed: (message) => core.setFailed(plainLines(message)),
    setSecret: (value) => core.setSecret(value),
    info: (message) => core.info(guardCommands(stripControls(message))),
    warning: (message) => core.warning(plainLines(message)),
    annotate: (a) => {
      // GitHub shows columns only on single-line annotations.
      const singleLine = a.endLine === undefined || a.endLine === a.startLine
      const props: core.AnnotationProperties = {
        title: plainText(a.title),
        file: a.file || undefined,
        startLine: a.startLine,
        endLine: a.endLine,
        startColumn: singleLine ? a.startColumn : undefined,
        endColumn: singleLine ? a.endColumn : undefined
      }
      const message = plainLines(a.message)
      if (a.level === 'error') core.error(message, props)
      else if (a.level === 'warning') core.warning(message, props)
      else core.notice(message, props)
    },
    startGroup: (title) => core.startGroup(plainText(title)),
    endGroup: () => core.endGroup(),
    writeSummary: async (markdown, overwrite = false) => {
      if (!env.GITHUB_STEP_SUMMARY) return
      const file = env.GITHUB_STEP_SUMMARY
      if (!overwrite) {
        await core.summary.addRaw(markdown, true).write()
        return
      }
      // Replaced whole: a process killed mid-write leaves the previous summary, never an empty one.
      const partial = `${file}.partial`
      await writeFile(partial, `${markdown}${EOL}`)
      await rename(partial, file)
    },
    writeSummaryNow: (markdown) => {
      if (env.GITHUB_STEP_SUMMARY) appendFileSync(env.GITHUB_STEP_SUMMARY, `${markdown}\n`)
    }
  }
}
