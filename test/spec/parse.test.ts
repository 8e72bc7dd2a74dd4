import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  MAX_SPEC_BYTES,
  parseShard,
  parseSpec,
  parseVars,
  shardOf,
  type ParseOptions
} from '../../src/spec/index.js'
import type { Spec } from '../../src/model.js'

function valid(text: string, options?: ParseOptions): Spec {
  const { spec, diagnostics } = parseSpec(text, 'spec.yml', options)
  expect(diagnostics).toEqual([])
  if (!spec) throw new Error('expected a valid spec')
  return spec
}

function codes(text: string, options?: ParseOptions): string[] {
  return parseSpec(text, 'spec.yml', options).diagnostics.map((d) => d.code)
}

describe('normalization', () => {
  const full = readFileSync(
    join(import.meta.dirname, '..', 'fixtures', 'specs', 'valid', 'full.yml'),
    'utf8'
  )

  it('applies defaults, resolves variables and converts durations', () => {
    const spec = valid(full, { env: { DEPLOY_TASK_ID: '101' } })
    expect(spec.version).toBe(1)
    expect(spec.file).toBe('spec.yml')
    expect(spec.skippedByShard).toBe(0)
    const [deploy, second] = spec.tasks
    expect(deploy).toMatchObject({
      key: 'space:7/task:101',
      taskId: 101,
      spaceId: 7,
      label: 'deploy-prod',
      states: ['FINISHED'],
      timeoutMs: 30 * 60_000,
      intervalMs: 15_000,
      onFailed: 'fail',
      otherNodes: 'no_failures'
    })
    expect(deploy.nodes[0]).toEqual({
      id: 'n5f0c2b7e1d94a3b8c6e0f1a2b3c4d5e6',
      states: ['FINISHED'],
      maxRetry: 0,
      skip: false,
      errorIgnored: false,
      maxElapsedMs: 600_000,
      range: { file: 'spec.yml', line: 14, column: 9, endLine: 19, endColumn: 25 }
    })
    expect(deploy.nodes[1]).toEqual({
      name: 'Deploy backend',
      states: ['FINISHED'],
      range: { file: 'spec.yml', line: 20, column: 9, endLine: 20, endColumn: 29 }
    })
    expect(deploy.range).toEqual({
      file: 'spec.yml',
      line: 10,
      column: 5,
      endLine: 20,
      endColumn: 29
    })
    expect(second).toMatchObject({
      key: 'space:8/task:102',
      spaceId: 8,
      states: ['RUNNING', 'FINISHED'],
      onFailed: { graceMs: 300_000 },
      otherNodes: 'finished',
      timeoutMs: 90_000,
      intervalMs: 500,
      nodes: []
    })
    expect(second.label).toBeUndefined()
  })

  it('uses built-in defaults, then the caller defaults, then the spec defaults, then the task', () => {
    const bare = 'version: 1\ntasks:\n  - task_id: 1\n'
    expect(valid(bare).tasks[0]).toMatchObject({
      key: 'app/task:1',
      timeoutMs: 1_800_000,
      intervalMs: 15_000,
      onFailed: 'fail',
      otherNodes: 'no_failures',
      states: ['FINISHED']
    })
    expect(valid(bare).tasks[0].spaceId).toBeUndefined()
    const callerDefaults = { defaults: { timeoutMs: 5_000, intervalMs: 1_000 } }
    expect(valid(bare, callerDefaults).tasks[0]).toMatchObject({
      timeoutMs: 5_000,
      intervalMs: 1_000
    })
    const specDefaults = 'version: 1\ndefaults:\n  timeout: 2h\ntasks:\n  - task_id: 1\n'
    expect(valid(specDefaults, callerDefaults).tasks[0]).toMatchObject({
      timeoutMs: 7_200_000,
      intervalMs: 1_000
    })
    const taskOwn =
      'version: 1\ndefaults:\n  timeout: 2h\ntasks:\n  - task_id: 1\n    timeout: 1.5s\n'
    expect(valid(taskOwn, callerDefaults).tasks[0].timeoutMs).toBe(1_500)
  })

  it('removes repeated states and keeps their order', () => {
    const text = 'version: 1\ntasks:\n  - task_id: 1\n    state: [RUNNING, FINISHED, RUNNING]\n'
    expect(valid(text).tasks[0].states).toEqual(['RUNNING', 'FINISHED'])
  })

  it('lets a task override the default space, including to another space', () => {
    const text =
      'version: 1\ndefaults:\n  space_id: 2\ntasks:\n  - task_id: 1\n  - task_id: 1\n    space_id: 3\n'
    expect(valid(text).tasks.map((t) => t.key)).toEqual(['space:2/task:1', 'space:3/task:1'])
  })

  it('expands aliases in the values it reads', () => {
    const text =
      'version: 1\ntasks:\n  - task_id: 1\n    state: &s [FAILED]\n  - task_id: 2\n    state: *s\n'
    expect(valid(text).tasks[1].states).toEqual(['FAILED'])
  })
})

