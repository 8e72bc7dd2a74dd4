// The fuzz test of issue 11: seeded random hostile strings (control characters, terminal escapes,
// line breaks, workflow commands, markdown references, encodings of the secret) as task states,
// node ids, names, messages, spec labels and spec node names. In process (many seeds, every
// renderer) and through dist/ (the action and the CLI's check and init): no output has a raw
// control character, the secret in any encoding, or a workflow command the gate did not write.
// A failure names its seed: FUZZ_SEED=<seed> reruns only that one.

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { BkflowClient } from '../../src/bkflow/index.js'
import { pollTasks } from '../../src/poll/index.js'
import {
  planText,
  renderComment,
  renderSummary,
  toAnnotations,
  toJsonReport,
  toOutputs
} from '../../src/report/index.js'
import { escapeJsonText, guardCommands } from '../../src/safe-text.js'
import { registerSecret } from '../../src/secrets.js'
import { sleep } from '../../src/sleep.js'
import { parseSpec } from '../../src/spec/index.js'
import { CLI_BUNDLE, runNode, type ProcessRun } from '../e2e/helpers.js'
import { requireBundle, runAction, type ActionRun } from './action.js'
import { APP_CODE } from './fault-matrix.js'
import { startHostile } from './hostile.js'
import {
  FUZZ_SECRET,
  HostileText,
  hostileGateway,
  hostileSpec,
  hostileTasks,
  problems
} from './hostile-text.js'

const ONLY = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED)
const IN_PROCESS_SEEDS =
  ONLY === undefined ? Array.from({ length: 40 }, (_, i) => 1101 + i) : [ONLY]
const DIST_SEEDS = ONLY === undefined ? [7, 1977, 424242] : [ONLY]

/** The auth header the client sends: also a secret (see buildAuthHeader). */
const HEADER = JSON.stringify({ bk_app_code: APP_CODE, bk_app_secret: FUZZ_SECRET })

