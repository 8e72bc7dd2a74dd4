// The fast reader for plain YAML: js-yaml's event parser (about 10× faster than the `yaml`
// library's CST parser on a 1,000-task spec), building the value and its node positions in one
// pass. It declines, by returning undefined, everything whose reading or wording is the `yaml`
// library's business: syntax errors, duplicate keys, anchors and aliases, tags, directives, more
// than one document, block scalars, empty values, comments after a collection's last entry, lone CRs, and the few shapes `yaml` warns about; load.ts then reads the text with
// `yaml`. test/spec/readers.test.ts feeds every fixture to both and asserts they agree.

import {
  boolCoreTag,
  COLLECTION_STYLE,
  EVENT_ID,
  floatCoreTag,
  getScalarValue,
  intCoreTag,
  NOT_RESOLVED,
  nullCoreTag,
  parseEvents,
  SCALAR_STYLE,
  type Event
} from 'js-yaml'
import type { NodePosition } from './locate.js'

/**
 * Deeper than this goes to the `yaml` reader, which enforces MAX_NESTING in its own terms (flow
 * depth, indicators on one line: at most two per level). A spec is about 6 deep.
 */
const FAST_MAX_DEPTH = 20

/** YAML 1.2 core schema, in js-yaml's order (the same resolution as `yaml`'s default schema). */
const CORE_TAGS = [nullCoreTag, boolCoreTag, intCoreTag, floatCoreTag]
/** For each first character a plain scalar may start with, the tags that may resolve it. */
const TAGS_BY_FIRST = new Map<string, typeof CORE_TAGS>()
for (const tag of CORE_TAGS) {
  for (const first of tag.implicitFirstChars ?? []) {
    TAGS_BY_FIRST.set(first, [...(TAGS_BY_FIRST.get(first) ?? []), tag])
  }
}
if (CORE_TAGS.some((tag) => tag.implicitFirstChars === null)) {
  throw new Error('a core tag resolves scalars of any first character')
}
// A plain scalar that reads as a number to `yaml` but that js-yaml leaves a string (`1e400`).
const NUMBER_LIKE = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/
// `yaml` warns about a flow collection closed at its parent's indentation; let it.
const FLOW_END_AT_LINE_START = /^[ \t]*[\]}]/m
// A lone CR ends a line to js-yaml, not to `yaml` (which then finds no map at all).
const LONE_CR = /\r(?!\n)/

/** Declines the text: the `yaml` reader takes over. */
class Decline extends Error {}

function resolvePlain(source: string): unknown {
  const tags = TAGS_BY_FIRST.get(source.charAt(0))
  if (tags === undefined) return source
  for (const tag of tags) {
    const value: unknown = tag.resolve(source, false, tag.tagName)
    if (value !== NOT_RESOLVED) return value
  }
  if (NUMBER_LIKE.test(source)) throw new Decline()
  return source
}

interface Frame {
  /** A map's value (its position has `entries`) or a list's (`items`). */
  map?: Record<string, unknown>
  list?: unknown[]
  position: NodePosition
  /** In a map: the key read, waiting for its value. */
  key?: string
  keyPosition?: NodePosition
  /** `[…]` or `{…}`: its range ends after the closing bracket, which no event marks. */
  flow: boolean
}

/** One document's value and node positions, or undefined when the `yaml` reader should read it. */
export function loadValidYaml(text: string): { value: unknown; root: NodePosition } | undefined {
  if (FLOW_END_AT_LINE_START.test(text) || LONE_CR.test(text)) return undefined
  let events: Event[]
  try {
    events = parseEvents(text, { maxDepth: FAST_MAX_DEPTH })
  } catch {
    return undefined
  }
  try {
    return build(text, events)
  } catch (error: unknown) {
    if (error instanceof Decline) return undefined
    throw error
  }
}

