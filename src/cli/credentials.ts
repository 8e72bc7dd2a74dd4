// BKFlow credentials and connection settings for the CLI: from the environment (product.md §6),
// with --api-url and --allow-http on the command line.

import { BkflowClient, isBkflowError } from '../bkflow/index.js'
import { registerSecret } from '../secrets.js'

/** The environment variables the CLI reads, for every command's help. */
export const CREDENTIAL_HELP = [
  'Credentials come from the environment: BKFLOW_APP_CODE, BKFLOW_APP_SECRET (required),',
  'BKFLOW_USERNAME or BKFLOW_ACCESS_TOKEN (needed for tasks without space_id), and',
  'BKFLOW_API_URL (or --api-url), e.g. https://bkapi.example.com/api/bk-flow-engine/prod.'
]

export interface ConnectionFlags {
  apiUrl?: string
  allowHttp?: boolean
}

/**
 * A client built from the environment, or every missing setting named. Its secrets are registered
 * for every printer to mask; `notice` hears that a secret was too short to mask.
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
  if (!apiUrl) errors.push('set BKFLOW_API_URL or pass --api-url')
  if (!appCode) errors.push('set BKFLOW_APP_CODE')
  if (!appSecret) errors.push('set BKFLOW_APP_SECRET')
  if (!apiUrl || !appCode || !appSecret) return { errors }
  try {
    return { client: newClient(env, flags, { apiUrl, appCode, appSecret }, notice) }
  } catch (error: unknown) {
    // A setting the client refuses (a bad URL, a bad port, plain http): say which, not "unexpected".
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
    rateLimitPerMinute: 600,
    maxConcurrency: 4,
    requestTimeoutMs: 30_000,
    allowHttp: flags.allowHttp ?? false,
    env,
    onSecret: registerSecret,
    onNotice: notice
  })
}
