// The encodings a secret can travel in, and a leak finder that does not trust the redactor under
// test: it looks for each encoded form literally, and decodes the output on its own to look again.

/** Every character as `\uXXXX`, as a JSON encoder with ASCII-only output writes it. */
export function jsonEscaped(text: string): string {
  return [...text].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')
}

/** Every byte as `%XX`. */
export function percentEncoded(text: string): string {
  return [...Buffer.from(text, 'utf8')]
    .map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`)
    .join('')
}

/** Every character as a decimal (`&#115;`) or hex (`&#x73;`) HTML character reference. */
export function htmlEntities(text: string, hex = false): string {
  return [...text]
    .map((c) => {
      const n = c.codePointAt(0) ?? 0
      return hex ? `&#x${n.toString(16)};` : `&#${n};`
    })
    .join('')
}

export function base64(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64')
}

/** The secret in each encoding a hostile gateway is given to echo, by name. */
export function encodedForms(secret: string): Record<string, string> {
  return {
    raw: secret,
    'JSON \\u escapes': jsonEscaped(secret),
    'JSON \\u escapes, lower half only': jsonEscaped(secret.slice(0, 6)) + secret.slice(6),
    'URL-encoded': percentEncoded(secret),
    'URL-encoded, lower case': percentEncoded(secret).toLowerCase(),
    base64: base64(secret),
    base64url: base64(secret).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, ''),
    'HTML decimal entities': htmlEntities(secret),
    'HTML hex entities': htmlEntities(secret, true),
    'URL-encoded twice': percentEncoded(percentEncoded(secret))
  }
}

// Independent decoders: each undoes one encoding wherever it appears.
const DECODERS: Array<(text: string) => string> = [
  (t) => t.replace(/\\u([0-9a-fA-F]{4})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16))),
  (t) => t.replace(/%([0-9a-fA-F]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16))),
  (t) =>
    t
      .replace(/&#[xX]([0-9a-fA-F]+);?/g, (_m, h: string) => String.fromCodePoint(parseInt(h, 16)))
      .replace(/&#(\d+);?/g, (_m, d: string) => String.fromCodePoint(Number(d)))
]

/** Every base64-looking run of the text, decoded at each of the four alignments. */
function base64Decodings(text: string): string[] {
  const out: string[] = []
  for (const [token] of text.matchAll(/[A-Za-z0-9+/_-]{12,}/g)) {
    const std = token.replace(/-/g, '+').replace(/_/g, '/')
    for (let shift = 0; shift < 4; shift++) {
      out.push(Buffer.from(std.slice(shift), 'base64').toString('latin1'))
    }
  }
  return out
}

/**
 * Which forms of `secret` appear in `text`: literally, after up to two rounds of decoding, or
 * inside a base64 run. Empty when the text is clean.
 */
export function secretLeaks(text: string, secret: string): string[] {
  const found: string[] = []
  for (const [name, form] of Object.entries(encodedForms(secret))) {
    if (text.includes(form)) found.push(name)
  }
  let layer = text
  for (let round = 1; round <= 2; round++) {
    layer = DECODERS.reduce((t, decode) => decode(t), layer)
    if (layer.includes(secret)) found.push(`decoded ${round}x`)
  }
  if (base64Decodings(text).some((d) => d.includes(secret))) found.push('inside base64')
  return [...new Set(found)]
}
