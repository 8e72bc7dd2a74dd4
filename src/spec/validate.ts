// Schema validation with ajv, and the mapping of each ajv error to a diagnostic on its YAML node.

import type { ErrorObject } from 'ajv/dist/2020.js'
import type { Diagnostic, SourceRange } from '../model.js'
import { STATES } from '../model.js'
import { diagnostic } from './diagnostic.js'
import { splitPointer, type PathSegment, type SpecLocator } from './locate.js'
import {
  SPEC_SCHEMA,
  type RawDefaults,
  type RawNode,
  type RawSpec,
  type RawTask
} from './spec-types.js'
import { validateSpecSchema } from './spec-validator.js'
import { closest, didYouMean } from './suggest.js'

const DEFS = SPEC_SCHEMA.$defs
/**
 * The $defs whose anyOf/oneOf failures get one tailored diagnostic instead of each branch's errors,
 * keyed by their JSON: the generated validator's errors carry copies of the schema, not SPEC_SCHEMA.
 */
const UNION_DEFS = new Map<string, string>(
  (['onFailed', 'states', 'integerOrVar', 'duration', 'node', 'task'] as const).map((def) => [
    JSON.stringify(DEFS[def]),
    def
  ])
)
// Where two unions fail at one value (on_failed contains duration), the outer one speaks.
const UNION_PRIORITY = ['onFailed', 'states', 'integerOrVar', 'duration', 'node', 'task']
/** The keys of which a task has exactly one. */
const TASK_SOURCES = ['task_id', 'create', 'select']
/** Unions whose branches differ only by `required`: they speak for those errors and claim nothing else. */
const KEY_UNIONS = new Set(['node', 'task'])

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'empty'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'a map'
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value
    // A quoted number or boolean reads like one: show the quotes that make it a string.
    return /^(-?[0-9.]+|true|false|null)$/.test(value)
      ? `the string \`"${shown}"\``
      : `\`${shown}\``
  }
  return `\`${String(value)}\``
}

const TYPE_NAMES: Record<string, string> = {
  object: 'a map',
  array: 'a list',
  string: 'a string',
  integer: 'a whole number',
  number: 'a number',
  boolean: '`true` or `false`'
}

/** How to name the value at a path in a message: its key, or `tasks[2]` for a list item. */
function nameOf(path: readonly string[]): string {
  if (path.length === 0) return 'The spec'
  const last = path[path.length - 1]
  if (/^\d+$/.test(last) && path.length > 1) return `\`${path[path.length - 2]}[${last}]\``
  return `\`${last}\``
}

