// Hostile gateways for the reliability tests: a node:http server on 127.0.0.1 that answers every
// request with whatever a test's handler does (a flood, silence, a huge wait, an HTML page, an
// echoed secret), and counts what it was asked.

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'

/** One request as the handler sees it: the body already read, the task id taken from the path. */
export interface HostileRequest {
  method: string
  path: string
  /** The task id in the path, or the first id of a batch body; 0 when there is none. */
  taskId: number
  /** The X-Bkapi-Authorization header the client sent. */
  auth: string
  /** 1-based count of requests so far, this one included. */
  n: number
}

export type HostileHandler = (req: HostileRequest, res: ServerResponse) => void | Promise<void>

export interface Hostile {
  /** The gateway base to give as api-url. */
  url: string
  port: number
  /** Requests received so far. */
  readonly requests: number
  close(): Promise<void>
}

/** Starts a hostile gateway; `close()` also drops connections a handler left hanging. */
export async function startHostile(handler: HostileHandler): Promise<Hostile> {
  let n = 0
  const sockets = new Set<Socket>()
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      n++
      const body = Buffer.concat(chunks).toString('utf8')
      const path = req.url ?? ''
      const fromPath = /\/task\/(\d+)\//.exec(path)?.[1]
      const fromBody = /"task_ids"\s*:\s*\[\s*(\d+)/.exec(body)?.[1]
      const request: HostileRequest = {
        method: req.method ?? 'GET',
        path,
        taskId: Number(fromPath ?? fromBody ?? 0),
        auth: String(req.headers['x-bkapi-authorization'] ?? ''),
        n
      }
      void Promise.resolve(handler(request, res)).catch(() => res.destroy())
    })
  })
  server.on('connection', (socket: Socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as AddressInfo).port
  return {
    url: `http://127.0.0.1:${port}/api/bk-flow-engine/prod`,
    port,
    get requests() {
      return n
    },
    close: async () => {
      for (const socket of sockets) socket.destroy()
      await new Promise((resolve) => server.close(resolve))
    }
  }
}

/** Writes a JSON answer. */
export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {}
): void {
  res.writeHead(status, { 'Content-Type': 'application/json', ...headers })
  res.end(JSON.stringify(body))
}

/**
 * A well-formed answer for any endpoint: a batch of root states, a state tree, or a task detail
 * with node names; `state` and `name` are put wherever the endpoint carries them.
 */
export function bkflowAnswer(
  req: HostileRequest,
  res: ServerResponse,
  options: { state?: string; nodeId?: string; nodeState?: string; nodeName?: string } = {}
): void {
  const state = options.state ?? 'FINISHED'
  const nodeId = options.nodeId ?? 'n1'
  if (req.path.includes('get_tasks_states')) {
    sendJson(res, 200, { result: true, data: { [req.taskId]: { state } } })
  } else if (req.path.includes('get_task_detail')) {
    sendJson(res, 200, {
      result: true,
      data: {
        name: `task ${req.taskId}`,
        pipeline_tree: {
          activities: {
            [nodeId]: { id: nodeId, name: options.nodeName ?? 'Step', type: 'ServiceActivity' }
          }
        }
      }
    })
  } else {
    sendJson(res, 200, {
      result: true,
      data: {
        id: 'root',
        state,
        children: { [nodeId]: { id: nodeId, state: options.nodeState ?? state } }
      }
    })
  }
}
