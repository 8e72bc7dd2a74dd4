// The pure check of one task: its expected state and node expectations against its state tree.

import type {
  Comparison,
  Finding,
  FindingKind,
  IdKind,
  NodeExpectation,
  NodeNames,
  NodeRow,
  TaskExpectation,
  TreeNode
} from '../model.js'
import { didYouMean } from '../spec/suggest.js'
import {
  formatState,
  formatStates,
  nodeLabel,
  oneLine,
  shortId,
  shortIdsFor,
  taskLabel,
  type ShortIds
} from './labels.js'
import { knownElapsedSec } from './elapsed.js'
import { nameOf, resolveName, type NameIndex } from './names.js'
import { checkPresentNode, nodeFinding, type NodeSubject } from './node-checks.js'
import { counts, withSeverity } from './severity.js'
import { mergeComparisons, subprocessTask } from './subprocess.js'
import { buildLookups, displayName, targetOf, type Lookups } from './targets.js'
import { checkUnlisted } from './unlisted.js'
import { verdictOf } from './verdict.js'
import {
  bareTree,
  childrenOf,
  idOf,
  indexTree,
  isNode,
  stateOf,
  type TreeIndex
} from './tree-index.js'

/** The finding a row shows when a node has several: the first of these it has. */
const ROW_PRIORITY: readonly FindingKind[] = ['state', 'retry', 'skip', 'error_ignored', 'elapsed']

/** Ambiguity messages name this many matching ids, then `…`. */
const AMBIGUOUS_IDS_SHOWN = 2

