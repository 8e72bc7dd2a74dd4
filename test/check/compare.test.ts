import { describe, it, expect } from '@jest/globals'
import { compare, nodeLabel, summarizeTree } from '../../src/check/index.js'
import type {
  Comparison,
  Finding,
  NodeNames,
  NodeRow,
  TaskExpectation,
  TreeNode
} from '../../src/model.js'
import {
  TASK_RANGE,
  fromPayload,
  nameMap,
  node,
  nodeExpectation as expect_,
  range,
  root,
  taskExpectation as task
} from './helpers.js'
import {
  BARE_CREATED,
  BARE_EXPIRED,
  CREATED_STATUS,
  FAILED_FLAT,
  REVOKED_WITH_RUNNING,
  RUNNING_NESTED
} from './payloads.js'

interface Case {
  title: string
  task: TaskExpectation
  tree: TreeNode
  names?: NodeNames
  verdict: Comparison['verdict']
  /** Matched element by element (same length, listed fields only). */
  findings: Partial<Finding>[]
  rows?: Partial<NodeRow>[]
}

const LONG_ID = 'n5f0c2b7e1d94a3b8c6e0f1a2b3c4d5e6'
const DEPLOY = nameMap([
  [LONG_ID, 'Deploy backend'],
  ['n77', 'Smoke test'],
  ['ngw', 'Branch'],
  ['nstart', '']
])

const finished = (id: string, attributes: Partial<TreeNode> = {}): TreeNode =>
  node(id, 'FINISHED', [], attributes)

/** A pipeline whose activities carry template node ids: runtime id → [name, template id]. */
const TEMPLATED: NodeNames = new Map([
  ['nrt1', { name: 'Build', type: 'ServiceActivity', templateNodeId: 'nodeB' }],
  ['nrt2', { name: 'Deploy', type: 'ServiceActivity', templateNodeId: 'nodeD' }],
  ['nrt3', { name: 'Notify', type: 'ServiceActivity', templateNodeId: 'nrt1' }]
])

