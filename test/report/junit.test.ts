// JUnit XML: golden files per scenario, each read back with real XML parsers — fast-xml-parser for
// the structure, and libxml2 (xmllint-wasm) against test/report/junit.xsd, the common JUnit rules.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from '@jest/globals'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { validateXML } from 'xmllint-wasm'
import { compare } from '../../src/check/index.js'
import { mergeReports } from '../../src/merge/index.js'
import { renderJunit } from '../../src/report/junit.js'
import { toJsonReport } from '../../src/report/index.js'
import { nameMap, node, nodeExpectation, root, taskExpectation } from '../check/helpers.js'
import type { RunResult } from '../../src/model.js'
import {
  SCENARIOS,
  SECRET,
  errors,
  nodeFailed,
  nodeMissing,
  unresolvedNode,
  pending,
  rangeLine,
  run,
  stateNode,
  task
} from './fixtures.js'

const GOLDEN_DIR = fileURLToPath(new URL('../golden/', import.meta.url))
const XSD = readFileSync(fileURLToPath(new URL('./junit.xsd', import.meta.url)), 'utf8')
const UPDATE = process.env.UPDATE_GOLDEN === '1'

// Golden files exist for the scenarios a reader can review; the 2,000-node one is checked, not kept.
const GOLDEN = ['all-pass', 'node-failed', 'node-missing', 'pending', 'error', 'many-tasks']

interface Outcome {
  '@_message'?: string
  '@_type'?: string
  '#text'?: string
}
interface TestCase {
  '@_name': string
  '@_classname'?: string
  '@_time'?: string
  failure?: Outcome
  error?: Outcome
  skipped?: Outcome
}
interface TestSuite {
  '@_name': string
  '@_tests': string
  '@_failures': string
  '@_errors': string
  '@_skipped': string
  '@_time': string
  '@_timestamp': string
  properties: { property: { '@_name': string; '@_value': string }[] }
  testcase: TestCase[]
  'system-out'?: string
}
interface Junit {
  testsuites: {
    '@_tests': string
    '@_failures': string
    '@_errors': string
    testsuite: TestSuite[]
  }
}

const parser = new XMLParser({
  ignoreAttributes: false,
  parseAttributeValue: false,
  parseTagValue: false,
  trimValues: false,
  isArray: (name) => ['testsuite', 'testcase', 'property'].includes(name)
})

/** Parses JUnit text after checking it is well-formed XML. */
function parse(xml: string): Junit {
  expect(XMLValidator.validate(xml)).toBe(true)
  return parser.parse(xml) as Junit
}

async function xsdErrors(xml: string): Promise<string[]> {
  const result = await validateXML({
    xml: { fileName: 'junit.xml', contents: xml },
    schema: { fileName: 'junit.xsd', contents: XSD }
  })
  return result.errors.map((e) => e.rawMessage)
}

/** The structural rules every JUnit file of ours keeps, checked on the parsed tree. */
function checkStructure(junit: Junit, source: RunResult): void {
  const suites = junit.testsuites.testsuite ?? []
  expect(suites).toHaveLength(source.tasks.length)
  let tests = 0
  let failures = 0
  let errorCount = 0
  for (const suite of suites) {
    const cases = suite.testcase
    const count = (kind: 'failure' | 'error' | 'skipped'): number =>
      cases.filter((c) => c[kind] !== undefined).length
    expect(Number(suite['@_tests'])).toBe(cases.length)
    expect(Number(suite['@_failures'])).toBe(count('failure'))
    expect(Number(suite['@_errors'])).toBe(count('error'))
    expect(Number(suite['@_skipped'])).toBe(count('skipped'))
    expect(suite['@_time']).toMatch(/^\d+\.\d{3}$/)
    expect(suite['@_timestamp']).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/)
    for (const c of cases) {
      expect(c['@_name']).toBeTruthy()
      expect(c['@_classname']).toBe(suite['@_name'])
      const outcomes = [c.failure, c.error, c.skipped].filter((o) => o !== undefined)
      expect(outcomes.length).toBeLessThanOrEqual(1)
    }
    tests += cases.length
    failures += count('failure')
    errorCount += count('error')
  }
  expect(Number(junit.testsuites['@_tests'])).toBe(tests)
  expect(Number(junit.testsuites['@_failures'])).toBe(failures)
  expect(Number(junit.testsuites['@_errors'])).toBe(errorCount)
}

