// Scenario YAML → Scenario, refusing unknown keys so a typo in a scenario fails loudly.

import { parse } from 'yaml'
import type { Scenario } from './scenario-types.js'

const KEYS: Record<string, ReadonlySet<string>> = {
  scenario: new Set([
    'epoch',
    'apps',
    'users',
    'tokens',
    'spaces',
    'templates',
    'tasks',
    'faults',
    'batch_cost'
  ]),
  app: new Set(['code', 'secret', 'permissions', 'quota']),
  space: new Set(['id', 'app']),
  template: new Set(['id', 'app', 'deleted', 'space', 'nodes']),
  task: new Set([
    'id',
    'space',
    'template',
    'name',
    'creator',
    'labels',
    'start',
    'created',
    'ready_for',
    'engine_rows_at',
    'deleted',
    'expired',
    'pause',
    'resume',
    'revoke',
    'finish',
    'engine_error',
    'nodes'
  ]),
  node: new Set([
    'id',
    'name',
    'type',
    'component',
    'duration',
    'result',
    'error_ignored',
    'retry_after',
    'skip_after',
    'then',
    'ready_for',
    'loop',
    'suspend_for',
    'events',
    'nodes',
    'ex_data',
    'rename_outputs',
    'auto_retry',
    'fail_times',
    'timeout',
    'timeout_action',
    'template_node_id',
    'legacy',
    'child_id',
    'child_template',
    'child_space'
  ]),
  event: new Set(['at', 'state', 'retry', 'loop', 'skip', 'error_ignored', 'ex_data']),
  fault: new Set([
    'type',
    'endpoint',
    'task',
    'space',
    'from',
    'until',
    'times',
    'status',
    'upstream_status',
    'reset',
    'message',
    'name'
  ])
}

function isMap(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function checkKeys(value: unknown, kind: string, where: string, problems: string[]): void {
  if (!isMap(value)) {
    problems.push(`${where}: expected a map`)
    return
  }
  for (const key of Object.keys(value)) {
    if (!KEYS[kind].has(key)) problems.push(`${where}: unknown key "${key}"`)
  }
}

function list(value: unknown, where: string, problems: string[], required: boolean): unknown[] {
  if (value === undefined && !required) return []
  if (!Array.isArray(value)) {
    problems.push(`${where}: expected a list`)
    return []
  }
  return value
}

function checkNodes(nodes: unknown, where: string, problems: string[]): void {
  list(nodes, where, problems, false).forEach((node, i) => {
    const at = `${where}[${i}]`
    checkKeys(node, 'node', at, problems)
    if (!isMap(node)) return
    list(node.events, `${at}.events`, problems, false).forEach((e, j) =>
      checkKeys(e, 'event', `${at}.events[${j}]`, problems)
    )
    checkNodes(node.nodes, `${at}.nodes`, problems)
  })
}

/** Parses and shape-checks scenario YAML; throws one Error that lists every problem. */
export function parseScenario(yamlText: string): Scenario {
  const doc: unknown = parse(yamlText)
  const problems: string[] = []
  checkKeys(doc, 'scenario', 'scenario', problems)
  if (!isMap(doc)) throw new Error(`invalid scenario: ${problems.join('; ')}`)
  list(doc.apps, 'apps', problems, true).forEach((a, i) =>
    checkKeys(a, 'app', `apps[${i}]`, problems)
  )
  list(doc.spaces, 'spaces', problems, true).forEach((s, i) =>
    checkKeys(s, 'space', `spaces[${i}]`, problems)
  )
  list(doc.templates, 'templates', problems, false).forEach((t, i) => {
    checkKeys(t, 'template', `templates[${i}]`, problems)
    if (isMap(t)) checkNodes(t.nodes, `templates[${i}].nodes`, problems)
  })
  list(doc.faults, 'faults', problems, false).forEach((f, i) =>
    checkKeys(f, 'fault', `faults[${i}]`, problems)
  )
  list(doc.tasks, 'tasks', problems, true).forEach((t, i) => {
    checkKeys(t, 'task', `tasks[${i}]`, problems)
    if (isMap(t)) checkNodes(t.nodes, `tasks[${i}].nodes`, problems)
  })
  if (problems.length > 0) throw new Error(`invalid scenario: ${problems.join('; ')}`)
  return doc as unknown as Scenario
}
