// The run's settings as both shells take them: the action as inputs, the CLI as flags and
// BKFLOW_* variables. The core's messages name a setting through SettingNames, so each shell's
// users read the name they can change; the defaults, limits and readers are shared.

import { parseDuration } from './duration.js'

/** How a shell names each setting in a message that asks the user to change it. */
export interface SettingNames {
  apiUrl: string
  appCode: string
  appSecret: string
  username: string
  accessToken: string
  rateLimit: string
  maxConcurrency: string
  requestTimeout: string
  /** The words that permit plain http://, e.g. `set allow-http to true`. */
  allowHttp: string
  /** The words that define `${name}`, e.g. `set it in the vars input (\`NAME=…\`)`. */
  defineVar(name: string): string
}

/** The action's input names (action.yml). */
export const ACTION_SETTINGS: SettingNames = {
  apiUrl: 'api-url',
  appCode: 'app-code',
  appSecret: 'app-secret',
  username: 'username',
  accessToken: 'access-token',
  rateLimit: 'rate-limit',
  maxConcurrency: 'max-concurrency',
  requestTimeout: 'request-timeout',
  allowHttp: 'set allow-http to true',
  defineVar: (name) => `set it in the vars input (\`${name}=…\`) or in the environment`
}

/**
 * The CLI's names: flags and BKFLOW_* variables. `apiUrlFlag` says whether --api-url was given,
 * so that a bad URL is blamed on where it came from.
 */
export function cliSettings(apiUrlFlag = false): SettingNames {
  return {
    apiUrl: apiUrlFlag ? '--api-url' : 'BKFLOW_API_URL',
    appCode: 'BKFLOW_APP_CODE',
    appSecret: 'BKFLOW_APP_SECRET',
    username: 'BKFLOW_USERNAME',
    accessToken: 'BKFLOW_ACCESS_TOKEN',
    rateLimit: '--rate-limit',
    maxConcurrency: '--max-concurrency',
    requestTimeout: '--request-timeout',
    allowHttp: 'pass --allow-http',
    defineVar: (name) => `pass --var ${name}=… or set it in the environment`
  }
}

/** Built-in defaults, under everything a user sets (product.md §5). */
export const DEFAULTS = {
  timeoutMs: 30 * 60_000,
  intervalMs: 15_000,
  requestTimeoutMs: 30_000,
  maxConcurrency: 4,
  rateLimitPerMinute: 600
} as const

/** The gateway's stage quota per app (bkflow-api.md §1.0): a higher client limit could only earn 429s. */
export const GATEWAY_QUOTA_PER_MINUTE = 5000
export const MAX_CONCURRENCY = 64

/** A value read from text, or what was expected instead (to follow `"<value>"; `). */
export type Read<T> = { ok: true; value: T } | { ok: false; expected: string }

/** A duration in milliseconds; `positive` refuses 0 (an interval of 0 would poll in a tight loop). */
export function readDuration(text: string, { positive = false } = {}): Read<number> {
  const ms = parseDuration(text)
  if (ms !== undefined && !(positive && ms === 0)) return { ok: true, value: ms }
  const more = positive ? ', greater than 0' : ''
  return {
    ok: false,
    expected: `expected a duration such as 500ms, 90s, 15m, 1h30m, or a number of seconds${more}`
  }
}

/** A whole number from 1 to `max`. */
export function readCount(text: string, max: number): Read<number> {
  const n = /^[0-9]+$/.test(text) ? Number(text) : NaN
  if (Number.isSafeInteger(n) && n >= 1 && n <= max) return { ok: true, value: n }
  return { ok: false, expected: `expected a whole number from 1 to ${max}` }
}