function golden(file: string, actual: string): string {
  const full = GOLDEN_DIR + file
  if (UPDATE || !existsSync(full)) {
    mkdirSync(GOLDEN_DIR, { recursive: true })
    writeFileSync(full, actual)
    if (!UPDATE) throw new Error(`${file} did not exist and was written; run the tests again`)
  }
  const committed = readFileSync(full, 'utf8')
  expect(actual).toBe(committed)
  return committed
}

describe('golden JUnit files', () => {
  for (const name of GOLDEN) {
    it(`${name}: matches the golden file, which parses and keeps the JUnit rules`, async () => {
      const scenario = SCENARIOS[name]
      const xml = golden(`${name}.junit.xml`, renderJunit(scenario()))
      checkStructure(parse(xml), scenario())
      expect(await xsdErrors(xml)).toEqual([])
    })
  }

  it('huge-task: 2,000 node testcases, valid against the schema', async () => {
    const xml = renderJunit(SCENARIOS['huge-task']())
    const junit = parse(xml)
    checkStructure(junit, SCENARIOS['huge-task']())
    const suite = junit.testsuites.testsuite[0]
    // The task state, 2,000 nodes, and the other nodes.
    expect(suite.testcase).toHaveLength(2002)
    expect(Number(suite['@_failures'])).toBe(4)
    expect(await xsdErrors(xml)).toEqual([])
  })
})

