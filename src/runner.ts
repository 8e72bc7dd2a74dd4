// The only module that talks to the Actions runner. main.ts takes a Runner, so tests can pass a
// recording fake while dist/index.js uses @actions/core for real.

import * as core from '@actions/core'
import type { Annotation } from './report/index.js'

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
  /** Appends markdown to the job summary (a no-op when GITHUB_STEP_SUMMARY is unset). */
  writeSummary(markdown: string): Promise<void>
}

/** The real runner, through @actions/core. */
export function actionsRunner(env: Record<string, string | undefined>): Runner {
  return {
    getInput: (name) => core.getInput(name),
    setOutput: (name, value) => core.setOutput(name, value),
    setFailed: (message) => core.setFailed(message),
    setSecret: (value) => core.setSecret(value),
    info: (message) => core.info(message),
    warning: (message) => core.warning(message),
    annotate: (a) => {
      // GitHub shows columns only on single-line annotations.
      const singleLine = a.endLine === undefined || a.endLine === a.startLine
      const props: core.AnnotationProperties = {
        title: a.title,
        file: a.file || undefined,
        startLine: a.startLine,
        endLine: a.endLine,
        startColumn: singleLine ? a.startColumn : undefined,
        endColumn: singleLine ? a.endColumn : undefined
      }
      if (a.level === 'error') core.error(a.message, props)
      else if (a.level === 'warning') core.warning(a.message, props)
      else core.notice(a.message, props)
    },
    startGroup: (title) => core.startGroup(title),
    endGroup: () => core.endGroup(),
    writeSummary: async (markdown) => {
      if (!env.GITHUB_STEP_SUMMARY) return
      await core.summary.addRaw(markdown, true).write()
    }
  }
}
