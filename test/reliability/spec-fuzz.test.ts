// Fuzzing the spec parser: thousands of mutated, truncated, generated and hostile spec texts never
// make parseSpec throw; they give a spec or diagnostics, each at a real position (issue 7).

import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, it, expect } from '@jest/globals'
import { stringify } from 'yaml'
import type { Diagnostic, Spec } from '../../src/model.js'
import { parseSpec } from '../../src/spec/index.js'
import { Random } from '../random.js'

const FILE = 'fuzz.yml'
const VALID_DIR = path.resolve(import.meta.dirname, '../fixtures/specs/valid')

/** A value the environment holds that no diagnostic may echo (product.md §3, variables). */
const ENV_SECRET = 's3cr3t-ZQX-env-value-4711'
const ENV = { DEPLOY_TASK_ID: '101', SECRET_VAR: ENV_SECRET, WORD: 'not-a-number' }

function fixtures(): string[] {
  let names: string[] = []
  try {
    names = readdirSync(VALID_DIR).filter((n) => n.endsWith('.yml'))
  } catch {
    // No fixtures: the generated inputs below still run.
  }
  const texts = names.map((n) => readFileSync(path.join(VALID_DIR, n), 'utf8'))
  // Always have at least one well-formed base, with every key the schema knows.
  texts.push(
    [
      'version: 1',
      'defaults:',
      '  space_id: 7',
      '  timeout: 30m',
      '  interval: 15s',
      '  on_failed: 5m',
      '  other_nodes: finished',
      'tasks:',
      '  - task_id: ${DEPLOY_TASK_ID}',
      '    label: deploy',
      '    state: [FINISHED, FAILED]',
      '    nodes:',
      '      - id: n5f0c2b7e1d94a3b8c6e0f1a2b3c4d5e6',
      '        state: FINISHED',
      '        max_retry: 0',
      '        skip: false',
      '        error_ignored: false',
      '        max_elapsed: 10m',
      '      - name: Deploy backend',
      '  - task_id: 102',
      '    space_id: ${SECRET_VAR}',
      ''
    ].join('\n')
  )
  return texts
}

// ---------------------------------------------------------------- mutations

/** Fragments that matter to YAML or to the spec's grammar, spliced in at random places. */
const TOKENS = [
  ':',
  ': ',
  '- ',
  '-',
  '[',
  ']',
  '{',
  '}',
  ',',
  '&a ',
  '*a',
  '*undefined_alias',
  '<<: *a',
  '!!str ',
  '!!int ',
  '!!binary ',
  '!custom ',
  '? ',
  '|',
  '>-',
  '#',
  "'",
  '"',
  '\\',
  '\t',
  '\n',
  '\r\n',
  '\r',
  '  ',
  '\u0000',
  '\ufeff',
  '\ud800',
  '\u2028',
  '🦀',
  '---\n',
  '...\n',
  '%YAML 1.2\n',
  '%TAG ! tag:x,2000:\n',
  '${SECRET_VAR}',
  '${UNDEFINED}',
  '${WORD}',
  '${',
  '$',
  '0x1F',
  '1e400',
  '-1',
  '0',
  '1.5',
  '99999999999999999999999',
  'null',
  '~',
  'true',
  'FINISHD',
  'finished',
  '30x',
  '-5m',
  'task_id',
  'space_id',
  'nodes',
  'tasks',
  'state',
  'version',
  'defaults'
]

/** Scalars in every type the schema might meet, valid and not. */
const SCALARS: readonly unknown[] = [
  0,
  1,
  -1,
  7,
  101,
  2 ** 53,
  1.5,
  -0.5,
  1e300,
  'FINISHED',
  'FAILED',
  'RUNNING',
  'FINISHD',
  'finished',
  '',
  ' ',
  '30m',
  '500ms',
  '2h',
  '90',
  '-5s',
  'forever',
  'fail',
  'wait',
  'ignore',
  'no_failures',
  '${DEPLOY_TASK_ID}',
  '${SECRET_VAR}',
  '${UNDEFINED}',
  'n5f0c2b7e1d94a3b8c6e0f1a2b3c4d5e6',
  true,
  false,
  null,
  'line\nbreak',
  'a|b',
  '<script>',
  'ünïcødé ✓'
]