describe('subprocess nodes', () => {
  const nested = [
    'version: 1',
    'defaults:',
    '  other_nodes: finished',
    'tasks:',
    '  - task_id: 101',
    '    space_id: 7',
    '    nodes:',
    '      - name: Deploy',
    '        nodes:',
    '          - name: Migrate',
    '            max_retry: 0',
    '            other_nodes: ignore',
    '            nodes:',
    '              - id: node4f2a9c1e7b3d5a8f0c6e2b4d9a1f',
    '      - id: n1',
    ''
  ].join('\n')

  it('normalizes nested nodes and other_nodes at any depth, inheriting the policy', () => {
    const [task] = valid(nested).tasks
    const [deploy, plain] = task.nodes
    expect(plain).not.toHaveProperty('subprocess')
    expect(deploy.subprocess?.otherNodes).toBe('finished')
    const migrate = deploy.subprocess?.nodes[0]
    expect(migrate).toMatchObject({ name: 'Migrate', maxRetry: 0, range: { line: 10 } })
    expect(migrate?.subprocess).toEqual({
      otherNodes: 'ignore',
      nodes: [
        expect.objectContaining({
          id: 'node4f2a9c1e7b3d5a8f0c6e2b4d9a1f',
          range: expect.objectContaining({ line: 14 })
        })
      ]
    })
  })

  it('reports duplicates per list and nested names without a space', () => {
    const text = [
      'version: 1',
      'tasks:',
      '  - task_id: 101',
      '    nodes:',
      '      - id: a',
      '        nodes:',
      '          - name: X',
      '          - id: b',
      '          - id: b',
      '      - id: b',
      ''
    ].join('\n')
    const { diagnostics } = parseSpec(text, 'spec.yml')
    expect(diagnostics.map((d) => [d.code, d.line])).toEqual([
      ['name-needs-space', 7],
      ['duplicate-node', 9]
    ])
    expect(diagnostics[1].message).toMatch(/listed twice in this subprocess \(first on line 8\)/)
  })

  it('refuses unknown keys inside a nested node', () => {
    expect(
      codes(
        'version: 1\ntasks:\n  - task_id: 1\n    nodes:\n      - id: a\n        nodes:\n          - id: b\n            stat: FAILED\n'
      )
    ).toContain('unknown-key')
  })
})

