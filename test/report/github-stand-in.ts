// A stand-in for the GitHub REST API's issue-comment endpoints (list with pagination, create,
// update) on 127.0.0.1, recording every request; a 403 mode plays a fork's read-only token.

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface StoredComment {
  id: number
  /** The pull request (issue) number it belongs to. */
  issue: number
  body: string
}

export interface RecordedRequest {
  method: string
  url: string
  auth: string | undefined
  body?: string
}

export class GitHubStandIn {
  comments: StoredComment[] = []
  requests: RecordedRequest[] = []
  forbidden = false
  url = ''
  private nextId = 100
  private server: Server = createServer((req, res) => void this.handle(req, res))

  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve))
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()))
  }

  reset(): void {
    this.comments = []
    this.requests = []
    this.forbidden = false
  }

  /** Adds a comment as if someone had written it earlier. */
  add(body: string, issue = 1): void {
    this.comments.push({ id: this.nextId++, issue, body })
  }

  /** The methods of the requests so far, e.g. ['GET', 'POST']. */
  methods(): string[] {
    return this.requests.map((r) => r.method)
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const text = Buffer.concat(chunks).toString('utf8')
    const url = new URL(req.url ?? '/', this.url)
    this.requests.push({
      method: req.method ?? '',
      url: url.pathname + url.search,
      auth: req.headers.authorization,
      ...(text ? { body: text } : {})
    })
    const send = (status: number, body: unknown, headers: Record<string, string> = {}): void => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers })
      res.end(JSON.stringify(body))
    }
    if (this.forbidden) {
      send(403, {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
        status: '403'
      })
      return
    }
    const input = text ? (JSON.parse(text) as { body?: string }) : {}
    const list = /^\/repos\/o\/r\/issues\/(\d+)\/comments$/.exec(url.pathname)
    if (req.method === 'GET' && list) {
      const issue = Number(list[1])
      const all = this.comments.filter((c) => c.issue === issue)
      const perPage = Number(url.searchParams.get('per_page') ?? 30)
      const page = Number(url.searchParams.get('page') ?? 1)
      const slice = all.slice((page - 1) * perPage, page * perPage)
      const headers: Record<string, string> = {}
      if (page * perPage < all.length) {
        headers.link = `<${this.url}${url.pathname}?per_page=${perPage}&page=${page + 1}>; rel="next"`
      }
      send(
        200,
        slice.map((c) => ({ id: c.id, body: c.body })),
        headers
      )
      return
    }
    if (req.method === 'POST' && list) {
      const comment = { id: this.nextId++, issue: Number(list[1]), body: input.body ?? '' }
      this.comments.push(comment)
      send(201, { id: comment.id, body: comment.body })
      return
    }
    const patch = /^\/repos\/o\/r\/issues\/comments\/(\d+)$/.exec(url.pathname)
    if (req.method === 'PATCH' && patch) {
      const comment = this.comments.find((c) => c.id === Number(patch[1]))
      if (!comment) return send(404, { message: 'Not Found' })
      comment.body = input.body ?? ''
      send(200, { id: comment.id, body: comment.body })
      return
    }
    send(404, { message: 'Not Found' })
  }
}
