// Reading the spec's YAML with its positions, refusing files that would cost too much to read.

import {
  CST,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  Lexer,
  parseDocument,
  visit,
  type Document,
  type YAMLError
} from 'yaml'
import type { Diagnostic } from '../model.js'
import { diagnostic } from './diagnostic.js'
import { loadValidYaml } from './fast-load.js'
import { MAX_ALIASES, MAX_NESTING, MAX_SPEC_BYTES } from './limits.js'
import { lineStarts, SpecLocator, startOf, type NodePosition } from './locate.js'

/** A spec file read as YAML: its plain value and the locator for its nodes. */
export interface LoadedYaml {
  value: unknown
  locator: SpecLocator
}

/** The too-large diagnostic, shared with callers that check a file's size before reading it. */
export function tooLargeDiagnostic(file: string, bytes: number): Diagnostic {
  return diagnostic(
    'too-large',
    `The spec is ${bytes} bytes; the limit is ${MAX_SPEC_BYTES} bytes (1 MiB). Split it into several specs.`,
    startOf(file)
  )
}

const FLOW_START = new Set(['flow-map-start', 'flow-seq-start'])
const FLOW_END = new Set(['flow-map-end', 'flow-seq-end'])
const BLOCK_INDICATORS = new Set(['seq-item-ind', 'explicit-key-ind', 'map-value-ind'])
// Lexer tokens that mark structure but stand for no source characters.
const ZERO_WIDTH = new Set(['doc-mode', 'flow-error-end', 'scalar'])

/**
 * The offset at which nesting first exceeds MAX_NESTING, or -1. Runs on the lexer's token stream
 * (flat, constant memory) because the YAML composer recurses, and a 1 MiB file of `[[[[…` or
 * `- - - …` costs it hundreds of MB before it gives up.
 */
function excessiveNesting(text: string): number {
  let offset = 0
  let flowDepth = 0
  let indicatorsOnLine = 0
  let scalarContentNext = false
  for (const token of new Lexer().lex(text)) {
    const type: string = CST.tokenType(token) ?? 'content'
    if (scalarContentNext) {
      scalarContentNext = false
    } else if (FLOW_START.has(type)) {
      if (++flowDepth > MAX_NESTING) return offset
    } else if (FLOW_END.has(type)) {
      flowDepth = Math.max(0, flowDepth - 1)
    } else if (BLOCK_INDICATORS.has(type)) {
      if (++indicatorsOnLine > MAX_NESTING) return offset
    } else if (type === 'newline') {
      indicatorsOnLine = 0
    }
    if (type === 'scalar') scalarContentNext = true
    if (!ZERO_WIDTH.has(type)) offset += token.length
  }
  return -1
}

const SYNTAX_HINTS: Partial<Record<YAMLError['code'], string>> = {
  TAB_AS_INDENT: 'Tabs are not allowed as indentation: indent with spaces.',
  MULTIPLE_DOCS: 'A spec holds one YAML document: remove the `---` that starts a second one.'
}

/** The node positions of a composed document; an alias shares its anchor's positions. */
function positionsOf(doc: Document): NodePosition | undefined {
  const seen = new Map<unknown, NodePosition | undefined>()
  const convert = (value: unknown): NodePosition | undefined => {
    if (isAlias(value)) return convert(value.resolve(doc))
    if (!isMap(value) && !isSeq(value) && !isScalar(value)) return undefined
    if (seen.has(value)) return seen.get(value)
    const [start, end] = value.range ?? [0, 0]
    const position: NodePosition = { start, end }
    seen.set(value, position)
    if (isMap(value)) {
      position.entries = new Map()
      for (const pair of value.items) {
        if (!isScalar(pair.key)) continue
        const name = String(pair.key.value)
        const key = convert(pair.key)
        if (key && !position.entries.has(name)) {
          position.entries.set(name, { key, value: convert(pair.value) })
        }
      }
    } else if (isSeq(value)) {
      position.items = value.items.map(convert)
    }
    return position
  }
  return convert(doc.contents)
}

/**
 * Parses the text as one YAML document; never throws. `loaded` is undefined when the text cannot
 * be read as a document; a duplicate key is an error that still lets the rest be checked.
 * A valid document is read by the fast reader; anything it declines (errors, warnings, aliases,
 * tags, directives) by the `yaml` library, which words the diagnostics.
 */
