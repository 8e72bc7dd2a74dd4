// Transport edges over real HTTP on 127.0.0.1: a CONNECT proxy chosen from the environment, and
// redirects that must not be followed (they would carry the auth header elsewhere).

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createServer, type IncomingMessage, type Server } from 'node:http'
import { connect, type AddressInfo, type Socket } from 'node:net'
import { BkflowClient, type ClientOptions } from '../../src/bkflow/index.js'
import { simpleScenario, startSimulator, TEST_APP, type Simulator } from '../simulator/index.js'

let sim: Simulator
let simPort: number
let proxy: Server
let proxyPort: number
const tunnels: string[] = []
const sockets = new Set<Socket>()
let redirector: Server
let redirectorPort: number
const redirectorHits: string[] = []

function listen(server: Server): Promise<number> {
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port))
  })
}

beforeAll(async () => {
  sim = await startSimulator({
    scenario: simpleScenario([
      { id: 42, space: 7, template: 1, start: 0, nodes: [{ name: 'Build', duration: 1 }] }
    ])
  })
  simPort = Number(new URL(sim.url).port)

  // A forward proxy that records each CONNECT target and tunnels it to the simulator, so a
  // hostname that does not resolve here can stand for a remote gateway.
  proxy = createServer((_req, res) => {
    res.writeHead(405)
    res.end()
  })
  proxy.on('connect', (req: IncomingMessage, client: Socket) => {
    tunnels.push(req.url ?? '')
    sockets.add(client)
    const upstream = connect(simPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      upstream.pipe(client)
      client.pipe(upstream)
    })
    sockets.add(upstream)
    upstream.on('error', () => client.destroy())
    client.on('error', () => upstream.destroy())
  })
  proxyPort = await listen(proxy)

  redirector = createServer((req, res) => {
    redirectorHits.push(req.url ?? '')
    res.writeHead(302, { Location: 'https://login.example.com/?next=/' })
    res.end()
  })
  redirectorPort = await listen(redirector)
})

afterAll(async () => {
  for (const socket of sockets) socket.destroy()
  await Promise.all([
    sim.close(),
    new Promise((resolve) => proxy.close(resolve)),
    new Promise((resolve) => redirector.close(resolve))
  ])
})

function options(overrides: Partial<ClientOptions>): ClientOptions {
  return {
    apiUrl: sim.url,
    appCode: TEST_APP.code,
    appSecret: TEST_APP.secret,
    rateLimitPerMinute: 600,
    maxConcurrency: 4,
    requestTimeoutMs: 5000,
    allowHttp: false,
    env: {},
    sleep: async () => undefined,
    ...overrides
  }
}

describe('BkflowClient transport', () => {
  it('goes through HTTP_PROXY for a remote host', async () => {
    const client = new BkflowClient(
      options({
        apiUrl: `http://bkflow.gateway.invalid:${simPort}/api/bk-flow-engine/prod`,
        allowHttp: true,
        env: { HTTP_PROXY: `http://127.0.0.1:${proxyPort}`, NO_PROXY: 'other.example.com' }
      })
    )
    const tree = await client.getTaskStates(
      { taskId: 42, spaceId: 7 },
      { deadline: Date.now() + 60_000 }
    )
    expect(tree.state).toMatch(/RUNNING|FINISHED/)
    expect(tunnels).toContain(`bkflow.gateway.invalid:${simPort}`)
  })

  it('connects directly to loopback even when a proxy is set', async () => {
    const before = tunnels.length
    const client = new BkflowClient(
      options({
        env: {
          HTTP_PROXY: `http://127.0.0.1:${proxyPort}`,
          HTTPS_PROXY: `http://127.0.0.1:${proxyPort}`
        }
      })
    )
    await client.getTaskStates({ taskId: 42, spaceId: 7 }, { deadline: Date.now() + 60_000 })
    expect(tunnels.length).toBe(before)
  })

  it('does not follow a redirect and says to check api-url', async () => {
    const client = new BkflowClient(
      options({ apiUrl: `http://127.0.0.1:${redirectorPort}/api/x/prod` })
    )
    await expect(
      client.getTaskStates({ taskId: 42, spaceId: 7 }, { deadline: Date.now() + 60_000 })
    ).rejects.toMatchObject({ kind: 'api_not_found', status: 302, attempts: 1 })
    expect(redirectorHits).toEqual(['/api/x/prod/space/7/task/42/get_task_states/'])
  })

  it('reports a refused connection as unreachable and retries it until the deadline', async () => {
    const closed = createServer()
    const port = await listen(closed)
    await new Promise((resolve) => closed.close(resolve))
    let now = 0
    const client = new BkflowClient(
      options({
        apiUrl: `http://127.0.0.1:${port}`,
        now: () => now,
        sleep: async (ms) => {
          now += ms
        },
        random: () => 1
      })
    )
    await expect(
      client.getTaskStates({ taskId: 42, spaceId: 7 }, { deadline: 1600 })
    ).rejects.toMatchObject({
      // A setup failure, retried (within the setup budget) until the deadline, which comes first.
      kind: 'unreachable',
      retryable: true,
      attempts: 3
    })
    expect(client.counts.get_task_states).toBe(3)
  })
})
