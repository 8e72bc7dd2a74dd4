// The renderers' view of the shared text safety (src/safe-text.ts, src/secrets.ts): every piece of
// model text passes through `oneLine` before it is rendered.

import { plainText } from '../safe-text.js'

export { redactCredentials, redactSecrets } from '../secrets.js'

/** Model text made safe for one line: secrets masked, controls removed, line breaks made spaces. */
export function oneLine(text: string): string {
  return plainText(text)
}
