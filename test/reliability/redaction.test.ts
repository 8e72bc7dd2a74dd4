// The pure core of issue 11's text safety: one Redactor for every encoding of a secret, quotes
// redacted before they are cut, and outside text made inert (src/secrets.ts, src/safe-text.ts).

import { describe, expect, it } from '@jest/globals'
import { trimQuote } from '../../src/bkflow/errors.js'
import { md } from '../../src/report/markdown.js'
import {
  guardCommands,
  plainLines,
  plainText,
  quotedString,
  stripControls
} from '../../src/safe-text.js'
import { MIN_SECRET_LENGTH, Redactor } from '../../src/secrets.js'
import { Random } from '../random.js'
import {
  base64,
  encodedForms,
  htmlEntities,
  jsonEscaped,
  percentEncoded,
  secretLeaks
} from './encodings.js'

const SECRET = 'Sx9-q2Lm-77aZ-k3y!'

describe('Redactor: every encoding of a secret', () => {
  const redactor = new Redactor([SECRET])

  it.each(Object.entries(encodedForms(SECRET)))('%s', (_name, form) => {
    const out = redactor.redact(`before ${form} after`)
    expect(out).toContain('***')
    expect(out.startsWith('before ')).toBe(true)
    expect(out.endsWith(' after')).toBe(true)
    expect(secretLeaks(out, SECRET)).toEqual([])
  })

  it('mixed encodings in one occurrence, and named entities', () => {
    const mixed = `${jsonEscaped('Sx9')}-q2Lm${percentEncoded('-77a')}Z&#45;k3y&#x21;`
    expect(redactor.redact(`[${mixed}]`)).toBe('[***]')
    expect(new Redactor(['a&b<c>"quoted"']).redact('x a&amp;b&lt;c&gt;&quot;quoted&quot; y')).toBe(
      'x *** y'
    )
  })

  it('base64 of a longer value that holds the secret, at every byte alignment', () => {
    for (const prefix of ['', 'a', 'ab', 'abc', '{"bk_app_secret":"']) {
      const encoded = base64(`${prefix}${SECRET}"}`)
      expect([prefix, secretLeaks(redactor.redact(encoded), SECRET)]).toEqual([prefix, []])
    }
  })

  it('leaves text without a secret alone, byte for byte', () => {
    const text = 'get_task_states for task 42 %41 &amp; \\u0041 QUJD'
    expect(redactor.redact(text)).toBe(text)
  })

  it('never masks a secret too short to be one', () => {
    const short = new Redactor(['k'])
    expect(short.empty).toBe(true)
    expect(short.add('k'.repeat(MIN_SECRET_LENGTH - 1))).toBe(false)
    expect(short.redact('get_task_states')).toBe('get_task_states')
  })

  it('redacts every string and every key of a parsed answer', () => {
    const parsed = JSON.parse(
      `{"data":{"children":{"n-${jsonEscaped(SECRET)}":{"id":"n-${jsonEscaped(SECRET)}","state":"FAILED"}},"list":["${percentEncoded(SECRET)}"]}}`
    ) as unknown
    const clean = JSON.stringify(redactor.redactValue(parsed))
    expect(clean).toBe(
      '{"data":{"children":{"n-***":{"id":"n-***","state":"FAILED"}},"list":["***"]}}'
    )
  })

  it('in a text of megabytes, also where an occurrence straddles a search window', () => {
    const form = percentEncoded(SECRET)
    const window = 256 * 1024
    for (const at of [window - 10, 2 * window - form.length + 3, 3 * 1024 * 1024 - 100]) {
      const text = `${'x'.repeat(at)}${form}${'y'.repeat(200)}`
      expect(secretLeaks(redactor.redact(text), SECRET)).toEqual([])
    }
  })

  it('however deep a hostile payload nests', () => {
    const depth = 5000
    const text = `${'{"a":['.repeat(depth)}"${jsonEscaped(SECRET)}"${']}'.repeat(depth)}`
    let node = redactor.redactValue(JSON.parse(text) as unknown)
    for (let i = 0; i < depth; i++) node = (node as { a: unknown[] }).a[0]
    expect(node).toBe('***')
  })

  it('a seeded property: random text around random forms never keeps the secret', () => {
    const random = new Random(20261130)
    const forms = Object.values(encodedForms(SECRET))
    const filler = ' %&#;\\u00x<>"\'abcXYZ019+/=_-'
    for (let i = 0; i < 500; i++) {
      const text = Array.from({ length: random.between(1, 4) }, () =>
        random.chance(0.5) ? random.pick(forms) : random.string(filler, random.between(0, 12))
      ).join(random.string(filler, random.int(3)))
      const out = redactor.redact(text)
      expect({ seed: random.seed, i, text, leaks: secretLeaks(out, SECRET) }).toEqual({
        seed: random.seed,
        i,
        text,
        leaks: []
      })
    }
  })
})

describe('quotes: redacted first, then cut', () => {
  it('a secret that straddles the 300-character cut leaves no part of itself', () => {
    const redactor = new Redactor([SECRET])
    for (const form of [SECRET, percentEncoded(SECRET), htmlEntities(SECRET)]) {
      for (let pad = 280; pad < 300; pad += 3) {
        const quote = trimQuote(`${'x'.repeat(pad)} ${form}`, (t) => redactor.redact(t))
        expect(quote.length).toBeLessThanOrEqual(301)
        expect(quote).not.toContain(SECRET.slice(0, 4))
        expect(quote).not.toContain(percentEncoded(SECRET).slice(0, 9))
        expect(quote).not.toContain(htmlEntities(SECRET).slice(0, 8))
      }
    }
  })
})

describe('outside text made inert', () => {
  it('plainText: escapes, controls and bidi removed, breaks flattened, ##[ neutralized', () => {
    const hostile =
      'Deploy\u001b[31m red\u001b[0m\u001b]0;title\u0007\u001b]8;;https://x\u001b\\link\u009b2J\r\n::error::x\u202e\u2028##[warning]y\u0000'
    const out = plainText(hostile)
    expect(out).toBe('Deploy redlink ::error::x ##\u200b[warning]y')
    expect(stripControls('a\u0007b\u0085c\u007fd')).toBe('abcd')
  })

  it('plainLines keeps intended lines, each one clean', () => {
    expect(plainLines('Invalid inputs:\n- a\u001b[2J\r::x\n- b')).toBe(
      'Invalid inputs:\n- a\n::x\n- b'
    )
  })

  it('guardCommands: no line, split as the runner splits, starts a workflow command', () => {
    const text = 'ok\n::error::x\r  ::add-mask::y\r\n\t::warning title=t::z\nmid :: fine ##[error]w'
    const guarded = guardCommands(text)
    for (const line of guarded.split(/\r\n|\r|\n/)) expect(line.trimStart()).not.toMatch(/^::/)
    expect(guarded).not.toContain('##[')
    expect(guarded.replace(/\u200b/g, '')).toBe(text)
  })

  it('md: @mentions and #123 references neutralized', () => {
    const out = md('ping @octocat and @org/team about #123, GH-7 and org/repo#9')
    expect(out).not.toMatch(/@[A-Za-z0-9]|(?<!&)#\d|GH-\d/)
    expect(out.replace(/\u200b/g, '')).toContain('ping @octocat and @org/team about #123')
  })

  it('quotedString: valid JSON and YAML, with no raw DEL, C1 or separator', () => {
    const text = 'a\u007fb\u0085c\u2028d\u202ee"f\u0000'
    const quoted = quotedString(text)
    expect(JSON.parse(quoted)).toBe(text)
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    expect(quoted).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u202e]/)
  })
})
