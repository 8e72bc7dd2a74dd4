// Which node of a tree a spec entry is about: by runtime id, template node id or name, and how
// it is shown inside a subprocess.

import type { IdKind, NodeExpectation, NodeNames } from '../model.js'
import { shortId } from './labels.js'
import { indexNames, indexTemplateIds, resolveName, type NameIndex } from './names.js'
import type { TreeIndex } from './tree-index.js'

/** The node an expectation is about: its id and how it matched ('' when it cannot be told). */
export interface Target {
  id: string
  idKind?: IdKind
}

/**
 * The node an expectation is about. An `id:` is a runtime id when the tree or the pipeline has
 * it, else a template node id when an activity or gateway carries it (product.md §12); a `name:`
 * resolves through the names.
 */
export function targetOf(expectation: NodeExpectation, tree: TreeIndex, lookups: Lookups): Target {
  const id = expectation.id
  if (typeof id === 'string' && id !== '') {
    if (tree.byId.has(id) || lookups.names?.has(id)) return { id, idKind: 'runtime' }
    const runtime = lookups.templateIds?.get(id)
    if (runtime !== undefined) return { id: runtime, idKind: 'template' }
    return { id, idKind: 'runtime' }
  }
  if (expectation.name === undefined) return { id: '' }
  const resolution = resolveName(expectation.name, lookups.nameIndex)
  return { id: resolution.kind === 'resolved' ? resolution.id : '' }
}

/** What a comparison looks node ids and names up in, built once per tree. */
export interface Lookups {
  names?: NodeNames
  nameIndex?: NameIndex
  templateIds?: Map<string, string>
  /** Inside a subprocess: the display path of its node, e.g. `Deploy › Migrate`. */
  path?: string
}

/** Joins a subprocess path and a node name for display: `Deploy › Migrate DB`. */
export const PATH_SEPARATOR = ' › '

/** How a node is named in rows and findings: inside a subprocess, prefixed with its path. */
export function displayName(path: string | undefined, id: string, name: string | undefined) {
  if (path === undefined) return name
  return `${path}${PATH_SEPARATOR}${name ?? shortId(id)}`
}

/** The lookups a list of expectations needs over one tree: names and template ids only if used. */
export function buildLookups(
  expectations: readonly NodeExpectation[],
  index: TreeIndex,
  names: NodeNames | undefined,
  path: string | undefined
): Lookups {
  const usesNames = expectations.some((e) => !e.id && e.name !== undefined)
  const usesTemplateIds = expectations.some((e) => e.id && !index.byId.has(e.id))
  return {
    names,
    nameIndex: usesNames && names ? indexNames(names) : undefined,
    templateIds: usesTemplateIds && names ? indexTemplateIds(names) : undefined,
    ...(path !== undefined && { path })
  }
}
