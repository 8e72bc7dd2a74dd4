// The only module that talks to the Actions runner. main.ts takes a Runner, so tests can pass a
// recording fake while dist/index.js speaks the runner's protocol for real: workflow commands on
// stdout and the GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files.
//
// Why not @actions/core: its entry imports its OIDC client, and with it @actions/http-client,
// undici, @actions/exec and @actions/io — 1 MB that every run evaluated before its first request
// (about 40% of start-up, measured) for features this action never uses. The protocol below is
// the part of @actions/core the action uses, written to produce byte for byte what @actions/core
// produces; test/action/runner.test.ts runs both and compares.

import { randomUUID } from 'node:crypto'
import { appendFileSync, existsSync } from 'node:fs'
import { appendFile, rename, writeFile } from 'node:fs/promises'
import { EOL } from 'node:os'
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

// Workflow-command escaping: a message may not break its line; a property may not end its key.
const escapeData = (s: string): string =>
  s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
const escapeProperty = (s: string): string =>
  escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C')

type Properties = Record<string, string | number | undefined>

/** `::command key=value,…::message`, leaving out empty properties (as @actions/core does). */
function workflowCommand(command: string, properties: Properties, message: string): string {
  const props = Object.entries(properties)
    .filter(([, value]) => value !== undefined && value !== '' && value !== 0)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',')
  const space = Object.keys(properties).length > 0 ? ' ' : ''
  return `::${command}${space}${props}::${escapeData(message)}`
}

/** The real runner. `write` is stdout (a parameter so that tests can record it). */
export function actionsRunner(
  env: Record<string, string | undefined>,
  write: (text: string) => void = (text) => process.stdout.write(text)
): Runner {
  const issue = (command: string, properties: Properties, message: string) =>
    write(workflowCommand(command, properties, message) + EOL)
  return {
    getInput: (name) => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim(),
    setOutput: (name, value) => {
      const file = env.GITHUB_OUTPUT
      if (!file) {
        write(EOL)
        issue('set-output', { name }, value)
        return
      }
      if (!existsSync(file)) throw new Error(`Missing file at path: ${file}`)
      // A fresh random delimiter per value, so that no value can end the heredoc early.
      const delimiter = `ghadelimiter_${randomUUID()}`
      if (name.includes(delimiter) || value.includes(delimiter)) {
        throw new Error('Unexpected input: an output contains its delimiter')
      }
      appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, 'utf8')
    },
    // Every text is cleaned again at this sink (callers already pass outside text through
    // safe-text): no terminal escape reaches the log, and no plain line starts a command.
    setFailed: (message) => {
      process.exitCode = 1
      issue('error', {}, plainLines(message))
    },
    setSecret: (value) => issue('add-mask', {}, value),
    info: (message) => write(guardCommands(stripControls(message)) + EOL),
    warning: (message) => issue('warning', {}, plainLines(message)),
    annotate: (a) => {
      // GitHub shows columns only on single-line annotations.
      const singleLine = a.endLine === undefined || a.endLine === a.startLine
      const command = a.level === 'error' || a.level === 'warning' ? a.level : 'notice'
      issue(
        command,
        {
          title: plainText(a.title),
          file: a.file || undefined,
          line: a.startLine,
          endLine: a.endLine,
          col: singleLine ? a.startColumn : undefined,
          endColumn: singleLine ? a.endColumn : undefined
        },
        plainLines(a.message)
      )
    },
    startGroup: (title) => issue('group', {}, plainText(title)),
    endGroup: () => issue('endgroup', {}, ''),
    writeSummary: async (markdown, overwrite = false) => {
      if (!env.GITHUB_STEP_SUMMARY) return
      const file = env.GITHUB_STEP_SUMMARY
      if (!overwrite) {
        await appendFile(file, markdown + EOL)
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
