// The check stage's side of issue 13: ids shortened to a prefix unique in the task, "did you mean"
// for node names that match none, and `severity: warn` findings that never fail a task.

import { describe, expect, it } from '@jest/globals'
import { compare } from '../../src/check/index.js'
import { applyTaskSeverity } from '../../src/check/severity.js'
import { MIN_ID_PREFIX, nodeLabel, uniquePrefixLengths } from '../../src/check/labels.js'
import type { TaskResult } from '../../src/model.js'
import { nameMap, node, nodeExpectation, root, taskExpectation } from './helpers.js'

const A = 'n5f0c2b7e1d94a3b8c6e0f1a2b3c4d5e6'
const B = 'n5f0c2b7e1d9ffffffffffffffffffff0' // shares 12 characters with A
const C = 'n0a1b2c3d4e5f60718293a4b5c6d7e8f9'

describe('unique id prefixes', () => {
  it('keeps 8 characters unless another id of the task shares them', () => {
    const lengths = uniquePrefixLengths([A, B, C, A])
    expect(lengths.get(C)).toBe(MIN_ID_PREFIX)
    expect(lengths.get(A)).toBe(13)
    expect(lengths.get(B)).toBe(13)
    expect(A.slice(0, 13)).not.toBe(B.slice(0, 13))
  })

  it('never asks for more than the id has, and ignores empty ids', () => {
    const lengths = uniquePrefixLengths(['nab', 'nabc', ''])
    expect(lengths.get('nab')).toBe(3)
    expect(lengths.get('nabc')).toBe(4)
    expect(lengths.has('')).toBe(false)
  })

  it('labels two nodes that share a long prefix so they can be told apart', () => {
    const task = taskExpectation({
      nodes: [nodeExpectation({ id: A }, 10), nodeExpectation({ id: B }, 12)]
    })
    const result = compare(task, root('FAILED', [node(A, 'FAILED'), node(B, 'FAILED')]))
    expect(result.rows.map((r) => r.shortId)).toEqual(['n5f0c2b7e1d94…', 'n5f0c2b7e1d9f…'])
    expect(result.findings.map((f) => f.message)).toEqual([
      'task 101 is FAILED, expected FINISHED',
      'node n5f0c2b7e1d94… is FAILED, expected FINISHED',
      'node n5f0c2b7e1d9f… is FAILED, expected FINISHED'
    ])
  })

  it('uses 8 characters when the prefix is unique, in rows and in labels', () => {
    const task = taskExpectation({ nodes: [nodeExpectation({ id: C })] })
    const result = compare(task, root('FINISHED', [node(C, 'FINISHED'), node(A, 'FINISHED')]))
    expect(result.rows[0].shortId).toBe('n0a1b2c3…')
    expect(nodeLabel(C, 'Build')).toBe('node "Build" (n0a1b2c3…)')
  })
})

describe('name suggestions at check time', () => {
  const names = nameMap([
    [A, 'Deploy backend'],
    [C, 'Smoke test']
  ])
  const tree = root('FINISHED', [node(A, 'FINISHED'), node(C, 'FINISHED')])
  const messageFor = (name: string): string => {
    const task = taskExpectation({ nodes: [nodeExpectation({ name })] })
    return compare(task, tree, names).findings[0].message
  }

  it('suggests the real name that differs only in case', () => {
    expect(messageFor('deploy Backend')).toBe(
      'no activity or gateway named "deploy Backend" in task 101\'s pipeline; use id. Did you mean `Deploy backend`?'
    )
  })

  it('suggests a near miss', () => {
    expect(messageFor('Smoke tets')).toMatch(/Did you mean `Smoke test`\?$/)
  })

  it('does not suggest a different node that shares words', () => {
    expect(messageFor('Deploy frontend')).toBe(
      'no activity or gateway named "Deploy frontend" in task 101\'s pipeline; use id'
    )
  })
})

