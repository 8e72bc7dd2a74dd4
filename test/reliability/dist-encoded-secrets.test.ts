// [slow: about 4 s of real time] Secrets never leave, in any encoding (issue 11, items 4–7),
// through dist/index.js and dist/cli/index.js: a gateway that echoes the app secret and the access
// token JSON-escaped (in node ids, node names, states, the task name), URL-encoded (a redirect's
// Location, an error header long enough to be cut), base64 and as HTML entities. And a secret too
// short to be one is not masked, and the log says so.

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { ServerResponse } from 'node:http'
import { parse } from 'yaml'
import { CLI_BUNDLE, runNode, type ProcessRun } from '../e2e/helpers.js'
import { simpleScenario, startSimulator, type Simulator } from '../simulator/index.js'
import { requireBundle, runAction, type ActionRun } from './action.js'
import {
  encodedForms,
  htmlEntities,
  jsonEscaped,
  percentEncoded,
  secretLeaks
} from './encodings.js'
import { APP_CODE } from './fault-matrix.js'
import { sendJson, startHostile, type Hostile, type HostileRequest } from './hostile.js'

const SECRET = 's3cr3t-ZQX-encoded-8e41f0'
const TOKEN = 'tok3n-ZQX-encoded-2c9b7d'
const USERNAME = 'alice'

/**
 * Writes JSON with every `@@name@@` placeholder replaced verbatim after serialising, so the body
 * carries `\u` escapes exactly as an ASCII-only JSON encoder would write them.
 */
function sendRawJson(res: ServerResponse, body: unknown, forms: Record<string, string>): void {
  let text = JSON.stringify(body)
  for (const [name, value] of Object.entries(forms)) text = text.split(`@@${name}@@`).join(value)
  res.writeHead(200, { 'Content-Type': 'application/json' })
  res.end(text)
}

/** The gateway: each task id is one way of echoing the credentials it was sent. */
function echo(req: HostileRequest, res: ServerResponse): void {
  const auth = JSON.parse(req.auth || '{}') as { bk_app_secret?: string; access_token?: string }
  const secret = auth.bk_app_secret ?? ''
  const token = auth.access_token ?? ''
  const forms = { s: jsonEscaped(secret), t: jsonEscaped(token) }
  switch (req.taskId) {
    case 801:
      // JSON-escaped in a node id (the children key and the id), a state and, in the detail, the
      // node's name and the task's name.
      if (req.path.includes('get_task_detail')) {
        return sendRawJson(
          res,
          {
            result: true,
            data: {
              name: 'deploy @@t@@',
              pipeline_tree: {
                activities: {
                  'n-@@s@@': { id: 'n-@@s@@', name: 'Step @@s@@', type: 'ServiceActivity' },
                  n2: { id: 'n2', name: 'Other', type: 'ServiceActivity' }
                }
              }
            }
          },
          forms
        )
      }
      return sendRawJson(
        res,
        {
          result: true,
          data: {
            id: 'root',
            state: 'FAILED',
            children: {
              'n-@@s@@': { id: 'n-@@s@@', state: 'FAILED' },
              n2: { id: 'n2', state: 'FAILED @@t@@' }
            }
          }
        },
        forms
      )
    case 802:
      // result:false quoting them URL-encoded, base64 and as HTML entities.
      return sendJson(res, 200, {
        result: false,
        message: `denied ${percentEncoded(secret)} ${Buffer.from(token).toString('base64')} ${htmlEntities(secret)} ${htmlEntities(token, true)}`
      })
    case 803:
      // A redirect to a login page that carries them in its query.
      res.writeHead(302, {
        Location: `https://login.example.com/?next=${percentEncoded(secret)}&t=${Buffer.from(token).toString('base64url')}`
      })
      res.end()
      return
    case 804:
      // An HTML error page whose title spells them with entities.
      res.writeHead(502, { 'Content-Type': 'text/html' })
      res.end(
        `<html><head><title>no ${htmlEntities(secret, true)} ${htmlEntities(token)}</title></head></html>`
      )
      return
    default:
      // An error header long enough that a 300-character quote cuts the encoded secret in two.
      res.writeHead(400, {
        'Content-Type': 'text/plain',
        'X-Bkapi-Error-Message': `${'x'.repeat(280)} ${percentEncoded(secret)} ${percentEncoded(token)}`
      })
      res.end('bad request')
  }
}

let gateway: Hostile
let sim: Simulator
let echoed: ActionRun
let init: ProcessRun
let shortSecret: ActionRun

