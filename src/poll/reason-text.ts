// BKFlow's failure text (`ex_data`, bkflow-api-2.md §1) made fit to show: plain text, JSON or an
// HTML error page reduced to its words, control characters removed, secrets redacted, then cut
// to one line for the reports and to 4 KiB for the JSON report. Pure but for the run's registered
// secrets, which the redactor reads.

import { stripControls } from '../safe-text.js'
import { redactSecrets } from '../secrets.js'

/** The one line every report shows, in characters (product.md §12). */
export const REASON_LINE_MAX = 200

/** The fuller text the JSON report keeps, in UTF-8 bytes. */
export const REASON_TEXT_MAX_BYTES = 4096

// JSON fields that hold the message itself, most telling first.
const MESSAGE_KEYS = ['message', 'msg', 'errmsg', 'error', 'detail', 'reason', 'ex_data']

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' '
}

/** The cleaned text (≤ 4 KiB) and its first line (≤ 200 characters); both '' when nothing is left. */
export function cleanReason(raw: string): { line: string; text: string } {
  const reduced = looksLikeJson(raw) ? fromJson(raw) : looksLikeHtml(raw) ? fromHtml(raw) : raw
  // The project's sanitiser for outside text: registered secrets in any encoding and anything
  // that looks like a credential masked; terminal sequences and control characters removed whole.
  const text = stripControls(
    redactSecrets(
      reduced.replace(/\r\n?/g, '\n').replace(/[\t\u2028\u2029]/g, (c) => (c === '\t' ? ' ' : '\n'))
    )
  )
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
  const first = text.split('\n').find((l) => l !== '') ?? ''
  return { line: clipChars(first, REASON_LINE_MAX), text: clipBytes(text, REASON_TEXT_MAX_BYTES) }
}

function looksLikeJson(text: string): boolean {
  const t = text.trim()
  return (t.startsWith('{') && t.endsWith('}')) || (t.startsWith('[') && t.endsWith(']'))
}

function looksLikeHtml(text: string): boolean {
  return /<\s*(!doctype|html|head|body|title|div|p|br|pre|span|h[1-6]|table|center)\b/i.test(text)
}

/** A JSON error body as words: its message field when it has one, else every string in it. */
function fromJson(raw: string): string {
  let value: unknown
  try {
    value = JSON.parse(raw)
  } catch {
    return raw
  }
  return jsonText(value, 0) || raw
}

function jsonText(value: unknown, depth: number): string {
  if (depth > 8) return ''
  if (typeof value === 'string') return looksLikeJson(value) ? fromJson(value) : value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (Array.isArray(value)) {
    return value
      .map((v) => jsonText(v, depth + 1))
      .filter(Boolean)
      .join('\n')
  }
  if (typeof value !== 'object' || value === null) return ''
  const record = value as Record<string, unknown>
  for (const key of MESSAGE_KEYS) {
    const text = key in record ? jsonText(record[key], depth + 1) : ''
    if (text) return text
  }
  return Object.entries(record)
    .map(([key, v]) => {
      const text = jsonText(v, depth + 1)
      return text ? `${key}: ${text}` : ''
    })
    .filter(Boolean)
    .join('\n')
}

/** An HTML page as its visible words: scripts and styles dropped, blocks on their own lines. */
function fromHtml(raw: string): string {
  return decodeEntities(
    raw
      .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '')
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<(br|\/p|\/div|\/li|\/tr|\/h[1-6]|\/title|\/pre|hr)\b[^>]*>/gi, '\n')
      .replace(/<[^>]*>/g, '')
  )
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1))
      return Number.isInteger(code) && code > 0 && code <= 0x10ffff
        ? String.fromCodePoint(code)
        : ''
    }
    return ENTITIES[name.toLowerCase()] ?? whole
  })
}

/** At most `max` characters (code points, so no pair is split), with `…` when cut. */
function clipChars(text: string, max: number): string {
  const chars = Array.from(text)
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text
}

/** At most `max` UTF-8 bytes, cut on a character, with `…` when cut. */
function clipBytes(text: string, max: number): string {
  if (Buffer.byteLength(text, 'utf8') <= max) return text
  let used = Buffer.byteLength('…', 'utf8')
  let out = ''
  for (const c of text) {
    const size = Buffer.byteLength(c, 'utf8')
    if (used + size > max) break
    out += c
    used += size
  }
  return `${out}…`
}