describe('variables', () => {
  const text = 'version: 1\ntasks:\n  - task_id: ${TASK}\n    space_id: ${SPACE}\n'

  it('takes vars over the environment', () => {
    const spec = valid(text, { vars: { TASK: '5' }, env: { TASK: '6', SPACE: '9' } })
    expect(spec.tasks[0].key).toBe('space:9/task:5')
  })

  it('never puts a value into a diagnostic', () => {
    const secret = 's3cr3t-value-123'
    const { diagnostics } = parseSpec(text, 'spec.yml', { env: { TASK: secret, SPACE: ' 0 ' } })
    expect(diagnostics.map((d) => d.code)).toEqual(['bad-var', 'bad-var'])
    expect(diagnostics[0].message).toContain('TASK')
    expect(diagnostics[0].line).toBe(3)
    expect(diagnostics[1].line).toBe(4)
    expect(JSON.stringify(diagnostics)).not.toContain(secret)
  })

  it('refuses values that are not positive safe integers', () => {
    for (const value of ['0', '-1', '1.5', '1e3', '9007199254740993', '', '0x10']) {
      expect(codes(text, { vars: { TASK: value, SPACE: '1' } })).toEqual(['bad-var'])
    }
    expect(valid(text, { vars: { TASK: ' 42 ', SPACE: '1' } }).tasks[0].taskId).toBe(42)
  })

  it('reports an undefined variable at each line that uses it', () => {
    const twice = 'version: 1\ntasks:\n  - task_id: ${GONE}\n  - task_id: ${GONE}\n'
    const { diagnostics } = parseSpec(twice, 'spec.yml', { env: {} })
    expect(diagnostics.map((d) => [d.code, d.line])).toEqual([
      ['undefined-var', 3],
      ['undefined-var', 4]
    ])
  })

  it('does not expand variables anywhere else', () => {
    const label = 'version: 1\ntasks:\n  - task_id: 1\n    label: ${SECRET}\n'
    expect(valid(label, { env: { SECRET: 'x' } }).tasks[0].label).toBe('${SECRET}')
  })
})

describe('parseVars', () => {
  it('reads KEY=VALUE lines, skipping blanks and comments', () => {
    const result = parseVars(['A=1', '', '  # note', 'B_2 = x=y', 'C=', 'D=v\r'])
    expect(result).toEqual({ vars: { A: '1', B_2: ' x=y', C: '', D: 'v' }, errors: [] })
  })

  it('names the line of each bad entry without echoing it', () => {
    const { errors } = parseVars(['A=1', 'ghp_secretvalue', '1X=2', 'A=3', '-=x'])
    expect(errors).toHaveLength(4)
    expect(errors[0]).toMatch(/^line 2:/)
    expect(errors[1]).toMatch(/^line 3:/)
    expect(errors[2]).toMatch(/^line 4: A .*line 1/)
    expect(errors[3]).toMatch(/^line 5:/)
    expect(errors.join('\n')).not.toContain('ghp_secretvalue')
  })
})

describe('sharding', () => {
  const tasks = Array.from(
    { length: 40 },
    (_, i) => `  - task_id: ${i + 1}\n    space_id: ${(i % 3) + 1}\n`
  )
  const specOf = (lines: string[]) => `version: 1\ntasks:\n${lines.join('')}`

  it('parses i/n strictly', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 })
    expect(parseShard(' 1 / 1 ')).toEqual({ index: 1, count: 1 })
    for (const bad of ['0/4', '5/4', '1/0', '2', 'a/b', '-1/2', '1/2/3', '']) {
      expect(parseShard(bad)).toHaveProperty('error')
    }
  })

  it('splits tasks into disjoint shards that cover them all', () => {
    const count = 4
    const keys = valid(specOf(tasks)).tasks.map((t) => t.key)
    const shards = Array.from({ length: count }, (_, i) =>
      valid(specOf(tasks), { shard: { index: i + 1, count } })
    )
    const seen = shards.flatMap((s) => s.tasks.map((t) => t.key))
    expect(seen.sort()).toEqual([...keys].sort())
    expect(new Set(seen).size).toBe(keys.length)
    for (const s of shards) expect(s.skippedByShard).toBe(keys.length - s.tasks.length)
    expect(shards.filter((s) => s.tasks.length > 0).length).toBeGreaterThan(1)
  })

  it('keeps every task in its shard when the file is reordered', () => {
    const reversed = [...tasks].reverse()
    for (let index = 1; index <= 3; index++) {
      const a = valid(specOf(tasks), { shard: { index, count: 3 } }).tasks.map((t) => t.key)
      const b = valid(specOf(reversed), { shard: { index, count: 3 } }).tasks.map((t) => t.key)
      expect([...b].sort()).toEqual([...a].sort())
    }
  })

  it('hashes keys to a stable shard in range', () => {
    expect(shardOf('space:7/task:42', 1)).toBe(1)
    const value = shardOf('space:7/task:42', 5)
    expect(value).toBeGreaterThanOrEqual(1)
    expect(value).toBeLessThanOrEqual(5)
    expect(shardOf('space:7/task:42', 5)).toBe(value)
  })
})

