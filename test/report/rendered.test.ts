// The summary and the comment as GitHub would read them: parsed by a real Markdown renderer
// (marked, GitHub-flavoured), so broken tables, stray links or live HTML show up as structure,
// not as a string that merely looks right.

import { describe, expect, it } from '@jest/globals'
import { Lexer, marked, type Token, type Tokens } from 'marked'
import { renderComment, renderSummary } from '../../src/report/index.js'
import {
  linkOf,
  nodeFailed,
  reasonRead,
  run,
  stateNode,
  task,
  rangeLine,
  warnings,
  withReason
} from './fixtures.js'

function tokens(markdown: string): Token[] {
  return new Lexer({ gfm: true }).lex(markdown)
}

function tables(markdown: string): Tokens.Table[] {
  return tokens(markdown).filter((t): t is Tokens.Table => t.type === 'table')
}

/**
 * The links the gate wrote, as `[text, href]`. A bare URL in BKFlow's text is autolinked by GFM
 * (GitHub does the same); that shows its own address, so it hides nothing and is left out here,
 * after checking that it really is one.
 */
function links(markdown: string): [string, string][] {
  const found: [string, string][] = []
  marked.walkTokens(tokens(markdown), (t) => {
    // A collapsed task's `<summary>` line is HTML: its anchor counts as a link.
    if (t.type === 'html') {
      for (const m of t.raw.matchAll(/<a href="([^"]*)">([^<]*)<\/a>/g)) {
        found.push([m[2], m[1].replace(/&amp;/g, '&')])
      }
    }
    if (t.type !== 'link') return
    const { text, href, raw } = t as Tokens.Link
    if (raw === text && (href === text || href === `http://${text}`)) return
    found.push([text, href])
  })
  return found
}

const HEAD = ['node', 'name', 'expected', 'actual', 'retry', 'elapsed', 'finding']

describe('the summary through a Markdown renderer', () => {
  it('renders each node table with its columns, every row complete, the reason in its cell', () => {
    const [deploy, nightly] = tables(renderSummary(nodeFailed()))
    expect(deploy.header.map((c) => c.text)).toEqual([...HEAD, 'reason'])
    expect(deploy.rows).toHaveLength(3)
    for (const row of deploy.rows) expect(row).toHaveLength(8)
    const backend = deploy.rows[0].map((c) => c.text)
    expect(backend[1]).toBe('Deploy backend')
    expect(backend[3]).toBe('**FAILED**')
    expect(backend[7]).toBe('HTTP 503 from http://svc.local/health')
    // A table without reasons keeps seven columns.
    expect(nightly.header.map((c) => c.text)).toEqual(HEAD)
  })

  it('links each task with a space to its page in BKFlow, and nothing else', () => {
    expect(links(renderSummary(nodeFailed()))).toEqual([
      ['open in BKFlow', linkOf(7, 1042)],
      ['open in BKFlow', linkOf(7, 1043)]
    ])
    const html = marked.parse(renderSummary(nodeFailed()), { async: false })
    expect(html).toContain(`<a href="${linkOf(7, 1042).replace(/&/g, '&amp;')}">open in BKFlow</a>`)
  })

  it('shows warnings as a yellow alert and keeps hostile reason text inert', () => {
    const md = renderSummary(warnings())
    const quotes = tokens(md).filter((t) => t.type === 'blockquote')
    expect(quotes.map((q) => q.raw.split('\n')[0])).toEqual(['> [!WARNING]', '> [!WARNING]'])
    const html = marked.parse(md, { async: false })
    // `| exit 4 <stderr>` stays text inside its cell: no extra cell, no live tag.
    expect(html).not.toContain('<stderr>')
    expect(html).toContain('exit 4 &lt;stderr&gt; (in child task 4201)')
    for (const table of tables(md)) {
      for (const row of table.rows) expect(row).toHaveLength(table.header.length)
    }
  })

  it('never turns reason text into links, HTML or extra columns', () => {
    const hostile = '[click](https://evil.example) | <img src=x onerror=alert(1)> `code` *bold*'
    const r = run([
      task({
        taskId: 9,
        spaceId: 7,
        verdict: 'fail',
        reason: 'node failed',
        state: 'FAILED',
        nodes: [withReason(stateNode('n9', 'X', rangeLine(9)), reasonRead(hostile))]
      })
    ])
    const md = renderSummary(r)
    expect(links(md)).toEqual([])
    const [table] = tables(md)
    expect(table.rows[0]).toHaveLength(8)
    const html = marked.parse(md, { async: false })
    // The text reads as written; the bare URL in it shows its own address, nothing more.
    expect(html).toContain(
      '[click](<a href="https://evil.example">https://evil.example</a>) | &lt;img src=x onerror=alert(1)&gt; `code` *bold*'
    )
    expect(html).not.toMatch(/<img|<code>code|<strong>bold|<em>/)
  })
})

describe('the comment through a Markdown renderer', () => {
  it('is the marker (an HTML comment) and then the same tables and links', () => {
    const body = renderComment(nodeFailed(), '.github/bkflow/deploy.yml')
    const first = tokens(body)[0]
    expect(first.type).toBe('html')
    expect(first.raw.startsWith('<!-- bkflow-gate:')).toBe(true)
    expect(tables(body)[0].rows[0].map((c) => c.text)[7]).toBe(
      'HTTP 503 from http://svc.local/health'
    )
    expect(links(body).map(([, href]) => href)).toEqual([linkOf(7, 1042), linkOf(7, 1043)])
  })
})
