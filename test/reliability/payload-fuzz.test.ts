// Fuzzing what BKFlow sends: thousands of generated and garbled payloads never crash the client's
// parsers, the response classifier or the check, and never yield `pass` for a tree that an
// independent, deliberately simple check says does not meet the spec (issue 7).

import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  BkflowClient,
  isBkflowError,
  parseBatchStates,
  parseNodeNames,
  parseStateTree
} from '../../src/bkflow/index.js'
import { classifyResponse, type RequestContext } from '../../src/bkflow/classify.js'
import { compare } from '../../src/check/index.js'
import {
  STATES,
  type KnownState,
  type NodeExpectation,
  type OtherNodes,
  type SourceRange,
  type TaskExpectation,
  type TreeNode
} from '../../src/model.js'
import { Random } from '../random.js'

type Raw = Record<string, unknown>

// ---------------------------------------------------------------- raw payload generators

const UNKNOWN_STATES = ['WEIRD', '', 'finished', 'Failed', 'NODE_SUSPENDED ', '成功']
const NODE_STATES = [
  'FINISHED',
  'FINISHED',
  'FINISHED',
  'FAILED',
  'RUNNING',
  'READY',
  'SUSPENDED',
  'REVOKED',
  ...UNKNOWN_STATES
]
const JUNK: readonly unknown[] = [
  undefined,
  null,
  0,
  -1,
  1.5,
  7,
  Number.MAX_SAFE_INTEGER,
  '',
  'x',
  '12',
  '1e3',
  true,
  false,
  [],
  [null, 3],
  {},
  { state: 1 },
  'FINISHED'
]
const TIMES: readonly unknown[] = ['', null, '2026-08-21 10:00:00 +0800', 0, 'yesterday']

/** One node as BKFlow's engine writes it (bkflow-api.md §2.4), `root_id:` colon included. */
function rawNode(random: Random, id: string, depth: number, budget: { left: number }): Raw {
  const node: Raw = {
    id,
    state: random.pick(NODE_STATES),
    'root_id:': 'nroot',
    parent_id: 'nroot',
    version: `v${id}`,
    loop: 1,
    retry: random.int(4),
    skip: random.chance(0.15),
    error_ignorable: false,
    error_ignored: random.chance(0.1),
    elapsed_time: random.pick([0, 1, 12, 60, 600]),
    start_time: random.pick(TIMES),
    finish_time: random.pick(TIMES),
    children: {}
  }
  const children: Raw = {}
  const count = depth > 6 || budget.left <= 0 ? 0 : random.int(depth === 0 ? 8 : 3)
  for (let i = 0; i < count && budget.left > 0; i++) {
    budget.left--
    // Mostly unique ids; now and then a duplicate, to keep the id index honest.
    const childId = random.chance(0.05) ? 'ndup' : `n${depth}x${i}x${random.int(1000)}`
    children[childId] = rawNode(random, childId, depth + 1, budget)
  }
  node.children = children
  return node
}

/** A full tree, or one of the special shapes of bkflow-api.md §5. */
function rawTree(random: Random): Raw {
  switch (random.int(10)) {
    case 0: // CREATED_STATUS
      return {
        start_time: null,
        state: 'CREATED',
        retry: 0,
        skip: 0,
        finish_time: null,
        elapsed_time: 0,
        children: {}
      }
    case 1: // bare shapes
      return { state: random.pick(['CREATED', 'EXPIRED', 'WEIRD']) }
    default: {
      const tree = rawNode(random, 'nroot', 0, { left: random.int(40) })
      tree.state = random.pick([...STATES, ...UNKNOWN_STATES])
      return tree
    }
  }
}

function allRawNodes(tree: Raw): Raw[] {
  const out: Raw[] = [tree]
  for (let i = 0; i < out.length; i++) {
    const children = out[i].children
    const list = Array.isArray(children)
      ? children
      : typeof children === 'object' && children !== null
        ? Object.values(children)
        : []
    for (const child of list) {
      if (typeof child === 'object' && child !== null && !Array.isArray(child))
        out.push(child as Raw)
    }
  }
  return out
}

