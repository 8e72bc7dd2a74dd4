// [slow: about 4 s of real time] Secrets through dist/index.js in the paths most likely to leak
// them: credentials the gateway rejects, and a hostile gateway that echoes the auth header back
// in every place an answer can carry text. Not one byte of the secret, the access token or the
// header may reach stdout, stderr, the summary, the outputs or the report (issue 7).

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { simpleScenario, startSimulator, type Simulator } from '../simulator/index.js'
import { findLeaks, requireBundle, runAction, secretForms, type ActionRun } from './action.js'
import { APP_CODE, APP_SECRET } from './fault-matrix.js'

const WRONG_SECRET = 's3cr3t-ZQX-wrong-5be0d2'
const ACCESS_TOKEN = 'tok3n-ZQX-access-81c4aa'
const ECHO_SECRET = 's3cr3t-ZQX-echoed-7d31e9'
const USERNAME = 'alice'

/**
 * A gateway that puts the auth header it received into its answer, a different way per task:
 * the message of result:false, an HTML title, a 403 message, a message long enough that a
 * 300-character quote would cut the header in two, an error header, and a success payload.
 */
function echoAnswer(taskId: number, header: string, res: ServerResponse): void {
  const json = (status: number, body: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'Content-Type': 'application/json', ...headers })
    res.end(JSON.stringify(body))
  }
  switch (taskId) {
    case 601:
      return json(200, { result: false, message: `request with ${header} failed` })
    case 602:
      res.writeHead(502, { 'Content-Type': 'text/html' })
      res.end(`<html><head><title>bad gateway for ${header}</title></head></html>`)
      return
    case 603:
      return json(403, { result: false, message: `当前应用无权操作此空间，header=${header}` })
    case 604:
      return json(200, { result: false, message: `${'x'.repeat(270)} ${header}` })
    case 605:
      res.writeHead(400, { 'Content-Type': 'text/plain', 'X-Bkapi-Error-Message': `bad ${header}` })
      res.end(`no: ${header}`)
      return
    default:
      return json(200, {
        result: true,
        data: {
          id: 'nroot',
          state: 'FINISHED',
          children: { nx: { id: 'nx', state: `FAILED ${header}` } }
        }
      })
  }
}

let echo: Server
let echoUrl: string
let sim: Simulator
const runs: Record<string, ActionRun> = {}

beforeAll(async () => {
  requireBundle()
  echo = createServer((req: IncomingMessage, res: ServerResponse) => {
    req.resume()
    const header = String(req.headers['x-bkapi-authorization'] ?? '')
    const taskId = Number(/\/task\/(\d+)\//.exec(req.url ?? '')?.[1] ?? 0)
    req.on('end', () => echoAnswer(taskId, header, res))
  })
  await new Promise<void>((resolve) => echo.listen(0, '127.0.0.1', resolve))
  echoUrl = `http://127.0.0.1:${(echo.address() as AddressInfo).port}/api/bk-flow-engine/prod`
  sim = await startSimulator({
    scenario: simpleScenario(
      [{ id: 701, space: 7, template: 1, start: 0, nodes: [{ name: 'A' }] }],
      {
        app: APP_CODE,
        secret: APP_SECRET
      }
    ),
    speed: 1
  })

  const echoRun = (name: string, ids: number[], nodes: string[]) =>
    runAction({
      name,
      spec: [
        'version: 1',
        'defaults:',
        '  timeout: 2s',
        '  interval: 200ms',
        'tasks:',
        ...ids.flatMap((id) => [`  - task_id: ${id}`, ...nodes]),
        ''
      ].join('\n'),
      inputs: {
        'api-url': echoUrl,
        'app-code': APP_CODE,
        'app-secret': ECHO_SECRET,
        username: USERNAME,
        'request-timeout': '1s',
        'max-concurrency': '8'
      }
    })
  const [wrongSecret, echoedErrors, echoedState] = await Promise.all([
    // The gateway refuses the credentials: the error must say so without quoting them.
    runAction({
      name: 'wrong secret',
      spec: 'version: 1\ntasks:\n  - task_id: 701\n    space_id: 7\n',
      inputs: {
        'api-url': sim.url,
        'app-code': APP_CODE,
        'app-secret': WRONG_SECRET,
        'access-token': ACCESS_TOKEN
      }
    }),
    echoRun('gateway echoing in errors', [601, 602, 603, 604, 605], []),
    // The node is listed, so its (echoed) state reaches every report as the actual value.
    echoRun('gateway echoing in a node state', [606], ['    nodes:', '      - id: nx'])
  ])
  runs.wrongSecret = wrongSecret
  runs.echoedErrors = echoedErrors
  runs.echoedState = echoedState
}, 60_000)

afterAll(async () => {
  echo.closeAllConnections()
  await Promise.all([new Promise((resolve) => echo.close(resolve)), sim.close()])
})

/** Every 12-character piece of a secret: a quote cut in the middle must not leak a prefix either. */
function pieces(name: string, secret: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (let i = 0; i + 12 <= secret.length; i++)
    out[`${name}[${i}..${i + 12}]`] = secret.slice(i, i + 12)
  return out
}

describe('[slow] secrets through dist/index.js', () => {
  it('a rejected app secret: error that says what to fix, exit 1, no secret anywhere', () => {
    const run = runs.wrongSecret
    expect({ result: run.outputs.result, code: run.code }).toEqual({ result: 'error', code: 1 })
    expect(run.stdout).toMatch(/app-secret/)
    expect(run.stdout).toContain(`::add-mask::${WRONG_SECRET}`)
    expect(run.stdout).toContain(`::add-mask::${ACCESS_TOKEN}`)
    const secrets = secretForms(APP_CODE, WRONG_SECRET, { accessToken: ACCESS_TOKEN })
    expect(findLeaks(run, { ...secrets, 'the real secret': APP_SECRET })).toEqual([])
  })

  it('a gateway that echoes the auth header in its errors: error, exit 1, nothing leaks', () => {
    const run = runs.echoedErrors
    expect({ result: run.outputs.result, code: run.code }).toEqual({ result: 'error', code: 1 })
    // Every echo was really answered: each task ended as an error in the report.
    expect(run.report?.tasks.map((t) => t.verdict)).toEqual(Array(5).fill('error'))
    const secrets = secretForms(APP_CODE, ECHO_SECRET, { username: USERNAME })
    expect(findLeaks(run, secrets)).toEqual([])
    // Not even part of the secret survives a quote that is cut short.
    expect(findLeaks(run, pieces('the app secret', ECHO_SECRET))).toEqual([])
  })

  it('a gateway that echoes the auth header as a node state: fail, and nothing leaks', () => {
    const run = runs.echoedState
    expect({ result: run.outputs.result, code: run.code }).toEqual({ result: 'fail', code: 1 })
    const secrets = secretForms(APP_CODE, ECHO_SECRET, { username: USERNAME })
    expect(findLeaks(run, { ...secrets, ...pieces('the app secret', ECHO_SECRET) })).toEqual([])
  })
})