function mutate(random: Random, text: string): string {
  let out = text
  const operations = random.between(1, 4)
  for (let i = 0; i < operations; i++) {
    const at = random.int(out.length + 1)
    switch (random.int(7)) {
      case 0: // delete a slice
        out = out.slice(0, at) + out.slice(at + random.between(1, 20))
        break
      case 1: // insert a token
        out = out.slice(0, at) + random.pick(TOKENS) + out.slice(at)
        break
      case 2: {
        // duplicate a line
        const lines = out.split('\n')
        const line = random.int(lines.length)
        lines.splice(line, 0, lines[line])
        out = lines.join('\n')
        break
      }
      case 3: {
        // swap two lines
        const lines = out.split('\n')
        const a = random.int(lines.length)
        const b = random.int(lines.length)
        ;[lines[a], lines[b]] = [lines[b], lines[a]]
        out = lines.join('\n')
        break
      }
      case 4: {
        // re-indent a line
        const lines = out.split('\n')
        const line = random.int(lines.length)
        lines[line] = ' '.repeat(random.int(9)) + lines[line].trimStart()
        out = lines.join('\n')
        break
      }
      case 5: {
        // replace a value after a colon with a scalar of another type
        const lines = out.split('\n')
        const line = random.int(lines.length)
        const colon = lines[line].indexOf(': ')
        if (colon >= 0) {
          const value = random.pick(SCALARS)
          lines[line] = `${lines[line].slice(0, colon + 2)}${inlineScalar(value)}`
        }
        out = lines.join('\n')
        break
      }
      default: // random bytes
        out =
          out.slice(0, at) +
          random.string('abc:-[]{}#&*!|>\'"%@`,? \n\t0123456789$', random.between(1, 8)) +
          out.slice(at)
    }
  }
  return out
}

function inlineScalar(value: unknown): string {
  return stringify(value, { lineWidth: 0 }).trimEnd()
}

// ---------------------------------------------------------------- generated specs

const TASK_KEYS = [
  'task_id',
  'space_id',
  'label',
  'state',
  'timeout',
  'interval',
  'on_failed',
  'other_nodes',
  'nodes'
]
const NODE_KEYS = ['id', 'name', 'state', 'max_retry', 'skip', 'error_ignored', 'max_elapsed']

function randomValue(random: Random, depth: number): unknown {
  if (depth > 4 || random.chance(0.6)) return random.pick(SCALARS)
  if (random.chance(0.5)) {
    return Array.from({ length: random.int(4) }, () => randomValue(random, depth + 1))
  }
  const object: Record<string, unknown> = {}
  for (let i = random.int(4); i > 0; i--) {
    object[random.pick([...TASK_KEYS, ...NODE_KEYS, 'x', ''])] = randomValue(random, depth + 1)
  }
  return object
}

/** Values each key accepts, so that a fair share of generated specs is valid. */
const VALID_VALUES: Record<string, readonly unknown[]> = {
  task_id: [1, 7, 101, '${DEPLOY_TASK_ID}'],
  space_id: [3, 7, '${DEPLOY_TASK_ID}'],
  label: ['deploy', 'a: b', ''],
  state: ['FINISHED', 'RUNNING', ['FINISHED', 'FAILED']],
  timeout: ['30m', 90, '500ms'],
  interval: ['15s', 1, '2h'],
  on_failed: ['fail', 'wait', '5m'],
  other_nodes: ['ignore', 'no_failures', 'finished'],
  id: ['n1', 'n5f0c2b7e1d94a3b8c6e0f1a2b3c4d5e6'],
  name: ['Deploy backend', 'Check'],
  max_retry: [0, 2],
  skip: [true, false],
  error_ignored: [true, false],
  max_elapsed: ['10m', 30]
}

