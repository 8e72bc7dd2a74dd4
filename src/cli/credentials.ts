// BKFlow credentials and connection settings for the CLI: from the environment (product.md §6),
// with --api-url and --allow-http on the command line.

import { BkflowClient } from '../bkflow/index.js'

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

/** A client built from the environment, or every missing setting named. */
export function clientFromEnv(
  env: Record<string, string | undefined>,
  flags: ConnectionFlags
): { client: BkflowClient } | { errors: string[] } {
  const apiUrl = flags.apiUrl ?? env.BKFLOW_API_URL
  const appCode = env.BKFLOW_APP_CODE
  const appSecret = env.BKFLOW_APP_SECRET
  const errors: string[] = []
  if (!apiUrl) errors.push('set BKFLOW_API_URL or pass --api-url')
  if (!appCode) errors.push('set BKFLOW_APP_CODE')
  if (!appSecret) errors.push('set BKFLOW_APP_SECRET')
  if (!apiUrl || !appCode || !appSecret) return { errors }
  const client = new BkflowClient({
    apiUrl,
    appCode,
    appSecret,
    username: env.BKFLOW_USERNAME || undefined,
    accessToken: env.BKFLOW_ACCESS_TOKEN || undefined,
    rateLimitPerMinute: 600,
    maxConcurrency: 4,
    requestTimeoutMs: 30_000,
    allowHttp: flags.allowHttp ?? false,
    env
  })
  return { client }
}
