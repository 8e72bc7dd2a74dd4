// The gateway's app and user authentication of the X-Bkapi-Authorization header
// (bk-auth-verify / bk-auth-validate, bkflow-api.md §1.0 and §3.3).

import type { AppSpec, Scenario } from './scenario-types.js'
import { gatewayError, type SimResponse } from './responses.js'

/** Who called: the app, and the user identity if one was given. */
export interface Caller {
  app: AppSpec
  user?: string
}

export type AuthResult = { ok: true; caller: Caller } | { ok: false; response: SimResponse }

function invalid(reason: string): AuthResult {
  return { ok: false, response: gatewayError('INVALID_ARGS', { reason }) }
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined
}

/**
 * Checks the header as the gateway does: app code and secret always; a user identity too when the
 * resource has userVerifiedRequired (only the app-bound endpoint). Every failure is 400 INVALID_ARGS.
 */
export function authenticate(
  header: string | undefined,
  scenario: Scenario,
  userRequired: boolean
): AuthResult {
  let fields: Record<string, unknown> = {}
  if (header !== undefined) {
    let parsed: unknown
    try {
      parsed = JSON.parse(header)
    } catch {
      return invalid('request header X-Bkapi-Authorization is not a valid JSON')
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      return invalid('request header X-Bkapi-Authorization is not a valid JSON')
    }
    fields = parsed as Record<string, unknown>
  }
  const code = text(fields.bk_app_code) ?? text(fields.app_code)
  if (!code) return invalid('app code cannot be empty')
  const secret = text(fields.bk_app_secret) ?? text(fields.app_secret)
  if (!secret) return invalid('please provide bk_app_secret or bk_signature to verify app')
  const app = scenario.apps.find((a) => a.code === code)
  if (!app) return invalid('app not found')
  if (app.secret !== secret) return invalid('bk_app_code or bk_app_secret is incorrect')
  const username = text(fields.bk_username) ?? text(fields.username)
  const token = text(fields.access_token)
  const bkToken = text(fields.bk_token)
  const userOk =
    (username !== undefined && (!scenario.users || scenario.users.includes(username))) ||
    (token !== undefined && (!scenario.tokens || scenario.tokens.includes(token))) ||
    bkToken !== undefined
  if (userRequired && !userOk) {
    return invalid(
      'user authentication failed, please provide a valid user identity, such as bk_username, bk_token, access_token'
    )
  }
  return { ok: true, caller: { app, user: username } }
}