describe('hostile text fuzz, in process: every renderer', () => {
  beforeAll(() => {
    // What the action does with the app-secret input before anything is printed.
    registerSecret(FUZZ_SECRET)
  })

  it.each(IN_PROCESS_SEEDS)('seed %i', async (seed) => {
    const text = new HostileText(seed)
    const tasks = hostileTasks(text, 6)
    const specText = hostileSpec(tasks)
    const { spec, diagnostics } = parseSpec(specText, 'spec.yml')
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([])
    if (!spec) throw new Error('the spec did not parse')
    const gateway = await startHostile(hostileGateway(tasks))
    try {
      const client = new BkflowClient({
        apiUrl: gateway.url,
        appCode: APP_CODE,
        appSecret: FUZZ_SECRET,
        rateLimitPerMinute: 5000,
        maxConcurrency: 4,
        requestTimeoutMs: 5000,
        allowHttp: false,
        env: {}
      })
      const run = await pollTasks(spec, { mode: 'check', client, now: Date.now, sleep })
      const outputs: Record<string, string> = {
        // As both sinks print it (the runner's log, the CLI's streams).
        plan: guardCommands(planText(run, { color: false })),
        summary: renderSummary(run),
        comment: renderComment(run, 'spec.yml'),
        annotations: JSON.stringify(toAnnotations(run, { workspace: '/w' })),
        outputs: Object.values(toOutputs(run, '/tmp/report.json')).join('\n'),
        // As the action and the CLI write it.
        report: escapeJsonText(JSON.stringify(toJsonReport(run)))
      }
      const found: string[] = []
      for (const [where, out] of Object.entries(outputs)) {
        found.push(
          ...problems(where, out, text.injections, {
            stdout: where === 'plan',
            secrets: [FUZZ_SECRET, HEADER]
          })
        )
      }
      // Annotations become `::error title=…::message` lines: each field must be one clean line.
      for (const a of toAnnotations(run, { workspace: '/w' })) {
        if (/[\r\n]/.test(a.title + a.message))
          found.push(`annotation with a line break: ${a.title}`)
      }
      for (const where of ['summary', 'comment']) {
        // Entities (`&#124;`) are not references; a `#` right before digits is.
        if (/(?<!&)#\d/.test(outputs[where])) found.push(`${where}: a live #123 reference`)
        if (/@[A-Za-z0-9]/.test(outputs[where])) found.push(`${where}: a live @mention`)
      }
      expect({ seed, found }).toEqual({ seed, found: [] })
    } finally {
      await gateway.close()
    }
  })
})

describe('[slow] hostile text fuzz, through dist/', () => {
  const results: Array<{
    seed: number
    text: HostileText
    action: ActionRun
    check: ProcessRun
    init: ProcessRun
  }> = []

  beforeAll(async () => {
    requireBundle()
    await Promise.all(
      DIST_SEEDS.map(async (seed) => {
        const text = new HostileText(seed)
        const tasks = hostileTasks(text, 8)
        const specText = hostileSpec(tasks)
        const gateway = await startHostile(hostileGateway(tasks))
        try {
          const [action, check, init] = await Promise.all([
            runAction({
              name: `seed ${seed}`,
              spec: specText,
              inputs: {
                'api-url': gateway.url,
                'app-code': APP_CODE,
                'app-secret': FUZZ_SECRET,
                mode: 'check'
              }
            }),
            (async () => {
              const { mkdtemp, writeFile, rm } = await import('node:fs/promises')
              const { tmpdir } = await import('node:os')
              const path = await import('node:path')
              const dir = await mkdtemp(path.join(tmpdir(), 'bkflow-gate-fuzz-'))
              await writeFile(path.join(dir, 'spec.yml'), specText)
              try {
                return await runNode(
                  CLI_BUNDLE,
                  ['check', 'spec.yml', '--mode', 'check', '--api-url', gateway.url],
                  { BKFLOW_APP_CODE: APP_CODE, BKFLOW_APP_SECRET: FUZZ_SECRET },
                  dir
                )
              } finally {
                await rm(dir, { recursive: true, force: true })
              }
            })(),
            runNode(
              CLI_BUNDLE,
              ['init', '--task', String(tasks[0].taskId), '--space', String(tasks[0].spaceId)],
              {
                BKFLOW_API_URL: gateway.url,
                BKFLOW_APP_CODE: APP_CODE,
                BKFLOW_APP_SECRET: FUZZ_SECRET
              },
              process.cwd()
            )
          ])
          results.push({ seed, text, action, check, init })
        } finally {
          await gateway.close()
        }
      })
    )
  }, 90_000)

  afterAll(() => {
    results.splice(0)
  })

  it('the action: stdout, summary, outputs and report are clean', () => {
    expect(results).toHaveLength(DIST_SEEDS.length)
    for (const { seed, text, action } of results) {
      const stdout = action.stdout
      const found = [
        // Secrets are looked for below, without the mask lines that must hold them.
        ...problems('stdout', stdout, text.injections, {
          stdout: true,
          secrets: [],
          masks: [FUZZ_SECRET, HEADER]
        }),
        ...problems('stderr', action.stderr, text.injections, {
          stdout: true,
          secrets: [FUZZ_SECRET]
        })
      ]
      // The masks themselves are the one place the runner is told the secret.
      const shown = stdout
        .split('\n')
        .filter((line) => !line.startsWith('::add-mask::'))
        .join('\n')
      found.push(
        ...problems('stdout without masks', shown, [], {
          stdout: false,
          secrets: [FUZZ_SECRET, HEADER]
        })
      )
      for (const [where, out] of Object.entries({
        summary: action.summary,
        outputs: action.outputFile,
        report: action.reportText
      })) {
        found.push(
          ...problems(where, out, text.injections, {
            stdout: false,
            secrets: [FUZZ_SECRET, HEADER]
          })
        )
      }
      if (/@[A-Za-z0-9]/.test(action.summary)) found.push('summary: a live @mention')
      expect({ seed, code: action.code, found }).toEqual({ seed, code: 1, found: [] })
      // Every task was read and judged (a run that read nothing would be clean for nothing).
      expect(action.report?.tasks.every((t) => t.state !== null || t.verdict === 'error')).toBe(
        true
      )
    }
  })

  it('the CLI: check and init print nothing raw, injected or secret', () => {
    for (const { seed, text, check, init } of results) {
      const found: string[] = []
      for (const [where, out] of Object.entries({
        'check stdout': check.stdout,
        'check stderr': check.stderr,
        'init stdout': init.stdout,
        'init stderr': init.stderr
      })) {
        found.push(
          ...problems(where, out, text.injections, { stdout: true, secrets: [FUZZ_SECRET, HEADER] })
        )
      }
      expect({ seed, check: check.code, found }).toEqual({ seed, check: check.code, found: [] })
      expect([1, 2]).toContain(check.code)
    }
  })
})