function isUnder(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}/`)
}

type Emit = (d: Diagnostic) => void

/** One diagnostic for a failed union (a value that matched none of its forms). */
function unionDiagnostics(def: string, error: ErrorObject, locator: SpecLocator, emit: Emit): void {
  const path = splitPointer(error.instancePath)
  const name = nameOf(path)
  const value: unknown = error.data
  const at = (p: readonly PathSegment[] = path) => locator.valueRange(p)
  switch (def) {
    case 'duration': {
      const why = typeof value === 'number' ? 'must not be negative' : `is ${describe(value)}`
      const message = `${name} ${why}: use a number of seconds or a duration such as \`500ms\`, \`90s\`, \`15m\`, \`1h30m\`.`
      emit(diagnostic('bad-duration', message, at()))
      return
    }
    case 'integerOrVar': {
      const hint =
        typeof value === 'string' && /^\d+$/.test(value) ? ' Write the number without quotes.' : ''
      const message = `${name} is ${describe(value)}: it must be a positive whole number or \`\${VAR}\`.${hint}`
      emit(diagnostic('bad-id', message, at()))
      return
    }
    case 'onFailed': {
      if (typeof value === 'number') {
        const message = `${name} must not be negative: use \`fail\`, \`wait\` or a grace duration such as \`10m\`.`
        emit(diagnostic('bad-duration', message, at()))
        return
      }
      const code = typeof value === 'string' ? 'bad-enum' : 'bad-type'
      const suggestion = typeof value === 'string' ? didYouMean(value, ['fail', 'wait']) : ''
      const message = `${name} is ${describe(value)}: use \`fail\`, \`wait\` or a grace duration such as \`10m\`.${suggestion}`
      emit(diagnostic(code, message, at()))
      return
    }
    case 'states': {
      if (typeof value === 'string') {
        emit(stateDiagnostic(name, value, at()))
      } else if (Array.isArray(value) && value.length === 0) {
        emit(diagnostic('empty-list', `${name} is an empty list: give at least one state.`, at()))
      } else if (Array.isArray(value)) {
        value.forEach((item: unknown, index) => {
          if (typeof item === 'string' && (STATES as readonly string[]).includes(item)) return
          const itemPath = [...path, String(index)]
          if (typeof item === 'string') emit(stateDiagnostic(name, item, at(itemPath)))
          else {
            const message = `${nameOf(itemPath)} is ${describe(item)}: a state is a word such as \`FINISHED\`.`
            emit(diagnostic('bad-type', message, at(itemPath)))
          }
        })
      } else {
        const message = `${name} is ${describe(value)}: give a state such as \`FINISHED\` or a list of states.`
        emit(diagnostic('bad-type', message, at()))
      }
      return
    }
    case 'node': {
      const both = (error.params as { passingSchemas?: number[] | null }).passingSchemas
      if (Array.isArray(both)) {
        const message = 'This node has both `id` and `name`: keep exactly one of them.'
        emit(diagnostic('id-and-name', message, locator.keyRange([...path, 'name'])))
      } else if (!hasTypoOf(value, ['id', 'name'], Object.keys(DEFS.node.properties))) {
        // A misspelt `name` is already reported as an unknown key with "did you mean".
        const message = 'This node has neither `id` nor `name`: give exactly one of them.'
        emit(diagnostic('missing-id-or-name', message, at()))
      }
      return
    }
    case 'task': {
      // An entry that is not a map is reported as such (bad-type); it has no source to name.
      if (value === null || typeof value !== 'object' || Array.isArray(value)) return
      const present = TASK_SOURCES.filter(
        (key) => value !== null && typeof value === 'object' && key in value
      )
      if (present.length > 1) {
        const message = `This task has ${present.map((k) => `\`${k}\``).join(' and ')}: keep exactly one of \`task_id\`, \`create\` or \`select\`.`
        emit(diagnostic('task-source', message, locator.keyRange([...path, present[1]])))
      } else if (!hasTypoOf(value, TASK_SOURCES, Object.keys(DEFS.task.properties))) {
        const message =
          'This task has no `task_id`: give its id, or `create:` to create it, or `select:` to find it.'
        emit(diagnostic('task-source', message, at()))
      }
      return
    }
  }
}

/** Whether a map has an unknown key that looks like a misspelling of one of `wanted`. */
function hasTypoOf(value: unknown, wanted: string[], known: string[]): boolean {
  if (value === null || typeof value !== 'object') return false
  return Object.keys(value).some(
    (key) => !known.includes(key) && closest(key, wanted) !== undefined
  )
}

function stateDiagnostic(name: string, value: string, range: SourceRange): Diagnostic {
  const suggestion = didYouMean(value, STATES)
  const hint = suggestion || ` States are ${STATES.join(', ')}.`
  return diagnostic('bad-enum', `${name}: ${describe(value)} is not a BKFlow state.${hint}`, range)
}

