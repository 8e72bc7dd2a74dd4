// `create:` and `select:` entries (product.md §12): checked and normalized into a TaskSource.
// Variables inside create.name and create.constants are resolved here; their values are sent to
// BKFlow and never appear in a diagnostic, a plan or a report.

import { formatDuration, parseDuration } from '../duration.js'
import type { CreateSource, Diagnostic, SelectSource, TaskSource } from '../model.js'
import { diagnostic } from './diagnostic.js'
import type { PathSegment, SpecLocator } from './locate.js'
import type { RawCreate, RawIntegerOrVar, RawSelect, RawTask } from './spec-types.js'
import { interpolate, type VarSources } from './vars.js'

/** What the source normalizer shares with normalizeSpec. */
export interface SourceContext {
  locator: SpecLocator
  vars: VarSources
  diagnostics: Diagnostic[]
  /** Resolves an id or `${VAR}`; null after reporting why it could not. */
  resolveId: (value: RawIntegerOrVar, path: PathSegment[]) => number | null
}

/**
 * A source as reports show it: `template 42 (constants: version)` for create, the filter for
 * select (`template_id: 42, created_within: 24h`). Never a variable's value.
 */
export function describeSource(source: TaskSource): string {
  if (source.kind === 'create') {
    const names = source.constantNames
    return `template ${source.templateId}${names.length > 0 ? ` (constants: ${names.join(', ')})` : ''}`
  }
  const parts: string[] = []
  if (source.templateId !== undefined) parts.push(`template_id: ${source.templateId}`)
  if (source.name !== undefined) parts.push(`name: "${source.name}"`)
  if (source.creator !== undefined) parts.push(`creator: ${source.creator}`)
  if (source.label !== undefined) parts.push(`label: "${source.label}"`)
  if (source.createdWithinMs !== undefined) {
    parts.push(`created_within: ${formatDuration(source.createdWithinMs)}`)
  }
  if (source.pick === 'all') parts.push('pick: all')
  return parts.join(', ')
}

/** The key a source entry carries until it resolves: its label, which the spec requires for it. */
export function sourceKey(kind: TaskSource['kind'], label: string): string {
  return `${kind}:${label}`
}

/**
 * The task's source, or undefined for a `task_id` entry. Null when the entry is invalid (its
 * diagnostics are in the context). `spaceId` is the task's own or the defaults'.
 */
export function normalizeSource(
  task: RawTask,
  taskPath: PathSegment[],
  spaceId: number | undefined,
  ctx: SourceContext
): TaskSource | null | undefined {
  const kind = task.create !== undefined ? 'create' : task.select !== undefined ? 'select' : null
  if (kind === null) return undefined
  let ok = true
  if (task.label === undefined) {
    const message = `A task with \`${kind}\` needs a \`label\`: it names the task in the reports and in the task-ids output.`
    ctx.diagnostics.push(
      diagnostic('missing-key', message, ctx.locator.keyRange([...taskPath, kind]))
    )
    ok = false
  }
  const source =
    task.create !== undefined
      ? createSource(task.create, [...taskPath, 'create'], ctx)
      : selectSource(task.select ?? {}, [...taskPath, 'select'], spaceId, ctx)
  return ok ? source : null
}

function createSource(
  raw: RawCreate,
  path: PathSegment[],
  ctx: SourceContext
): CreateSource | null {
  const { locator, diagnostics } = ctx
  const templateId = ctx.resolveId(raw.template_id, [...path, 'template_id'])
  let ok = templateId !== null
  let name: string | undefined
  if (raw.name !== undefined) {
    const resolved = interpolate(raw.name, ctx.vars)
    if (resolved.ok) name = resolved.value
    else {
      diagnostics.push(
        diagnostic(resolved.code, resolved.message, locator.valueRange([...path, 'name']))
      )
      ok = false
    }
  }
  const constants: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(raw.constants ?? {})) {
    const at: PathSegment[] = [...path, 'constants', key]
    if (/[${}]/.test(key) || key.trim() === '') {
      const bare = key.replace(/^\$\{|\}$/g, '')
      const message = `Constant key \`${key}\`: write the variable's key without \`\${}\` (\`${bare}\`); the gate adds it.`
      diagnostics.push(diagnostic('bad-value', message, locator.keyRange(at)))
      ok = false
      continue
    }
    const resolved = resolveDeep(value)
    if ('error' in resolved) {
      diagnostics.push(diagnostic('undefined-var', resolved.error, locator.valueRange(at)))
      ok = false
      continue
    }
    // BKFlow matches constants by their full key; unknown keys are silently ignored (bkflow-api-2.md §3.2).
    constants[`\${${key}}`] = resolved.value
  }
  if (!ok || templateId === null) return null
  return {
    kind: 'create',
    templateId,
    ...(raw.name !== undefined && { nameAsWritten: raw.name }),
    constantNames: Object.keys(raw.constants ?? {}),
    ...(raw.creator !== undefined && { creator: raw.creator }),
    payload: { ...(name !== undefined && { name }), constants }
  }

  // Strings at any depth may hold `${VAR}`; numbers, booleans and null pass as written.
  function resolveDeep(value: unknown): { value: unknown } | { error: string } {
    if (typeof value === 'string') {
      const r = interpolate(value, ctx.vars)
      return r.ok ? { value: r.value } : { error: r.message }
    }
    if (Array.isArray(value)) {
      const out: unknown[] = []
      for (const item of value) {
        const r = resolveDeep(item)
        if ('error' in r) return r
        out.push(r.value)
      }
      return { value: out }
    }
    if (value !== null && typeof value === 'object') {
      const out: Record<string, unknown> = {}
      for (const [k, v] of Object.entries(value)) {
        const r = resolveDeep(v)
        if ('error' in r) return r
        out[k] = r.value
      }
      return { value: out }
    }
    return { value }
  }
}

const SELECT_FILTERS = ['template_id', 'name', 'creator', 'label', 'created_within'] as const

function selectSource(
  raw: RawSelect,
  path: PathSegment[],
  spaceId: number | undefined,
  ctx: SourceContext
): SelectSource | null {
  const { locator, diagnostics } = ctx
  let ok = true
  if (spaceId === undefined) {
    const message =
      '`select` needs a `space_id` (on the task or in `defaults`): the task list is read per space.'
    diagnostics.push(diagnostic('select-needs-space', message, locator.keyRange(path)))
    ok = false
  }
  if (!SELECT_FILTERS.some((key) => raw[key] !== undefined)) {
    const message = `\`select\` needs at least one filter (${SELECT_FILTERS.join(', ')}): without one it would pick any task of the space.`
    diagnostics.push(diagnostic('select-needs-filter', message, locator.keyRange(path)))
    ok = false
  }
  const templateId =
    raw.template_id === undefined
      ? undefined
      : ctx.resolveId(raw.template_id, [...path, 'template_id'])
  if (templateId === null || !ok) return null
  const createdWithinMs =
    raw.created_within === undefined ? undefined : parseDuration(raw.created_within)
  return {
    kind: 'select',
    ...(templateId !== undefined && { templateId }),
    ...(raw.name !== undefined && { name: raw.name }),
    ...(raw.creator !== undefined && { creator: raw.creator }),
    ...(raw.label !== undefined && { label: raw.label }),
    ...(createdWithinMs !== undefined && { createdWithinMs }),
    pick: raw.pick ?? 'latest'
  }
}