export function loadYaml(
  text: string,
  file: string
): { loaded?: LoadedYaml; diagnostics: Diagnostic[] } {
  const bytes = Buffer.byteLength(text, 'utf8')
  if (bytes > MAX_SPEC_BYTES) return { diagnostics: [tooLargeDiagnostic(file, bytes)] }

  const locator = new SpecLocator(file, text, lineStarts(text))
  const fast = loadValidYaml(text)
  if (fast)
    return { loaded: { value: fast.value, locator: locator.withRoot(fast.root) }, diagnostics: [] }
  return loadWithYaml(text, locator)
}

/** Reads the text with the `yaml` library: every YAML diagnostic comes from here. */
export function loadWithYaml(
  text: string,
  locator: SpecLocator
): { loaded?: LoadedYaml; diagnostics: Diagnostic[] } {
  const file = locator.file
  const tooDeepAt = excessiveNesting(text)
  if (tooDeepAt >= 0) {
    const { line, col } = locator.linePos(tooDeepAt)
    const range = { file, line, column: col, endLine: line, endColumn: col + 1 }
    const message = `The spec nests lists and maps more than ${MAX_NESTING} levels deep; no spec needs that.`
    return { diagnostics: [diagnostic('too-deep', message, range)] }
  }

  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true })
  const diagnostics: Diagnostic[] = []
  const errors = [...doc.errors].sort((a, b) => a.pos[0] - b.pos[0])
  for (const error of errors) {
    if (error.code !== 'DUPLICATE_KEY') continue
    // yaml points at the key's first character; the key runs to its `:` (or its closing quote).
    const rest = text.slice(error.pos[0], error.pos[0] + 200)
    const key = /^("[^"\n]*"|'[^'\n]*'|[^:\n]*)/.exec(rest)?.[1].trim() ?? ''

    const message = `Duplicate key \`${key}\`: a key may appear once per map; remove or merge one.`
    diagnostics.push(diagnostic('duplicate-key', message, locator.rangeOfOffsets(...error.pos)))
  }
  // One syntax error at a time: the errors after the first are usually its echoes.
  const syntax = errors.find((error) => error.code !== 'DUPLICATE_KEY')
  if (syntax) {
    const code = syntax.code === 'RESOURCE_EXHAUSTION' ? 'too-deep' : 'yaml-syntax'
    const message = SYNTAX_HINTS[syntax.code] ?? `${syntax.message}.`.replace(/\.\.$/, '.')
    diagnostics.push(diagnostic(code, message, locator.rangeOfOffsets(...syntax.pos)))
  }
  if (syntax) return { diagnostics }
  for (const warning of doc.warnings) {
    const range = locator.rangeOfOffsets(...warning.pos)
    diagnostics.push(diagnostic('yaml-syntax', warning.message, range, 'warning'))
  }

  if (doc.contents === null) {
    const message = 'The spec is empty: it needs `version: 1` and a list of `tasks`.'
    return { diagnostics: [...diagnostics, diagnostic('empty-spec', message, locator.start())] }
  }

  let aliases = 0
  let excessAlias: [number, number] | undefined
  visit(doc, {
    Alias(_key, node) {
      if (++aliases > MAX_ALIASES && node.range) {
        excessAlias = [node.range[0], node.range[1]]
        return visit.BREAK
      }
      return undefined
    }
  })
  const aliasMessage = `The spec uses more than ${MAX_ALIASES} YAML aliases (\`*name\`); write the values out instead.`
  if (aliases > MAX_ALIASES) {
    const range = excessAlias ? locator.rangeOfOffsets(...excessAlias) : locator.start()
    return { diagnostics: [...diagnostics, diagnostic('too-many-aliases', aliasMessage, range)] }
  }
  try {
    // maxAliasCount bounds the expansion of the aliases counted above (yaml's own guard).
    const value: unknown = doc.toJS({ maxAliasCount: MAX_ALIASES })
    return { loaded: { value, locator: locator.withRoot(positionsOf(doc)) }, diagnostics }
  } catch (error: unknown) {
    if (error instanceof ReferenceError) {
      return {
        diagnostics: [...diagnostics, diagnostic('too-many-aliases', aliasMessage, locator.start())]
      }
    }
    const message = `The YAML could not be read: ${error instanceof Error ? error.message : String(error)}`
    return { diagnostics: [...diagnostics, diagnostic('yaml-syntax', message, locator.start())] }
  }
}
