// The action's inputs, read and validated once into a typed object (action.yml is the reference).
// A bad value is an error naming the input, the value and what is accepted: never silently defaulted.

import { parseDuration } from './duration.js'
import { parseShard, parseVars } from './spec/index.js'
import { ON_CANCEL, type OnCancel } from './tasks/index.js'

export const MODES = ['wait', 'check', 'validate'] as const
export const COMMENT_MODES = ['off', 'always', 'on-failure'] as const

export type SpecSource = { kind: 'file'; path: string } | { kind: 'inline'; text: string }

export interface Inputs {
  spec: SpecSource
  apiUrl: string
  appCode: string
  appSecret: string
  username?: string
  accessToken?: string
  mode: (typeof MODES)[number]
  timeoutMs: number
  intervalMs: number
  vars: Record<string, string>
  maxConcurrency: number
  rateLimitPerMinute: number
  requestTimeoutMs: number
  shard?: { index: number; count: number }
  comment: (typeof COMMENT_MODES)[number]
  githubToken?: string
  allowHttp: boolean
  /** What to do with the tasks this run created when it is cancelled or they time out. */
  onCancel: OnCancel
}

/** The gateway's stage quota per app (bkflow-api.md §1.0): a higher client limit could only earn 429s. */
const GATEWAY_QUOTA_PER_MINUTE = 5000
const MAX_CONCURRENCY = 64

/** Reads one input by its action.yml name; returns '' when unset (as @actions/core does). */
export type GetInput = (name: string) => string

/**
 * Reads every input. Returns all problems at once so a user fixes them in one go.
 * Credentials are required unless the mode is `validate`, which makes no request.
 */
export function readInputs(getInput: GetInput): { inputs?: Inputs; errors: string[] } {
  const errors: string[] = []
  const get = (name: string): string => getInput(name).trim()

  const mode = oneOf('mode', get('mode') || 'wait', MODES, errors)
  const needsApi = mode !== 'validate'
  const required = (name: string): string => {
    const value = get(name)
    if (!value && needsApi)
      errors.push(`Input "${name}" is required${mode ? ` in mode ${mode}` : ''}.`)
    return value
  }

  const specRaw = getInput('spec')
  if (!specRaw.trim())
    errors.push('Input "spec" is required: a path to the spec file, or inline YAML.')

  const apiUrl = required('api-url')
  const appCode = required('app-code')
  // The secret is read untrimmed-then-trimmed but never echoed in any message.
  const appSecret = required('app-secret')

  const { vars, errors: varErrors } = parseVars(getInput('vars').split(/\r?\n/))
  for (const e of varErrors) errors.push(`Input "vars": ${e}`)

  let shard: Inputs['shard']
  const shardRaw = get('shard')
  if (shardRaw) {
    const parsed = parseShard(shardRaw)
    if ('error' in parsed) errors.push(`Input "shard" is "${shardRaw}": ${parsed.error}`)
    else shard = parsed
  }

  const inputs: Inputs = {
    spec: specSource(specRaw),
    apiUrl,
    appCode,
    appSecret,
    username: get('username') || undefined,
    accessToken: get('access-token') || undefined,
    mode: mode ?? 'wait',
    timeoutMs: duration('timeout', get('timeout') || '30m', errors),
    intervalMs: duration('interval', get('interval') || '15s', errors, { positive: true }),
    vars,
    maxConcurrency: integer(
      'max-concurrency',
      get('max-concurrency') || '4',
      MAX_CONCURRENCY,
      errors
    ),
    rateLimitPerMinute: integer(
      'rate-limit',
      get('rate-limit') || '600',
      GATEWAY_QUOTA_PER_MINUTE,
      errors
    ),
    requestTimeoutMs: duration('request-timeout', get('request-timeout') || '30s', errors, {
      positive: true
    }),
    shard,
    comment: oneOf('comment', get('comment') || 'off', COMMENT_MODES, errors) ?? 'off',
    githubToken: get('github-token') || undefined,
    allowHttp: boolean('allow-http', get('allow-http') || 'false', errors),
    onCancel: oneOf('on-cancel', get('on-cancel') || 'leave', ON_CANCEL, errors) ?? 'leave'
  }
  return errors.length > 0 ? { errors } : { inputs, errors }
}

/** Inline YAML when the value spans lines or is a flow mapping; otherwise a path. */
export function specSource(raw: string): SpecSource {
  const text = raw.trim()
  if (text.includes('\n') || text.startsWith('{')) return { kind: 'inline', text: raw }
  return { kind: 'file', path: text }
}

function oneOf<T extends string>(
  name: string,
  value: string,
  allowed: readonly T[],
  errors: string[]
): T | undefined {
  if ((allowed as readonly string[]).includes(value)) return value as T
  errors.push(`Input "${name}" is "${value}"; expected one of: ${allowed.join(', ')}.`)
  return undefined
}

function duration(
  name: string,
  value: string,
  errors: string[],
  { positive = false } = {}
): number {
  const ms = parseDuration(value)
  if (ms === undefined || (positive && ms === 0)) {
    const more = positive ? ', greater than 0' : ''
    errors.push(
      `Input "${name}" is "${value}"; expected a duration such as 500ms, 90s, 15m, 2h, or a number of seconds${more}.`
    )
    return 0
  }
  return ms
}

function integer(name: string, value: string, max: number, errors: string[]): number {
  const n = /^[0-9]+$/.test(value) ? Number(value) : NaN
  if (!Number.isSafeInteger(n) || n < 1 || n > max) {
    errors.push(`Input "${name}" is "${value}"; expected a whole number from 1 to ${max}.`)
    return 1
  }
  return n
}

// The YAML 1.2 core schema booleans, as @actions/core's getBooleanInput accepts them.
const TRUE = ['true', 'True', 'TRUE']
const FALSE = ['false', 'False', 'FALSE']

function boolean(name: string, value: string, errors: string[]): boolean {
  if (TRUE.includes(value)) return true
  if (FALSE.includes(value)) return false
  errors.push(`Input "${name}" is "${value}"; expected true or false.`)
  return false
}
