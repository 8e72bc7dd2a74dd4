import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import {
  COMMENT_MARKER_PREFIX,
  COMMENT_MAX_CHARS,
  renderComment,
  publishComment
} from '../../src/report/index.js'
import { commentMarker } from '../../src/report/comment.js'
import { hugeTask, manyTasks, nodeFailed } from './fixtures.js'

const TOKEN = 'ghs_testtoken1234567890'

interface Comment {
  id: number
  body: string
}

/** A stand-in for the GitHub REST API's issue-comment endpoints, with a 403 mode. */
class FakeGitHub {
  comments: Comment[] = []
  requests: { method: string; url: string; auth: string | undefined }[] = []
  forbidden = false
  private nextId = 100
  private server: Server = createServer((req, res) => void this.handle(req, res))
  url = ''

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

  add(body: string): void {
    this.comments.push({ id: this.nextId++, body })
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const url = new URL(req.url ?? '/', this.url)
    this.requests.push({
      method: req.method ?? '',
      url: url.pathname + url.search,
      auth: req.headers.authorization
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
    const input =
      chunks.length > 0
        ? (JSON.parse(Buffer.concat(chunks).toString('utf8')) as { body?: string })
        : {}
    if (req.method === 'GET' && url.pathname === '/repos/o/r/issues/1/comments') {
      const perPage = Number(url.searchParams.get('per_page') ?? 30)
      const page = Number(url.searchParams.get('page') ?? 1)
      const slice = this.comments.slice((page - 1) * perPage, page * perPage)
      const headers: Record<string, string> = {}
      if (page * perPage < this.comments.length) {
        headers.link = `<${this.url}/repos/o/r/issues/1/comments?per_page=${perPage}&page=${page + 1}>; rel="next"`
      }
      send(200, slice, headers)
      return
    }
    if (req.method === 'POST' && url.pathname === '/repos/o/r/issues/1/comments') {
      const comment = { id: this.nextId++, body: input.body ?? '' }
      this.comments.push(comment)
      send(201, comment)
      return
    }
    const patch = /^\/repos\/o\/r\/issues\/comments\/(\d+)$/.exec(url.pathname)
    if (req.method === 'PATCH' && patch) {
      const comment = this.comments.find((c) => c.id === Number(patch[1]))
      if (!comment) return send(404, { message: 'Not Found' })
      comment.body = input.body ?? ''
      send(200, comment)
      return
    }
    send(404, { message: 'Not Found' })
  }
}

const github = new FakeGitHub()
beforeAll(() => github.start())
afterAll(() => github.stop())
beforeEach(() => github.reset())

function recorder(): {
  warnings: string[]
  infos: string[]
  log: { warning(m: string): void; info(m: string): void }
} {
  const warnings: string[] = []
  const infos: string[] = []
  return { warnings, infos, log: { warning: (m) => warnings.push(m), info: (m) => infos.push(m) } }
}

function args(specPath: string, body: string, log: ReturnType<typeof recorder>['log']) {
  return {
    token: TOKEN,
    apiUrl: github.url,
    owner: 'o',
    repo: 'r',
    issueNumber: 1,
    key: specPath,
    body,
    log
  }
}

describe('publishComment', () => {
  it('creates the comment once, then updates it in place', async () => {
    const { log, warnings } = recorder()
    const first = renderComment(nodeFailed(), 'deploy.yml')
    expect(await publishComment(args('deploy.yml', first, log))).toBe('created')
    const second = renderComment(manyTasks(), 'deploy.yml')
    expect(await publishComment(args('deploy.yml', second, log))).toBe('updated')
    expect(github.comments).toHaveLength(1)
    expect(github.comments[0].body).toBe(second)
    expect(warnings).toEqual([])
    expect(github.requests.map((r) => r.method)).toEqual(['GET', 'POST', 'GET', 'PATCH'])
    expect(github.requests.every((r) => r.auth === `token ${TOKEN}`)).toBe(true)
  })

  it('keeps one comment per spec path', async () => {
    const { log } = recorder()
    await publishComment(args('a.yml', renderComment(nodeFailed(), 'a.yml'), log))
    await publishComment(args('b.yml', renderComment(nodeFailed(), 'b.yml'), log))
    await publishComment(args('a.yml', renderComment(nodeFailed(), 'a.yml'), log))
    expect(github.comments.map((c) => c.body.split('\n')[0])).toEqual([
      '<!-- bkflow-gate:a.yml -->',
      '<!-- bkflow-gate:b.yml -->'
    ])
  })

  it('finds its comment on a later page', async () => {
    for (let i = 0; i < 150; i++) github.add(`unrelated ${i}`)
    github.add(`${commentMarker('deploy.yml')}\nold`)
    const { log } = recorder()
    expect(await publishComment(args('deploy.yml', 'new body', log))).toBe('updated')
    expect(github.comments).toHaveLength(151)
    expect(github.comments[150].body).toBe(`${commentMarker('deploy.yml')}\nnew body`)
  })

  it('warns and skips on 403, without failing or printing the token', async () => {
    github.forbidden = true
    const { log, warnings } = recorder()
    const result = await publishComment(args('deploy.yml', 'body', log))
    expect(result).toBe('skipped')
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toContain('HTTP 403')
    expect(warnings[0]).toContain('Resource not accessible by integration')
    expect(warnings[0]).toContain('pull-requests: write')
    expect(warnings[0]).not.toContain(TOKEN)
    expect(warnings[0]).not.toContain('\n')
    expect(github.comments).toEqual([])
  })

  it('warns and skips when the API cannot be reached', async () => {
    const closed = createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    const port = (closed.address() as AddressInfo).port
    await new Promise<void>((resolve) => closed.close(() => resolve()))
    const { log, warnings } = recorder()
    const result = await publishComment({
      ...args('deploy.yml', 'body', log),
      apiUrl: `http://127.0.0.1:${port}`
    })
    expect(result).toBe('skipped')
    expect(warnings).toHaveLength(1)
  })

  it('uses GITHUB_API_URL when no apiUrl is given', async () => {
    const saved = process.env.GITHUB_API_URL
    process.env.GITHUB_API_URL = github.url
    try {
      const { log } = recorder()
      const rest = { ...args('deploy.yml', 'body', log), apiUrl: undefined }
      expect(await publishComment(rest)).toBe('created')
      expect(github.comments).toHaveLength(1)
    } finally {
      if (saved === undefined) delete process.env.GITHUB_API_URL
      else process.env.GITHUB_API_URL = saved
    }
  })
})

describe('renderComment', () => {
  it('starts with the hidden marker and carries the summary', () => {
    const body = renderComment(nodeFailed(), '.github/bkflow/deploy.yml')
    expect(body.startsWith(`${COMMENT_MARKER_PREFIX}.github/bkflow/deploy.yml -->\n`)).toBe(true)
    expect(body).toContain('## ❌ BKFlow gate: fail')
  })

  it('fits GitHub’s comment limit, shortened with a note', () => {
    const body = renderComment(hugeTask(), 'deploy.yml')
    expect(body.length).toBeLessThanOrEqual(COMMENT_MAX_CHARS)
    expect(body).toMatch(/0 tasks and \d+ rows were left out/)
  })

  it('keeps a spec path from closing the marker early', () => {
    expect(commentMarker('a-->b<c>.yml')).toBe('<!-- bkflow-gate:a-%2D%3Eb%3Cc%3E.yml -->')
  })
})