/** Missing fields, wrong types, odd children containers: what a proxy or a new version might send. */
function garble(random: Random, tree: Raw): Raw {
  const fields = ['id', 'state', 'retry', 'loop', 'skip', 'error_ignored', 'elapsed_time']
  for (const node of allRawNodes(tree)) {
    if (!random.chance(0.25)) continue
    switch (random.int(5)) {
      case 0:
        delete node[random.pick(fields)]
        break
      case 1:
        node[random.pick(fields)] = random.pick(JUNK)
        break
      case 2: // children as an array, null, or a scalar
        node.children = random.pick<unknown>([
          typeof node.children === 'object' && node.children !== null
            ? Object.values(node.children)
            : [],
          null,
          'children',
          7
        ])
        break
      case 3:
        node[random.pick(['extra', 'ex_data', '__proto__x', 'root_id'])] = random.pick(JUNK)
        break
      default: // a child that is not an object
        if (typeof node.children === 'object' && node.children !== null) {
          ;(node.children as Raw)[`junk${random.int(9)}`] = random.pick(JUNK)
        }
    }
  }
  return tree
}

// ---------------------------------------------------------------- the independent check

const RANGE: SourceRange = { file: 'fuzz.yml', line: 3, column: 5, endLine: 4, endColumn: 1 }

interface RawInfo {
  id: string
  state: string
  retry: unknown
  skip: unknown
  errorIgnored: unknown
  elapsed: unknown
  childStates: string[]
  hasChildren: boolean
}

/**
 * The payload read naively: ids from `id` or the map key (the one rule the protocol fixes), and
 * every node below the root. Shares nothing with src/bkflow or src/check.
 */
function describeRaw(tree: Raw): { root: string; below: RawInfo[] } {
  const below: RawInfo[] = []
  const walk = (node: Raw, key: string, isRoot: boolean): void => {
    const children = node.children
    const entries: [string, unknown][] = Array.isArray(children)
      ? children.map((c) => ['', c])
      : typeof children === 'object' && children !== null
        ? Object.entries(children)
        : []
    if (!isRoot) {
      below.push({
        id: typeof node.id === 'string' && node.id !== '' ? node.id : key,
        state: String(node.state),
        retry: node.retry,
        skip: node.skip,
        errorIgnored: node.error_ignored,
        elapsed: node.elapsed_time,
        childStates: entries.map(([, c]) => String((c as Raw).state)),
        hasChildren: entries.length > 0
      })
    }
    for (const [childKey, child] of entries) walk(child as Raw, childKey, false)
  }
  walk(tree, '', true)
  return { root: String(tree.state), below }
}

/**
 * Only failures that are certain, whatever the finer rules: a wrong root state, a listed id that is
 * absent or whose every occurrence breaks a plain attribute, or an unlisted leaf that breaks
 * `other_nodes`. True means the spec is certainly not met.
 */
function certainlyFails(task: TaskExpectation, tree: Raw): string | undefined {
  const { root, below } = describeRaw(tree)
  if (!(task.states as string[]).includes(root)) return `root ${root}`
  const listed = new Set<string>()
  for (const e of task.nodes) {
    if (e.id === undefined) continue
    listed.add(e.id)
    const matches = below.filter((n) => n.id === e.id)
    if (matches.length === 0) return `${e.id} missing`
    const all = (test: (n: RawInfo) => boolean) => matches.every(test)
    if (all((n) => !(e.states as string[]).includes(n.state))) return `${e.id} state`
    if (
      e.maxRetry !== undefined &&
      all((n) => typeof n.retry === 'number' && n.retry > e.maxRetry!)
    ) {
      return `${e.id} retry`
    }
    if (e.skip !== undefined && all((n) => typeof n.skip === 'boolean' && n.skip !== e.skip)) {
      return `${e.id} skip`
    }
    if (
      e.maxElapsedMs !== undefined &&
      all((n) => typeof n.elapsed === 'number' && n.elapsed * 1000 > e.maxElapsedMs!)
    ) {
      return `${e.id} elapsed`
    }
  }
  // Names may list any node: with them, only the listed checks above are certain.
  if (task.nodes.some((e) => e.id === undefined)) return undefined
  for (const n of below) {
    if (listed.has(n.id) || n.hasChildren) continue
    if (task.otherNodes === 'no_failures' && n.state === 'FAILED') return `unlisted ${n.id} FAILED`
    if (task.otherNodes === 'finished' && n.state !== 'FINISHED')
      return `unlisted ${n.id} ${n.state}`
  }
  return undefined
}

