// [slow: about 4 s of real time] Nothing from outside becomes a command (issue 11, items 8–10),
// through dist/: the exact strings the attack used, as a task state, a spec label, node names and a
// binary spec. No stdout line starts a workflow command the gate did not write; no terminal escape
// reaches a terminal or init's YAML comments; `@mentions` and `#123` are neutralized in the summary.

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { CLI_BUNDLE, runNode, type ProcessRun } from '../e2e/helpers.js'
import { requireBundle, runAction, type ActionRun } from './action.js'
import { APP_CODE, APP_SECRET } from './fault-matrix.js'
import { bkflowAnswer, sendJson, startHostile, type Hostile } from './hostile.js'

/** The state the attack's gateway sent. */
const WEIRD_STATE = 'WEIRD\n::error title=X::y\n::add-mask::x'
/** Terminal escapes: a colour, a clear screen, a window title (OSC ... BEL), a C1 CSI. */
const ESCAPES = 'Deploy\u001b[31m red\u001b[2J\u001b]0;owned\u0007 \u009b1mC1\u0007'
/** A node name that would notify a user and link an issue. */
const MENTIONS = 'ping @octocat about #123'

let gateway: Hostile
let dir: string
let action: ActionRun
let check: ProcessRun
let init: ProcessRun
let reusable: ProcessRun
let validate: ProcessRun

beforeAll(async () => {
  requireBundle()
  gateway = await startHostile((req, res) => {
    if (req.taskId === 21) {
      // The injected state, as the root state of the batch and of the tree.
      return bkflowAnswer(req, res, { state: WEIRD_STATE })
    }
    // Task 22: finished, with a FAILED node whose name is full of escapes and mentions.
    if (req.path.includes('get_task_detail')) {
      return sendJson(res, 200, {
        result: true,
        data: {
          name: ESCAPES,
          pipeline_tree: {
            activities: {
              n1: { id: 'n1', name: ESCAPES, type: 'ServiceActivity' },
              n2: { id: 'n2', name: MENTIONS, type: 'ServiceActivity' }
            }
          }
        }
      })
    }
    if (req.path.includes('get_tasks_states')) return bkflowAnswer(req, res, { state: 'FAILED' })
    return sendJson(res, 200, {
      result: true,
      data: {
        id: 'root',
        state: 'FAILED',
        children: { n1: { id: 'n1', state: 'FAILED' }, n2: { id: 'n2', state: 'FAILED' } }
      }
    })
  })
  dir = await mkdtemp(path.join(tmpdir(), 'bkflow-gate-inert-'))
  const spec = [
    'version: 1',
    'defaults:',
    '  timeout: 2s',
    '  interval: 100ms',
    'tasks:',
    '  - task_id: 21',
    '    space_id: 4',
    // A label and a node name from the spec that try the same.
    '    label: "deploy\\n::error::label injected"',
    '  - task_id: 22',
    '    space_id: 5',
    '    label: "ship \\u001b]0;title\\u0007 to @octocat #42"',
    '    nodes:',
    `      - name: ${JSON.stringify(MENTIONS)}`,
    '        state: FINISHED',
    '      - name: "missing\\n::warning::name injected"',
    ''
  ].join('\n')
  await writeFile(path.join(dir, 'spec.yml'), spec)
  // A binary file: a PNG header and NUL bytes.
  await writeFile(
    path.join(dir, 'binary.yml'),
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48])
  )
  const env = { BKFLOW_APP_CODE: APP_CODE, BKFLOW_APP_SECRET: APP_SECRET }
  ;[action, check, init, reusable, validate] = await Promise.all([
    runAction({
      name: 'hostile text',
      spec,
      inputs: { 'api-url': gateway.url, 'app-code': APP_CODE, 'app-secret': APP_SECRET }
    }),
    runNode(
      CLI_BUNDLE,
      ['check', 'spec.yml', '--mode', 'check', '--api-url', gateway.url],
      env,
      dir
    ),
    runNode(
      CLI_BUNDLE,
      // Pinned, so that nodes are listed by id with their names as comments.
      ['init', '--task', '22', '--space', '5', '--pin', '--api-url', gateway.url],
      env,
      dir
    ),
    runNode(
      CLI_BUNDLE,
      ['init', '--task', '22', '--space', '5', '--api-url', gateway.url],
      env,
      dir
    ),
    runNode(CLI_BUNDLE, ['validate', 'binary.yml'], {}, dir)
  ])
}, 60_000)

afterAll(async () => {
  await gateway.close()
  await rm(dir, { recursive: true, force: true })
})

/** Lines as the runner reads them (it splits at \r too), without leading whitespace. */
function lines(text: string): string[] {
  return text.split(/\r\n|\r|\n/).map((line) => line.trimStart())
}

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/

describe('[slow] nothing from outside becomes a command, through dist/', () => {
  it('item 8: the injected state, label and node name start no workflow command', () => {
    expect(action.code).toBe(1)
    // The state was read and shown (flattened), so the test saw the attack reach the printers.
    expect(action.stdout).toMatch(/WEIRD :\u200b?:error title=X::y/)
    const injected = lines(action.stdout).filter((line) =>
      /^::(error title=X|add-mask::x$|error::label injected|warning::name injected)/.test(line)
    )
    expect(injected).toEqual([])
    // The gate's own commands only: masks of its secrets, groups, and annotations.
    for (const line of lines(action.stdout).filter((l) => l.startsWith('::'))) {
      expect(line).toMatch(/^::(add-mask|group|endgroup|error|warning|notice)\b/)
      if (line.startsWith('::add-mask::')) expect(line).toContain(APP_SECRET)
    }
    for (const line of lines(check.stdout + '\n' + check.stderr)) {
      expect(line).not.toMatch(/^::/)
    }
  })

  it('item 9: no raw terminal escape or control reaches stdout, the terminal, or the summary', () => {
    for (const [where, text] of Object.entries({
      'action stdout': action.stdout,
      summary: action.summary,
      outputs: action.outputFile,
      report: action.reportText,
      'check stdout': check.stdout,
      'check stderr': check.stderr,
      'init stdout': init.stdout
    })) {
      expect([where, RAW_CONTROL.exec(text)?.[0]]).toEqual([where, undefined])
    }
    // The names themselves arrived (without their escapes).
    expect(check.stdout).toMatch(/Deploy red/)
  })

  it("item 9: init's YAML comments carry the name without its escapes", () => {
    expect(init.code).toBe(0)
    expect(init.stdout).toMatch(/- id: n1 # Deploy red\s*C1$/m)
    expect(RAW_CONTROL.test(init.stdout)).toBe(false)
    // The reusable spec: the task's name in the header comment without its escapes; node names
    // as YAML values keep them, escaped (they must match exactly), never raw.
    expect(reusable.code).toBe(0)
    expect(reusable.stdout).toMatch(/^# Generated .*\("Deploy red\s*C1"\)/m)
    expect(RAW_CONTROL.test(reusable.stdout)).toBe(false)
  })

  it('item 9: validate says a binary spec is not a text file, and echoes none of it', () => {
    expect(validate.code).toBe(1)
    expect(validate.stderr).toMatch(/binary\.yml is not a text file/)
    expect((validate.stdout + validate.stderr).includes('\0')).toBe(false)
    expect(validate.stdout + validate.stderr).not.toMatch(/PNG/)
  })

  it('item 10: @mentions and #123 references are neutralized in the summary', () => {
    expect(action.summary).toContain('@\u200boctocat')
    expect(action.summary).toContain('#\u200b123')
    expect(action.summary).not.toMatch(/@octocat|(?<!&)#\d/)
  })
})
