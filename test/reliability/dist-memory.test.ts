// [slow: about 5 s of real time] Memory is bounded (issue 11, item 11), through dist/index.js: four
// tasks whose gateway answers are endless floods, read at once. Each stops at the 64 MiB cap as a
// permanent error for its task (asked once, not retried), and the process stays far below what
// four unbounded bodies would take.

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { requireBundle, runAction, type ActionRun } from './action.js'
import { APP_CODE, APP_SECRET } from './fault-matrix.js'
import { startHostile, type Hostile } from './hostile.js'

const CAP_BYTES = 64 * 1024 * 1024

/** Prints the process's peak resident set size (KiB) on stderr when it exits. */
const RSS_PROBE = `--import=data:text/javascript,process.on('exit',()=>process.stderr.write('maxrss-kb='+process.resourceUsage().maxRSS+'\\n'))`

let gateway: Hostile
let run: ActionRun
/** Bytes the gateway managed to write, per request. */
const written: number[] = []

beforeAll(async () => {
  requireBundle()
  gateway = await startHostile((req, res) => {
    const index = written.push(0) - 1
    // A JSON envelope that never ends, without a length: only a cap can stop it.
    res.writeHead(200, { 'Content-Type': 'application/json' })
    res.write(`{"result":true,"data":{"${req.taskId}":{"state":"`)
    const chunk = Buffer.alloc(1024 * 1024, 0x78)
    // Every chunk handed to the socket counts; a full buffer waits for the reader.
    const pump = (): void => {
      while (!res.destroyed) {
        written[index] += chunk.length
        if (!res.write(chunk)) {
          res.once('drain', pump)
          return
        }
      }
    }
    pump()
  })
  run = await runAction({
    name: 'four floods',
    spec: [
      'version: 1',
      'defaults:',
      '  timeout: 60s',
      'tasks:',
      ...[31, 32, 33, 34].flatMap((id) => [`  - task_id: ${id}`, `    space_id: ${id}`]),
      ''
    ].join('\n'),
    inputs: {
      'api-url': gateway.url,
      'app-code': APP_CODE,
      'app-secret': APP_SECRET,
      'max-concurrency': '4',
      'request-timeout': '60s'
    },
    nodeArgs: [RSS_PROBE]
  })
}, 90_000)

afterAll(() => gateway.close())

describe('[slow] memory is bounded, through dist/index.js', () => {
  it('each flood is a permanent error for its task, asked once', () => {
    expect({ code: run.code, result: run.outputs.result }).toEqual({ code: 1, result: 'error' })
    expect(run.report?.tasks.map((t) => t.error?.kind)).toEqual(Array(4).fill('too_large'))
    expect(run.report?.tasks[0].reason).toMatch(/larger than 64 MiB/)
    // Not retried as transient: one request per task.
    expect(gateway.requests).toBe(4)
  })

  it('reading stops at the cap', () => {
    expect(written).toHaveLength(4)
    // The cap, plus what sat in socket buffers when the client hung up.
    for (const bytes of written) {
      expect(bytes).toBeGreaterThan(CAP_BYTES / 2)
      expect(bytes).toBeLessThan(CAP_BYTES + 16 * 1024 * 1024)
    }
  })

  it('the peak RSS stays far below four unbounded bodies', () => {
    const kb = Number(/maxrss-kb=(\d+)/.exec(run.stderr)?.[1])
    expect(kb).toBeGreaterThan(0)
    // Four bodies held to the cap are at most 256 MiB; unbounded, the attack reached 3.7 GB.
    expect(kb / 1024).toBeLessThan(600)
  })
})
