// The HTTP server: the gateway's phases in APISIX plugin order (route → auth → stage rate limit →
// permission), then injected faults, then BKFlow's answer; every request is logged.

import { randomUUID } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import {
  buildWorld,
  getTaskDetail,
  getTaskNodeDetail,
  getTasksStates,
  getTaskStates,
  getTaskStatesByApp,
  type BkflowRequest,
  type World
} from './endpoints.js'
import { faultEffect, FaultBook } from './faults.js'
import { authenticate } from './gateway-auth.js'
import { parseScenario } from './parse-scenario.js'
import { DEFAULT_QUOTA, StageRateLimiter } from './rate-limit.js'
import { gatewayError, newTraceId, type SimResponse } from './responses.js'
import { matchRoute, needsPermission, type Route } from './routes.js'
import {
  matchOperationRoute,
  OPERATION_HANDLERS,
  operationNeedsUser,
  type OperationRequest,
  type OperationRoute
} from './task-operations.js'
import type { EndpointName, Fault, Scenario } from './scenario-types.js'
import { createClock, type SimClock } from './sim-clock.js'

export interface SimulatorOptions {
  /** A scenario object, or its YAML text. */
  scenario: Scenario | string
  /** Default 0: any free port. The host is always 127.0.0.1. */
  port?: number
  /** Sim ms per real ms (default 1): speed 60 runs a one-minute scenario in one second; 0 freezes
   * the clock so that only `clock.advance()` moves it (deterministic tests). */
  speed?: number
  /** Real ms added before every answer (default 0). */
  latencyMs?: number
  /** Default `/api/bk-flow-engine/prod` (gateway `bk-flow-engine`, stage `prod`). */
  basePath?: string
}

/** One request as the simulator saw it; `status` is 0 until answered, and stays 0 for a reset or hang. */
export interface RequestLogEntry {
  /** Sim epoch ms when the request arrived. */
  at: number
  /** Date.now() when it arrived. */
  realAt: number
  method: string
  path: string
  endpoint: EndpointName | null
  app?: string
  spaceId?: number
  taskId?: number
  taskIds?: number[]
  status: number
  /** The injected fault's name, if one hit this request. */
  fault?: string
  /** Create, operate and list requests: the body and the query string as sent. */
  body?: string
  query?: string
}

/** A running simulator. */
export interface Simulator {
  /** Base URL including the base path, no trailing slash. */
  url: string
  clock: SimClock
  /** Appended live, one entry per request. */
  log: RequestLogEntry[]
  /** The highest number of requests handled at the same instant. */
  readonly inFlightMax: number
  /** Requests being handled now. */
  readonly inFlight: number
  /** Adds a fault at run time (checked after the scenario's own). */
  inject(fault: Fault): void
  /** Closes the server and destroys open (including hanging) sockets. */
  close(): Promise<void>
}

type Handler = (world: World, req: BkflowRequest) => SimResponse