describe('renderJunit', () => {
  it('one testsuite per task, one testcase per expectation, failures with the finding and its spec line', () => {
    const junit = parse(renderJunit(nodeFailed()))
    const [deploy, second, nightly] = junit.testsuites.testsuite
    expect([deploy['@_name'], second['@_name'], nightly['@_name']]).toEqual([
      'deploy-prod',
      'task 1043 (space 7)',
      'nightly-report'
    ])
    expect(deploy['@_time']).toBe('125.000')
    expect(deploy.testcase.map((c) => c['@_name'])).toEqual([
      'task state is FINISHED',
      // From the spec entry alone, so the names stay the same from run to run.
      'node n5f0c2b7… is FINISHED',
      'node n7d3e9a0… is FINISHED',
      'node n0a1b2c3… is FINISHED',
      'other nodes: no_failures'
    ])
    const [state, backend, smoke, migrate, others] = deploy.testcase
    expect(state.failure?.['@_type']).toBe('state')
    expect(backend.failure?.['@_message']).toBe(
      'node "Deploy backend" (n5f0c2b7…) is FAILED, expected FINISHED (retry 2)'
    )
    expect(backend.failure?.['#text']).toContain('at .github/bkflow/deploy.yml:10:9')
    expect(backend['@_time']).toBe('65.000')
    expect(smoke.failure?.['@_type']).toBe('missing')
    expect(migrate.failure).toBeUndefined()
    expect(others.failure).toBeUndefined()
    expect(deploy.properties.property).toContainEqual({ '@_name': 'task_id', '@_value': '1042' })
    expect(deploy['system-out']).toContain('task 1042, space 7 · FAILED after 2m 5s')
    expect(nightly.testcase.every((c) => !c.failure && !c.error && !c.skipped)).toBe(true)
  })

  it('an unlisted failure fails the other-nodes testcase; an unresolved name is an error', () => {
    const [suite] = parse(renderJunit(nodeMissing())).testsuites.testsuite
    const others = suite.testcase.find((c) => c['@_name'] === 'other nodes: no_failures')
    expect(others?.failure?.['@_type']).toBe('unlisted_failure')
    expect(others?.failure?.['@_message']).toContain('Cleanup <old> pods')
    const notify = suite.testcase.find((c) => c['@_name'].includes('Notify'))
    expect(notify?.error?.['@_type']).toBe('name')
    const tests = suite.testcase.find((c) => c.failure?.['@_message']?.includes('Run_tests_slowly'))
    expect(tests?.failure?.['@_type']).toBe('retry elapsed')
  })

  it('pending tasks are skipped, every expectation with the last state seen', () => {
    const [sync, queued] = parse(renderJunit(pending())).testsuites.testsuite
    for (const suite of [sync, queued]) {
      expect(suite.testcase.every((c) => c.skipped !== undefined)).toBe(true)
      expect(Number(suite['@_skipped'])).toBe(suite.testcase.length)
    }
    expect(sync.testcase[0].skipped?.['@_message']).toContain('last seen RUNNING for')
  })

  it('tasks that could not be checked are errors, never failures or passes, and no secret leaks', () => {
    const xml = renderJunit(errors())
    expect(xml).not.toContain(SECRET)
    const [notFound, auth] = parse(xml).testsuites.testsuite
    expect(notFound.testcase[0].error?.['@_type']).toBe('not_found')
    expect(notFound.testcase[0].error?.['@_message']).toContain('was not found in space 7')
    expect(auth.testcase.every((c) => c.error !== undefined)).toBe(true)
    expect(auth.testcase[0].error?.['@_type']).toBe('auth')
  })

  it('mode check: nodes of an unsettled task are skipped as not judged', () => {
    const range = rangeLine(7)
    const result = task({
      taskId: 9,
      spaceId: 7,
      range,
      verdict: 'fail',
      reason: 'task 9 is RUNNING, expected FINISHED (not settled; nodes not judged)',
      state: 'RUNNING',
      nodes: [],
      taskFindings: [
        {
          kind: 'state',
          target: 'task',
          expected: 'FINISHED',
          actual: 'RUNNING',
          message: 'task 9 is RUNNING, expected FINISHED (not settled; nodes not judged)',
          range
        }
      ]
    })
    result.task.nodes = [{ id: 'n1', states: ['FINISHED'], range }]
    const [suite] = parse(renderJunit(run([result], { mode: 'check' }))).testsuites.testsuite
    expect(suite.testcase.map((c) => Object.keys(c).find((k) => !k.startsWith('@_')))).toEqual([
      'failure',
      'skipped',
      'skipped'
    ])
  })

  it('escapes markup and quotes, keeps line breaks in attributes, and drops what XML 1.0 forbids', async () => {
    const hostile =
      'Deploy "x" <y> & \'z\' ]]> \u0000\u0001\u0008\u000b\u000c\u001f\u007f\u0085\ud800\ufffe tab\there'
    const range = rangeLine(9, 9)
    const result = task({
      taskId: 7,
      spaceId: 7,
      label: `label ${hostile}`,
      verdict: 'fail',
      reason: `line one\nline two ${hostile}`,
      state: 'FAILED',
      nodes: [
        stateNode('n1', hostile, range, { actual: `FAILED ${hostile}` }),
        unresolvedNode(`😀 emoji and 中文 stay ${hostile}`, 7, range)
      ]
    })
    const xml = renderJunit(run([result]))
    const forbidden = [...xml].filter((c) => {
      const code = c.codePointAt(0) ?? 0
      const control = code < 0x20 && c !== '\t' && c !== '\n' && c !== '\r'
      return (
        control ||
        (code >= 0x7f && code <= 0x9f) ||
        code === 0xfffe ||
        (code >= 0xd800 && code <= 0xdfff)
      )
    })
    expect(forbidden).toEqual([])
    expect(await xsdErrors(xml)).toEqual([])
    const [suite] = parse(xml).testsuites.testsuite
    expect(suite['@_name']).toBe(`label Deploy "x" <y> & 'z' ]]>  tab here`)
    expect(suite.testcase[1].failure?.['@_message']).toMatch(
      /^node "Deploy "x" <y> & 'z' ]]> {2}tab here" \(n1\) is FAILED /
    )
    expect(suite.testcase[1].failure?.['#text']).toContain(
      `actual: FAILED Deploy "x" <y> & 'z' ]]>`
    )
    expect(suite.testcase[2]['@_name']).toBe(
      `node "😀 emoji and 中文 stay Deploy "x" <y> & 'z' ]]>  tab here" is FINISHED`
    )
    expect(suite['system-out']).toContain('line one\nline two')
  })
})