function randomStates(random: Random, pool: readonly string[]): KnownState[] {
  const known = pool.filter((s): s is KnownState => (STATES as readonly string[]).includes(s))
  return [...new Set([random.pick(known), ...(random.chance(0.3) ? [random.pick(known)] : [])])]
}

/** A spec for this payload: near it (so that passes happen) or random. */
function taskFor(random: Random, tree: Raw): TaskExpectation {
  const { root, below } = describeRaw(tree)
  const near = random.chance(0.6)
  const rootState = (STATES as readonly string[]).includes(root) ? [root as KnownState] : []
  const nodes: NodeExpectation[] = []
  for (const n of below) {
    if (!random.chance(near ? 0.4 : 0.15)) continue
    const known = (STATES as readonly string[]).includes(n.state)
    const expectation: NodeExpectation = {
      id: random.chance(0.05) ? 'nabsent' : n.id,
      states: near && known ? [n.state as KnownState] : randomStates(random, NODE_STATES),
      range: RANGE
    }
    if (random.chance(0.05)) {
      delete expectation.id
      expectation.name = 'Deploy'
    }
    if (random.chance(0.3)) expectation.maxRetry = random.int(3)
    if (random.chance(0.2)) expectation.skip = random.chance(0.5)
    if (random.chance(0.2)) expectation.errorIgnored = random.chance(0.5)
    if (random.chance(0.2)) expectation.maxElapsedMs = random.pick([0, 12_000, 600_000])
    nodes.push(expectation)
  }
  return {
    key: 'space:7/task:1',
    taskId: 1,
    spaceId: 7,
    states: near && rootState.length > 0 ? rootState : randomStates(random, [...STATES]),
    timeoutMs: 60_000,
    intervalMs: 1_000,
    onFailed: 'fail',
    otherNodes: random.pick<OtherNodes>(['ignore', 'no_failures', 'finished']),
    nodes,
    range: RANGE
  }
}

// ---------------------------------------------------------------- helpers

function checkTreeNode(node: TreeNode, where: string): void {
  const stack = [node]
  while (stack.length > 0) {
    const n = stack.pop()!
    const ok =
      typeof n.id === 'string' &&
      typeof n.state === 'string' &&
      Number.isFinite(n.retry) &&
      Number.isFinite(n.loop) &&
      Number.isFinite(n.elapsedSec) &&
      typeof n.skip === 'boolean' &&
      typeof n.errorIgnored === 'boolean' &&
      Array.isArray(n.children)
    if (!ok) throw new Error(`${where}: parsed node is not a TreeNode: ${JSON.stringify(n)}`)
    stack.push(...n.children)
  }
}

/** Runs `fn`; returns its value, or undefined when it threw a BkflowError. Anything else fails. */
function onlyBkflowErrors<T>(fn: () => T, where: string): T | undefined {
  try {
    return fn()
  } catch (error: unknown) {
    if (isBkflowError(error)) return undefined
    throw new Error(`${where}: threw a non-BkflowError: ${String(error)}`, { cause: error })
  }
}

// ---------------------------------------------------------------- the properties

