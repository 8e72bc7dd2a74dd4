// Masking secrets in any text the gate shows, in every encoding a gateway, a proxy or a library
// could wrap them in: raw, JSON-escaped (`\u0050`), URL-encoded, HTML entities and base64.
// One Redactor does it everywhere; the process-wide one holds the secrets of the current run.

const MASK = '***'

/**
 * Shorter values are not masked: a one-character "secret" would turn every message into
 * `get_ta***k***`. Real app secrets and access tokens are far longer.
 */
export const MIN_SECRET_LENGTH = 8

/** What the log says once about a secret too short to mask (`name` as the user set it). */
export function shortSecretNotice(name: string): string {
  return `The ${name} is very short (under ${MIN_SECRET_LENGTH} characters), too short to be masked in logs without garbling them: it was not masked. Use a real secret.`
}

/** True when `value` is long enough to be masked (see MIN_SECRET_LENGTH). */
export function isMaskable(value: string): boolean {
  return value.length >= MIN_SECRET_LENGTH
}

/** Masks known secret values wherever and however they appear in a text. */
export class Redactor {
  private secrets: string[] = []
  /** Literal forms searched in the text and in each decoded layer of it: raw and base64. */
  private forms: string[] = []
  private pattern: RegExp | undefined
  /** The same forms, for a yes/no test (no `g`, so no lastIndex to reset). */
  private probe: RegExp | undefined

  constructor(secrets: readonly string[] = []) {
    for (const secret of secrets) this.add(secret)
  }

  /** Adds a secret; returns false (and masks nothing) when it is too short to be one. */
  add(secret: string): boolean {
    if (!isMaskable(secret)) return false
    if (this.secrets.includes(secret)) return true
    this.secrets.push(secret)
    const forms = new Set([...this.forms, secret, ...base64Forms(secret)])
    // Longest first, so that a form that contains another is masked whole.
    this.forms = [...forms].filter(isMaskable).sort((a, b) => b.length - a.length)
    this.pattern = new RegExp(this.forms.map(escapeRegExp).join('|'), 'g')
    this.probe = new RegExp(this.pattern.source)
    return true
  }

  /** True when no secret is known (every call is then the identity). */
  get empty(): boolean {
    return this.secrets.length === 0
  }

  /** `text` with every occurrence of a secret, in any known encoding, replaced by `***`. */
  redact(text: string): string {
    if (this.probe === undefined || text.length < MIN_SECRET_LENGTH) return text
    // Almost every text holds no secret and no escape: two scans, no allocation.
    if (!this.probe.test(text) && !ENCODED.test(text)) return text
    const spans = text.length <= WINDOW ? this.find(text) : this.findInWindows(text)
    if (spans.length === 0) return text
    let out = ''
    let at = 0
    for (const [start, end] of mergeSpans(spans)) {
      out += text.slice(at, start) + MASK
      at = end
    }
    return out + text.slice(at)
  }

  /**
   * A parsed JSON value with every string and every object key redacted: a gateway may send the
   * secret JSON-escaped, which only parsing reveals. Mutates and returns `value`.
   */
  redactValue(value: unknown): unknown {
    if (this.pattern === undefined) return value
    if (typeof value === 'string') return this.redact(value)
    // An explicit stack, not recursion: a hostile payload may nest deeper than the call stack.
    const stack: unknown[] = [value]
    while (stack.length > 0) {
      const node = stack.pop()
      if (typeof node !== 'object' || node === null) continue
      if (Array.isArray(node)) {
        for (let i = 0; i < node.length; i++) {
          const item: unknown = node[i]
          if (typeof item === 'string') node[i] = this.redact(item)
          else stack.push(item)
        }
        continue
      }
      const record = node as Record<string, unknown>
      for (const key of Object.keys(record)) {
        const item = record[key]
        const clean = typeof item === 'string' ? this.redact(item) : item
        if (typeof item !== 'string') stack.push(item)
        const cleanKey = this.redact(key)
        if (cleanKey !== key) delete record[key]
        record[cleanKey] = clean
      }
    }
    return value
  }