describe('renderJunit: subprocess entries', () => {
  // A real comparison: a legacy SubProcess listed with its own nodes, one of them FAILED inside,
  // one missing, and a second subprocess that is absent from the tree (nothing inside it checked).
  function subprocessRun(): RunResult {
    const expectations = taskExpectation({
      label: 'release',
      nodes: [
        nodeExpectation(
          {
            id: 'nsub',
            states: ['FAILED'],
            subprocess: {
              nodes: [
                nodeExpectation({ id: 'ninner' }, 20),
                nodeExpectation({ id: 'nok' }, 22),
                nodeExpectation({ id: 'ngone' }, 24)
              ],
              otherNodes: 'no_failures'
            }
          },
          18
        ),
        nodeExpectation(
          {
            id: 'nabsent',
            subprocess: { nodes: [nodeExpectation({ id: 'ndeep' }, 28)], otherNodes: 'ignore' }
          },
          26
        )
      ]
    })
    const tree = root('FAILED', [
      node('nsub', 'FAILED', [node('ninner', 'FAILED'), node('nok', 'FINISHED')])
    ])
    const comparison = compare(expectations, tree, nameMap([['nsub', 'Deploy all']]))
    const result = task({ taskId: 101, spaceId: 7, verdict: 'fail', reason: 'x', state: 'FAILED' })
    return run([
      { ...result, task: expectations, findings: comparison.findings, rows: comparison.rows }
    ])
  }

  it('one testcase per entry inside a subprocess, named under it; nothing inside an absent one is judged', async () => {
    const xml = renderJunit(subprocessRun())
    expect(await xsdErrors(xml)).toEqual([])
    const [suite] = parse(xml).testsuites.testsuite
    const outcome = (c: TestCase): string =>
      c.failure ? 'failure' : c.error ? 'error' : c.skipped ? 'skipped' : 'passed'
    expect(suite.testcase.map((c) => [c['@_name'], outcome(c)])).toEqual([
      ['task state is FINISHED', 'failure'],
      ['node nsub is FAILED', 'passed'],
      ['node nsub › node ninner is FINISHED', 'failure'],
      ['node nsub › node nok is FINISHED', 'passed'],
      ['node nsub › node ngone is FINISHED', 'failure'],
      ['node nabsent is FINISHED', 'failure'],
      ['node nabsent › node ndeep is FINISHED', 'skipped'],
      ['other nodes: no_failures', 'passed']
    ])
    expect(suite.testcase[2].failure?.['#text']).toContain('at spec.yml:20:5')
    expect(suite.testcase[4].failure?.['@_type']).toBe('missing')
  })

  it('the subprocess entries survive a JSON report and a merge', async () => {
    const original = subprocessRun()
    const read = mergeReports([{ file: 'r.json', report: toJsonReport(original) }])
    if ('error' in read) throw new Error(read.error)
    expect(read.run.tasks[0].task.nodes).toEqual(original.tasks[0].task.nodes)
    expect(renderJunit(read.run)).toBe(renderJunit(original))
  })
})
