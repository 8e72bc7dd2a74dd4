// The two YAML readers agree: every text the fast reader (js-yaml events) accepts gives the same
// value and the same node positions as the `yaml` library's reader, which words the diagnostics.

import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { loadValidYaml } from '../../src/spec/fast-load.js'
import { loadWithYaml } from '../../src/spec/load.js'
import { lineStarts, SpecLocator, type NodePosition } from '../../src/spec/locate.js'
import { Random } from '../random.js'
import { nodeId } from '../simulator/index.js'

const ROOT = join(import.meta.dirname, '..', 'fixtures', 'specs')
const fixtures = ['valid', 'invalid'].flatMap((dir) =>
  readdirSync(join(ROOT, dir))
    .filter((f) => f.endsWith('.yml'))
    .sort()
    .map((f) => [`${dir}/${f}`, readFileSync(join(ROOT, dir, f), 'utf8')] as const)
)

/** Every node of a tree as `path: key range → value range`, in the locator's line/column terms. */
function describeTree(locator: SpecLocator, root: NodePosition | undefined): string[] {
  const lines: string[] = []
  const range = (node: NodePosition | undefined) => {
    const r = locator.rangeOfNode(node)
    return r ? `${r.line}:${r.column}-${r.endLine}:${r.endColumn}` : 'empty'
  }
  const walk = (node: NodePosition | undefined, path: string, depth: number) => {
    if (depth > 40) return // an alias cycle cannot occur here; stay safe anyway
    lines.push(`${path} = ${range(node)}`)
    for (const [name, entry] of node?.entries ?? []) {
      lines.push(`${path}/${name} (key) = ${range(entry.key)}`)
      walk(entry.value, `${path}/${name}`, depth + 1)
    }
    node?.items?.forEach((item, i) => walk(item, `${path}/${i}`, depth + 1))
  }
  walk(root, '', 0)
  return lines
}

/** Both readers on one text: undefined when the fast reader declines it. */
function bothReaders(text: string) {
  const fast = loadValidYaml(text)
  if (!fast) return undefined
  const locator = new SpecLocator('spec.yml', text, lineStarts(text))
  const slow = loadWithYaml(text, locator)
  return { fast, slow, locator }
}

function expectAgreement(text: string): boolean {
  const both = bothReaders(text)
  if (!both) return false
  const { fast, slow, locator } = both
  expect(slow.diagnostics).toEqual([])
  expect(fast.value).toEqual(slow.loaded?.value)
  const slowTree = describeTree(locator, slow.loaded?.locator.find([]).value)
  expect(describeTree(locator, fast.root)).toEqual(slowTree)
  return true
}

describe('the fast reader and the yaml reader', () => {
  it.each(fixtures)('agree on %s (or the fast reader declines it)', (_name, text) => {
    expectAgreement(text)
  })

  it('the fast reader takes every valid fixture but the one with anchors', () => {
    const valid = fixtures.filter(([name]) => name.startsWith('valid/'))
    const declined = valid.filter(([, text]) => loadValidYaml(text) === undefined)
    expect(declined.map(([name]) => name)).toEqual(['valid/anchors.yml'])
    expect(valid.length).toBeGreaterThan(declined.length)
  })

  it('agree on scalars in every style and on the YAML 1.2 core schema edges', () => {
    const scalars = [
      '0o17',
      '0x1F',
      '1_000',
      '.inf',
      '-.Inf',
      '.NaN',
      '~',
      'Null',
      'NULL',
      'TRUE',
      'True',
      'yes',
      'on',
      '1e3',
      '+12',
      '-0',
      '.5',
      '5.',
      '007',
      '08',
      '0b101',
      '1.0',
      '-1.5e-3',
      '2024-01-01',
      '12:30',
      '1e400',
      '"quoted"',
      "'single ''q'''",
      '"esc\\n\\u00e9"',
      'plain text here',
      '"12"',
      "''",
      '""',
      '|\n  literal\n  block\n',
      '>-\n  folded\n  block\n',
      'a # comment',
      '[1, two, "3"]',
      '{a: 1, b: [x]}',
      '[]',
      '{}',
      '"multi\n  line"',
      'multi\n  line plain'
    ]
    const declined = scalars.filter((s) => !expectAgreement(`version: 1\nvalue: ${s}\nafter: x\n`))
    // 1e400 is a number (Infinity) to yaml and a string to js-yaml; block scalars' ranges start
    // at an indicator no event marks.
    const blocks = scalars.filter((s) => /^[|>]/.test(s))
    expect(declined).toEqual(['1e400', ...blocks])
  })

  it('agree on a large generated spec in both block and flow styles', () => {
    const lines = ['version: 1', 'defaults:', '  space_id: 7', 'tasks:']
    for (let id = 1; id <= 200; id++) {
      lines.push(`  - task_id: ${id}  # task ${id}`, `    label: "task ${id}"`, '    nodes:')
      for (let k = 0; k < 3; k++) {
        lines.push(`      - id: ${nodeId(id, 'root', k)}`, `        state: [FINISHED, FAILED]`)
      }
      lines.push(`      - { name: 'Step 9', max_retry: 2 }`, '')
    }
    expect(expectAgreement(lines.join('\n'))).toBe(true)
    expect(expectAgreement(lines.join('\r\n'))).toBe(true)
  })

  it('agree on mutated fixtures whenever the fast reader takes them (seeded)', () => {
    const SEED = 16
    const random = new Random(SEED)
    const pieces = [
      ':',
      '- ',
      '[',
      ']',
      '{',
      '}',
      ',',
      '#',
      '"',
      "'",
      ' ',
      '\n',
      '\t',
      '? ',
      '&a ',
      '*a',
      '!',
      '|',
      '>',
      '~',
      '0x1',
      '1e3',
      '\r\n'
    ]
    const valid = fixtures.filter(([name]) => name.startsWith('valid/'))
    let taken = 0
    for (let round = 0; round < 600; round++) {
      const [name, text] = valid[random.int(valid.length)]
      let mutated = text
      for (let edits = 1 + random.int(3); edits > 0; edits--) {
        const at = random.int(mutated.length + 1)
        const cut = random.int(3)
        const insert = random.next() < 0.7 ? pieces[random.int(pieces.length)] : ''
        mutated = mutated.slice(0, at) + insert + mutated.slice(at + cut)
      }
      try {
        if (expectAgreement(mutated)) taken++
      } catch (error: unknown) {
        throw new Error(`seed ${SEED}, round ${round}, ${name}: ${JSON.stringify(mutated)}`, {
          cause: error
        })
      }
    }
    // Most mutations still read as YAML: the comparison is not vacuous.
    expect(taken).toBeGreaterThan(200)
  })

  it('leave to the yaml reader what only it reports', () => {
    const declined = [
      'a: 1\na: 2\n', // duplicate key
      'a: &x 1\nb: *x\n', // anchors and aliases
      'a: !!str 1\n', // tags
      '%YAML 1.2\n---\na: 1\n', // directives
      'a: 1\n---\nb: 2\n', // two documents
      'a: [\n  1\n]\n', // a flow end at its parent's indentation: yaml warns
      '# only a comment\n', // empty
      '? [a]\n: 1\n', // a collection as a key
      'a:\n\t- 1\n', // tab indentation
      'a: 1\rb: 2\r', // CR line ends: one odd key to yaml
      `a: ${'['.repeat(30)}${']'.repeat(30)}\n` // deeper than the fast reader goes
    ]
    for (const text of declined) expect(loadValidYaml(text)).toBeUndefined()
  })
})