/** Mostly the spec's own keys with plausible values; now and then a wrong type or a stray key. */
function randomEntry(random: Random, keys: readonly string[]): Record<string, unknown> {
  const entry: Record<string, unknown> = {}
  const wrong = random.chance(0.5) ? 0.3 : 0.02
  for (const key of keys) {
    if (!random.chance(0.45)) continue
    entry[key] = random.chance(wrong)
      ? random.pick(SCALARS)
      : random.pick(VALID_VALUES[key] ?? SCALARS)
  }
  // A node needs exactly one of id / name: usually give it that.
  if (keys.includes('max_retry') && random.chance(0.8)) {
    delete entry.id
    delete entry.name
    if (random.chance(0.5)) entry.id = random.pick(VALID_VALUES.id)
    else entry.name = random.pick(VALID_VALUES.name)
  }
  if (random.chance(0.1)) entry[random.pick(['extra', 'taskid', 'States', 'max-retry'])] = 1
  if (random.chance(0.1)) entry[random.pick(keys)] = randomValue(random, 2)
  return entry
}

function randomSpecValue(random: Random): unknown {
  if (random.chance(0.1)) return randomValue(random, 0)
  const spec: Record<string, unknown> = {}
  if (random.chance(0.9)) spec.version = random.chance(0.8) ? 1 : random.pick(SCALARS)
  if (random.chance(0.4)) spec.defaults = randomEntry(random, TASK_KEYS.slice(1, 8))
  if (random.chance(0.95)) {
    spec.tasks = Array.from({ length: random.int(5) }, () => {
      const task = randomEntry(random, TASK_KEYS.slice(0, 8))
      if (random.chance(0.7))
        task.task_id = random.chance(0.8) ? random.between(1, 500) : task.task_id
      if (random.chance(0.5)) {
        task.nodes = Array.from({ length: random.int(4) }, () => randomEntry(random, NODE_KEYS))
      }
      return task
    })
  }
  return spec
}

function generatedSpec(random: Random): string {
  const style = random.pick(['any', 'block', 'flow'] as const)
  return stringify(randomSpecValue(random), { collectionStyle: style, lineWidth: 0 })
}

/** Text that is barely YAML at all: tokens and words strung together. */
function tokenSoup(random: Random): string {
  let out = ''
  for (let i = random.between(1, 60); i > 0; i--) {
    out += random.chance(0.5) ? random.pick(TOKENS) : inlineScalar(random.pick(SCALARS))
  }
  return out
}

// ---------------------------------------------------------------- hostile inputs