  // Decoding keeps per-character positions, so a long text (a hostile answer may be one 60 MiB
  // string) is searched in overlapping windows: memory stays bounded, and an occurrence that
  // straddles a window's start lies wholly in the overlap the window begins with.
  private findInWindows(text: string): Array<[number, number]> {
    const spans: Array<[number, number]> = []
    for (let start = 0; start < text.length; start += WINDOW) {
      const from = Math.max(0, start - OVERLAP)
      const piece = text.slice(from, Math.min(text.length, start + WINDOW))
      for (const [a, b] of this.find(piece)) spans.push([a + from, b + from])
    }
    return spans
  }

  // Spans of the original text to mask: matches in the text itself, then in each decoded layer
  // (double encodings are peeled up to three times), mapped back to where they came from.
  private find(text: string): Array<[number, number]> {
    const spans: Array<[number, number]> = []
    const pattern = this.pattern as RegExp
    for (const match of text.matchAll(pattern)) {
      spans.push([match.index, match.index + match[0].length])
    }
    let layer: Decoded = { text, start: undefined, end: undefined }
    for (let depth = 0; depth < 3 && ENCODED.test(layer.text); depth++) {
      const next = decodeLayer(layer)
      if (next.text === layer.text) break
      layer = next
      for (const match of layer.text.matchAll(pattern)) {
        const first = match.index
        const last = match.index + match[0].length - 1
        spans.push([layer.start?.[first] ?? first, layer.end?.[last] ?? last + 1])
      }
    }
    return spans
  }
}

/** Texts longer than this are searched in windows (see findInWindows). */
const WINDOW = 256 * 1024
/** Far longer than any encoded form of a secret (12 characters per character at most, twice). */
const OVERLAP = 16 * 1024

/** The run's secrets, for every renderer and printer (the action registers them as it reads them). */
const processRedactor = new Redactor()

/** Adds a secret for redactSecrets; false when it is too short to mask (the caller should say so). */
export function registerSecret(value: string): boolean {
  return processRedactor.add(value)
}

/** Masks the registered secrets (any encoding) and anything that looks like a credential. */
export function redactSecrets(text: string): string {
  return redactCredentials(processRedactor.redact(text))
}

// `"bk_app_secret": "…"`, `bk_app_secret=…`, `\"access_token\":\"…\"` and the like, in JSON,
// query strings and escaped JSON alike: the key stays (it says what was hidden), the value goes.
const CREDENTIAL_VALUE =
  /(?<![A-Za-z])((?:bk_)?app_secret|access_token|bk_token|jwt|authorization|password)(\\*["']?\s*[:=]\s*)(\\*"(?:[^"\\]|\\.)*?\\*"|'[^']*'|(?:(?:token|bearer|basic)\s+)?[^"'\\\s&,;}]+)/gi

