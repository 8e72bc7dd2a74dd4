import { afterEach, describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  linearTask,
  parseScenario,
  simpleScenario,
  startSimulator,
  TEST_APP,
  type Simulator
} from './index.js'
import { authHeader, batch, call, kids, type TreeJson } from './test-http.js'

const AUTH = authHeader({ bk_app_code: TEST_APP.code, bk_app_secret: TEST_APP.secret })
const HERE = dirname(fileURLToPath(import.meta.url))

let sim: Simulator | undefined
afterEach(async () => {
  await sim?.close()
  sim = undefined
})

describe('generated scenarios', () => {
  it('serves 200 tasks × 100 nodes finishing at scripted times', async () => {
    const tasks = Array.from({ length: 200 }, (_, i) =>
      linearTask(i + 1, { space: 7, nodes: 100, finishAt: 10 + i })
    )
    sim = await startSimulator({ scenario: simpleScenario(tasks), speed: 0 })
    sim.clock.advance(50_000)
    const answer = await batch(
      sim.url,
      7,
      tasks.map((t) => t.id),
      AUTH
    )
    const data = answer.json.data as Record<string, { state: string }>
    expect(Object.keys(data)).toHaveLength(200)
    const finished = Object.entries(data).filter(([, v]) => v.state === 'FINISHED')
    expect(finished.map(([id]) => Number(id)).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 41 }, (_, i) => i + 1) // task i finishes at 10 + (i - 1) ≤ 50
    )
    expect(data['42'].state).toBe('RUNNING')
    const tree = await call(sim.url, '/space/7/task/1/get_task_states/', { headers: AUTH })
    const root = (tree.json.data as TreeJson) ?? { children: {} }
    expect(kids(root)).toHaveLength(102)
  })

  it('marks a failing node and stops there', async () => {
    sim = await startSimulator({
      scenario: simpleScenario([linearTask(5, { space: 3, nodes: 4, failAt: 1 })]),
      speed: 0
    })
    sim.clock.advance(60_000)
    const tree = await call(sim.url, '/space/3/task/5/get_task_states/', { headers: AUTH })
    const root = tree.json.data as TreeJson
    expect(root.state).toBe('FAILED')
    expect(kids(root).map((n) => n.state)).toEqual(['FINISHED', 'FINISHED', 'FAILED'])
  })
})

describe('fast clock', () => {
  it('runs sim time faster than real time, and sleeps in sim time', async () => {
    sim = await startSimulator({
      scenario: simpleScenario([linearTask(1, { space: 7, nodes: 3, nodeDuration: 100 })]),
      speed: 1000
    })
    expect((await batch(sim.url, 7, [1], AUTH)).json.data).toEqual({ '1': { state: 'RUNNING' } })
    await sim.clock.sleep(301_000) // 301 ms of real time
    expect(sim.clock.elapsedSec()).toBeGreaterThanOrEqual(301)
    expect((await batch(sim.url, 7, [1], AUTH)).json.data).toEqual({ '1': { state: 'FINISHED' } })
    const controller = new AbortController()
    const pending = sim.clock.sleep(3_600_000, controller.signal)
    controller.abort(new Error('stop'))
    await expect(pending).rejects.toThrow('stop')
  })

  it('wakes sleepers of a frozen clock when advanced', async () => {
    sim = await startSimulator({
      scenario: simpleScenario([linearTask(1, { space: 7 })]),
      speed: 0
    })
    let woke = false
    const sleeping = sim.clock.sleep(5_000).then(() => {
      woke = true
    })
    sim.clock.advance(4_000)
    await Promise.resolve()
    expect(woke).toBe(false)
    sim.clock.advance(1_000)
    await sleeping
    expect(woke).toBe(true)
    expect(sim.clock.now()).toBe(Date.parse('2026-08-21T10:00:05+08:00'))
  })
})

describe('parseScenario', () => {
  it('reads YAML and refuses unknown keys with their paths', () => {
    const ok = parseScenario('apps: [{code: a, secret: s}]\nspaces: []\ntasks: []\n')
    expect(ok.apps[0].code).toBe('a')
    expect(() =>
      parseScenario(
        'apps: [{code: a, secret: s}]\nspaces: []\ntasks: [{id: 1, space: 1, nodes: [{nmae: x}]}]\n'
      )
    ).toThrow('tasks[0].nodes[0]: unknown key "nmae"')
    expect(() => parseScenario('apps: []\ntasks: []\n')).toThrow('spaces: expected a list')
  })

  it('refuses a space owned by an unknown app when the simulator starts', async () => {
    await expect(
      startSimulator({ scenario: 'apps: []\nspaces: [{id: 1, app: x}]\ntasks: []\n' })
    ).rejects.toThrow('space 1: unknown app "x"')
  })
})

describe('npm run simulator', () => {
  it('prints its URL and answers a plain request with the auth header', async () => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(HERE, 'main.ts'), '--scenario', join(HERE, 'scenarios/states.yml')],
      { env: { ...process.env, NODE_OPTIONS: '' }, stdio: ['ignore', 'pipe', 'pipe'] }
    )
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = ''
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString()
          const match = /BKFlow simulator listening on (\S+)/.exec(out)
          if (match) resolve(match[1])
        })
        child.on('exit', (code) => reject(new Error(`simulator exited with ${code}`)))
      })
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/bk-flow-engine\/prod$/)
      const answer = await call(url, '/space/7/task/101/get_task_states/', {
        headers: authHeader({ bk_app_code: 'bkflow-gate-demo', bk_app_secret: 'demo-secret' })
      })
      expect(answer.json).toMatchObject({ result: true, data: { state: 'CREATED' } })
    } finally {
      child.kill('SIGINT')
    }
  })
})
