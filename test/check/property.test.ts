import { describe, it, expect } from '@jest/globals'
import { Random } from '../random.js'
import { compare } from '../../src/check/index.js'
import {
  STATES,
  type KnownState,
  type NodeExpectation,
  type NodeNames,
  type OtherNodes,
  type TaskExpectation,
  type TreeNode
} from '../../src/model.js'
import { range, taskExpectation } from './helpers.js'

// ---------------------------------------------------------------- random inputs

// Weighted toward the states that matter to the policies, plus one BKFlow does not define.
const NODE_STATES = [
  'FINISHED',
  'FINISHED',
  'FINISHED',
  'FAILED',
  'FAILED',
  'RUNNING',
  'SUSPENDED',
  'READY',
  'REVOKED',
  'ODD'
]
const ROOT_STATES = [...STATES, 'ODD']
const ID_POOL = Array.from({ length: 14 }, (_, i) => `n${i.toString(16)}`)
const NAME_POOL = ['Deploy', 'Test', 'Check', 'Notify', '']
const POLICIES: OtherNodes[] = ['ignore', 'no_failures', 'finished']
const BOUNDS_MS = [0, 500, 1000, 1500, 30_000, 60_000, 600_000]

function randomTree(random: Random): TreeNode {
  const make = (id: string, state: string): TreeNode => ({
    id,
    state,
    retry: random.int(4),
    loop: 1,
    skip: random.chance(0.2),
    errorIgnored: random.chance(0.2),
    elapsedSec: random.pick([0, 1, 2, 30, 60, 61, 600, 725]),
    startTime: null,
    finishTime: null,
    version: null,
    children: []
  })
  const rootNode = make('nroot', random.pick(ROOT_STATES))
  const all = [rootNode]
  const count = random.int(13)
  const unused = [...ID_POOL]
  for (let i = 0; i < count; i++) {
    // Mostly unique ids as BKFlow makes them; now and then a duplicate, or none at all.
    const id = random.chance(0.08)
      ? random.pick(ID_POOL)
      : random.chance(0.03)
        ? ''
        : (unused.splice(random.int(unused.length), 1)[0] ?? 'nextra')
    const child = make(id, random.pick(NODE_STATES))
    // Attach under the root (flat, as BKFlow builds them today) or under any node (legacy nesting).
    const parent = random.chance(0.5) ? rootNode : random.pick(all)
    parent.children.push(child)
    all.push(child)
  }
  return rootNode
}

function randomNames(random: Random): NodeNames | undefined {
  if (random.chance(0.15)) return undefined
  const names: NodeNames = new Map()
  for (const id of ID_POOL) {
    if (random.chance(0.7)) names.set(id, { name: random.pick(NAME_POOL), type: 'ServiceActivity' })
  }
  return names
}

function randomStates(random: Random, pool: readonly string[]): KnownState[] {
  const known = pool.filter((s): s is KnownState => (STATES as readonly string[]).includes(s))
  return [...new Set(random.some(known, 1, 2))]
}

function randomNodeExpectation(random: Random, line: number): NodeExpectation {
  const expectation: NodeExpectation = {
    states: randomStates(random, NODE_STATES),
    range: range(line)
  }
  if (random.chance(0.6)) expectation.id = random.pick([...ID_POOL, 'nroot', 'nabsent'])
  else expectation.name = random.pick(['Deploy', 'Test', 'Check', 'Notify', 'Unknown'])
  if (random.chance(0.4)) expectation.maxRetry = random.int(3)
  if (random.chance(0.3)) expectation.skip = random.chance(0.5)
  if (random.chance(0.3)) expectation.errorIgnored = random.chance(0.5)
  if (random.chance(0.3)) expectation.maxElapsedMs = random.pick(BOUNDS_MS)
  return expectation
}

function randomTask(random: Random): TaskExpectation {
  return taskExpectation({
    states: randomStates(random, ROOT_STATES),
    otherNodes: random.pick(POLICIES),
    nodes: Array.from({ length: random.int(6) }, (_, i) => randomNodeExpectation(random, 10 + i))
  })
}

function flatten(tree: TreeNode): TreeNode[] {
  return tree.children.flatMap((child) => [child, ...flatten(child)])
}

function isKnown(state: string): state is KnownState {
  return (STATES as readonly string[]).includes(state)
}

/**
 * A spec written from the tree itself, then nudged: most expectations hold exactly at their bounds,
 * a few are off by one. Without this, random specs almost never pass and the boundaries go untested.
 */
function nearTask(random: Random, tree: TreeNode, names: NodeNames | undefined): TaskExpectation {
  const off = (): boolean => random.chance(0.06)
  const states = isKnown(tree.state) && !off() ? [tree.state] : randomStates(random, ROOT_STATES)
  const nodes = flatten(tree).filter((n) => n.id !== '' && random.chance(0.4))
  return taskExpectation({
    states: random.chance(0.3)
      ? [...new Set([...states, ...randomStates(random, ROOT_STATES)])]
      : states,
    otherNodes: random.pick(POLICIES),
    nodes: nodes.map((n, i) => {
      const e: NodeExpectation = {
        states: isKnown(n.state) && !off() ? [n.state] : randomStates(random, NODE_STATES),
        range: range(10 + i)
      }
      const name = names?.get(n.id)?.name
      if (name && random.chance(0.5)) e.name = name
      else e.id = n.id
      if (random.chance(0.4)) e.maxRetry = Math.max(0, n.retry - (off() ? 1 : 0))
      if (random.chance(0.3)) e.skip = off() ? !n.skip : n.skip
      if (random.chance(0.3)) e.errorIgnored = off() ? !n.errorIgnored : n.errorIgnored
      if (random.chance(0.3)) e.maxElapsedMs = n.elapsedSec * 1000 - (off() ? 1 : 0)
      return e
    })
  })
}