function build(text: string, events: Event[]): { value: unknown; root: NodePosition } {
  const stack: Frame[] = []
  let top: Frame | undefined
  let root: { value: unknown; position: NodePosition } | undefined
  let documents = 0

  // Attaches a finished node to its parent (or makes it the root).
  const attach = (value: unknown, position: NodePosition): void => {
    if (top === undefined) {
      root = { value, position }
      return
    }
    if (position.end > top.position.end) top.position.end = position.end
    if (top.list !== undefined) {
      top.list.push(value)
      top.position.items?.push(position)
      return
    }
    const key = top.key
    if (key === undefined || top.map === undefined || top.keyPosition === undefined) {
      throw new Decline() // a collection as a key
    }
    top.map[key] = value
    top.position.entries?.set(key, { key: top.keyPosition, value: position })
    top.key = undefined
  }

  for (const event of events) {
    switch (event.type) {
      case EVENT_ID.SCALAR: {
        if (event.anchorStart >= 0 || event.tagStart >= 0) throw new Decline()
        const style = event.style
        // A block scalar's range starts at its `|` or `>`, and an empty value's parent ends after
        // its `:` or a comment beyond it; no event marks either, and valid specs have neither.
        if (
          style === SCALAR_STYLE.LITERAL_BLOCK ||
          style === SCALAR_STYLE.FOLDED_BLOCK ||
          event.valueStart < 0
        ) {
          throw new Decline()
        }
        const source = event.fast
          ? text.slice(event.valueStart, event.valueEnd)
          : getScalarValue(text, event)
        const plain = style === SCALAR_STYLE.PLAIN
        const value = plain ? resolvePlain(source) : source
        // The range as `yaml` gives it: quotes included.
        const position: NodePosition = plain
          ? { start: event.valueStart, end: event.valueEnd }
          : { start: event.valueStart - 1, end: event.valueEnd + 1 }
        if (top !== undefined && top.map !== undefined && top.key === undefined) {
          // A key: only strings, once each, and never one that would touch the prototype.
          if (typeof value !== 'string' || value === '__proto__') throw new Decline()
          if (Object.hasOwn(top.map, value)) throw new Decline()
          top.key = value
          top.keyPosition = position
          if (position.end > top.position.end) top.position.end = position.end
        } else {
          attach(value, position)
        }
        break
      }
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE: {
        if (event.anchorStart >= 0 || event.tagStart >= 0) throw new Decline()
        if (top !== undefined && top.map !== undefined && top.key === undefined) {
          throw new Decline() // a collection as a key
        }
        const flow = event.style === COLLECTION_STYLE.FLOW
        const frame: Frame =
          event.type === EVENT_ID.MAPPING
            ? {
                map: {},
                flow,
                position: { start: event.start, end: event.start, entries: new Map() }
              }
            : { list: [], flow, position: { start: event.start, end: event.start, items: [] } }
        stack.push(frame)
        top = frame
        break
      }
      case EVENT_ID.POP: {
        const frame = stack.pop()
        if (frame === undefined) break // the document's end
        if (frame.key !== undefined) throw new Decline() // a key without its value
        if (frame.flow) frame.position.end = flowEnd(text, frame.position)
        // `yaml` lets a comment after a block collection's last entry extend the collection's
        // range, by rules of its own; such a text is left to it.
        else if (commentFollows(text, frame.position.end)) throw new Decline()
        top = stack[stack.length - 1]
        attach(frame.map ?? frame.list, frame.position)
        break
      }
      case EVENT_ID.DOCUMENT:
        if (++documents > 1 || event.directives.length > 0) throw new Decline()
        break
      default:
        throw new Decline() // an alias
    }
  }
  if (root === undefined || documents !== 1) throw new Decline()
  return { value: root.value, root: root.position }
}

/** Whether the next thing after `offset`, past blanks and line ends, is a comment. */
function commentFollows(text: string, offset: number): boolean {
  let i = offset
  while (i < text.length) {
    const c = text[i]
    if (c === '#') return true
    if (c !== ' ' && c !== '\t' && c !== '\n' && c !== '\r') return false
    i++
  }
  return false
}

/** The offset after a flow collection's closing bracket: past commas, blanks and comments. */
function flowEnd(text: string, position: NodePosition): number {
  let i = Math.max(position.end, position.start + 1)
  while (i < text.length) {
    const c = text[i]
    if (c === ']' || c === '}') return i + 1
    if (c === '#') {
      const eol = text.indexOf('\n', i)
      i = eol < 0 ? text.length : eol
    } else if (c === ',' || c === ' ' || c === '\t' || c === '\n' || c === '\r') i++
    else break
  }
  throw new Decline()
}
