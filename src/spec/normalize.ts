// From the schema-valid raw spec to the normalized one: variables resolved, defaults applied,
// durations in milliseconds, and the checks that the schema cannot express.

import { parseDuration } from '../duration.js'
import { DEFAULTS } from '../settings.js'
import type {
  Diagnostic,
  KnownState,
  NodeExpectation,
  OnFailed,
  OtherNodes,
  TaskExpectation
} from '../model.js'
import { diagnostic } from './diagnostic.js'
import type { PathSegment, SpecLocator } from './locate.js'
import type {
  RawDuration,
  RawIntegerOrVar,
  RawOnFailed,
  RawSpec,
  RawStates,
  RawTask
} from './spec-types.js'
import type { PrunedNode, PrunedSpec, PrunedTask } from './validate.js'
import { normalizeSource, sourceKey } from './sources.js'
import { resolveVar, VAR_REF_RE, type VarSources } from './vars.js'

/** Built-in defaults, under the action's inputs and the spec's own `defaults`. */
export const BUILTIN_TIMEOUT_MS = DEFAULTS.timeoutMs
export const BUILTIN_INTERVAL_MS = DEFAULTS.intervalMs

/** What the normalizer takes besides the spec: variable sources and the caller's defaults. */
export interface NormalizeOptions extends VarSources {
  /** Under the spec's own values (the action's inputs). */
  defaults: { timeoutMs?: number; intervalMs?: number }
  /** Over the spec's own values (the CLI's command line: the most specific choice at run time). */
  overrides?: { timeoutMs?: number; intervalMs?: number }
}

/** An id that could not be resolved; its error has been reported. */
const UNRESOLVED = Symbol('unresolved')
type Resolved = number | undefined | typeof UNRESOLVED

function toStates(raw: RawStates | undefined): KnownState[] {
  if (raw === undefined) return ['FINISHED']
  return [...new Set(Array.isArray(raw) ? raw : [raw])]
}

function toMs(raw: RawDuration): number {
  // The schema admitted only durations parseDuration reads; 0 keeps a broken invariant visible.
  return parseDuration(raw) ?? 0
}

function toOnFailed(raw: RawOnFailed): OnFailed {
  return raw === 'fail' || raw === 'wait' ? raw : { graceMs: toMs(raw) }
}

/** The task's key: its identity for duplicates, sharding and reports. */
export function taskKey(taskId: number, spaceId: number | undefined): string {
  return spaceId === undefined ? `app/task:${taskId}` : `space:${spaceId}/task:${taskId}`
}

/**
 * Normalizes a schema-valid spec. Returns every task in file order (sharding comes later) and
 * the diagnostics of the semantic checks; the tasks are meaningful only when there are none.
 * Given the pruned form of an invalid spec, it runs the same checks on what is left, so that
 * one pass reports every problem (its tasks are then of no use).
 */
