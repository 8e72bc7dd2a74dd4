// Positions in the spec file: from a path of keys and indexes (as ajv's instancePath gives it) to
// the YAML node and its 1-based line and column range. Both YAML readers (load.ts, fast-load.ts)
// describe the document as the same tree of node positions.

import type { SourceRange } from '../model.js'

/** A key in a map or an index in a list. */
export type PathSegment = string | number

/** Where one YAML node sits in the text (offsets; `end <= start` for an empty value), and its children. */
export interface NodePosition {
  start: number
  end: number
  /** A map's entries by key: where the key is and where its value is (none when there is none). */
  entries?: Map<string, { key: NodePosition; value?: NodePosition }>
  /** A list's items. */
  items?: (NodePosition | undefined)[]
}

/** The YAML nodes found along a path: the value, the key it sits under, and the deepest node found. */
export interface Located {
  value?: NodePosition
  key?: NodePosition
  /** The last node on the path that exists (the document root at worst). */
  deepest?: NodePosition
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

/** The offset at which each line starts, for offset → line and column. */
export function lineStarts(text: string): number[] {
  const starts = [0]
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1)
  return starts
}

/** Answers "where in the file is this?" for one parsed spec document. */
export class SpecLocator {
  constructor(
    readonly file: string,
    private readonly text: string,
    private readonly starts: readonly number[],
    private readonly root?: NodePosition
  ) {}

  /** The same file and text with the document's node tree. */
  withRoot(root: NodePosition | undefined): SpecLocator {
    return new SpecLocator(this.file, this.text, this.starts, root)
  }

  /** The 1-based line and column of an offset. */
  linePos(offset: number): { line: number; col: number } {
    let lo = 0
    let hi = this.starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (this.starts[mid] <= offset) lo = mid
      else hi = mid - 1
    }
    return { line: lo + 1, col: offset - this.starts[lo] + 1 }
  }

  /** The range between two offsets, with trailing whitespace trimmed off the end. */
  rangeOfOffsets(start: number, end: number): SourceRange {
    let stop = Math.max(start, end)
    while (stop > start + 1 && isSpace(this.text.charCodeAt(stop - 1))) stop--
    const from = this.linePos(start)
    const to = this.linePos(stop)
    return {
      file: this.file,
      line: from.line,
      column: from.col,
      endLine: to.line,
      endColumn: to.col
    }
  }

  /** The range of a node, or undefined when the node has no source text (an empty value). */
  rangeOfNode(node: NodePosition | undefined): SourceRange | undefined {
    if (!node || node.end <= node.start) return undefined
    return this.rangeOfOffsets(node.start, node.end)
  }

  /** Follows a path from the document root through maps and lists. */
  find(path: readonly PathSegment[]): Located {
    let current = this.root
    let key: NodePosition | undefined
    let deepest = current
    for (const segment of path) {
      key = undefined
      let next: NodePosition | undefined
      if (current?.entries) {
        const entry = current.entries.get(String(segment))
        if (entry) {
          key = entry.key
          next = entry.value
          if (next === undefined) return { key, deepest: key, found: true }
        }
      } else if (current?.items) {
        next = current.items[Number(segment)]
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
}

const WHITESPACE = /\s/

/** Whether a character is whitespace (`\s`), deciding printable ASCII without the RegExp. */
function isSpace(code: number): boolean {
  if (code > 32 && code < 127) return false
  return WHITESPACE.test(String.fromCharCode(code))
}

/** Line 1, column 1 of a file: for problems with the file as a whole. */
export function startOf(file: string): SourceRange {
  return { file, line: 1, column: 1, endLine: 1, endColumn: 1 }
}
