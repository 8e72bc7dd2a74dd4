// Escaping for GitHub-flavoured markdown. Entities rather than backslashes, because the same text
// also lands inside raw HTML (`<summary>`), where a backslash would show literally.

import { oneLine } from './redact.js'

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '|': '&#124;',
  '`': '&#96;',
  '\\': '&#92;',
  '*': '&#42;',
  _: '&#95;',
  '[': '&#91;',
  ']': '&#93;',
  '~': '&#126;'
}
const SPECIAL = /[&<>|`\\*_[\]~]/g

/**
 * Model text (user or API) as inert markdown on one line: secrets masked, controls removed, line
 * breaks made spaces, `@mentions` and `#123` references neutralized, and every character that could end a table cell, open HTML or code, or format text
 * (`| < > ` & \ * _ [ ] ~`) written as an entity.
 */
export function md(text: string): string {
  return neutralizeReferences(clip(oneLine(text))).replace(SPECIAL, (c) => ENTITIES[c] ?? c)
}

/**
 * `@name` would notify a user or team and `#123` (`GH-123`, `org/repo#123`) would link and
 * cross-reference an issue from the summary or the PR comment. A zero-width space after `@` or `#`
 * keeps the text as it reads; GitHub decodes entities before it looks for references, so an
 * entity would not do.
 */
export function neutralizeReferences(text: string): string {
  return text.replace(/([@#])(?=[A-Za-z0-9])/g, '$1\u200b').replace(/\b(GH)-(?=\d)/gi, '$1-\u200b')
}

/** No single piece of model text may crowd out the rest of a report. */
export const MAX_TEXT_CHARS = 1000

function clip(text: string): string {
  // By code point, so a cut never splits a surrogate pair.
  return text.length > MAX_TEXT_CHARS
    ? `${Array.from(text)
        .slice(0, MAX_TEXT_CHARS - 1)
        .join('')}…`
    : text
}

/** Model text as inline code that cannot be broken out of: `<code>` with the content escaped. */
export function code(text: string): string {
  return `<code>${md(text)}</code>`
}

/** Bytes of text in UTF-8: GitHub's limits on summaries are in bytes. */
export function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8')
}

/** A URL the gate built (a validated web-url plus ids) with every character that could end it, a table cell or an attribute percent-encoded. */
function safeUrl(url: string): string {
  return url.replace(
    /[\s<>()[\]|`"'\\]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`
  )
}

/** A markdown link to a URL the gate built; the URL goes in angle brackets. */
export function link(text: string, url: string): string {
  return `[${md(text)}](<${safeUrl(url)}>)`
}

/** The same link as HTML, for places where GitHub reads no markdown (a `<summary>` line). */
export function htmlLink(text: string, url: string): string {
  return `<a href="${safeUrl(url).replace(/&/g, '&amp;')}">${md(text)}</a>`
}