export function normalizeSpec(
  raw: RawSpec | PrunedSpec,
  locator: SpecLocator,
  options: NormalizeOptions
): { tasks: TaskExpectation[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = []
  // An id that was present but invalid is unknown, not absent: no check may assume either way.
  const invalid = 'invalid' in raw ? raw.invalid : () => false

  const resolveId = (value: RawIntegerOrVar | undefined, path: PathSegment[]): Resolved => {
    if (invalid(path)) return UNRESOLVED
    if (value === undefined || typeof value === 'number') return value
    const name = VAR_REF_RE.exec(value)?.[1]
    if (name === undefined) return UNRESOLVED // the schema forbids this; stay closed anyway
    const resolution = resolveVar(name, options)
    if (resolution.ok) return resolution.value
    diagnostics.push(diagnostic(resolution.code, resolution.message, locator.valueRange(path)))
    return UNRESOLVED
  }

  // A zero interval would poll in a tight loop: refuse it where it is written.
  const intervalMs = (value: RawDuration, path: PathSegment[]): number => {
    const ms = toMs(value)
    if (ms === 0) {
      const message = 'The poll interval must be greater than 0: use e.g. `5s`.'
      diagnostics.push(diagnostic('bad-value', message, locator.valueRange(path)))
    }
    return ms
  }

  const defaults = raw.defaults ?? {}
  const defaultSpace = resolveId(defaults.space_id, ['defaults', 'space_id'])
  const fallbackTimeout =
    defaults.timeout !== undefined
      ? toMs(defaults.timeout)
      : (options.defaults.timeoutMs ?? BUILTIN_TIMEOUT_MS)
  const fallbackInterval =
    defaults.interval !== undefined
      ? intervalMs(defaults.interval, ['defaults', 'interval'])
      : (options.defaults.intervalMs ?? BUILTIN_INTERVAL_MS)

  const tasks: TaskExpectation[] = []
  const firstTaskLine = new Map<string, number>()

  const taskList: readonly (PrunedTask | undefined)[] = raw.tasks ?? []
  taskList.forEach((task, t) => {
    if (task === undefined) return
    const taskPath: PathSegment[] = ['tasks', t]
    const taskId = resolveId(task.task_id, [...taskPath, 'task_id'])
    const spaceId =
      task.space_id !== undefined || invalid([...taskPath, 'space_id'])
        ? resolveId(task.space_id, [...taskPath, 'space_id'])
        : defaultSpace
    const range = locator.valueRange(taskPath)
    const source =
      spaceId === UNRESOLVED
        ? undefined
        : normalizeSource(task as RawTask, taskPath, spaceId, {
            locator,
            vars: options,
            diagnostics,
            resolveId: (value, path) => {
              const id = resolveId(value, path)
              return id === UNRESOLVED || id === undefined ? null : id
            }
          })

    const otherNodes = task.other_nodes ?? defaults.other_nodes ?? 'no_failures'
    const nodes = normalizeNodes(task.nodes ?? [], [...taskPath, 'nodes'], {
      locator,
      diagnostics,
      hasSpace: spaceId !== undefined,
      otherNodes
    })

    // The spec's own values are checked even when the command line overrides them, and
    // whether or not the task's id resolves (every problem in one pass).
    const specTimeout = task.timeout !== undefined ? toMs(task.timeout) : fallbackTimeout
    const specInterval =
      task.interval !== undefined
        ? intervalMs(task.interval, [...taskPath, 'interval'])
        : fallbackInterval
    if (taskId === UNRESOLVED || spaceId === UNRESOLVED || source === null) return
    if (taskId === undefined && source === undefined) return
    const key = source ? sourceKey(source.kind, task.label ?? '') : taskKey(taskId ?? 0, spaceId)
    const idRange = locator.valueRange([...taskPath, source ? source.kind : 'task_id'])
    // Two sources with one label would collide in the task-ids output.
    const identity = source ? `label:${task.label}` : key
    const first = firstTaskLine.get(identity)
    if (first !== undefined) {
      const message = source
        ? `Label \`${task.label}\` is already used by a \`create\` or \`select\` task (line ${first}): give each its own label.`
        : `Task ${key} is listed twice (first on line ${first}): merge the two entries.`
      diagnostics.push(diagnostic('duplicate-task', message, idRange))
      return
    }
    firstTaskLine.set(identity, idRange.line)
    const onFailed = task.on_failed ?? defaults.on_failed
    tasks.push({
      key,
      taskId: taskId ?? 0,
      ...(source && { source }),
      ...(spaceId !== undefined && { spaceId }),
      ...(task.label !== undefined && { label: task.label }),
      states: toStates(task.state),
      timeoutMs: options.overrides?.timeoutMs ?? specTimeout,
      intervalMs: options.overrides?.intervalMs ?? specInterval,
      onFailed: onFailed !== undefined ? toOnFailed(onFailed) : 'fail',
      otherNodes,
      nodes,
      ...(task.severity !== undefined && { severity: task.severity }),
      range
    })
  })
  return { tasks, diagnostics }
}

interface NodeContext {
  locator: SpecLocator
  diagnostics: Diagnostic[]
  /** Names need the detail endpoint, which needs the task's space. */
  hasSpace: boolean
  /** The `other_nodes` a subprocess entry inherits unless it sets its own. */
  otherNodes: OtherNodes
}

/**
 * One `nodes:` list, at the task's level or inside a subprocess node (which may nest again):
 * each entry normalized, with duplicates reported per list (each list is a different tree).
 */
function normalizeNodes(
  raw: readonly (PrunedNode | undefined)[],
  path: PathSegment[],
  ctx: NodeContext
): NodeExpectation[] {
  const { locator, diagnostics } = ctx
  const nodes: NodeExpectation[] = []
  const firstNodeLine = new Map<string, number>()
  raw.forEach((node, n) => {
    // A hole, or an entry whose id or name was invalid (pruned): its problem is already reported.
    if (node === undefined || (node.id === undefined && node.name === undefined)) return
    const nodePath: PathSegment[] = [...path, n]
    const by = node.id !== undefined ? 'id' : 'name'
    const ref = node.id ?? node.name ?? ''
    const refRange = locator.valueRange([...nodePath, by])
    if (by === 'name' && !ctx.hasSpace) {
      const message =
        'A node given by `name` needs the task to have a `space_id` (names come from the task detail API): add `space_id`, or use the node `id`.'
      diagnostics.push(
        diagnostic('name-needs-space', message, locator.keyRange([...nodePath, 'name']))
      )
    }
    const first = firstNodeLine.get(`${by}:${ref}`)
    if (first !== undefined) {
      const message = `Node ${by} \`${ref}\` is listed twice in this ${path.length > 3 ? 'subprocess' : 'task'} (first on line ${first}): merge the two entries.`
      diagnostics.push(diagnostic('duplicate-node', message, refRange))
    } else {
      firstNodeLine.set(`${by}:${ref}`, refRange.line)
    }
    const nested = node.nodes !== undefined || node.other_nodes !== undefined
    const otherNodes = node.other_nodes ?? ctx.otherNodes
    nodes.push({
      ...(node.id !== undefined ? { id: node.id } : { name: node.name }),
      states: toStates(node.state),
      ...(node.max_retry !== undefined && { maxRetry: node.max_retry }),
      ...(node.skip !== undefined && { skip: node.skip }),
      ...(node.error_ignored !== undefined && { errorIgnored: node.error_ignored }),
      ...(node.max_elapsed !== undefined && { maxElapsedMs: toMs(node.max_elapsed) }),
      ...(node.severity !== undefined && { severity: node.severity }),
      ...(nested && {
        subprocess: {
          nodes: normalizeNodes(node.nodes ?? [], [...nodePath, 'nodes'], { ...ctx, otherNodes }),
          otherNodes
        }
      }),
      range: locator.valueRange(nodePath)
    })
  })
  return nodes
}