// The whole auth header: `X-Bkapi-Authorization: {…}` up to the end of its JSON object or the line.
const AUTH_HEADER = /(x-bkapi-authorization)(\\*["']?\s*[:=]\s*)(\{[^}\n]*\}?|[^\s,;]+)/gi

/**
 * Masks anything that looks like a BlueKing credential or the auth header's value, even when the
 * secret itself is unknown (a relayed error text that quotes a request).
 */
export function redactCredentials(text: string): string {
  if (!/secret|token|jwt|authorization|password/i.test(text)) return text
  return text.replace(AUTH_HEADER, `$1$2${MASK}`).replace(CREDENTIAL_VALUE, `$1$2${MASK}`)
}

/** A text and, per character, the span of the original text it was decoded from. */
interface Decoded {
  text: string
  start: number[] | undefined
  end: number[] | undefined
}

// Escapes that may hide a secret: backslash escapes, %XX, and HTML character references.
const ENCODED = /\\[ux"\\/bfnrt']|%[0-9a-f]{2}|&#?[0-9a-z]+;?/i

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  sol: '/',
  equals: '=',
  plus: '+',
  nbsp: ' '
}

const SIMPLE_ESCAPES: Record<string, string> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  "'": "'",
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t'
}

const TOKEN =
  /\\u([0-9a-fA-F]{4})|\\x([0-9a-fA-F]{2})|\\(["\\/'bfnrt])|((?:%[0-9a-fA-F]{2})+)|&#[xX]([0-9a-fA-F]{1,6});?|&#([0-9]{1,7});?|&([a-zA-Z]+);/g

// One layer of decoding, every escape kind at once, keeping where each character came from.
function decodeLayer(source: Decoded): Decoded {
  const { text } = source
  const chars: string[] = []
  const start: number[] = []
  const end: number[] = []
  const origin = (i: number): number => source.start?.[i] ?? i
  const originEnd = (i: number): number => source.end?.[i] ?? i + 1
  const push = (value: string, from: number, to: number): void => {
    for (const unit of value) {
      // A character may be two UTF-16 units; the layer is indexed by unit, like the text.
      for (let k = 0; k < unit.length; k++) {
        chars.push(unit[k])
        start.push(origin(from))
        end.push(originEnd(to - 1))
      }
    }
  }
  let at = 0
  for (const match of text.matchAll(TOKEN)) {
    for (; at < match.index; at++) push(text[at], at, at + 1)
    const from = match.index
    const to = from + match[0].length
    const [, unicode, hexByte, simple, percent, hexRef, decRef, named] = match
    if (unicode !== undefined) push(String.fromCharCode(parseInt(unicode, 16)), from, to)
    else if (hexByte !== undefined) push(String.fromCharCode(parseInt(hexByte, 16)), from, to)
    else if (simple !== undefined) push(SIMPLE_ESCAPES[simple], from, to)
    else if (percent !== undefined) pushPercent(percent, from, push)
    else if (hexRef !== undefined) push(codePoint(parseInt(hexRef, 16)) ?? match[0], from, to)
    else if (decRef !== undefined) push(codePoint(Number(decRef)) ?? match[0], from, to)
    else if (named !== undefined) {
      const value = NAMED_ENTITIES[named.toLowerCase()]
      if (value !== undefined) push(value, from, to)
      else for (let i = from; i < to; i++) push(text[i], i, i + 1)
    }
    at = to
  }
  for (; at < text.length; at++) push(text[at], at, at + 1)
  return { text: chars.join(''), start, end }
}

// %XX runs are UTF-8 bytes: ASCII maps byte for byte; anything else maps to the whole run.
function pushPercent(
  run: string,
  from: number,
  push: (value: string, from: number, to: number) => void
): void {
  const bytes = Buffer.from(run.replace(/%/g, ''), 'hex')
  if (bytes.every((b) => b < 0x80)) {
    bytes.forEach((b, i) => push(String.fromCharCode(b), from + 3 * i, from + 3 * i + 3))
  } else push(bytes.toString('utf8'), from, from + run.length)
}

function codePoint(value: number): string | undefined {
  return Number.isInteger(value) && value > 0 && value <= 0x10ffff
    ? String.fromCodePoint(value)
    : undefined
}

/**
 * The base64 (and base64url) text of the secret wherever it sits in a longer encoded value: one
 * form per byte alignment, keeping only the characters that depend on the secret alone (the way
 * the Actions runner masks base64 forms of secrets).
 */
function base64Forms(secret: string): string[] {
  const bytes = Buffer.from(secret, 'utf8')
  const forms: string[] = []
  for (let shift = 0; shift < 3; shift++) {
    const encoded = Buffer.concat([Buffer.alloc(shift), bytes])
      .toString('base64')
      .replace(/=+$/, '')
    const first = Math.ceil((8 * shift) / 6)
    const last = Math.floor((8 * (shift + bytes.length)) / 6)
    const form = encoded.slice(first, last)
    forms.push(form, form.replace(/\+/g, '-').replace(/\//g, '_'))
  }
  return forms
}

function mergeSpans(spans: Array<[number, number]>): Array<[number, number]> {
  const sorted = [...spans].sort((a, b) => a[0] - b[0])
  const merged: Array<[number, number]> = []
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1]
    if (last !== undefined && start <= last[1]) last[1] = Math.max(last[1], end)
    else merged.push([start, end])
  }
  return merged
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