/** A diagnostic for an ajv error that no union claimed. */
function plainDiagnostic(error: ErrorObject, locator: SpecLocator): Diagnostic {
  const path = splitPointer(error.instancePath)
  const name = nameOf(path)
  const value: unknown = error.data
  switch (error.keyword) {
    case 'required': {
      const key = (error.params as { missingProperty: string }).missingProperty
      const where = path.length === 0 ? 'The spec' : name
      return diagnostic('missing-key', `${where} needs \`${key}\`.`, locator.valueRange(path))
    }
    case 'additionalProperties': {
      const key = (error.params as { additionalProperty: string }).additionalProperty
      const known = Object.keys((error.parentSchema?.properties ?? {}) as Record<string, unknown>)
      const suggestion = didYouMean(key, known)
      const hint = suggestion || ` Known keys here: ${known.join(', ')}.`
      const message = `Unknown key \`${key}\`.${hint}`
      return diagnostic('unknown-key', message, locator.keyRange([...path, key]))
    }
    case 'const':
      if (path.length === 1 && path[0] === 'version') {
        const message = `\`version\` is ${describe(value)}: this tool reads spec version 1; write \`version: 1\`.`
        return diagnostic('bad-version', message, locator.valueRange(path))
      }
      break
    case 'enum': {
      const allowed = ((error.params as { allowedValues: unknown[] }).allowedValues ?? []).map(
        String
      )
      const suggestion = typeof value === 'string' ? didYouMean(value, allowed) : ''
      const list = allowed.map((v) => `\`${v}\``).join(', ')
      const message = `${name} is ${describe(value)}: use one of ${list}.${suggestion}`
      return diagnostic('bad-enum', message, locator.valueRange(path))
    }
    case 'type': {
      const expected = String((error.params as { type: string }).type)
      if (path.length === 0) {
        const message = `The spec must be a map with \`version: 1\` and \`tasks\`, not ${describe(value)}.`
        return diagnostic('bad-type', message, locator.valueRange(path))
      }
      const message = `${name} must be ${TYPE_NAMES[expected] ?? expected}, not ${describe(value)}.`
      return diagnostic('bad-type', message, locator.valueRange(path))
    }
    case 'minItems':
      if (path.length === 1 && path[0] === 'tasks') {
        const message = '`tasks` is an empty list: list at least one task.'
        return diagnostic('empty-list', message, locator.valueRange(path))
      }
      return diagnostic('empty-list', `${name} must not be empty.`, locator.valueRange(path))
    case 'minimum':
    case 'maximum': {
      const limit = (error.params as { limit: number }).limit
      const bound = error.keyword === 'minimum' ? `at least ${limit}` : `at most ${limit}`
      const message = `${name} is ${describe(value)}: it must be ${bound}.`
      return diagnostic('bad-value', message, locator.valueRange(path))
    }
    case 'minLength':
      return diagnostic('bad-value', `${name} must not be empty.`, locator.valueRange(path))
    case 'maxLength': {
      const limit = (error.params as { limit: number }).limit
      const message = `${name} is too long: at most ${limit} characters.`
      return diagnostic('bad-value', message, locator.valueRange(path))
    }
  }
  return diagnostic(
    'bad-value',
    `${name} ${error.message ?? 'is invalid'}.`,
    locator.valueRange(path)
  )
}

/**
 * A spec the schema rejected, with every value it found invalid taken out: a value that is still
 * here is valid, but required keys may be missing and list items may be holes. The checks the
 * schema cannot express run on it, so that one pass reports every problem.
 */
export interface PrunedSpec {
  defaults?: RawDefaults
  tasks?: (PrunedTask | undefined)[]
  /** Whether the value at `path` was present but invalid (and so taken out). */
  invalid(path: readonly PathSegment[]): boolean
}
export type PrunedTask = Partial<Omit<RawTask, 'nodes'>> & { nodes?: (PrunedNode | undefined)[] }
export type PrunedNode = Omit<RawNode, 'nodes'> & { nodes?: (PrunedNode | undefined)[] }

/**
 * Validates a plain value against the spec schema. Returns the value typed as RawSpec when it is
 * valid, and otherwise one diagnostic per problem, each on the YAML node it is about, and the
 * pruned spec (absent when nothing of it is usable).
 */