/** Past this many names, a name that matches none gets no suggestion (each costs an edit distance). */
const SUGGEST_MAX_NAMES = 5000

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
  index: NameIndex | undefined,
  short: ShortIds
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
        `no activity or gateway named ${quoted} in task ${task.taskId}'s pipeline; use id${suggestName(name, index)}`
      )
    case 'ambiguous': {
      const shown = resolution.ids.slice(0, AMBIGUOUS_IDS_SHOWN).map(short)
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

/**
 * ` Did you mean `Deploy backend`?` from the task's real node names, or ''. Stricter than for spec
 * keys (one edit per five characters, at most three): node names differ by a word on purpose
 * ("Deploy frontend" is not a typo of "Deploy backend"), while case never matters.
 */
function suggestName(name: string, index: NameIndex | undefined): string {
  if (!index || index.size > SUGGEST_MAX_NAMES) return ''
  const suggestion = didYouMean(name, [...index.keys()], Math.min(3, Math.floor(name.length / 5)))
  return suggestion === '' ? '' : `.${suggestion}`
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

/** A row's display id and, when every finding on it is a warning, its `warn` severity. */
function decorate(row: NodeRow, findings: readonly Finding[], short: ShortIds): NodeRow {
  if (row.id !== '') row.shortId = short(row.id)
  if (findings.length > 0 && !findings.some(counts)) row.severity = 'warn'
  return row
}

/** Checks one listed expectation: its findings (warnings for a `severity: warn` entry), its row, and the id it matched ('' if none). */
function checkListed(
  task: TaskExpectation,
  expectation: NodeExpectation,
  tree: TreeIndex,
  lookups: Lookups,
  short: ShortIds
): { findings: Finding[]; row: NodeRow; matchedId: string } {
  const checked = checkListedNode(task, expectation, tree, lookups, short)
  const severity = expectation.severity ?? task.severity
  const findings = checked.findings.map((f) => withSeverity(f, severity))
  return { ...checked, findings, row: decorate(checked.row, findings, short) }
}

function checkListedNode(
  task: TaskExpectation,
  expectation: NodeExpectation,
  tree: TreeIndex,
  lookups: Lookups,
  short: ShortIds
): { findings: Finding[]; row: NodeRow; matchedId: string } {
  const expected = formatStates(expectation.states)
  const { id, idKind } = targetOf(expectation, tree, lookups)
  const name = displayName(lookups.path, id, nameOf(lookups.names, id) ?? expectation.name)
  if (id === '') {
    const finding = unresolvedFinding(task, expectation, lookups.nameIndex, short)
    const findings = finding ? [finding] : []
    return {
      findings,
      row: named({ id: '', listed: true, expected, finding: rowFinding(findings) }, name),
      matchedId: ''
    }
  }
  const label = nodeLabel(id, name, short)
  const subject: NodeSubject = { id, name, label, range: expectation.range }
  if (idKind !== undefined) subject.idKind = idKind
  const node = tree.byId.get(id)
  if (!node) {
    // Without the pipeline tree, an id that is not a runtime id could still be a template one.
    const hint =
      lookups.names === undefined && expectation.id !== undefined
        ? ' (template node ids can only be matched with the task detail: give the task a space_id)'
        : ''
    const message = `${label} is missing from the tree${hint}`
    return {
      findings: [nodeFinding(subject, 'missing', expected, 'absent', message)],
      row: withKind(named({ id, listed: true, expected, finding: 'missing' }, name), idKind),
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
    finding: rowFinding(findings)
  }
  const elapsed = knownElapsedSec(node)
  if (elapsed !== undefined) row.elapsedSec = elapsed
  return { findings, row: withKind(named(row, name), idKind), matchedId: id }
}

function withKind(row: NodeRow, idKind: IdKind | undefined): NodeRow {
  if (idKind !== undefined) row.idKind = idKind
  return row
}

// Stands in for a tree that is not an object at all, so such input fails on its state, not with a throw.
const NO_TREE: TreeNode = bareTree('')

/** How to compare one level of a task: the task itself, or the nodes of a subprocess. */
export interface CompareOptions {
  /** Inside a subprocess: its display path (`Deploy`, `Deploy › Migrate`); names are prefixed with it. */
  path?: string
  /** Check the root's state against the task's states (default true; a subprocess's is its node's). */
  taskState?: boolean
}

/**
 * Compares one task's expectations with its state tree (product.md §4): the task's state, each
 * listed node (found by runtime id at any depth, by template node id or by name through `names`),
 * and the `other_nodes` policy over the rest. A listed legacy SubProcess with its own `nodes:` is
 * compared against its nested pipeline, which its `other_nodes` then governs; a subprocess leaf's
 * child task is the poll stage's to read (see subprocessTargets). Pure and total: any tree-shaped
 * input gives a Comparison, never a throw.
 */
export function compare(
  task: TaskExpectation,
  tree: TreeNode,
  names?: NodeNames,
  options: CompareOptions = {}
): Comparison {
  const root = isNode(tree) ? tree : NO_TREE
  const findings: Finding[] = []
  const rows: NodeRow[] = []
  if (options.taskState !== false) {
    const taskFinding = taskStateFinding(task, stateOf(root))
    if (taskFinding) findings.push(withSeverity(taskFinding, task.severity))
  }

  const index = indexTree(root)
  const expectations = Array.isArray(task.nodes) ? task.nodes : []
  const lookups = buildLookups(expectations, index, names, options.path)
  // Labels keep as many characters of an id as it takes to tell it from every other id of the task.
  const short = shortIdsFor(() => [
    ...index.byId.keys(),
    ...expectations.flatMap((e) => (typeof e.id === 'string' ? [e.id] : [])),
    ...(names ? names.keys() : [])
  ])
  const listedIds = new Set<string>()
  const governed = new Set<string>()
  const nested: Comparison[] = []
  for (const expectation of expectations) {
    const checked = checkListed(task, expectation, index, lookups, short)
    findings.push(...checked.findings)
    rows.push(checked.row)
    if (checked.matchedId === '') continue
    listedIds.add(checked.matchedId)
    const node = index.byId.get(checked.matchedId)
    if (expectation.subprocess && node && childrenOf(node).length > 0) {
      // Legacy layout: the subprocess's pipeline is in this tree, under its node.
      governed.add(checked.matchedId)
      nested.push(
        compare(subprocessTask(task, expectation, task.taskId), node, names, {
          path: checked.row.name ?? nodeLabelPath(options.path, checked.matchedId),
          taskState: false
        })
      )
    }
  }

  const nameFor = (id: string) => displayName(options.path, id, nameOf(names, id))
  const unlisted = checkUnlisted(
    task.otherNodes,
    index,
    listedIds,
    nameFor,
    task.range,
    governed,
    short
  )
  for (const { position, finding: found } of unlisted) {
    const node = index.nodes[position]
    const finding = withSeverity(found, task.severity)
    findings.push(finding)
    const row: NodeRow = {
      id: idOf(node),
      listed: false,
      actual: finding.actual,
      retry: node.retry,
      finding: 'unlisted_failure'
    }
    const elapsed = knownElapsedSec(node)
    if (elapsed !== undefined) row.elapsedSec = elapsed
    rows.push(decorate(named(row, finding.nodeName), [finding], short))
  }
  return mergeComparisons({ verdict: verdictOf(findings), findings, rows }, nested)
}

function nodeLabelPath(path: string | undefined, id: string): string {
  return displayName(path, id, undefined) ?? shortId(id)
}