const cases: Case[] = [
  // ---------------------------------------------------------------- the task's own state
  {
    title: 'a finished task with no node expectations passes',
    task: task(),
    tree: root('FINISHED', [finished('n1'), finished('n2')]),
    verdict: 'pass',
    findings: [],
    rows: []
  },
  {
    title: 'a REVOKED task expected FINISHED fails on the task',
    task: task(),
    tree: root('REVOKED', [finished('n1')]),
    verdict: 'fail',
    findings: [
      {
        kind: 'state',
        target: 'task',
        expected: 'FINISHED',
        actual: 'REVOKED',
        message: 'task 101 is REVOKED, expected FINISHED',
        range: TASK_RANGE
      }
    ]
  },
  {
    title: 'a task state in a list of accepted states passes',
    task: task({ states: ['FINISHED', 'REVOKED'] }),
    tree: root('REVOKED', [finished('n1')]),
    verdict: 'pass',
    findings: []
  },
  {
    title: 'a task expected RUNNING passes while its nodes run',
    task: task({ states: ['RUNNING'] }),
    tree: root('RUNNING', [finished('n1'), node('n2', 'RUNNING')]),
    verdict: 'pass',
    findings: []
  },
  {
    title: 'the task label names the task and the accepted states are joined',
    task: task({ label: 'deploy-prod', states: ['FINISHED', 'REVOKED'] }),
    tree: root('FAILED', []),
    verdict: 'fail',
    findings: [
      {
        kind: 'state',
        expected: 'FINISHED | REVOKED',
        actual: 'FAILED',
        message: 'task "deploy-prod" (101) is FAILED, expected FINISHED | REVOKED'
      }
    ]
  },
  {
    title: 'an unknown root state is never accepted',
    task: task(),
    tree: root('STARTED', []),
    verdict: 'fail',
    findings: [{ kind: 'state', target: 'task', actual: 'STARTED' }]
  },
  {
    title: 'an empty root state (a defensive default) fails and says so',
    task: task(),
    tree: root('', []),
    verdict: 'fail',
    findings: [{ kind: 'state', target: 'task', actual: '(no state)' }]
  },
  // ---------------------------------------------------------------- listed nodes by id
  {
    title: 'a listed FINISHED node passes and its row carries state, retry and elapsed',
    task: task({ nodes: [expect_({ id: LONG_ID })] }),
    tree: root('FINISHED', [finished(LONG_ID, { retry: 1, elapsedSec: 42 })]),
    names: DEPLOY,
    verdict: 'pass',
    findings: [],
    rows: [
      {
        id: LONG_ID,
        name: 'Deploy backend',
        listed: true,
        expected: 'FINISHED',
        actual: 'FINISHED',
        retry: 1,
        elapsedSec: 42,
        finding: 'ok'
      }
    ]
  },
  {
    title: 'a listed FAILED node is a state finding that mentions its retries',
    task: task({ states: ['FAILED'], nodes: [expect_({ id: LONG_ID }, 12)] }),
    tree: root('FAILED', [node(LONG_ID, 'FAILED', [], { retry: 2 })]),
    names: DEPLOY,
    verdict: 'fail',
    findings: [
      {
        kind: 'state',
        target: 'node',
        nodeId: LONG_ID,
        nodeName: 'Deploy backend',
        expected: 'FINISHED',
        actual: 'FAILED',
        message: 'node "Deploy backend" (n5f0c2b7…) is FAILED, expected FINISHED (retry 2)',
        range: range(12)
      }
    ],
    rows: [{ id: LONG_ID, actual: 'FAILED', retry: 2, finding: 'state' }]
  },
  {
    title: 'a node state in a list of accepted states passes',
    task: task({
      states: ['FAILED'],
      nodes: [expect_({ id: 'n1', states: ['FINISHED', 'FAILED'] })]
    }),
    tree: root('FAILED', [node('n1', 'FAILED')]),
    verdict: 'pass',
    findings: [],
    rows: [{ id: 'n1', expected: 'FINISHED | FAILED', finding: 'ok' }]
  },
  {
    title: 'a listed node absent from the tree is missing',
    task: task({ nodes: [expect_({ id: 'n77' }, 14)] }),
    tree: root('FINISHED', [finished('n1')]),
    names: DEPLOY,
    verdict: 'fail',
    findings: [
      {
        kind: 'missing',
        nodeId: 'n77',
        nodeName: 'Smoke test',
        expected: 'FINISHED',
        actual: 'absent',
        message: 'node "Smoke test" (n77) is missing from the tree',
        range: range(14)
      }
    ],
    rows: [{ id: 'n77', name: 'Smoke test', listed: true, finding: 'missing' }]
  },
  {
    title: 'a listed node is found at any depth of a nested tree',
    task: task({ nodes: [expect_({ id: 'ndeep', maxRetry: 0 })] }),
    tree: root('FINISHED', [
      node('nsub1', 'FINISHED', [node('nsub2', 'FINISHED', [finished('ndeep')])])
    ]),
    verdict: 'pass',
    findings: [],
    rows: [{ id: 'ndeep', actual: 'FINISHED', finding: 'ok' }]
  },
  {
    title: 'the root is not a node: listing its id finds it missing',
    task: task({ nodes: [expect_({ id: 'nroot' })] }),
    tree: root('FINISHED', [finished('n1')]),
    verdict: 'fail',
    findings: [{ kind: 'missing', nodeId: 'nroot' }]
  },
  {
    title: 'a retry count above max_retry is a retry finding',
    task: task({ nodes: [expect_({ id: 'n1', maxRetry: 0 })] }),
    tree: root('FINISHED', [finished('n1', { retry: 2 })]),
    verdict: 'fail',
    findings: [
      {
        kind: 'retry',
        expected: '≤ 0',
        actual: '2',
        message: 'node n1 was retried 2 times, expected at most 0'
      }
    ],
    rows: [{ id: 'n1', actual: 'FINISHED', retry: 2, finding: 'retry' }]
  },
  {
    title: 'a retry count equal to max_retry passes',
    task: task({ nodes: [expect_({ id: 'n1', maxRetry: 2 })] }),
    tree: root('FINISHED', [finished('n1', { retry: 2 })]),
    verdict: 'pass',
    findings: []
  },
  {
    title: 'a skipped node expected not skipped is a skip finding',
    task: task({ nodes: [expect_({ id: 'n1', skip: false })] }),
    tree: root('FINISHED', [finished('n1', { skip: true })]),
    verdict: 'fail',
    findings: [
      {
        kind: 'skip',
        expected: 'false',
        actual: 'true',
        message: 'node n1 has skip true, expected false'
      }
    ]
  },
  {
    title: 'a node expected skipped that was skipped passes',
    task: task({ nodes: [expect_({ id: 'n1', skip: true })] }),
    tree: root('FINISHED', [finished('n1', { skip: true })]),
    verdict: 'pass',
    findings: []
  },
  {
    title: 'a node expected skipped that ran is a skip finding',
    task: task({ nodes: [expect_({ id: 'n1', skip: true })] }),
    tree: root('FINISHED', [finished('n1')]),
    verdict: 'fail',
    findings: [{ kind: 'skip', expected: 'true', actual: 'false' }]
  },
  {
    title: 'an ignored error expected not ignored is an error_ignored finding',
    task: task({ nodes: [expect_({ id: 'n1', errorIgnored: false })] }),
    tree: root('FINISHED', [finished('n1', { errorIgnored: true })]),
    verdict: 'fail',
    findings: [
      {
        kind: 'error_ignored',
        expected: 'false',
        actual: 'true',
        message: 'node n1 has error_ignored true, expected false'
      }
    ],
    rows: [{ id: 'n1', finding: 'error_ignored' }]
  },
  {
    title: 'an elapsed time above max_elapsed is an elapsed finding',
    task: task({ nodes: [expect_({ id: 'n1', maxElapsedMs: 600_000 })] }),
    tree: root('FINISHED', [finished('n1', { elapsedSec: 725 })]),
    verdict: 'fail',
    findings: [
      {
        kind: 'elapsed',
        expected: '≤ 10m',
        actual: '12m 5s',
        message: 'node n1 took 12m 5s, expected at most 10m'
      }
    ],
    rows: [{ id: 'n1', elapsedSec: 725, finding: 'elapsed' }]
  },
  {
    title: 'an elapsed time equal to max_elapsed passes',
    task: task({ nodes: [expect_({ id: 'n1', maxElapsedMs: 600_000 })] }),
    tree: root('FINISHED', [finished('n1', { elapsedSec: 600 })]),
    verdict: 'pass',
    findings: []
  },
  {
    title: 'a sub-second bound is compared in milliseconds and written unrounded',
    task: task({ nodes: [expect_({ id: 'n1', maxElapsedMs: 1500 })] }),
    tree: root('FINISHED', [finished('n1', { elapsedSec: 2 })]),
    verdict: 'fail',
    findings: [{ kind: 'elapsed', expected: '≤ 1500ms', actual: '2s' }]
  },
  {
    title: 'a node with several differences has every finding; its row shows the state',
    task: task({
      nodes: [
        expect_({ id: 'n1', maxRetry: 0, skip: false, errorIgnored: false, maxElapsedMs: 1000 })
      ]
    }),
    tree: root('FINISHED', [
      node('n1', 'FAILED', [], { retry: 3, skip: true, errorIgnored: true, elapsedSec: 5 })
    ]),
    verdict: 'fail',
    findings: [
      { kind: 'state', nodeId: 'n1' },
      { kind: 'retry', nodeId: 'n1' },
      { kind: 'skip', nodeId: 'n1' },
      { kind: 'error_ignored', nodeId: 'n1' },
      { kind: 'elapsed', nodeId: 'n1' }
    ],
    rows: [{ id: 'n1', actual: 'FAILED', finding: 'state' }]
  },
  {
    title: 'retry outranks skip on the row',
    task: task({ nodes: [expect_({ id: 'n1', maxRetry: 0, skip: false })] }),
    tree: root('FINISHED', [finished('n1', { retry: 1, skip: true })]),
    verdict: 'fail',
    findings: [{ kind: 'retry' }, { kind: 'skip' }],
    rows: [{ id: 'n1', finding: 'retry' }]
  },
  {
    title: 'skip outranks error_ignored and elapsed on the row',
    task: task({
      nodes: [expect_({ id: 'n1', skip: false, errorIgnored: false, maxElapsedMs: 0 })]
    }),
    tree: root('FINISHED', [finished('n1', { skip: true, errorIgnored: true, elapsedSec: 1 })]),
    verdict: 'fail',
    findings: [{ kind: 'skip' }, { kind: 'error_ignored' }, { kind: 'elapsed' }],
    rows: [{ id: 'n1', finding: 'skip' }]
  },
  {
    title: 'error_ignored outranks elapsed on the row',
    task: task({ nodes: [expect_({ id: 'n1', errorIgnored: false, maxElapsedMs: 0 })] }),
    tree: root('FINISHED', [finished('n1', { errorIgnored: true, elapsedSec: 1 })]),
    verdict: 'fail',
    findings: [{ kind: 'error_ignored' }, { kind: 'elapsed' }],
    rows: [{ id: 'n1', finding: 'error_ignored' }]
  },
  {
    title: 'rows follow spec order and take names from the pipeline tree',
    task: task({
      nodes: [expect_({ id: 'n77' }, 20), expect_({ id: LONG_ID }, 10), expect_({ id: 'n9' }, 30)]
    }),
    tree: root('FINISHED', [finished(LONG_ID), finished('n77'), finished('n9')]),
    names: DEPLOY,
    verdict: 'pass',
    findings: [],
    rows: [
      { id: 'n77', name: 'Smoke test', finding: 'ok' },
      { id: LONG_ID, name: 'Deploy backend', finding: 'ok' },
      { id: 'n9', name: undefined, finding: 'ok' }
    ]
  },
  {
    title: 'a node listed twice is checked against both entries',
    task: task({
      nodes: [expect_({ id: 'n1' }, 10), expect_({ id: 'n1', states: ['FAILED'] }, 20)]
    }),
    tree: root('FINISHED', [finished('n1')]),
    verdict: 'fail',
    findings: [{ kind: 'state', expected: 'FAILED', range: range(20) }],
    rows: [
      { id: 'n1', finding: 'ok' },
      { id: 'n1', finding: 'state' }
    ]
  },
  // ---------------------------------------------------------------- listed nodes by name
  {
    title: 'a name resolves through the pipeline tree to a unique id',
    task: task({ nodes: [expect_({ name: 'Deploy backend', maxRetry: 0 })] }),
    tree: root('FINISHED', [finished(LONG_ID), finished('n77')]),
    names: DEPLOY,
    verdict: 'pass',
    findings: [],
    rows: [{ id: LONG_ID, name: 'Deploy backend', listed: true, finding: 'ok' }]
  },
  {
    title: 'a node found by name that failed carries its id and name',
    task: task({ states: ['FAILED'], nodes: [expect_({ name: 'Deploy backend' }, 16)] }),
    tree: root('FAILED', [node(LONG_ID, 'FAILED')]),
    names: DEPLOY,
    verdict: 'fail',
    findings: [
      {
        kind: 'state',
        nodeId: LONG_ID,
        nodeName: 'Deploy backend',
        message: 'node "Deploy backend" (n5f0c2b7…) is FAILED, expected FINISHED',
        range: range(16)
      }
    ]
  },
  {
    title: 'a name with no match is an error finding at its line',
    task: task({ nodes: [expect_({ name: 'Deploy frontend' }, 18)] }),
    tree: root('FINISHED', [finished(LONG_ID)]),
    names: DEPLOY,
    verdict: 'error',
    findings: [
      {
        kind: 'name',
        target: 'node',
        nodeId: undefined,
        nodeName: 'Deploy frontend',
        message: `no activity or gateway named "Deploy frontend" in task 101's pipeline; use id`,
        range: range(18)
      }
    ],
    rows: [{ id: '', name: 'Deploy frontend', listed: true, finding: 'name' }]
  },
  {
    title: 'a name that matches three nodes lists two ids and an ellipsis',
    task: task({ nodes: [expect_({ name: 'Check' })] }),
    tree: root('FINISHED', [finished('nc1'), finished('nc2'), finished('nc3')]),
    names: nameMap([
      ['nc1', 'Check'],
      ['nc2', 'Check'],
      ['nc3', 'Check']
    ]),
    verdict: 'error',
    findings: [
      {
        kind: 'name',
        actual: '3 matches',
        message: 'name "Check" matches 3 nodes (nc1, nc2, …): use id'
      }
    ]
  },
  {
    title: 'a name that matches two nodes lists both, long ids shortened',
    task: task({ nodes: [expect_({ name: 'Check' })] }),
    tree: root('FINISHED', []),
    names: nameMap([
      ['na1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6', 'Check'],
      ['nf6e5d4c3b2a1f0e9d8c7b6a5f4e3d2c1', 'Check']
    ]),
    verdict: 'error',
    findings: [
      { kind: 'name', message: 'name "Check" matches 2 nodes (na1b2c3d…, nf6e5d4c…): use id' }
    ]
  },
  {
    title: 'a name cannot be resolved when the names were not loaded',
    task: task({ nodes: [expect_({ name: 'Deploy backend' })] }),
    tree: root('FINISHED', [finished(LONG_ID)]),
    verdict: 'error',
    findings: [
      {
        kind: 'name',
        actual: 'names not loaded',
        message: 'cannot resolve name "Deploy backend": node names were not loaded; use id'
      }
    ]
  },
  {
    title: 'a name resolved to a node not yet in the tree is missing',
    task: task({ nodes: [expect_({ name: 'Smoke test' })] }),
    tree: root('FINISHED', [finished(LONG_ID)]),
    names: DEPLOY,
    verdict: 'fail',
    findings: [{ kind: 'missing', nodeId: 'n77', nodeName: 'Smoke test' }],
    rows: [{ id: 'n77', name: 'Smoke test', finding: 'missing' }]
  },
  {
    title: 'a name error next to a real difference makes the task fail, not error',
    task: task({ nodes: [expect_({ name: 'Nope' }, 10), expect_({ id: 'n1' }, 20)] }),
    tree: root('FINISHED', [node('n1', 'RUNNING')]),
    names: DEPLOY,
    verdict: 'fail',
    findings: [
      { kind: 'name', range: range(10) },
      { kind: 'state', range: range(20) }
    ]
  },
  {
    title: 'a name resolves to a node nested in a legacy subprocess',
    task: task({ nodes: [expect_({ name: 'Smoke test' })] }),
    tree: root('FINISHED', [node('nsub', 'FINISHED', [finished('n77')])]),
    names: DEPLOY,
    verdict: 'pass',
    findings: [],
    rows: [{ id: 'n77', finding: 'ok' }]
  },
  {
    title: 'nodes an ambiguous name could mean stay subject to other_nodes',
    task: task({ nodes: [expect_({ name: 'Check' })] }),
    tree: root('FINISHED', [node('nc1', 'FAILED'), finished('nc2')]),
    names: nameMap([
      ['nc1', 'Check'],
      ['nc2', 'Check']
    ]),
    verdict: 'fail',
    findings: [{ kind: 'name' }, { kind: 'unlisted_failure', nodeId: 'nc1', nodeName: 'Check' }]
  },
  // ---------------------------------------------------------------- other_nodes
  {
    title: 'no_failures: an unlisted FAILED node is reported at the task entry',
    task: task(),
    tree: root('FINISHED', [finished('n1'), node('n9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d', 'FAILED')]),
    verdict: 'fail',
    findings: [
      {
        kind: 'unlisted_failure',
        target: 'node',
        nodeId: 'n9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d',
        expected: 'not FAILED',
        actual: 'FAILED',
        message:
          'node n9a0b1c2… (not in the spec) is FAILED; other_nodes: no_failures forbids failed nodes',
        range: TASK_RANGE
      }
    ],
    rows: [
      {
        id: 'n9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d',
        listed: false,
        actual: 'FAILED',
        finding: 'unlisted_failure'
      }
    ]
  },
  {
    title: 'no_failures: unlisted nodes that are running, suspended or skipped are fine',
    task: task({ states: ['RUNNING', 'NODE_SUSPENDED'] }),
    tree: root('NODE_SUSPENDED', [
      node('n1', 'RUNNING'),
      node('n2', 'SUSPENDED'),
      finished('n3', { skip: true })
    ]),
    verdict: 'pass',
    findings: []
  },
  {
    title: 'finished: an unlisted node that is not FINISHED is reported',
    task: task({ otherNodes: 'finished', states: ['RUNNING'] }),
    tree: root('RUNNING', [finished('n1'), node('n2', 'RUNNING')]),
    verdict: 'fail',
    findings: [
      {
        kind: 'unlisted_failure',
        nodeId: 'n2',
        expected: 'FINISHED',
        actual: 'RUNNING',
        message:
          'node n2 (not in the spec) is RUNNING; other_nodes: finished requires every node FINISHED'
      }
    ]
  },
  {
    title: 'finished: unlisted findings come after listed rows, in tree order',
    task: task({ otherNodes: 'finished', nodes: [expect_({ id: 'n2' })] }),
    tree: root('FINISHED', [
      node('nsub', 'SUSPENDED', [node('nin', 'READY')]),
      finished('n2'),
      node('n3', 'FAILED')
    ]),
    verdict: 'fail',
    findings: [
      { kind: 'unlisted_failure', nodeId: 'nsub' },
      { kind: 'unlisted_failure', nodeId: 'nin' },
      { kind: 'unlisted_failure', nodeId: 'n3' }
    ],
    rows: [
      { id: 'n2', listed: true, finding: 'ok' },
      { id: 'nsub', listed: false, actual: 'SUSPENDED' },
      { id: 'nin', listed: false, actual: 'READY' },
      { id: 'n3', listed: false, actual: 'FAILED' }
    ]
  },
  {
    title: 'ignore: unlisted failed nodes are not checked',
    task: task({ otherNodes: 'ignore', states: ['FAILED'] }),
    tree: root('FAILED', [node('n1', 'FAILED'), node('n2', 'RUNNING')]),
    verdict: 'pass',
    findings: [],
    rows: []
  },
  {
    title: 'ignore: listed expectations are still checked',
    task: task({ otherNodes: 'ignore', nodes: [expect_({ id: 'n2' })] }),
    tree: root('FINISHED', [node('n1', 'FAILED'), node('n2', 'RUNNING')]),
    verdict: 'fail',
    findings: [{ kind: 'state', nodeId: 'n2' }]
  },
  {
    title: 'FAILED bubbling up a legacy subprocess is reported at the leaf only',
    task: task({ states: ['FAILED'] }),
    tree: root('FAILED', [
      finished('nstart'),
      node('nsub1', 'FAILED', [node('nsub2', 'FAILED', [finished('nok'), node('nleaf', 'FAILED')])])
    ]),
    verdict: 'fail',
    findings: [{ kind: 'unlisted_failure', nodeId: 'nleaf' }],
    rows: [{ id: 'nleaf', listed: false }]
  },
  {
    title: 'a failed ancestor of a listed failed leaf is not reported either',
    task: task({ states: ['FAILED'], nodes: [expect_({ id: 'nleaf', states: ['FAILED'] })] }),
    tree: root('FAILED', [node('nsub', 'FAILED', [node('nleaf', 'FAILED')])]),
    verdict: 'pass',
    findings: []
  },
  {
    title: 'finished: a failed subprocess chain is reported at the leaf, a running sibling too',
    task: task({ otherNodes: 'finished', states: ['FAILED'] }),
    tree: root('FAILED', [
      node('nsub', 'FAILED', [node('nleaf', 'FAILED')]),
      node('n2', 'RUNNING')
    ]),
    verdict: 'fail',
    findings: [
      { kind: 'unlisted_failure', nodeId: 'nleaf' },
      { kind: 'unlisted_failure', nodeId: 'n2' }
    ]
  },
  {
    title: 'a listed failed node is reported once, as listed',
    task: task({ states: ['FAILED'], nodes: [expect_({ id: 'n1' })] }),
    tree: root('FAILED', [node('n1', 'FAILED')]),
    verdict: 'fail',
    findings: [{ kind: 'state', nodeId: 'n1' }],
    rows: [{ id: 'n1', listed: true, finding: 'state' }]
  },
  {
    title: 'start/end events and gateways are ordinary nodes, named from the pipeline tree',
    task: task({ otherNodes: 'finished', states: ['FAILED'] }),
    tree: root('FAILED', [finished('nstart'), node('ngw', 'FAILED'), node('nend', 'READY')]),
    names: DEPLOY,
    verdict: 'fail',
    findings: [
      {
        kind: 'unlisted_failure',
        nodeId: 'ngw',
        nodeName: 'Branch',
        message:
          'node "Branch" (ngw) (not in the spec) is FAILED; other_nodes: finished requires every node FINISHED'
      },
      { kind: 'unlisted_failure', nodeId: 'nend', nodeName: undefined }
    ],
    rows: [
      { id: 'ngw', name: 'Branch', listed: false },
      { id: 'nend', listed: false }
    ]
  },
  {
    title: 'an unlisted node without an id is still checked (fail closed)',
    task: task(),
    tree: root('FINISHED', [node('', 'FAILED')]),
    verdict: 'fail',
    findings: [
      {
        kind: 'unlisted_failure',
        nodeId: undefined,
        message:
          'node (no id) (not in the spec) is FAILED; other_nodes: no_failures forbids failed nodes'
      }
    ]
  },
  // ---------------------------------------------------------------- quirk payloads (bkflow-api.md §5, §6)
  {
    title: 'CREATED_STATUS (no ids): every listed node is missing',
    task: task({
      states: ['CREATED'],
      nodes: [expect_({ id: 'n1' }, 10), expect_({ id: 'n2' }, 20)]
    }),
    tree: fromPayload(CREATED_STATUS),
    verdict: 'fail',
    findings: [
      { kind: 'missing', nodeId: 'n1', range: range(10) },
      { kind: 'missing', nodeId: 'n2', range: range(20) }
    ],
    rows: [
      { id: 'n1', finding: 'missing' },
      { id: 'n2', finding: 'missing' }
    ]
  },
  {
    title: 'a bare {"state":"CREATED"} root: the task state differs and listed nodes are missing',
    task: task({ nodes: [expect_({ id: 'n1' })] }),
    tree: fromPayload(BARE_CREATED),
    verdict: 'fail',
    findings: [
      { kind: 'state', target: 'task', actual: 'CREATED' },
      { kind: 'missing', nodeId: 'n1' }
    ]
  },
  {
    title: 'a bare {"state":"EXPIRED"} root with no node expectations fails on the task only',
    task: task(),
    tree: fromPayload(BARE_EXPIRED),
    verdict: 'fail',
    findings: [{ kind: 'state', target: 'task', expected: 'FINISHED', actual: 'EXPIRED' }],
    rows: []
  },
  {
    title: 'the §6a RUNNING payload: a node nested in a subprocess is found with its retry',
    task: task({
      states: ['RUNNING'],
      nodes: [expect_({ id: 'nact002', states: ['RUNNING'], maxRetry: 0 })]
    }),
    tree: fromPayload(RUNNING_NESTED),
    verdict: 'fail',
    findings: [{ kind: 'retry', nodeId: 'nact002', expected: '≤ 0', actual: '1' }],
    rows: [{ id: 'nact002', actual: 'RUNNING', retry: 1, elapsedSec: 40, finding: 'retry' }]
  },
  {
    title: 'the §6b FAILED payload: the task state and the failed activity are both reported',
    task: task(),
    tree: fromPayload(FAILED_FLAT),
    verdict: 'fail',
    findings: [
      { kind: 'state', target: 'task', actual: 'FAILED' },
      { kind: 'unlisted_failure', nodeId: 'nact009' }
    ]
  },
  {
    title: 'a REVOKED root whose children still say RUNNING passes under no_failures',
    task: task({ states: ['REVOKED'] }),
    tree: fromPayload(REVOKED_WITH_RUNNING),
    verdict: 'pass',
    findings: []
  },
  {
    title: 'a REVOKED root whose children still say RUNNING fails them under finished',
    task: task({ states: ['REVOKED'], otherNodes: 'finished' }),
    tree: fromPayload(REVOKED_WITH_RUNNING),
    verdict: 'fail',
    findings: [
      { kind: 'unlisted_failure', nodeId: 'nsub003', actual: 'RUNNING' },
      { kind: 'unlisted_failure', nodeId: 'nact004', actual: 'RUNNING' }
    ]
  },
  {
    title: 'a REVOKED root: a listed node left RUNNING differs from FINISHED',
    task: task({ states: ['REVOKED'], nodes: [expect_({ id: 'nact004' })] }),
    tree: fromPayload(REVOKED_WITH_RUNNING),
    verdict: 'fail',
    findings: [{ kind: 'state', nodeId: 'nact004', actual: 'RUNNING' }]
  },
  // ---------------------------------------------------------------- defensive input
  {
    title: 'a retry count that is not a number exceeds any max_retry (fail closed)',
    task: task({ nodes: [expect_({ id: 'n1', maxRetry: 5 })] }),
    tree: root('FINISHED', [finished('n1', { retry: Number.NaN })]),
    verdict: 'fail',
    findings: [{ kind: 'retry', actual: 'NaN' }]
  },
  {
    title: 'an elapsed time that is not a number exceeds any max_elapsed (fail closed)',
    task: task({ nodes: [expect_({ id: 'n1', maxElapsedMs: 3_600_000 })] }),
    tree: root('FINISHED', [finished('n1', { elapsedSec: Number.POSITIVE_INFINITY })]),
    verdict: 'fail',
    findings: [{ kind: 'elapsed', actual: 'unknown' }]
  },
  {
    title: 'a negative elapsed time (a loop re-entry) is unknown and cannot pass max_elapsed',
    task: task({
      states: ['RUNNING'],
      nodes: [expect_({ id: 'n1', states: ['RUNNING'], maxElapsedMs: 3_600_000 })]
    }),
    tree: root('RUNNING', [
      node('n1', 'RUNNING', [], {
        loop: 2,
        elapsedSec: -12,
        startTime: '2026-08-21 10:00:20 +0800',
        finishTime: '2026-08-21 10:00:08 +0800'
      })
    ]),
    verdict: 'fail',
    findings: [
      {
        kind: 'elapsed',
        actual: 'unknown',
        message:
          'node n1 has no believable elapsed time (BKFlow reported -12s, as after a loop re-entry), expected at most 1h'
      }
    ],
    rows: [{ id: 'n1', finding: 'elapsed', elapsedSec: undefined }]
  },
  {
    title:
      'a running node with a finish time left from an earlier loop has an unknown elapsed time',
    task: task({
      states: ['RUNNING'],
      nodes: [expect_({ id: 'n1', states: ['RUNNING'], maxElapsedMs: 3_600_000 })]
    }),
    tree: root('RUNNING', [
      node('n1', 'RUNNING', [], { loop: 3, elapsedSec: 5, finishTime: '2026-08-21 10:00:05 +0800' })
    ]),
    verdict: 'fail',
    findings: [{ kind: 'elapsed', actual: 'unknown' }]
  },
  {
    title: 'a finished node whose finish time is before its start has an unknown elapsed time',
    task: task({ nodes: [expect_({ id: 'n1', maxElapsedMs: 3_600_000 })] }),
    tree: root('FINISHED', [
      finished('n1', {
        elapsedSec: 3,
        startTime: '2026-08-21 10:00:20 +0800',
        finishTime: '2026-08-21 10:00:08+0800'
      })
    ]),
    verdict: 'fail',
    findings: [{ kind: 'elapsed', actual: 'unknown' }]
  },
  {
    title: 'without max_elapsed an unknown elapsed time is no finding, and the row leaves it out',
    task: task({ states: ['RUNNING'], nodes: [expect_({ id: 'n1', states: ['RUNNING'] })] }),
    tree: root('RUNNING', [node('n1', 'RUNNING', [], { elapsedSec: -4 })]),
    verdict: 'pass',
    findings: [],
    rows: [{ id: 'n1', finding: 'ok', elapsedSec: undefined }]
  },
  // ---------------------------------------------------------------- template node ids
  {
    title: 'an id that is a template node id matches the runtime node that carries it',
    task: task({ nodes: [expect_({ id: 'nodeD' })] }),
    tree: root('FAILED', [finished('nrt1'), node('nrt2', 'FAILED')]),
    names: TEMPLATED,
    verdict: 'fail',
    findings: [
      { kind: 'state', target: 'task' },
      { kind: 'state', nodeId: 'nrt2', nodeName: 'Deploy', idKind: 'template', actual: 'FAILED' }
    ],
    rows: [{ id: 'nrt2', name: 'Deploy', idKind: 'template', finding: 'state' }]
  },
  {
    title: 'a runtime id wins over a template node id that happens to be equal',
    task: task({ nodes: [expect_({ id: 'nrt1' })] }),
    tree: root('FINISHED', [finished('nrt1'), finished('nrt2'), node('nrt3', 'FINISHED')]),
    names: TEMPLATED,
    verdict: 'pass',
    findings: [],
    rows: [{ id: 'nrt1', name: 'Build', idKind: 'runtime', finding: 'ok' }]
  },
  {
    title: 'a template node id whose node was not reached is missing under its runtime id',
    task: task({ nodes: [expect_({ id: 'nodeD' })] }),
    tree: root('FAILED', [node('nrt1', 'FAILED')]),
    names: TEMPLATED,
    verdict: 'fail',
    findings: [
      { kind: 'state', target: 'task' },
      { kind: 'missing', nodeId: 'nrt2', idKind: 'template' },
      { kind: 'unlisted_failure', nodeId: 'nrt1' }
    ]
  },
  {
    title: 'without the pipeline, an unknown id is missing with a hint about template ids',
    task: task({ nodes: [expect_({ id: 'nodeD' })] }),
    tree: root('FINISHED', [finished('nrt2')]),
    verdict: 'fail',
    findings: [
      {
        kind: 'missing',
        message:
          'node nodeD is missing from the tree (template node ids can only be matched with the task detail: give the task a space_id)'
      }
    ]
  },
  // ---------------------------------------------------------------- legacy nested subprocesses
  {
    title: 'a legacy SubProcess with its own nodes is checked in place, under its name',
    task: task({
      otherNodes: 'no_failures',
      nodes: [
        expect_({
          id: 'nsub',
          states: ['FAILED'],
          subprocess: {
            nodes: [expect_({ id: 'ninner' }, 20)],
            otherNodes: 'ignore'
          }
        })
      ]
    }),
    tree: root('FAILED', [
      node('nsub', 'FAILED', [node('ninner', 'FAILED'), node('nother', 'FAILED')])
    ]),
    names: new Map([
      ['nsub', { name: 'Deploy all', type: 'SubProcess' }],
      ['ninner', { name: 'Backend', type: 'ServiceActivity' }],
      ['nother', { name: 'Frontend', type: 'ServiceActivity' }]
    ]),
    verdict: 'fail',
    // nother is governed by the subprocess's other_nodes: ignore, not by the task's no_failures.
    findings: [
      { kind: 'state', target: 'task' },
      { kind: 'state', nodeId: 'ninner', nodeName: 'Deploy all › Backend', range: range(20) }
    ],
    rows: [
      { id: 'nsub', name: 'Deploy all', finding: 'ok' },
      { id: 'ninner', name: 'Deploy all › Backend', finding: 'state' }
    ]
  },
  {
    title: 'inside a legacy SubProcess, an unlisted failure is reported at the subprocess entry',
    task: task({
      nodes: [
        expect_(
          { id: 'nsub', states: ['FAILED'], subprocess: { nodes: [], otherNodes: 'no_failures' } },
          30
        )
      ]
    }),
    tree: root('FAILED', [node('nsub', 'FAILED', [node('nx', 'FAILED')])]),
    verdict: 'fail',
    findings: [
      { kind: 'state', target: 'task' },
      { kind: 'unlisted_failure', nodeId: 'nx', nodeName: 'nsub › nx', range: range(30) }
    ]
  },
  {
    title: 'a node entry with neither id nor name cannot be checked',
    task: task({ nodes: [expect_({})] }),
    tree: root('FINISHED', []),
    verdict: 'error',
    findings: [{ kind: 'name', message: 'node entry has neither id nor name' }]
  },
  {
    title: 'line breaks in names and states from the payload never split a message',
    task: task({ otherNodes: 'finished' }),
    tree: root('FINISHED', [node('n1', 'ODD\nSTATE')]),
    names: nameMap([['n1', 'Deploy\r\nbackend']]),
    verdict: 'fail',
    findings: [
      {
        kind: 'unlisted_failure',
        nodeName: 'Deploy\r\nbackend',
        actual: 'ODD STATE',
        message:
          'node "Deploy backend" (n1) (not in the spec) is ODD STATE; other_nodes: finished requires every node FINISHED'
      }
    ]
  },
  {
    title: 'children that are not an array are treated as none',
    task: task({ nodes: [expect_({ id: 'n1' })] }),
    tree: { ...root('FINISHED'), children: null as unknown as TreeNode[] },
    verdict: 'fail',
    findings: [{ kind: 'missing', nodeId: 'n1' }]
  }
]

