// Each shell's names for its settings reach the core's messages (issue 12): the action's inputs by
// default, the CLI's BKFLOW_* variables and flags when the CLI passes its map.

import { describe, expect, it } from '@jest/globals'
import { classifyResponse, type RequestContext } from '../../src/bkflow/classify.js'
import { BkflowError } from '../../src/bkflow/errors.js'
import { parseApiBase } from '../../src/bkflow/transport.js'
import { ACTION_SETTINGS, cliSettings } from '../../src/settings.js'
import { resolveVar } from '../../src/spec/vars.js'

const ctx: RequestContext = {
  endpoint: 'get_task_states_by_app',
  method: 'GET',
  path: '/api/bk-flow-engine/prod/task/42/get_task_states_by_app/',
  taskId: 42,
  appCode: 'my-app'
}

function message(status: number, body: string, settings = ctx.settings): string {
  const result = classifyResponse(
    { status, headers: new Headers(), body },
    { ...ctx, settings },
    1_000_000
  )
  if (!(result instanceof BkflowError)) throw new Error('expected an error')
  return result.message
}

function thrown(fn: () => unknown): string {
  try {
    fn()
  } catch (error: unknown) {
    return error instanceof Error ? error.message : String(error)
  }
  throw new Error('expected a throw')
}

const rejected = JSON.stringify({
  code_name: 'INVALID_ARGS',
  message: 'app secret is wrong',
  result: false
})
const noUser = JSON.stringify({
  code_name: 'INVALID_ARGS',
  message: 'user authentication failed',
  result: false
})
const noRoute = JSON.stringify({
  code_name: 'API_NOT_FOUND',
  message: 'API not found',
  result: false
})

describe('setting names in the core’s messages', () => {
  it('are the action inputs by default', () => {
    expect(message(400, rejected)).toContain('check app-code and app-secret')
    expect(message(400, noUser)).toContain('set username or access-token')
    expect(message(404, noRoute)).toContain('check api-url:')
    expect(thrown(() => parseApiBase('http://example.com/x', false))).toContain(
      'api-url uses plain http:// to example.com'
    )
    expect(resolveVar('ID', { vars: {}, env: {} })).toMatchObject({
      message: 'ID is not defined: set it in the vars input (`ID=…`) or in the environment.'
    })
  })

  it('are the BKFLOW_* variables and flags in the CLI', () => {
    const cli = cliSettings()
    expect(message(400, rejected, cli)).toContain('check BKFLOW_APP_CODE and BKFLOW_APP_SECRET')
    expect(message(400, noUser, cli)).toContain('set BKFLOW_USERNAME or BKFLOW_ACCESS_TOKEN')
    expect(message(404, noRoute, cli)).toContain('check BKFLOW_API_URL:')
    expect(thrown(() => parseApiBase('nope', false, cli))).toMatch(/^BKFLOW_API_URL is not a valid/)
    expect(thrown(() => parseApiBase('http://example.com/x', false, cliSettings(true)))).toBe(
      '--api-url uses plain http:// to example.com, which would send the app secret unencrypted: use https://, or pass --allow-http if the network is trusted.'
    )
    expect(resolveVar('ID', { vars: {}, env: {}, settings: cli })).toMatchObject({
      message: 'ID is not defined: pass --var ID=… or set it in the environment.'
    })
  })

  it('never mention the other shell', () => {
    const names = Object.values(cliSettings(true)).filter((v) => typeof v === 'string')
    const all = [...names, cliSettings().defineVar('X')].join(' ')
    expect(all).not.toMatch(/(^| )(api-url|app-code|app-secret|allow-http to|vars input)/)
    expect(Object.keys(cliSettings()).sort()).toEqual(Object.keys(ACTION_SETTINGS).sort())
  })
})
