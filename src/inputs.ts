// The action's inputs, read and validated once into a typed object (action.yml is the reference).
// A bad value is an error naming the input, the value and what is accepted: never silently defaulted.

import {
  DEFAULTS,
  GATEWAY_QUOTA_PER_MINUTE,
  MAX_CONCURRENCY,
  readCount,
  readDuration,
  type Read
} from './settings.js'
import { readWebUrl } from './poll/links.js'
import { parseShard, parseVars } from './spec/index.js'
import { ON_CANCEL, type OnCancel } from './tasks/index.js'

export const MODES = ['wait', 'check', 'validate', 'merge'] as const
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
  /** BKFlow's web UI base, for links to each task; absent = no links. */
  webUrl?: string
  /** Mode merge: the glob (lines, `!` to exclude) of the JSON reports to merge. */
  reports: string
  /** Where to write JUnit XML (relative to the workspace); absent → none. */
  junit?: string
  /** What to do with the tasks this run created when it is cancelled or they time out. */
  onCancel: OnCancel
}

/** Reads one input by its action.yml name; returns '' when unset (as @actions/core does). */
export type GetInput = (name: string) => string

/**
 * Reads every input. Returns all problems at once so a user fixes them in one go.
 * Credentials are required unless the mode is `validate` or `merge`, which make no request; mode
 * `merge` reads `reports` instead of `spec`.
 */
export function readInputs(getInput: GetInput): { inputs?: Inputs; errors: string[] } {
  const errors: string[] = []
  const get = (name: string): string => getInput(name).trim()
  // An unset input takes its default; a set one must read, or it is an error naming it.
  const read = (name: string, reader: (text: string) => Read<number>, fallback: number) => {
    const value = get(name)
    if (!value) return fallback
    const result = reader(value)
    if (result.ok) return result.value
    errors.push(`Input "${name}" is "${value}"; ${result.expected}.`)
    return 0
  }

  const mode = oneOf('mode', get('mode') || 'wait', MODES, errors)
  const needsApi = mode !== 'validate' && mode !== 'merge'
  const required = (name: string): string => {
    const value = get(name)
    if (!value && needsApi)
      errors.push(`Input "${name}" is required${mode ? ` in mode ${mode}` : ''}.`)
    return value
  }

  const specRaw = getInput('spec')
  if (!specRaw.trim() && mode !== 'merge')
    errors.push('Input "spec" is required: a path to the spec file, or inline YAML.')
  const reports = get('reports')
  if (!reports && mode === 'merge')
    errors.push(
      'Input "reports" is required in mode merge: a glob of JSON reports, e.g. reports/*.json.'
    )

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
    timeoutMs: read('timeout', readDuration, DEFAULTS.timeoutMs),
    intervalMs: read('interval', positive, DEFAULTS.intervalMs),
    vars,
    maxConcurrency: read(
      'max-concurrency',
      (text) => readCount(text, MAX_CONCURRENCY),
      DEFAULTS.maxConcurrency
    ),
    rateLimitPerMinute: read(
      'rate-limit',
      (text) => readCount(text, GATEWAY_QUOTA_PER_MINUTE),
      DEFAULTS.rateLimitPerMinute
    ),
    requestTimeoutMs: read('request-timeout', positive, DEFAULTS.requestTimeoutMs),
    shard,
    comment: oneOf('comment', get('comment') || 'off', COMMENT_MODES, errors) ?? 'off',
    githubToken: get('github-token') || undefined,
    allowHttp: boolean('allow-http', get('allow-http') || 'false', errors),
    webUrl: readWebUrl('Input "web-url"', get('web-url'), errors),
    reports,
    junit: get('junit') || undefined,
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

const positive = (text: string): Read<number> => readDuration(text, { positive: true })

// The YAML 1.2 core schema booleans, as @actions/core's getBooleanInput accepts them.
const TRUE = ['true', 'True', 'TRUE']
const FALSE = ['false', 'False', 'FALSE']

function boolean(name: string, value: string, errors: string[]): boolean {
  if (TRUE.includes(value)) return true
  if (FALSE.includes(value)) return false
  errors.push(`Input "${name}" is "${value}"; expected true or false.`)
  return false
}
