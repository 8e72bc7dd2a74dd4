// Create and gate, as the runner and a terminal run it: `node dist/index.js` and
// `node dist/cli/index.js` against the simulator (real time), with the task-ids output and
// on-cancel: revoke on SIGTERM.

import { afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import { simpleScenario, startSimulator, type Simulator } from '../simulator/index.js'
import { schemaErrors } from '../report/schema.js'
import {
  ACTION_BUNDLE,
  CLI_BUNDLE,
  TEST_APP,
  makeWorkspace,
  runAction,
  runCli,
  waitForRequests,
  type Workspace
} from './helpers.js'

let sim: Simulator | undefined
let workspace: Workspace | undefined

afterEach(async () => {
  await sim?.close()
  workspace?.dispose()
  sim = undefined
  workspace = undefined
})

beforeAll(() => {
  for (const bundle of [ACTION_BUNDLE, CLI_BUNDLE]) {
    if (!existsSync(bundle)) throw new Error(`${bundle} is missing: run npm run build`)
  }
})

/** Space 7 with an existing running task 500; template 1 finishes in 0.6 s, template 3 never ends. */
async function setUp(): Promise<{ sim: Simulator; ws: Workspace }> {
  const scenario = simpleScenario(
    [{ id: 500, space: 7, template: 3, start: 0, nodes: [{ name: 'Soak', result: 'RUNNING' }] }],
    { spaces: [7] }
  )
  scenario.templates = [
    {
      id: 1,
      app: TEST_APP.code,
      nodes: [
        { name: 'Build', duration: 0.3 },
        { name: 'Deploy', duration: 0.3 }
      ]
    },
    { id: 3, app: TEST_APP.code, nodes: [{ name: 'Soak', result: 'RUNNING' }] }
  ]
  sim = await startSimulator({ scenario, speed: 1 })
  workspace = makeWorkspace()
  return { sim, ws: workspace }
}

function credentials(s: Simulator): Record<string, string> {
  return {
    'api-url': s.url,
    'app-code': TEST_APP.code,
    'app-secret': TEST_APP.secret,
    username: 'ci-bot'
  }
}

const CREATE_SPEC = `version: 1
defaults:
  space_id: 7
  interval: 200ms
  timeout: 20s
tasks:
  - label: deploy
    create:
      template_id: 1
      name: deploy \${VERSION}
      constants: { version: '\${VERSION}' }
    nodes:
      - name: Deploy
`

describe('create and gate (action)', () => {
  it('creates, starts and passes the task, and outputs its id', async () => {
    const { sim, ws } = await setUp()
    ws.write('gate.yml', CREATE_SPEC)
    const run = await runAction(ws, {
      spec: 'gate.yml',
      ...credentials(sim),
      vars: 'VERSION=9.8.7-secretish'
    })
    expect(run.code).toBe(0)
    const creates = sim.log.filter((e) => e.endpoint === 'create_task')
    expect(creates).toHaveLength(1)
    const id = sim.log.find((e) => e.endpoint === 'operate_task')?.taskId
    expect(id).toBeGreaterThan(500)
    expect(run.outputs['task-ids']).toBe(JSON.stringify({ deploy: id }))
    expect(JSON.parse(creates[0].body ?? '')).toMatchObject({
      creator: 'ci-bot',
      name: 'deploy 9.8.7-secretish',
      constants: { '${version}': '9.8.7-secretish' }
    })
    // Sent, never printed: not in the log, the summary or the report.
    const report = readFileSync(run.outputs.report, 'utf8')
    for (const text of [run.stdout, run.summary, report]) {
      expect(text).not.toContain('9.8.7-secretish')
    }
    expect(run.summary).toContain('created from template 1 (constants: version)')
    const json: unknown = JSON.parse(report)
    expect(schemaErrors(json)).toEqual([])
    expect(json).toMatchObject({
      taskIds: { deploy: id },
      requests: { byEndpoint: { create_task: 1, operate_task: 1 } },
      tasks: [{ taskId: id, source: { kind: 'create' }, revoke: null }]
    })
  })

  it('with on-cancel: revoke, revokes on SIGTERM the task it created and no other', async () => {
    const { sim, ws } = await setUp()
    ws.write(
      'gate.yml',
      `version: 1
defaults: { space_id: 7, interval: 200ms }
tasks:
  - task_id: 500
  - label: soak
    create: { template_id: 3 }
`
    )
    const run = await runAction(
      ws,
      { spec: 'gate.yml', ...credentials(sim), 'on-cancel': 'revoke' },
      {},
      (child) => {
        void waitForRequests(sim, 'get_tasks_states', 2).then(() => child.kill('SIGTERM'))
      }
    )
    expect(run.code).toBe(1)
    const created = sim.log.find((e) => e.endpoint === 'operate_task')?.taskId
    const revokes = sim.log.filter(
      (e) => e.endpoint === 'operate_task' && e.path.endsWith('/revoke/')
    )
    expect(revokes.map((e) => [e.taskId, e.status])).toEqual([[created, 200]])
    expect(run.stdout).toContain(`soak: task ${created} revoked (on-cancel: revoke)`)
    expect(run.summary).toContain('revoked (on-cancel: revoke)')
    const report = JSON.parse(readFileSync(run.outputs.report, 'utf8')) as {
      cancelled: boolean
      tasks: { taskId: number; revoke: unknown }[]
    }
    expect(report.cancelled).toBe(true)
    expect(report.tasks.map((t) => [t.taskId, t.revoke])).toEqual([
      [500, null],
      [created, { revoked: true, message: 'revoked (on-cancel: revoke)' }]
    ])
  })
})

describe('select and create (CLI)', () => {
  it('prints the plan and the task ids', async () => {
    const { sim, ws } = await setUp()
    ws.write(
      'gate.yml',
      `version: 1
defaults: { space_id: 7 }
tasks:
  - label: deploy
    create: { template_id: 1, constants: { version: '\${VERSION}' } }
    state: [CREATED, READY, RUNNING, FINISHED]
  - label: soak
    select: { template_id: 3 }
    state: RUNNING
`
    )
    const run = await runCli(
      ['check', 'gate.yml', '--mode', 'check', '--var', 'VERSION=1'],
      {
        BKFLOW_API_URL: sim.url,
        BKFLOW_APP_CODE: TEST_APP.code,
        BKFLOW_APP_SECRET: TEST_APP.secret,
        BKFLOW_USERNAME: 'ci-bot'
      },
      ws.dir
    )
    const created = sim.log.find((e) => e.endpoint === 'create_task' && e.status === 200)
    expect(created).toBeDefined()
    const id = sim.log.find((e) => e.endpoint === 'operate_task')?.taskId
    expect(run.stdout).toContain(`task-ids: {"deploy":${id},"soak":500}`)
    expect(run.stdout).toContain('selected by template_id: 3')
    expect(run.stderr).toContain(`deploy: created task ${id} from template 1 (constants: version)`)
  })
})