describe('payload fuzzing (seeded: a failure names its seed and round)', () => {
  it('parseStateTree and compare: 2,500 payloads, no crash, no pass the payload forbids', () => {
    const random = new Random(0xfa11)
    const seen = { pass: 0, fail: 0, error: 0, malformed: 0, certain: 0 }
    for (let round = 0; round < 2500; round++) {
      const where = `seed ${random.seed} round ${round}`
      const clean = rawTree(random)
      const garbled = random.chance(0.3)
      const payload: Raw = garbled ? garble(random, clean) : clean
      // Through JSON, as it arrives: undefined fields vanish, as they would on the wire.
      const wire: unknown = JSON.parse(JSON.stringify(payload))
      const tree = onlyBkflowErrors(() => parseStateTree(wire), where)
      if (tree === undefined) {
        // Only a garbled payload may be refused.
        if (!garbled) throw new Error(`${where}: a well-formed payload was refused`)
        seen.malformed++
        continue
      }
      checkTreeNode(tree, where)
      const task = taskFor(random, wire as Raw)
      let verdict: string
      try {
        const comparison = compare(task, tree)
        verdict = comparison.verdict
        if (verdict === 'pass' && comparison.findings.length > 0)
          throw new Error('pass with findings')
      } catch (error: unknown) {
        throw new Error(`${where}: compare threw ${String(error)}`, { cause: error })
      }
      seen[verdict as 'pass' | 'fail' | 'error']++
      const reason = garbled ? undefined : certainlyFails(task, wire as Raw)
      if (reason !== undefined) {
        seen.certain++
        if (verdict === 'pass') {
          throw new Error(
            `${where}: compare passed a tree that fails (${reason})\n${JSON.stringify({ task, wire })}`
          )
        }
      }
    }
    // Every path must be exercised, or the property proves little.
    expect(seen.pass).toBeGreaterThan(150)
    expect(seen.fail).toBeGreaterThan(500)
    expect(seen.certain).toBeGreaterThan(500)
    expect(seen.malformed).toBeGreaterThan(20)
  })

  it('parseNodeNames: 1,500 pipeline trees of any shape give a map of strings, never a throw', () => {
    const random = new Random(0x4a3e)
    const pipeline = (depth: number): unknown => {
      if (random.chance(0.1)) return random.pick(JUNK)
      const section = (): unknown => {
        if (random.chance(0.1)) return random.pick(JUNK)
        const entries: Raw = {}
        for (let i = random.int(6); i > 0; i--) {
          const id = `n${random.int(50)}`
          entries[id] = random.chance(0.1)
            ? random.pick(JUNK)
            : {
                id: random.chance(0.8) ? id : random.pick(JUNK),
                name: random.chance(0.8)
                  ? random.pick(['Deploy', '', 'Check ✓'])
                  : random.pick(JUNK),
                type: random.pick<unknown>(['ServiceActivity', 'SubProcess', 7, null]),
                ...(depth < 40 && random.chance(0.2) ? { pipeline: pipeline(depth + 1) } : {})
              }
        }
        return entries
      }
      return { activities: section(), gateways: section(), start_event: { id: 'ns' } }
    }
    for (let round = 0; round < 1500; round++) {
      const where = `seed ${random.seed} round ${round}`
      const tree = JSON.parse(JSON.stringify(pipeline(0) ?? null)) as unknown
      let names: ReturnType<typeof parseNodeNames>
      try {
        names = parseNodeNames(tree)
      } catch (error: unknown) {
        throw new Error(`${where}: parseNodeNames threw ${String(error)}`, { cause: error })
      }
      for (const [id, entry] of names) {
        if (
          typeof id !== 'string' ||
          typeof entry.name !== 'string' ||
          typeof entry.type !== 'string'
        ) {
          throw new Error(`${where}: bad entry ${JSON.stringify([id, entry])}`)
        }
      }
    }
    // A legacy SubProcess nesting far deeper than any real pipeline: bounded, not a stack overflow.
    let deep: Raw = { activities: { nleaf: { name: 'leaf' } } }
    for (let i = 0; i < 10_000; i++)
      deep = { activities: { [`n${i}`]: { name: 'x', pipeline: deep } } }
    expect(() => parseNodeNames(deep)).not.toThrow()
  })

  it('parseBatchStates: 1,500 batch answers give requested ids only, or a BkflowError', () => {
    const random = new Random(0xba7c)
    for (let round = 0; round < 1500; round++) {
      const where = `seed ${random.seed} round ${round}`
      const requested = Array.from({ length: random.int(6) }, () => random.between(1, 20))
      let data: unknown
      if (random.chance(0.1)) data = random.pick(JUNK)
      else {
        const map: Raw = {}
        for (let i = random.int(8); i > 0; i--) {
          const key = random.chance(0.9)
            ? String(random.between(1, 20))
            : random.pick(['x', '-1', '1.5', ''])
          map[key] = random.pick<unknown>([
            { state: random.pick(NODE_STATES) },
            { state: null },
            random.pick(NODE_STATES),
            null,
            {},
            ...JUNK
          ])
        }
        data = map
      }
      const states = onlyBkflowErrors(() => parseBatchStates(data, requested), where)
      if (states === undefined) continue
      for (const [id, state] of states) {
        if (!requested.includes(id)) throw new Error(`${where}: unrequested id ${id}`)
        if (state !== null && typeof state !== 'string')
          throw new Error(`${where}: state ${String(state)}`)
      }
    }
  })

  it('classifyResponse: 3,000 answers; data only from a 2xx JSON envelope with result true', () => {
    const random = new Random(0xc1a5)
    const ctx: RequestContext = {
      endpoint: 'get_task_states',
      method: 'GET',
      path: '/api/bk-flow-engine/prod/space/7/task/1/get_task_states/',
      taskId: 1,
      spaceId: 7,
      appCode: 'app'
    }
    const statuses = [
      200, 200, 200, 201, 204, 301, 302, 400, 401, 403, 404, 405, 408, 429, 500, 502, 503, 504, 599
    ]
    const messages = [
      '',
      '未找到。',
      'Request API error, status_code: 500, url: x',
      'Request API error, status_code: 403, resp: space_id is invalid',
      'Request API error, exception: reset',
      'task operation error: x',
      'fail',
      '{"task_ids": "bad"}',
      '空间不存在，space_id=7',
      'user authentication failed',
      'x'.repeat(2000)
    ]
    for (let round = 0; round < 3000; round++) {
      const where = `seed ${random.seed} round ${round}`
      const status = random.pick(statuses)
      const envelope: Raw = {}
      if (random.chance(0.9))
        envelope.result = random.pick<unknown>([true, false, false, 'true', 1, null])
      if (random.chance(0.7))
        envelope.data = random.pick<unknown>([{ state: 'FINISHED' }, null, {}, ...JUNK])
      if (random.chance(0.7)) envelope.message = random.pick<unknown>([...messages, 7, null])
      if (random.chance(0.4))
        envelope.code = random.pick<unknown>(['0', 'not_found', 400, 500, 1640001, 1642902, null])
      if (random.chance(0.2))
        envelope.code_name = random.pick([
          'INVALID_ARGS',
          'APP_NO_PERMISSION',
          'API_NOT_FOUND',
          'X'
        ])
      let body = JSON.stringify(envelope)
      switch (random.int(6)) {
        case 0:
          body = body.slice(0, random.int(body.length))
          break
        case 1:
          body = random.pick([
            '',
            '<html><title>502</title></html>',
            'null',
            '[]',
            '"x"',
            '{',
            '\u0000'
          ])
          break
        default:
      }
      const headers = new Headers()
      if (random.chance(0.3))
        headers.set('x-bkapi-ratelimit-reset', random.pick(['0', '1', '17', 'x', '-1', '1e9']))
      if (random.chance(0.2)) headers.set('x-bkapi-ratelimit-remaining', random.pick(['0', '10']))
      if (random.chance(0.2))
        headers.set('retry-after', random.pick(['3', 'Wed, 21 Oct 2015 07:28:00 GMT', 'soon']))
      if (random.chance(0.2))
        headers.set('x-bkapi-error-code', random.pick(['1640001', '1640301', 'x']))
      if (random.chance(0.1)) headers.set('location', '/login')
      let outcome: ReturnType<typeof classifyResponse>
      try {
        outcome = classifyResponse({ status, headers, body }, ctx, 1_000_000)
      } catch (error: unknown) {
        throw new Error(`${where}: classifyResponse threw ${String(error)}`, { cause: error })
      }
      let parsed: unknown
      try {
        parsed = JSON.parse(body)
      } catch {
        parsed = undefined
      }
      const verified =
        status >= 200 &&
        status < 300 &&
        typeof parsed === 'object' &&
        parsed !== null &&
        (parsed as Raw).result === true
      if (isBkflowError(outcome)) {
        if (verified) throw new Error(`${where}: a result:true answer was refused`)
        expect(outcome.message.length).toBeGreaterThan(0)
        if (outcome.retryAfterMs !== undefined)
          expect(outcome.retryAfterMs).toBeGreaterThanOrEqual(0)
      } else if (!verified) {
        throw new Error(`${where}: data accepted from ${status} ${body.slice(0, 200)}`)
      }
    }
  })

  // No real BKFlow tree is this deep, but a payload is not ours to choose: the parser must refuse it
  // as malformed (or read it), never overflow the stack.
  it('parseStateTree: trees 3,000 and 20,000 levels deep give a tree or a BkflowError', () => {
    for (const depth of [3_000, 20_000]) {
      let text = '{"id":"nleaf","state":"FINISHED","children":{}}'
      for (let i = 0; i < depth; i++) {
        text = `{"id":"n${i}","state":"RUNNING","children":{"n${i}":${text}}}`
      }
      const tree = onlyBkflowErrors(() => parseStateTree(JSON.parse(text)), `depth ${depth}`)
      if (tree !== undefined)
        expect(compare(taskFor(new Random(depth), { state: 'RUNNING' }), tree).verdict).not.toBe(
          'pass'
        )
    }
  })
})