beforeAll(async () => {
  requireBundle()
  gateway = await startHostile(echo)
  sim = await startSimulator({
    scenario: simpleScenario(
      [{ id: 901, space: 9, template: 1, start: 0, nodes: [{ name: 'Build' }] }],
      { app: APP_CODE, secret: 'k' }
    ),
    speed: 1
  })
  const spec = [
    'version: 1',
    'defaults:',
    '  timeout: 2s',
    '  interval: 200ms',
    'tasks:',
    '  - task_id: 801',
    '    space_id: 8',
    '    nodes:',
    '      - name: Other',
    '        state: FINISHED',
    ...[802, 803, 804, 805].flatMap((id) => [`  - task_id: ${id}`, '    space_id: 8']),
    ''
  ].join('\n')
  ;[echoed, init, shortSecret] = await Promise.all([
    runAction({
      name: 'encoded echoes',
      spec,
      inputs: {
        'api-url': gateway.url,
        'app-code': APP_CODE,
        'app-secret': SECRET,
        username: USERNAME,
        'access-token': TOKEN,
        'request-timeout': '1s'
      }
    }),
    runNode(
      CLI_BUNDLE,
      ['init', '--task', '801', '--space', '8', '--api-url', gateway.url],
      {
        BKFLOW_APP_CODE: APP_CODE,
        BKFLOW_APP_SECRET: SECRET,
        BKFLOW_ACCESS_TOKEN: TOKEN
      },
      process.cwd()
    ),
    runAction({
      name: 'a one-character secret',
      spec: 'version: 1\ntasks:\n  - task_id: 901\n    space_id: 9\n    state: [RUNNING, FINISHED]\n',
      inputs: { 'api-url': sim.url, 'app-code': APP_CODE, 'app-secret': 'k', mode: 'check' }
    })
  ])
}, 60_000)

afterAll(async () => {
  await Promise.all([gateway.close(), sim.close()])
})

/** Every place a run leaves text, with `::add-mask::` lines left out (the runner never shows them). */
function places(run: ActionRun): Record<string, string> {
  return {
    stdout: run.stdout
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n'),
    stderr: run.stderr,
    summary: run.summary,
    outputs: run.outputFile,
    report: run.reportText
  }
}

function leaks(texts: Record<string, string>): string[] {
  const found: string[] = []
  for (const [where, text] of Object.entries(texts)) {
    for (const [what, secret] of Object.entries({ 'app secret': SECRET, 'access token': TOKEN })) {
      for (const form of secretLeaks(text, secret)) found.push(`${what} (${form}) in ${where}`)
    }
  }
  return found
}

describe('the leak finder', () => {
  it('finds each encoding it is given (it could fail)', () => {
    for (const [name, form] of Object.entries(encodedForms(SECRET))) {
      expect([name, secretLeaks(`before ${form} after`, SECRET).length > 0]).toEqual([name, true])
    }
  })
})

describe('[slow] secrets in any encoding, through dist/', () => {
  it('every echo was answered and judged: fail or error per task, exit 1', () => {
    expect(echoed.code).toBe(1)
    expect(gateway.requests).toBeGreaterThanOrEqual(5)
    expect(echoed.report?.tasks.map((t) => t.verdict)).toEqual([
      'fail',
      'error',
      'error',
      'error',
      'error'
    ])
    // The node ids and names arrived, masked: the tree was read, not dropped.
    expect(echoed.outputs['failed-nodes']).toContain('n-***')
    expect(echoed.reportText).toContain('Step ***')
  })

  it('no form of the secret or the token reaches stdout, the summary, the outputs or the report', () => {
    expect(leaks(places(echoed))).toEqual([])
  })

  it('init writes a spec to commit with no form of either in it, and it parses', () => {
    expect(init.code).toBe(0)
    expect(leaks({ stdout: init.stdout, stderr: init.stderr })).toEqual([])
    expect(() => parse(init.stdout) as unknown).not.toThrow()
    expect(init.stdout).toContain('***')
  })

  it('a one-character secret is not masked (nothing is garbled) and the log says so', () => {
    const run = shortSecret
    expect({ code: run.code, result: run.outputs.result }).toEqual({ code: 0, result: 'pass' })
    expect(run.stdout).toMatch(/app-secret is very short .* it was not masked/)
    expect(run.stdout).not.toMatch(/::add-mask::k$/m)
    expect(run.stdout).not.toContain('***')
    expect(run.stdout).toMatch(/Checking 1 task/)
  })
})
