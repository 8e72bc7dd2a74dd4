// Resolving a spec's `name:` expectations through the names read from the task's pipeline tree.

import type { NodeNames } from '../model.js'

/** What a node name in the spec resolves to. */
export type NameResolution =
  | { kind: 'resolved'; id: string }
  | { kind: 'unknown' }
  | { kind: 'ambiguous'; ids: string[] }
  | { kind: 'not_loaded' }

/** Name → the ids of every activity or gateway that carries it, in the order `names` lists them. */
export type NameIndex = Map<string, string[]>

/** Inverts the id → name map once per task, so each `name:` expectation resolves in O(1). */
export function indexNames(names: NodeNames): NameIndex {
  const index: NameIndex = new Map()
  for (const [id, entry] of names) {
    const name: unknown = entry?.name
    if (typeof id !== 'string' || id === '' || typeof name !== 'string') continue
    const ids = index.get(name)
    if (ids) ids.push(id)
    else index.set(name, [id])
  }
  return index
}

/**
 * Resolves a name by exact match. Zero or several matches cannot be checked (product.md §3: "use
 * id"), and neither can any name when the names were not loaded: the gate never guesses.
 */
export function resolveName(name: string, index: NameIndex | undefined): NameResolution {
  if (!index) return { kind: 'not_loaded' }
  const ids = index.get(name)
  if (!ids || ids.length === 0) return { kind: 'unknown' }
  if (ids.length > 1) return { kind: 'ambiguous', ids }
  return { kind: 'resolved', id: ids[0] }
}

/** The display name of a node from the pipeline tree, if it has a non-empty one. */
export function nameOf(names: NodeNames | undefined, id: string): string | undefined {
  if (!names || id === '') return undefined
  const name: unknown = names.get(id)?.name
  return typeof name === 'string' && name !== '' ? name : undefined
}

/** Template node id → runtime id, over the activities and gateways that carry one (bkflow-api-2.md §8). */
export function indexTemplateIds(names: NodeNames): Map<string, string> {
  const index = new Map<string, string>()
  for (const [id, entry] of names) {
    const templateId: unknown = entry?.templateNodeId
    if (typeof templateId === 'string' && templateId !== '' && !index.has(templateId)) {
      index.set(templateId, id)
    }
  }
  return index
}
