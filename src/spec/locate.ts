// Positions in the spec file: from a path of keys and indexes (as ajv's instancePath gives it) to
// the YAML node and its 1-based line and column range.

import { isAlias, isMap, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml'
import type { SourceRange } from '../model.js'

/** A key in a map or an index in a list. */
export type PathSegment = string | number

/** The YAML nodes found along a path: the value, the key it sits under, and the deepest node found. */
export interface Located {
  value?: Node
  key?: Node
  /** The last node on the path that exists (the document root at worst). */
  deepest?: Node
  found: boolean
}

/** `/tasks/0/state` → `['tasks', '0', 'state']`, decoding `~1` and `~0` (RFC 6901). */
export function splitPointer(pointer: string): string[] {
  if (pointer === '') return []
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
}

/** Answers "where in the file is this?" for one parsed spec document. */
export class SpecLocator {
  constructor(
    readonly file: string,
    private readonly text: string,
    private readonly doc: Document,
    private readonly lineCounter: LineCounter
  ) {}

  /** The range between two offsets, with trailing whitespace trimmed off the end. */
  rangeOfOffsets(start: number, end: number): SourceRange {
    let stop = Math.max(start, end)
    while (stop > start + 1 && /\s/.test(this.text[stop - 1] ?? '')) stop--
    const from = this.lineCounter.linePos(start)
    const to = this.lineCounter.linePos(stop)
    return {
      file: this.file,
      line: from.line,
      column: from.col,
      endLine: to.line,
      endColumn: to.col
    }
  }

  /** The range of a node, or undefined when the node has no source text (an empty value). */
  rangeOfNode(node: Node | undefined): SourceRange | undefined {
    const range = node?.range
    if (!range || range[1] <= range[0]) return undefined
    return this.rangeOfOffsets(range[0], range[1])
  }

  /** Follows a path from the document root through maps, lists and aliases. */
  find(path: readonly PathSegment[]): Located {
    let current: Node | undefined = this.node(this.doc.contents)
    let key: Node | undefined
    let deepest = current
    for (const segment of path) {
      key = undefined
      let next: Node | undefined
      if (isMap(current)) {
        const pair = current.items.find(
          (item) => isScalar(item.key) && String(item.key.value) === String(segment)
        )
        if (pair) {
          key = this.node(pair.key)
          next = this.node(pair.value)
          if (next === undefined) return { key, deepest: key, found: true }
        }
      } else if (isSeq(current)) {
        next = this.node(current.items[Number(segment)])
      }
      if (next === undefined) return { deepest, found: false }
      current = next
      deepest = current
    }
    return { value: current, key, deepest, found: true }
  }

  /** Where to report something about the value at a path: the value, else its key, else the nearest ancestor. */
  valueRange(path: readonly PathSegment[]): SourceRange {
    const located = this.find(path)
    return (
      this.rangeOfNode(located.value) ??
      this.rangeOfNode(located.key) ??
      this.rangeOfNode(located.deepest) ??
      this.start()
    )
  }

  /** Where to report something about the key at a path (an unknown key): the key itself. */
  keyRange(path: readonly PathSegment[]): SourceRange {
    const located = this.find(path)
    return this.rangeOfNode(located.key) ?? this.valueRange(path)
  }

  /** Line 1, column 1: for problems with the file as a whole. */
  start(): SourceRange {
    return startOf(this.file)
  }

  private node(value: unknown): Node | undefined {
    if (isAlias(value)) return this.node(value.resolve(this.doc))
    if (isMap(value) || isSeq(value) || isScalar(value)) return value
    return undefined
  }
}

/** Line 1, column 1 of a file: for problems with the file as a whole. */
export function startOf(file: string): SourceRange {
  return { file, line: 1, column: 1, endLine: 1, endColumn: 1 }
}