function hostileTexts(): { name: string; text: string }[] {
  const bomb = ['version: 1', 'a0: &a0 [x, x, x, x, x, x, x, x, x, x]']
  for (let i = 1; i < 10; i++) {
    bomb.push(
      `a${i}: &a${i} [${Array(10)
        .fill(`*a${i - 1}`)
        .join(', ')}]`
    )
  }
  bomb.push('tasks: *a9')
  const deepBlock = (depth: number) =>
    Array.from({ length: depth }, (_, i) => `${' '.repeat(i)}k:`).join('\n') + ' 1\n'
  const deepSeq = (depth: number) =>
    Array.from({ length: depth }, (_, i) => `${' '.repeat(i)}-`).join('\n') + ' 1\n'
  const huge = 'x'.repeat(2 * 1024 * 1024)
  const big = 'y'.repeat(900 * 1024)
  return [
    { name: '10,000 [', text: '['.repeat(10_000) },
    { name: '10,000 [ closed', text: '['.repeat(10_000) + ']'.repeat(10_000) },
    { name: '10,000 {a: ', text: '{a: '.repeat(10_000) },
    { name: '10,000 - on one line', text: '- '.repeat(10_000) + 'x' },
    { name: 'tasks: then 5,000 [', text: 'version: 1\ntasks: ' + '['.repeat(5_000) },
    { name: 'block maps 1,300 deep', text: deepBlock(1_300) },
    { name: 'block sequences 1,300 deep', text: deepSeq(1_300) },
    { name: '2 MB string', text: `version: 1\ntasks:\n  - task_id: 1\n    label: ${huge}\n` },
    { name: '2 MB of one line', text: huge },
    {
      name: '900 KB label (over the 200-character limit)',
      text: `version: 1\ntasks:\n  - task_id: 1\n    label: ${big}\n`
    },
    { name: '900 KB key', text: `version: 1\n${big}: 1\ntasks:\n  - task_id: 1\n` },
    { name: 'alias bomb', text: bomb.join('\n') + '\n' },
    {
      name: '5,000 aliases',
      text: `version: 1\nx: &a 1\ny: [${Array(5_000).fill('*a').join(', ')}]\ntasks:\n  - task_id: 1\n`
    },
    { name: 'self-referencing alias', text: 'version: 1\ntasks: &t [*t]\n' },
    {
      name: 'merge-key chain',
      text: 'a: &a {task_id: 1}\nb: &b {<<: *a}\ntasks: [{<<: [*a, *b]}]\n'
    },
    { name: 'undefined alias', text: 'version: 1\ntasks: *nothing\n' },
    { name: '70,000 tasks', text: 'version: 1\ntasks:\n' + '  - task_id: 1\n'.repeat(70_000) },
    { name: 'empty', text: '' },
    { name: 'BOM only', text: '\ufeff' },
    { name: 'NUL bytes', text: 'version: 1\u0000\ntasks:\u0000\n  - task_id: 1\n' },
    {
      name: 'lone surrogates',
      text: 'version: 1\ntasks:\n  - task_id: 1\n    label: \ud800\udc00\ud800\n'
    },
    { name: 'CR line ends', text: 'version: 1\rtasks:\r  - task_id: 1\r' },
    { name: 'tabs', text: 'version: 1\ntasks:\n\t- task_id: 1\n' },
    { name: 'many documents', text: '---\nversion: 1\n'.repeat(2_000) },
    { name: 'directives only', text: '%YAML 1.2\n%YAML 1.1\n---\n' },
    { name: 'huge integer', text: `version: 1\ntasks:\n  - task_id: ${'9'.repeat(5_000)}\n` },
    { name: 'long line of colons', text: ':'.repeat(100_000) },
    {
      name: 'secret var everywhere',
      text: 'version: 1\ntasks:\n  - task_id: ${SECRET_VAR}\n    space_id: ${SECRET_VAR}\n    label: ${SECRET_VAR}\n'
    }
  ]
}

// ---------------------------------------------------------------- the properties

function lineCount(text: string): number {
  return text.split(/\r\n|\r|\n/).length
}

/** Every diagnostic is data at a real place: integer 1-based positions inside the text. */
function checkDiagnostic(d: Diagnostic, text: string, where: string): void {
  const bad = (what: string) => new Error(`${where}: ${what}: ${JSON.stringify(d)}`)
  if (!Number.isInteger(d.line) || d.line < 1) throw bad('line is not an integer >= 1')
  if (!Number.isInteger(d.column) || d.column < 1) throw bad('column is not an integer >= 1')
  if (!Number.isInteger(d.endLine) || d.endLine < d.line) throw bad('endLine before line')
  if (!Number.isInteger(d.endColumn) || d.endColumn < 1) throw bad('endColumn is not >= 1')
  if (d.line > lineCount(text) + 1) throw bad(`line past the end (${lineCount(text)} lines)`)
  if (d.file !== FILE) throw bad('wrong file')
  if (d.severity !== 'error' && d.severity !== 'warning') throw bad('bad severity')
  if (typeof d.code !== 'string' || d.code === '') throw bad('no code')
  if (typeof d.message !== 'string' || d.message.trim() === '') throw bad('no message')
  // A caught crash comes out as internal-error: that is the parser failing, not the input.
  if (d.code === 'internal-error') throw bad('the parser crashed')
  if (d.message.includes(ENV_SECRET)) throw bad('an environment value was echoed')
}