const HANDLERS: Record<EndpointName, Handler> = {
  get_task_states: getTaskStates,
  get_task_states_by_app: getTaskStatesByApp,
  get_tasks_states: getTasksStates,
  get_task_detail: getTaskDetail,
  get_task_node_detail: getTaskNodeDetail,
  ...(OPERATION_HANDLERS as Record<keyof typeof OPERATION_HANDLERS, Handler>)
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

/** The task ids of a batch body, for the log and fault matching (empty when the body is invalid). */
function batchIds(body: string): number[] {
  try {
    const parsed: unknown = JSON.parse(body)
    if (typeof parsed !== 'object' || parsed === null) return []
    const ids = (parsed as Record<string, unknown>).task_ids
    return Array.isArray(ids) ? ids.map(Number).filter(Number.isInteger) : []
  } catch {
    return []
  }
}

/** Starts a simulator on 127.0.0.1 and resolves once it listens. */
export async function startSimulator(options: SimulatorOptions): Promise<Simulator> {
  const scenario =
    typeof options.scenario === 'string' ? parseScenario(options.scenario) : options.scenario
  const world = buildWorld(scenario)
  const clock = createClock(world.epochMs, options.speed ?? 1)
  const basePath = (options.basePath ?? '/api/bk-flow-engine/prod').replace(/\/+$/, '')
  const latencyMs = options.latencyMs ?? 0
  const faults = new FaultBook(scenario.faults)
  const limiter = new StageRateLimiter()
  const log: RequestLogEntry[] = []
  const sockets = new Set<Socket>()
  let inFlight = 0
  let inFlightMax = 0

  function send(
    res: ServerResponse,
    entry: RequestLogEntry,
    response: SimResponse,
    gatewayHeaders: Record<string, string>
  ): void {
    const headers: Record<string, string> = {
      ...response.headers,
      ...gatewayHeaders,
      'content-length': String(Buffer.byteLength(response.body))
    }
    if (response.traceId !== undefined) headers['bkflow-engine-trace-id'] = response.traceId
    entry.status = response.status
    res.writeHead(response.status, headers)
    res.end(response.body)
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = req.method ?? 'GET'
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const entry: RequestLogEntry = {
      at: clock.now(),
      realAt: Date.now(),
      method,
      path: url.pathname,
      endpoint: null,
      status: 0
    }
    log.push(entry)
    const body = await readBody(req)
    if (latencyMs > 0) await new Promise((r) => setTimeout(r, latencyMs))
    const requestId = randomUUID()
    const headers: Record<string, string> = {
      'x-bkapi-request-id': requestId,
      'x-request-id': requestId.replace(/-/g, '')
    }
    const notFound = (): void =>
      send(res, entry, gatewayError('API_NOT_FOUND', { method, path: url.pathname }), headers)

    // Route first: an unrouted request meets no plugin, so it is 404 whatever its credentials.
    if (!url.pathname.startsWith(basePath + '/')) return notFound()
    const subPath = url.pathname.slice(basePath.length)
    const route: Route | OperationRoute | null =
      matchRoute(method, subPath) ?? matchOperationRoute(method, subPath)
    if (!route) return notFound()
    if (route.endpoint in OPERATION_HANDLERS) {
      entry.body = body
      entry.query = url.search
    }
    entry.endpoint = route.endpoint
    if (route.spaceId !== undefined) entry.spaceId = route.spaceId
    if (route.taskId !== undefined) entry.taskId = route.taskId
    if (route.endpoint === 'get_tasks_states') entry.taskIds = batchIds(body)

    const header = req.headers['x-bkapi-authorization']
    const auth = authenticate(
      Array.isArray(header) ? header[0] : header,
      scenario,
      route.endpoint === 'get_task_states_by_app' || operationNeedsUser(route.endpoint)
    )
    if (!auth.ok) return send(res, entry, auth.response, headers)
    const app = auth.caller.app
    entry.app = app.code

    // Auth runs before the stage rate limit, so only authenticated requests spend tokens.
    const t = clock.elapsedSec()
    const rate = limiter.take(app.code, app.quota ?? DEFAULT_QUOTA, t)
    headers['x-bkapi-ratelimit-limit'] = String(rate.limit)
    headers['x-bkapi-ratelimit-remaining'] = String(rate.remaining)
    headers['x-bkapi-ratelimit-reset'] = String(rate.reset)
    headers['x-bkapi-ratelimit-plugin'] = 'bk-stage-rate-limit'
    if (!rate.allowed) return send(res, entry, gatewayError('RATE_LIMIT_RESTRICTION'), headers)

    if (needsPermission(route.endpoint) && app.permissions === false) {
      const denied = gatewayError('APP_NO_PERMISSION', {
        reason: `no permission, bk_app_code=${app.code}`
      })
      return send(res, entry, denied, headers)
    }

    const traceparent = req.headers.traceparent
    const traceId = newTraceId(Array.isArray(traceparent) ? traceparent[0] : traceparent)
    const query = url.searchParams
    const bkReq: OperationRequest = { caller: auth.caller, ...route, query, body, traceId, t }
    const target = {
      endpoint: route.endpoint,
      spaceId: route.spaceId,
      taskId: route.taskId,
      taskIds: entry.taskIds,
      t
    }
    const fault = faults.take(target)
    if (fault) {
      entry.fault = fault.name ?? fault.type
      const effect = faultEffect(fault, target, traceId)
      if (effect.kind === 'hang') return
      if (effect.kind === 'reset') {
        req.socket.destroy()
        return
      }
      if (effect.kind === 'truncate') {
        const full = HANDLERS[route.endpoint](world, bkReq)
        const cut = { ...full, body: full.body.slice(0, Math.floor(full.body.length / 2)) }
        return send(res, entry, cut, headers)
      }
      if (fault.type === 'rate_limit') {
        headers['x-bkapi-ratelimit-remaining'] = '0'
        headers['x-bkapi-ratelimit-reset'] = String(fault.reset ?? 10)
      }
      return send(res, entry, effect.response, headers)
    }
    send(res, entry, HANDLERS[route.endpoint](world, bkReq), headers)
  }

  const server = createServer((req, res) => {
    inFlight++
    inFlightMax = Math.max(inFlightMax, inFlight)
    res.on('close', () => inFlight--)
    handle(req, res).catch((error: unknown) => {
      // A simulator bug must not look like a BKFlow answer: a bare 500 text the client cannot parse.
      if (!res.headersSent) {
        res.writeHead(500, { 'content-type': 'text/plain' })
        res.end(`simulator error: ${error instanceof Error ? error.message : String(error)}`)
      }
    })
  })
  server.on('connection', (socket: Socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve())
  })
  const { port } = server.address() as AddressInfo

  return {
    url: `http://127.0.0.1:${port}${basePath}`,
    clock,
    log,
    get inFlightMax() {
      return inFlightMax
    },
    get inFlight() {
      return inFlight
    },
    inject: (fault) => faults.add(fault),
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      })
  }
}
