// BKFlow credentials and connection settings for the CLI: from the environment (product.md §6),
// with --api-url, --allow-http and the request limits on the command line. Every problem is a
// bad setting named as the CLI spells it (BKFLOW_* variables and flags), never an action input.

import { BkflowClient, isBkflowError } from '../bkflow/index.js'
import { registerSecret } from '../secrets.js'
import { DEFAULTS, cliSettings } from '../settings.js'
import type { Output } from './output.js'

/** The environment variables the CLI reads, for every command's help. */
export const CREDENTIAL_HELP = [
  'Credentials come from the environment: BKFLOW_APP_CODE, BKFLOW_APP_SECRET (required),',
  'BKFLOW_USERNAME or BKFLOW_ACCESS_TOKEN (needed for tasks without space_id), and',
  'BKFLOW_API_URL (or --api-url), e.g. https://bkapi.example.com/api/bk-flow-engine/prod.'
]

export interface ConnectionFlags {
  apiUrl?: string
  allowHttp?: boolean
  rateLimitPerMinute?: number
  maxConcurrency?: number
  requestTimeoutMs?: number
}

/**
 * A client built from the environment and the flags, or one line per bad setting. Its secrets are
 * registered for every printer to mask; `notice` hears that a secret was too short to mask.
 */
export function clientFromEnv(
  env: Record<string, string | undefined>,
  flags: ConnectionFlags,
  notice: (message: string) => void = () => {}
): { client: BkflowClient } | { errors: string[] } {
  const apiUrl = flags.apiUrl ?? env.BKFLOW_API_URL
  const appCode = env.BKFLOW_APP_CODE
  const appSecret = env.BKFLOW_APP_SECRET
  const errors: string[] = []
  if (!apiUrl) errors.push('BKFLOW_API_URL is not set (or pass --api-url URL).')
  if (!appCode) errors.push('BKFLOW_APP_CODE is not set.')
  if (!appSecret) errors.push('BKFLOW_APP_SECRET is not set.')
  if (!apiUrl || !appCode || !appSecret) return { errors }
  try {
    return { client: newClient(env, flags, { apiUrl, appCode, appSecret }, notice) }
  } catch (error: unknown) {
    // A setting the client refuses (a bad URL, a bad port, plain http): say which, in the CLI's
    // names, not "unexpected".
    if (isBkflowError(error)) return { errors: [error.message] }
    throw error
  }
}

function newClient(
  env: Record<string, string | undefined>,
  flags: ConnectionFlags,
  { apiUrl, appCode, appSecret }: { apiUrl: string; appCode: string; appSecret: string },
  notice: (message: string) => void
): BkflowClient {
  return new BkflowClient({
    apiUrl,
    appCode,
    appSecret,
    username: env.BKFLOW_USERNAME || undefined,
    accessToken: env.BKFLOW_ACCESS_TOKEN || undefined,
    rateLimitPerMinute: flags.rateLimitPerMinute ?? DEFAULTS.rateLimitPerMinute,
    maxConcurrency: flags.maxConcurrency ?? DEFAULTS.maxConcurrency,
    requestTimeoutMs: flags.requestTimeoutMs ?? DEFAULTS.requestTimeoutMs,
    allowHttp: flags.allowHttp ?? false,
    settings: cliSettings(flags.apiUrl !== undefined),
    env,
    onSecret: registerSecret,
    onNotice: notice
  })
}

/** Prints each bad setting as `bkflow-gate COMMAND: bad setting: …`. */
export function reportBadSettings(output: Output, command: string, errors: string[]): void {
  for (const error of errors) output.err(`bkflow-gate ${command}: bad setting: ${error}`)
}
