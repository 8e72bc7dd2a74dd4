import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import {
  COMMENT_MARKER_PREFIX,
  COMMENT_MAX_CHARS,
  commentKey,
  mergedCommentKey,
  renderComment,
  publishComment
} from '../../src/report/index.js'
import { commentMarker } from '../../src/report/comment.js'
import { allPass, hugeTask, manyTasks, nodeFailed } from './fixtures.js'
import { GitHubStandIn } from './github-stand-in.js'

const TOKEN = 'ghs_testtoken1234567890'

const github = new GitHubStandIn()
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
    expect(github.methods()).toEqual(['GET', 'POST', 'GET', 'PATCH'])
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

  it('keeps one comment per shard of a spec: two shards, two comments', async () => {
    const { log } = recorder()
    const one = commentKey('gate.yml', { index: 1, count: 2 })
    const two = commentKey('gate.yml', { index: 2, count: 2 })
    expect(await publishComment(args(one, renderComment(nodeFailed(), one), log))).toBe('created')
    expect(await publishComment(args(two, renderComment(allPass(), two), log))).toBe('created')
    // A re-run of shard 1 updates its own comment, not shard 2's.
    expect(await publishComment(args(one, renderComment(allPass(), one), log))).toBe('updated')
    expect(github.comments.map((c) => c.body.split('\n')[0])).toEqual([
      '<!-- bkflow-gate:gate.yml shard 1/2 -->',
      '<!-- bkflow-gate:gate.yml shard 2/2 -->'
    ])
    expect(github.comments.every((c) => c.body.includes('BKFlow gate: pass'))).toBe(true)
  })

  it('on a pass under on-failure: updates the failure comment to the pass', async () => {
    const { log } = recorder()
    await publishComment(args('gate.yml', renderComment(nodeFailed(), 'gate.yml'), log))
    expect(github.comments[0].body).toContain('BKFlow gate: fail')
    const passed = {
      ...args('gate.yml', renderComment(allPass(), 'gate.yml'), log),
      updateOnly: true
    }
    expect(await publishComment(passed)).toBe('updated')
    expect(github.comments).toHaveLength(1)
    expect(github.comments[0].body).toContain('BKFlow gate: pass')
    expect(github.comments[0].body).not.toContain('BKFlow gate: fail')
  })

  it('on a pass under on-failure without an earlier comment: writes none', async () => {
    const { log, infos } = recorder()
    const passed = {
      ...args('gate.yml', renderComment(allPass(), 'gate.yml'), log),
      updateOnly: true
    }
    expect(await publishComment(passed)).toBe('none')
    expect(github.comments).toEqual([])
    expect(github.methods()).toEqual(['GET'])
    expect(infos.join('\n')).toContain('none written')
  })

  it('leaves a reply that quotes the marker alone', async () => {
    github.add(`> ${commentMarker('gate.yml')}\n> quoted by a reviewer`)
    const { log } = recorder()
    expect(await publishComment(args('gate.yml', 'body', log))).toBe('created')
    expect(github.comments).toHaveLength(2)
    expect(github.comments[0].body).toContain('quoted by a reviewer')
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

  it('keys: a spec path alone (as before shards), with its shard, or a merge of its own', () => {
    expect(commentKey('a/gate.yml')).toBe('a/gate.yml')
    expect(commentKey('a/gate.yml', { index: 2, count: 3 })).toBe('a/gate.yml shard 2/3')
    expect(mergedCommentKey('reports/**/*.json\n!reports/old.json\n')).toBe(
      'merge of reports/**/*.json, !reports/old.json'
    )
  })

  it('keeps a spec path from closing the marker early', () => {
    expect(commentMarker('a-->b<c>.yml')).toBe('<!-- bkflow-gate:a-%2D%3Eb%3Cc%3E.yml -->')
  })
})