/** A spec that comes out is usable: positive integer ids, non-empty states, real ranges. */
function checkSpec(spec: Spec, where: string): void {
  for (const task of spec.tasks) {
    const bad = (what: string) => new Error(`${where}: ${what}: ${JSON.stringify(task)}`)
    // A create: or select: entry has no id until its source runs; then its own ids must be sound.
    if (task.source === undefined) {
      if (!Number.isSafeInteger(task.taskId) || task.taskId <= 0) throw bad('task id not positive')
    } else {
      if (task.taskId !== 0 || task.label === undefined)
        throw bad('source entry with an id or no label')
      const template = task.source.templateId
      if (template !== undefined && (!Number.isSafeInteger(template) || template <= 0)) {
        throw bad('template id not positive')
      }
    }
    if (task.spaceId !== undefined && (!Number.isSafeInteger(task.spaceId) || task.spaceId <= 0)) {
      throw bad('space id not positive')
    }
    if (task.states.length === 0) throw bad('no accepted states')
    if (!(task.timeoutMs >= 0) || !(task.intervalMs > 0)) throw bad('bad timing')
    if (task.range.line < 1 || task.range.column < 1) throw bad('bad range')
    // create.name and create.constants values are sent to BKFlow (the payload) and nowhere else.
    const shown =
      task.source?.kind === 'create' ? { ...task, source: { ...task.source, payload: null } } : task
    if (JSON.stringify(shown).includes(ENV_SECRET)) throw bad('an environment value was copied')
    for (const node of task.nodes) {
      if ((node.id === undefined) === (node.name === undefined)) throw bad('not one of id / name')
      if (node.states.length === 0 || node.range.line < 1) throw bad('bad node')
    }
  }
}

type Outcome = 'spec' | 'diagnostics'

const LEGAL_HOSTILE = new Set(['lone surrogates'])

/** parseSpec must return, never throw; its diagnostics and spec must be well-formed. */
function parseAndCheck(text: string, where: string): Outcome {
  let result: ReturnType<typeof parseSpec>
  try {
    result = parseSpec(text, FILE, { env: ENV })
  } catch (error: unknown) {
    throw new Error(`${where}: parseSpec threw ${String(error)}\n${text.slice(0, 400)}`, {
      cause: error
    })
  }
  for (const d of result.diagnostics) checkDiagnostic(d, text, where)
  if (result.spec === undefined) {
    if (!result.diagnostics.some((d) => d.severity === 'error')) {
      throw new Error(`${where}: no spec and no error diagnostic\n${text.slice(0, 400)}`)
    }
    return 'diagnostics'
  }
  if (result.diagnostics.some((d) => d.severity === 'error')) {
    throw new Error(`${where}: a spec despite an error diagnostic`)
  }
  checkSpec(result.spec, where)
  return 'spec'
}

describe('spec parser fuzzing (seeded: a failure names its seed and round)', () => {
  it('survives 1,500 mutations and truncations of valid specs', () => {
    const random = new Random(0x7e57)
    const bases = fixtures()
    const seen = { spec: 0, diagnostics: 0 }
    for (let round = 0; round < 1500; round++) {
      const base = random.pick(bases)
      const text =
        round % 3 === 0
          ? base.slice(0, random.int(base.length + 1))
          : mutate(random, round % 3 === 1 ? base : mutate(random, base))
      seen[parseAndCheck(text, `seed ${random.seed} round ${round}`)]++
    }
    // Both outcomes must be exercised, or the mutations prove little.
    expect(seen.spec).toBeGreaterThan(100)
    expect(seen.diagnostics).toBeGreaterThan(300)
  })

  it('survives 1,000 generated specs with wrong types and stray keys', () => {
    const random = new Random(0xbeef)
    const seen = { spec: 0, diagnostics: 0 }
    for (let round = 0; round < 1000; round++) {
      const text = generatedSpec(random)
      seen[parseAndCheck(text, `seed ${random.seed} round ${round}`)]++
    }
    expect(seen.spec).toBeGreaterThan(20)
    expect(seen.diagnostics).toBeGreaterThan(300)
  })

  it('survives 500 texts of YAML token soup', () => {
    const random = new Random(0x50b)
    for (let round = 0; round < 500; round++) {
      parseAndCheck(tokenSoup(random), `seed ${random.seed} round ${round}`)
    }
  })

  it.each(hostileTexts())('refuses or parses a hostile spec: $name', ({ name, text }) => {
    const outcome = parseAndCheck(text, name)
    // Only these are legal specs (a big label, odd but valid characters); the rest must be refused.
    expect(outcome).toBe(LEGAL_HOSTILE.has(name) ? 'spec' : 'diagnostics')
  })
})