/** Like toMatchObject, but a field expected `undefined` must be absent, not merely unset. */
function expectLike<T extends object>(actual: T[], expected: Partial<T>[]): void {
  expect(actual).toMatchObject(expected.map((e) => definedFields(e)))
  expected.forEach((fields, i) => {
    for (const [key, value] of Object.entries(fields)) {
      if (value === undefined) expect(Object.keys(actual[i])).not.toContain(key)
    }
  })
}

function definedFields(fields: object): object {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined))
}

describe('compare', () => {
  it('has at least 40 table cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40)
  })

  for (const c of cases) {
    it(c.title, () => {
      const result = compare(c.task, c.tree, c.names)
      expect(result.verdict).toBe(c.verdict)
      expectLike(result.findings, c.findings)
      if (c.rows) expectLike(result.rows, c.rows)
      for (const finding of result.findings) expect(finding.message).not.toContain('\n')
    })
  }

  it('finds the deepest node of a 100,000-deep chain without overflowing the stack', () => {
    let chain = node('n99999', 'FAILED')
    for (let i = 99_998; i >= 0; i--) chain = node(`n${i}`, 'FAILED', [chain])
    const tree = root('FAILED', [chain])
    const result = compare(task({ nodes: [expect_({ id: 'n99999', states: ['FAILED'] })] }), tree)
    // Every ancestor FAILED only because its child did: nothing unlisted is reported.
    expect(result.findings).toEqual([
      {
        kind: 'state',
        target: 'task',
        expected: 'FINISHED',
        actual: 'FAILED',
        message: 'task 101 is FAILED, expected FINISHED',
        range: TASK_RANGE
      }
    ])
    expect(result.rows).toMatchObject([{ id: 'n99999', finding: 'ok' }])
    expect(summarizeTree(tree)).toEqual({ nodes: 100_000, byState: { FAILED: 100_000 } })
  })

  it('walks a node object met twice only once (malformed shared or cyclic input)', () => {
    const shared = node('nshared', 'FAILED')
    const cyclic = node('ncycle', 'FINISHED', [shared])
    cyclic.children.push(cyclic)
    const tree = root('FINISHED', [cyclic, shared])
    const result = compare(task(), tree)
    expect(result.findings).toMatchObject([{ kind: 'unlisted_failure', nodeId: 'nshared' }])
    expect(summarizeTree(tree).nodes).toBe(2)
  })

  it('treats a tree that is not an object as a task in no state', () => {
    const result = compare(task({ nodes: [expect_({ id: 'n1' })] }), null as unknown as TreeNode)
    expect(result.verdict).toBe('fail')
    expect(result.findings.map((f) => f.kind)).toEqual(['state', 'missing'])
  })
})