export function validateShape(
  value: unknown,
  locator: SpecLocator
): { raw?: RawSpec; pruned?: PrunedSpec; diagnostics: Diagnostic[] } {
  const validate = validateSpecSchema
  if (validate(value)) return { raw: value, diagnostics: [] }
  const errors = validate.errors ?? []
  return { diagnostics: toDiagnostics(errors, locator), pruned: prune(value, errors) }
}

/** The value with every part an error is about taken out (list items become holes). */
function prune(value: unknown, errors: readonly ErrorObject[]): PrunedSpec | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined
  const copy = structuredClone(value) as Record<string, unknown>
  const removed = new Set<string>()
  for (const error of errors) {
    // A missing key has nothing to take out; an unknown key is taken out alone, not its map.
    if (error.keyword === 'required') continue
    const path = splitPointer(error.instancePath)
    if (error.keyword === 'additionalProperties') {
      path.push((error.params as { additionalProperty: string }).additionalProperty)
    }
    if (path.length === 0) return undefined
    removeAt(copy, path)
    removed.add(JSON.stringify(path))
  }
  const tasks = copy.tasks
  return {
    defaults: copy.defaults as RawDefaults | undefined,
    tasks: Array.isArray(tasks) ? (tasks as (PrunedTask | undefined)[]) : undefined,
    // Invalid when the value or one of its ancestors was taken out.
    invalid: (path) =>
      path.some((_, i) => removed.has(JSON.stringify(path.slice(0, i + 1).map(String))))
  }
}

/** Takes out the value at `path`, own properties only (a key such as `__proto__` stays data). */
function removeAt(root: Record<string, unknown>, path: readonly string[]): void {
  let parent: unknown = root
  for (const segment of path.slice(0, -1)) {
    if (!hasOwn(parent, segment)) return
    parent = (parent as Record<string, unknown>)[segment]
  }
  const last = path[path.length - 1]
  if (!hasOwn(parent, last)) return
  if (Array.isArray(parent)) parent[Number(last)] = undefined
  else delete (parent as Record<string, unknown>)[last]
}

function hasOwn(value: unknown, key: string): boolean {
  return value !== null && typeof value === 'object' && Object.hasOwn(value, key)
}

/** One diagnostic per problem: a failed union speaks for every error at or under its value. */
function toDiagnostics(errors: readonly ErrorObject[], locator: SpecLocator): Diagnostic[] {
  const diagnostics: Diagnostic[] = []
  const emit: Emit = (d) => diagnostics.push(d)

  // Failed unions first: each claims every error at or under its value.
  const unions = errors
    .filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf')
    .map((e) => ({ error: e, def: UNION_DEFS.get(JSON.stringify(e.parentSchema)) }))
    .filter((u): u is { error: ErrorObject; def: string } => u.def !== undefined)
    .sort((a, b) => UNION_PRIORITY.indexOf(a.def) - UNION_PRIORITY.indexOf(b.def))
  const claimed: string[] = []
  for (const { error, def } of unions) {
    if (KEY_UNIONS.has(def)) {
      unionDiagnostics(def, error, locator, emit)
      continue
    }
    if (claimed.some((prefix) => isUnder(error.instancePath, prefix))) continue
    claimed.push(error.instancePath)
    unionDiagnostics(def, error, locator, emit)
  }
  // A node's oneOf branches report `required` errors at the node itself: the union spoke for them.
  const nodeUnions = new Set(
    unions.filter((u) => KEY_UNIONS.has(u.def)).map((u) => u.error.instancePath)
  )

  for (const error of errors) {
    if (error.keyword === 'anyOf' || error.keyword === 'oneOf') continue
    if (claimed.some((prefix) => isUnder(error.instancePath, prefix))) continue
    if (error.keyword === 'required' && nodeUnions.has(error.instancePath)) continue
    diagnostics.push(plainDiagnostic(error, locator))
  }
  return diagnostics
}