// ---------------------------------------------------------------- the oracle

/**
 * product.md §4 written directly and naively, sharing nothing with src/check: 'fail' if an
 * expectation was checked and does not hold, else 'error' if one could not be checked, else 'pass'.
 */
function oracle(task: TaskExpectation, tree: TreeNode, names: NodeNames | undefined): string {
  let failed = false
  let unresolvable = false
  const below: TreeNode[] = []
  const collect = (n: TreeNode): void => {
    for (const child of n.children) {
      below.push(child)
      collect(child)
    }
  }
  collect(tree)

  if (!task.states.some((s) => s === tree.state)) failed = true

  const listed: string[] = []
  for (const e of task.nodes) {
    let id: string | undefined = e.id
    if (id === undefined) {
      const matches: string[] = []
      if (names) names.forEach((v, k) => (v.name === e.name ? matches.push(k) : undefined))
      if (!names || matches.length !== 1) {
        unresolvable = true
        continue
      }
      id = matches[0]
    }
    listed.push(id)
    const found = below.find((n) => n.id === id)
    if (found === undefined) {
      failed = true
      continue
    }
    if (!e.states.some((s) => s === found.state)) failed = true
    if (e.maxRetry !== undefined && found.retry > e.maxRetry) failed = true
    if (e.skip !== undefined && found.skip !== e.skip) failed = true
    if (e.errorIgnored !== undefined && found.errorIgnored !== e.errorIgnored) failed = true
    if (e.maxElapsedMs !== undefined && found.elapsedSec * 1000 > e.maxElapsedMs) failed = true
  }

  const hasFailedBelow = (n: TreeNode): boolean =>
    n.children.some((c) => c.state === 'FAILED' || hasFailedBelow(c))
  for (const n of below) {
    if (n.id !== '' && listed.includes(n.id)) continue
    const bubbled = n.state === 'FAILED' && hasFailedBelow(n)
    if (task.otherNodes === 'no_failures' && n.state === 'FAILED' && !bubbled) failed = true
    if (task.otherNodes === 'finished' && n.state !== 'FINISHED' && !bubbled) failed = true
  }
  return failed ? 'fail' : unresolvable ? 'error' : 'pass'
}

// ---------------------------------------------------------------- malformed inputs

function garble(random: Random, tree: TreeNode): TreeNode {
  const nodes: TreeNode[] = []
  const collect = (n: TreeNode): void => {
    nodes.push(n)
    n.children.forEach(collect)
  }
  collect(tree)
  const loose = (n: TreeNode): Record<string, unknown> => n as unknown as Record<string, unknown>
  for (const n of nodes) {
    if (!random.chance(0.3)) continue
    const field = random.pick(['id', 'state', 'retry', 'elapsedSec', 'children', 'skip'])
    loose(n)[field] = random.pick<unknown>([undefined, null, 7, 'x', {}, [], Number.NaN, [null, 3]])
  }
  return tree
}

describe('compare against an independent oracle', () => {
  it('passes exactly when every expectation holds, over 4,000 random trees and specs', () => {
    const random = new Random(0x5eed)
    const seen = { pass: 0, fail: 0, error: 0 }
    for (let round = 0; round < 4000; round++) {
      const tree = randomTree(random)
      const names = randomNames(random)
      const task = random.chance(0.5) ? nearTask(random, tree, names) : randomTask(random)
      const expected = oracle(task, tree, names)
      const result = compare(task, tree, names)
      if (result.verdict !== expected) {
        throw new Error(
          `round ${round}: compare says ${result.verdict}, oracle says ${expected}\n` +
            JSON.stringify({ task, tree, names: names && [...names], findings: result.findings })
        )
      }
      expect(result.verdict === 'pass').toBe(result.findings.length === 0)
      expect(result.rows.filter((r) => r.listed)).toHaveLength(task.nodes.length)
      seen[result.verdict]++
    }
    // The generator must exercise every verdict, or the property proves little.
    expect(seen.pass).toBeGreaterThan(200)
    expect(seen.fail).toBeGreaterThan(200)
    expect(seen.error).toBeGreaterThan(50)
  })

  it('never throws on malformed trees and names, and never passes them blindly', () => {
    const random = new Random(42)
    for (let round = 0; round < 2000; round++) {
      const task = randomTask(random)
      const tree = garble(random, randomTree(random))
      const names = randomNames(random)
      if (names && random.chance(0.3)) {
        names.set('nx', { name: undefined, type: 'x' } as unknown as { name: string; type: string })
      }
      const result = compare(task, tree, names)
      expect(['pass', 'fail', 'error']).toContain(result.verdict)
      if (result.verdict === 'pass') expect(result.findings).toHaveLength(0)
      else expect(result.findings.length).toBeGreaterThan(0)
    }
  })
})