describe('summarizeTree', () => {
  it('counts nodes per state at every depth, the root excluded', () => {
    expect(summarizeTree(fromPayload(RUNNING_NESTED))).toEqual({
      nodes: 3,
      byState: { FINISHED: 1, RUNNING: 2 }
    })
  })

  it('counts nothing for bare and CREATED_STATUS roots', () => {
    expect(summarizeTree(fromPayload(BARE_EXPIRED))).toEqual({ nodes: 0, byState: {} })
    expect(summarizeTree(fromPayload(CREATED_STATUS))).toEqual({ nodes: 0, byState: {} })
  })

  it('counts a state spelled like an Object.prototype key as an own key', () => {
    const summary = summarizeTree(
      root('RUNNING', [node('n1', '__proto__'), node('n2', '__proto__')])
    )
    expect(Object.getOwnPropertyNames(summary.byState)).toEqual(['__proto__'])
    expect(Object.getOwnPropertyDescriptor(summary.byState, '__proto__')?.value).toBe(2)
  })
})

describe('nodeLabel', () => {
  it.each([
    [LONG_ID, 'Deploy backend', 'node "Deploy backend" (n5f0c2b7…)'],
    [LONG_ID, undefined, 'node n5f0c2b7…'],
    [LONG_ID, '', 'node n5f0c2b7…'],
    ['n77', 'Smoke test', 'node "Smoke test" (n77)'],
    ['', 'Smoke test', 'node "Smoke test"'],
    ['', undefined, 'node (no id)']
  ])('labels %s named %s as %s', (id, name, label) => {
    expect(nodeLabel(id, name)).toBe(label)
  })
})