describe('limits', () => {
  it('refuses a spec over 1 MiB before parsing it', () => {
    const big = `version: 1\ntasks:\n  - task_id: 1\n# ${'x'.repeat(MAX_SPEC_BYTES)}\n`
    const { spec, diagnostics } = parseSpec(big, 'big.yml')
    expect(spec).toBeUndefined()
    expect(diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([['too-large', 1, 1]])
  })

  it('refuses a huge deeply nested document cheaply', () => {
    const depth = 400_000
    const { diagnostics } = parseSpec(`${'['.repeat(depth)}${']'.repeat(depth)}`, 'deep.yml')
    expect(diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([['too-deep', 1, 65]])
  })

  it('refuses an alias bomb without expanding it', () => {
    const lines = ['version: 1', 'a0: &a0 [x, x, x, x, x, x, x, x, x, x]']
    for (let i = 1; i < 10; i++)
      lines.push(
        `a${i}: &a${i} [${Array(10)
          .fill(`*a${i - 1}`)
          .join(', ')}]`
      )
    lines.push('tasks:', '  - task_id: 1')
    expect(codes(lines.join('\n'))).toEqual(['too-many-aliases'])
  })

  it('accepts a few aliases', () => {
    const text =
      'version: 1\ndefaults: &d\n  space_id: 1\ntasks:\n  - task_id: 1\n    nodes: &n [{id: a}]\n  - task_id: 2\n    nodes: *n\n'
    expect(valid(text).tasks[1].nodes[0].id).toBe('a')
  })
})

describe('robustness', () => {
  // A tiny deterministic PRNG (mulberry32), so a failure reproduces.
  function random(seed: number): () => number {
    let a = seed
    return () => {
      a = (a + 0x6d2b79f5) | 0
      let t = Math.imul(a ^ (a >>> 15), 1 | a)
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296
    }
  }
  const validDir = join(import.meta.dirname, '..', 'fixtures', 'specs', 'valid')
  const sources = readdirSync(validDir).map((f) => readFileSync(join(validDir, f), 'utf8'))
  const pieces = [
    '\t',
    ' ',
    '\n',
    ':',
    '- ',
    '[',
    ']',
    '{',
    '}',
    '&a ',
    '*a',
    '"',
    "'",
    '#',
    '${X}',
    '-1',
    'FINSHED',
    '!!int ',
    '? ',
    '|',
    '>',
    '---\n',
    'nodes:',
    'id:',
    '\u0000',
    '\uFEFF'
  ]

  it('never throws on a few hundred random mutations of the valid fixtures', () => {
    const next = random(20240611)
    let invalid = 0
    for (let i = 0; i < 400; i++) {
      let text = sources[Math.floor(next() * sources.length)]
      const edits = 1 + Math.floor(next() * 4)
      for (let e = 0; e < edits; e++) {
        const at = Math.floor(next() * (text.length + 1))
        const action = next()
        if (action < 0.4)
          text = text.slice(0, at) + pieces[Math.floor(next() * pieces.length)] + text.slice(at)
        else if (action < 0.8)
          text = text.slice(0, at) + text.slice(at + 1 + Math.floor(next() * 8))
        else text = text.slice(0, at) + text.slice(at).replace(/\n/, '\n\n  ')
      }
      const result = parseSpec(text, 'fuzz.yml', { env: { DEPLOY_TASK_ID: '7', X: '3' } })
      expect(result.spec === undefined).toBe(result.diagnostics.some((d) => d.severity === 'error'))
      for (const d of result.diagnostics) {
        expect(d.code).not.toBe('internal-error')
        expect(d.line).toBeGreaterThanOrEqual(1)
        expect(d.column).toBeGreaterThanOrEqual(1)
      }
      if (!result.spec) invalid++
    }
    expect(invalid).toBeGreaterThan(100)
  })
})
