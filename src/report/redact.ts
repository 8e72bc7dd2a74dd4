// Defence in depth against credentials reaching a rendered report. The client never puts the app
// secret or the auth header in a message, but an error text relayed from elsewhere (a proxy, a
// gateway echo, a library's error) could; every renderer passes model text through here first.

const MASK = '***'

// `"bk_app_secret": "…"`, `bk_app_secret=…`, `\"access_token\":\"…\"` and the like, in JSON,
// query strings and escaped JSON alike: the key stays (it says what was hidden), the value goes.
const CREDENTIAL_VALUE =
  /(?<![A-Za-z])((?:bk_)?app_secret|access_token|bk_token|jwt|authorization|password)(\\*["']?\s*[:=]\s*)(\\*"(?:[^"\\]|\\.)*?\\*"|'[^']*'|(?:(?:token|bearer|basic)\s+)?[^"'\\\s&,;}]+)/gi

// The whole auth header: `X-Bkapi-Authorization: {…}` up to the end of its JSON object or the line.
const AUTH_HEADER = /(x-bkapi-authorization)(\\*["']?\s*[:=]\s*)(\{[^}\n]*\}?|[^\s,;]+)/gi

/** Masks anything that looks like a BlueKing credential or the auth header's value. */
export function redactCredentials(text: string): string {
  if (!/secret|token|jwt|authorization|password/i.test(text)) return text
  return text.replace(AUTH_HEADER, `$1$2${MASK}`).replace(CREDENTIAL_VALUE, `$1$2${MASK}`)
}

/** Model text made safe for one line: credentials masked, line breaks and tabs turned into spaces. */
export function oneLine(text: string): string {
  return redactCredentials(text)
    .replace(/[\r\n\t\u2028\u2029]+/g, ' ')
    .trim()
}