// ---------------------------------------------------------------- through the client, over HTTP

describe('payload fuzzing through BkflowClient over real HTTP (seeded)', () => {
  let server: Server
  let url: string
  let next: { status: number; body: string; contentType: string } = {
    status: 200,
    body: '',
    contentType: 'application/json'
  }

  beforeAll(async () => {
    server = createServer((req, res) => {
      req.resume()
      req.on('end', () => {
        res.writeHead(next.status, { 'Content-Type': next.contentType })
        res.end(next.body)
      })
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/bk-flow-engine/prod`
  })

  afterAll(async () => {
    server.closeAllConnections()
    await new Promise<void>((resolve) => server.close(() => resolve()))
  })

  it('300 random answers to the three calls: a value only from result:true, else a BkflowError', async () => {
    const random = new Random(0x477)
    // No retries: the deadline is now, so the first failure is final; nothing ever really waits.
    const client = new BkflowClient({
      apiUrl: url,
      appCode: 'fuzz-app',
      appSecret: 's3cr3t-ZQX-fuzz',
      rateLimitPerMinute: 1_000_000,
      maxConcurrency: 4,
      requestTimeoutMs: 5_000,
      allowHttp: false,
      env: {},
      now: () => 1_000,
      sleep: async () => {},
      random: () => 0.5
    })
    const call = { deadline: 1_000 }
    let values = 0
    let errors = 0
    for (let round = 0; round < 300; round++) {
      const where = `seed ${random.seed} round ${round}`
      const kind = random.int(3)
      const data =
        kind === 0
          ? garble(random, rawTree(random))
          : kind === 1
            ? {
                [String(random.between(1, 3))]: random.pick<unknown>([
                  { state: 'FINISHED' },
                  null,
                  7
                ])
              }
            : {
                pipeline_tree: random.chance(0.8)
                  ? { activities: { n1: { name: 'A' } } }
                  : random.pick(JUNK)
              }
      const result = random.pick<unknown>([true, true, true, false, 'true', undefined])
      let body = JSON.stringify({ result, data, message: '' })
      if (random.chance(0.15)) body = body.slice(0, random.int(body.length))
      next = {
        status: random.pick([200, 200, 200, 500, 502, 403]),
        body,
        contentType: random.chance(0.9) ? 'application/json' : 'text/html'
      }
      const verified = next.status === 200 && body.startsWith('{"result":true') && isJson(body)
      try {
        if (kind === 0) await client.getTaskStates({ taskId: 1, spaceId: 7 }, call)
        else if (kind === 1) await client.getTasksStates(7, [1, 2, 3], call)
        else await client.getTaskDetail({ taskId: 1, spaceId: 7 }, call)
        values++
        if (!verified)
          throw new Error(`${where}: a value from ${next.status} ${body.slice(0, 200)}`)
      } catch (error: unknown) {
        if (!isBkflowError(error))
          throw new Error(`${where}: not a BkflowError: ${String(error)}`, { cause: error })
        errors++
      }
    }
    expect(values).toBeGreaterThan(30)
    expect(errors).toBeGreaterThan(30)
  })

  it('a state tree 20,000 levels deep: a tree or a BkflowError, not a stack overflow', async () => {
    const client = new BkflowClient({
      apiUrl: url,
      appCode: 'fuzz-app',
      appSecret: 's3cr3t-ZQX-fuzz',
      rateLimitPerMinute: 1_000_000,
      maxConcurrency: 4,
      requestTimeoutMs: 5_000,
      allowHttp: false,
      env: {},
      now: () => 1_000,
      sleep: async () => {}
    })
    let deep = '{"id":"nleaf","state":"FINISHED","children":{}}'
    for (let i = 0; i < 20_000; i++)
      deep = `{"id":"n${i}","state":"RUNNING","children":{"n${i}":${deep}}}`
    next = { status: 200, body: `{"result":true,"data":${deep}}`, contentType: 'application/json' }
    const outcome = await client.getTaskStates({ taskId: 1, spaceId: 7 }, { deadline: 1_000 }).then(
      (tree) => tree.state,
      (error: unknown) =>
        isBkflowError(error) ? error.kind : `not a BkflowError: ${String(error)}`
    )
    expect(['RUNNING', 'malformed']).toContain(outcome)
  })
})

function isJson(text: string): boolean {
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}
