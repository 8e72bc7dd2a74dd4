// The pure check of one task: its expected state and node expectations against its state tree.

import {
  ERROR_FINDINGS,
  type Comparison,
  type Finding,
  type FindingKind,
  type NodeExpectation,
  type NodeNames,
  type NodeRow,
  type TaskExpectation,
  type TreeNode
} from '../model.js'
import { formatState, formatStates, nodeLabel, oneLine, shortId, taskLabel } from './labels.js'
import { indexNames, nameOf, resolveName, type NameIndex } from './names.js'
import { checkPresentNode, nodeFinding, type NodeSubject } from './node-checks.js'
import { checkUnlisted } from './unlisted.js'
import { bareTree, idOf, indexTree, isNode, stateOf, type TreeIndex } from './tree-index.js'

/** The finding a row shows when a node has several: the first of these it has. */
const ROW_PRIORITY: readonly FindingKind[] = ['state', 'retry', 'skip', 'error_ignored', 'elapsed']

/** Ambiguity messages name this many matching ids, then `…`. */
const AMBIGUOUS_IDS_SHOWN = 2

function taskStateFinding(task: TaskExpectation, state: string): Finding | undefined {
  if ((task.states as readonly string[]).includes(state)) return undefined
  const expected = formatStates(task.states)
  const actual = formatState(state)
  return {
    kind: 'state',
    target: 'task',
    expected,
    actual,
    message: `${taskLabel(task)} is ${actual}, expected ${expected}`,
    range: task.range
  }
}

/** The 'name' finding for an expectation that cannot be tied to one node. */
function unresolvedFinding(
  task: TaskExpectation,
  expectation: NodeExpectation,
  index: NameIndex | undefined
): Finding | undefined {
  const name = expectation.name
  const subject: NodeSubject = {
    id: '',
    name,
    label: nodeLabel('', name),
    range: expectation.range
  }
  const quoted = `"${oneLine(name ?? '')}"`
  const expected = `one node named ${quoted}`
  if (name === undefined) {
    return nodeFinding(
      subject,
      'name',
      'id or name',
      'neither',
      'node entry has neither id nor name'
    )
  }
  const resolution = resolveName(name, index)
  switch (resolution.kind) {
    case 'resolved':
      return undefined
    case 'not_loaded':
      return nodeFinding(
        subject,
        'name',
        expected,
        'names not loaded',
        `cannot resolve name ${quoted}: node names were not loaded; use id`
      )
    case 'unknown':
      return nodeFinding(
        subject,
        'name',
        expected,
        'no match',
        `no activity or gateway named ${quoted} in task ${task.taskId}'s pipeline; use id`
      )
    case 'ambiguous': {
      const shown = resolution.ids.slice(0, AMBIGUOUS_IDS_SHOWN).map(shortId)
      if (resolution.ids.length > AMBIGUOUS_IDS_SHOWN) shown.push('…')
      return nodeFinding(
        subject,
        'name',
        expected,
        `${resolution.ids.length} matches`,
        `name ${quoted} matches ${resolution.ids.length} nodes (${shown.join(', ')}): use id`
      )
    }
  }
}

/** The id an expectation is about: its own, or the one its name resolves to ('' when neither). */
function targetId(expectation: NodeExpectation, index: NameIndex | undefined): string {
  if (typeof expectation.id === 'string' && expectation.id !== '') return expectation.id
  if (expectation.name === undefined) return ''
  const resolution = resolveName(expectation.name, index)
  return resolution.kind === 'resolved' ? resolution.id : ''
}

// Rows carry `name` only when one is known, so reports and the JSON report never see `name: undefined`.
function named(row: NodeRow, name: string | undefined): NodeRow {
  if (name !== undefined) row.name = name
  return row
}

function rowFinding(findings: readonly Finding[]): FindingKind | 'ok' {
  if (findings.length === 0) return 'ok'
  for (const kind of ROW_PRIORITY) if (findings.some((f) => f.kind === kind)) return kind
  return findings[0].kind
}

/** Checks one listed expectation: its findings and its row, and the id it matched ('' if none). */
function checkListed(
  task: TaskExpectation,
  expectation: NodeExpectation,
  tree: TreeIndex,
  names: NodeNames | undefined,
  nameIndex: NameIndex | undefined
): { findings: Finding[]; row: NodeRow; matchedId: string } {
  const expected = formatStates(expectation.states)
  const id = targetId(expectation, nameIndex)
  const name = nameOf(names, id) ?? expectation.name
  if (id === '') {
    const finding = unresolvedFinding(task, expectation, nameIndex)
    const findings = finding ? [finding] : []
    return {
      findings,
      row: named({ id: '', listed: true, expected, finding: rowFinding(findings) }, name),
      matchedId: ''
    }
  }
  const subject: NodeSubject = { id, name, label: nodeLabel(id, name), range: expectation.range }
  const node = tree.byId.get(id)
  if (!node) {
    const message = `${subject.label} is missing from the tree`
    return {
      findings: [nodeFinding(subject, 'missing', expected, 'absent', message)],
      row: named({ id, listed: true, expected, finding: 'missing' }, name),
      matchedId: id
    }
  }
  const findings = checkPresentNode(expectation, node, subject)
  const row: NodeRow = {
    id,
    listed: true,
    expected,
    actual: formatState(stateOf(node)),
    retry: node.retry,
    elapsedSec: node.elapsedSec,
    finding: rowFinding(findings)
  }
  return { findings, row: named(row, name), matchedId: id }
}

function verdictOf(findings: readonly Finding[]): Comparison['verdict'] {
  if (findings.some((f) => !ERROR_FINDINGS.has(f.kind))) return 'fail'
  return findings.length > 0 ? 'error' : 'pass'
}

// Stands in for a tree that is not an object at all, so such input fails on its state, not with a throw.
const NO_TREE: TreeNode = bareTree('')

/**
 * Compares one task's expectations with its state tree (product.md §4): the task's state, each
 * listed node (found by id at any depth, or by name through `names`), and the `other_nodes` policy
 * over the rest. Pure and total: any tree-shaped input gives a Comparison, never a throw.
 */
export function compare(task: TaskExpectation, tree: TreeNode, names?: NodeNames): Comparison {
  const root = isNode(tree) ? tree : NO_TREE
  const findings: Finding[] = []
  const rows: NodeRow[] = []
  const taskFinding = taskStateFinding(task, stateOf(root))
  if (taskFinding) findings.push(taskFinding)

  const index = indexTree(root)
  const expectations = Array.isArray(task.nodes) ? task.nodes : []
  const usesNames = expectations.some((e) => !e.id && e.name !== undefined)
  const nameIndex = usesNames && names ? indexNames(names) : undefined
  const listedIds = new Set<string>()
  for (const expectation of expectations) {
    const checked = checkListed(task, expectation, index, names, nameIndex)
    findings.push(...checked.findings)
    rows.push(checked.row)
    if (checked.matchedId !== '') listedIds.add(checked.matchedId)
  }

  const unlisted = checkUnlisted(task.otherNodes, index, listedIds, names, task.range)
  for (const { position, finding } of unlisted) {
    const node = index.nodes[position]
    findings.push(finding)
    const row: NodeRow = {
      id: idOf(node),
      listed: false,
      actual: finding.actual,
      retry: node.retry,
      elapsedSec: node.elapsedSec,
      finding: 'unlisted_failure'
    }
    rows.push(named(row, finding.nodeName))
  }
  return { verdict: verdictOf(findings), findings, rows }
}