describe('severity: warn', () => {
  it('a warn node that failed is a warning and the task passes', () => {
    const task = taskExpectation({
      nodes: [nodeExpectation({ id: A, severity: 'warn' }), nodeExpectation({ id: C }, 12)]
    })
    const result = compare(
      task,
      root('FINISHED', [node(A, 'FINISHED', [], { retry: 0 }), node(C, 'FINISHED')])
    )
    expect(result.verdict).toBe('pass')
    const slow = compare(
      taskExpectation({ nodes: [nodeExpectation({ id: A, severity: 'warn', maxRetry: 0 })] }),
      root('FINISHED', [node(A, 'FINISHED', [], { retry: 2 })])
    )
    expect(slow.verdict).toBe('pass')
    expect(slow.findings).toHaveLength(1)
    expect(slow.findings[0]).toMatchObject({ kind: 'retry', severity: 'warn' })
    expect(slow.rows[0]).toMatchObject({ finding: 'retry', severity: 'warn' })
  })

  it('a warn node does not excuse an error node of the same task', () => {
    const task = taskExpectation({
      nodes: [nodeExpectation({ id: A, severity: 'warn' }), nodeExpectation({ id: C }, 12)]
    })
    const result = compare(task, root('FINISHED', [node(A, 'FAILED'), node(C, 'FAILED')]))
    expect(result.verdict).toBe('fail')
    expect(result.rows.map((r) => r.severity)).toEqual(['warn', undefined])
  })

  it('a warn task: its state, its nodes and the unlisted ones are all warnings', () => {
    const task = taskExpectation({ severity: 'warn', nodes: [nodeExpectation({ id: A })] })
    const result = compare(task, root('FAILED', [node(A, 'FAILED'), node(C, 'FAILED')]))
    expect(result.verdict).toBe('pass')
    expect(result.findings.map((f) => [f.kind, f.severity])).toEqual([
      ['state', 'warn'],
      ['state', 'warn'],
      ['unlisted_failure', 'warn']
    ])
  })

  it('a warn subprocess entry makes the findings inside its subprocess warnings too', () => {
    const task = taskExpectation({
      nodes: [
        nodeExpectation({
          id: 'nsub',
          severity: 'warn',
          subprocess: { nodes: [nodeExpectation({ id: 'nchild' }, 12)], otherNodes: 'no_failures' }
        })
      ]
    })
    const tree = root('FINISHED', [node('nsub', 'FAILED', [node('nchild', 'FAILED')])])
    const result = compare(task, tree)
    expect(result.findings.length).toBeGreaterThan(1)
    expect(result.findings.every((f) => f.severity === 'warn')).toBe(true)
    expect(result.verdict).toBe('pass')
  })

  it('a warn node whose name matches nothing is a warning, not an error', () => {
    const task = taskExpectation({ nodes: [nodeExpectation({ name: 'Nope', severity: 'warn' })] })
    const result = compare(task, root('FINISHED'), nameMap([[A, 'Deploy']]))
    expect(result.verdict).toBe('pass')
    expect(result.findings[0]).toMatchObject({ kind: 'name', severity: 'warn' })
  })

  it('a pending or unreadable warn task passes with its findings as warnings', () => {
    const task = taskExpectation({ severity: 'warn' })
    const pending: TaskResult = {
      task,
      verdict: 'pending',
      reason: 'still RUNNING after 30m',
      state: 'RUNNING',
      stateSince: 0,
      findings: [
        {
          kind: 'pending',
          target: 'task',
          expected: 'FINISHED',
          actual: 'RUNNING',
          message: 'still RUNNING after 30m',
          range: task.range
        }
      ],
      rows: [],
      tree: null,
      startedAt: 0,
      settledAt: null,
      requests: 1,
      cancelled: false
    }
    const result = applyTaskSeverity(pending)
    expect(result.verdict).toBe('pass')
    expect(result.findings[0].severity).toBe('warn')
    // Tasks without severity come back as they were.
    const plain = { ...pending, task: taskExpectation() }
    expect(applyTaskSeverity(plain)).toBe(plain)
  })
})
