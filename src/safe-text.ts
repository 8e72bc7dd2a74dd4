// Every string from outside (spec labels and names, BKFlow's states, names and messages) is hostile:
// these helpers make it inert before it reaches stdout, a terminal, a summary, a comment or a YAML
// comment. Printers call them; sinks (the runner's log, the CLI's streams) add guardCommands.

/* eslint-disable no-control-regex -- matching control characters is this module's job */
import { redactSecrets } from './secrets.js'

// Terminal escape sequences, removed whole so that no half of one is left to show: CSI
// (`ESC [ … final`), OSC / DCS / PM / APC strings (ended by BEL or ST), and two-character escapes.
const TERMINAL_SEQUENCE =
  /\u001b\[[0-?]*[ -/]*[@-~]?|\u001b[\]PX^_][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u009b[0-?]*[ -/]*[@-~]?|\u001b[ -~]?/g

// C0 and C1 controls and DEL (tab and line breaks are handled separately), and the bidirectional
// overrides that make text read differently from what it is ("Trojan source").
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g

const LINE_BREAK = /[\r\n\t\u000b\u000c\u0085\u2028\u2029]+/g

/**
 * Outside text as one safe line: secrets masked (any encoding), terminal escapes and control
 * characters removed, line breaks and tabs turned into spaces.
 */
export function plainText(text: string): string {
  const flat = stripControls(redactSecrets(text).replace(LINE_BREAK, ' '))
  return neutralizeLegacyCommands(flat).replace(/ {2,}/g, ' ').trim()
}

/**
 * Like plainText, but keeps the line breaks (`\n`) of a message that is several lines on purpose.
 * Each line is still one line: a `\r` cannot overwrite it.
 */
export function plainLines(text: string): string {
  return redactSecrets(text)
    .split(/\r?\n|[\r\u2028\u2029\u0085]/)
    .map((line) => stripControls(line.replace(/[\t\u000b\u000c]/g, ' ')).trimEnd())
    .map(neutralizeLegacyCommands)
    .join('\n')
}

// The runner's legacy `##[command]` form is recognised anywhere in a line that is not already a
// `::` command; a zero-width space keeps it readable and inert wherever the text ends up.
function neutralizeLegacyCommands(text: string): string {
  return text.includes('##[') ? text.replace(/##\[/g, '##\u200b[') : text
}

/** Removes terminal escape sequences and control characters, nothing else. */
export function stripControls(text: string): string {
  return text.replace(TERMINAL_SEQUENCE, '').replace(CONTROL, '')
}

/**
 * Text for a stream the Actions runner reads as workflow commands: a line that would start one
 * (`::name::…`, after any indentation, as the runner trims) or a legacy `##[name]` anywhere in it
 * gets a zero-width space, so the runner shows it and runs nothing. The gate's own commands are
 * written by @actions/core, never through here.
 */
export function guardCommands(text: string): string {
  if (!text.includes('::') && !text.includes('##[')) return text
  // The runner splits lines at \r as well as \n.
  return neutralizeLegacyCommands(text.replace(/(^|[\r\n])(\s*):(?=:)/g, '$1$2:\u200b'))
}

/**
 * A JSON string literal (also a valid YAML double-quoted scalar) in which every control, bidi and
 * line-separator character is escaped: JSON.stringify leaves DEL, C1 and U+2028 raw.
 */
export function quotedString(text: string): string {
  return escapeJsonText(JSON.stringify(text))
}

/**
 * JSON text with the characters JSON.stringify leaves raw (DEL, C1, line separators, bidi
 * overrides) escaped as `\uXXXX`: the same data, and nothing that acts on a terminal.
 */
export function escapeJsonText(json: string): string {
  return json.replace(
    /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
  )
}
