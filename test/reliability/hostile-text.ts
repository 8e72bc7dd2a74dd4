// Hostile text for the fuzzers of issue 11: seeded random strings built from control characters,
// terminal escapes, line breaks, workflow commands, markdown references and encodings of the
// secret; a gateway that serves them as states, node ids, names and messages; and the checks every
// output must pass.

import type { ServerResponse } from 'node:http'
import { quotedString } from '../../src/safe-text.js'
import { Random } from '../random.js'
import { encodedForms, secretLeaks } from './encodings.js'
import { sendJson, type HostileRequest } from './hostile.js'

/** The secret the fuzzed runs use (and the gateway echoes in encoded forms). */
export const FUZZ_SECRET = 's3cr3t-ZQX-fuzz-5c0ffee'

/** A workflow command smuggled in; `marker` is unique, so a line that starts with it was injected. */
export interface Injection {
  text: string
  /** The text that would start a stdout line if the injection worked (leading break removed). */
  line: string
}

const CONTROLS = [
  '\u0000',
  '\u0007',
  '\b',
  '\t',
  '\u000b',
  '\f',
  '\r',
  '\n',
  '\r\n',
  '\u001b',
  '\u001b[31m',
  '\u001b[2J',
  '\u001b]0;owned\u0007',
  '\u001b]8;;https://evil.example\u001b\\',
  '\u007f',
  '\u0085',
  '\u009b31m',
  '\u0090',
  '\u2028',
  '\u2029',
  '\u202e',
  '\u2066'
]

const MARKUP = [
  '@octocat',
  '@org/team',
  '#123',
  'GH-42',
  'org/repo#7',
  '|',
  '<script>alert(1)</script>',
  '`code`',
  '[link](https://evil.example)',
  '**bold**',
  '&amp;',
  '%0A',
  '%25',
  '${{ secrets.X }}'
]

const WORDS = ['Deploy', 'db', '部署', 'node', 'x', '', ' ', 'FAILED', 'RUNNING', '::', '##', '\\']

/** Draws hostile strings from one seeded stream; every injection it makes is remembered. */
export class HostileText {
  readonly random: Random
  readonly injections: Injection[] = []

  constructor(seed: number) {
    this.random = new Random(seed)
  }

  /** A workflow command behind a line break (or, legacy, anywhere), with a unique marker. */
  injection(): string {
    const marker = `INJECT${this.injections.length}x${this.random.seed}`
    const r = this.random
    const command = r.pick([
      `::error title=${marker}::y`,
      `::warning::${marker}`,
      `::add-mask::${marker}`,
      `::set-output name=${marker}::pass`,
      `::stop-commands::${marker}`,
      `::group::${marker}`,
      `##[error]${marker}`,
      `##[add-mask]${marker}`
    ])
    const lead = command.startsWith('##[')
      ? r.pick(['', ' ', '\n'])
      : r.pick(['\n', '\r', '\r\n', '\n   ', '\u2028'])
    this.injections.push({ text: lead + command, line: command })
    return lead + command
  }

  /** One hostile string: 1–6 pieces of every kind. */
  string(secret = FUZZ_SECRET): string {
    const r = this.random
    const forms = Object.values(encodedForms(secret))
    const pieces: string[] = []
    for (let i = r.between(1, 6); i > 0; i--) {
      const kind = r.int(5)
      if (kind === 0) pieces.push(r.pick(CONTROLS))
      else if (kind === 1) pieces.push(this.injection())
      else if (kind === 2) pieces.push(r.pick(MARKUP))
      else if (kind === 3) pieces.push(r.pick(forms))
      else pieces.push(r.pick(WORDS))
    }
    return pieces.join(r.pick(['', ' ']))
  }
}

/** What the gateway says about one task. */
export interface HostileTask {
  taskId: number
  spaceId: number
  label: string
  rootState: string
  taskName: string
  nodes: Array<{ id: string; state: string; name: string }>
  /** Answer result:false with this message instead of the tree. */
  failure?: string
  /** Node names the spec asks for (some match a node, some do not). */
  specNames: string[]
}

/** A seeded set of hostile tasks, and the spec that checks them. */
export function hostileTasks(text: HostileText, count: number, firstId = 1000): HostileTask[] {
  const r = text.random
  return Array.from({ length: count }, (_, i) => {
    const nodes = Array.from({ length: r.between(1, 3) }, (_n, k) => ({
      id: r.chance(0.5) ? `n${k}${text.string()}` : `n${k}`,
      state: r.chance(0.5) ? text.string() : r.pick(['FAILED', 'FINISHED', 'RUNNING']),
      name: text.string()
    }))
    return {
      taskId: firstId + i,
      spaceId: 1 + (i % 3),
      // The schema allows 200 characters; cut by code point.
      label: `L${[...text.string()].slice(0, 150).join('')}`,
      rootState: r.chance(0.4) ? text.string() : r.pick(['FINISHED', 'FAILED']),
      taskName: text.string(),
      nodes,
      failure: r.chance(0.25) ? text.string() : undefined,
      specNames: [r.chance(0.5) ? nodes[0].name : text.string()]
    }
  })
}

/** The spec for `tasks`: hostile labels and node names, escaped as YAML double-quoted strings. */
export function hostileSpec(tasks: readonly HostileTask[], timeout = '2s'): string {
  const lines = ['version: 1', 'defaults:', `  timeout: ${timeout}`, '  interval: 100ms', 'tasks:']
  for (const t of tasks) {
    lines.push(`  - task_id: ${t.taskId}`, `    space_id: ${t.spaceId}`)
    lines.push(`    label: ${quotedString(t.label)}`)
    lines.push('    nodes:')
    for (const name of t.specNames) lines.push(`      - name: ${quotedString(name)}`)
  }
  return lines.join('\n') + '\n'
}

/** A gateway serving `tasks`: hostile states, ids, names and messages, in well-formed envelopes. */
export function hostileGateway(tasks: readonly HostileTask[]) {
  const byId = new Map(tasks.map((t) => [t.taskId, t]))
  return (req: HostileRequest, res: ServerResponse): void => {
    if (req.path.includes('get_tasks_states')) {
      // The batch: every asked id with its root state.
      const data: Record<string, { state: string }> = {}
      for (const t of tasks) data[t.taskId] = { state: t.rootState }
      return sendJson(res, 200, { result: true, data })
    }
    const task = byId.get(req.taskId)
    if (task === undefined) return sendJson(res, 200, { result: false, message: '未找到。' })
    if (task.failure !== undefined) {
      // A refusal (permanent): quoted in the task's error, and not retried.
      return sendJson(res, 400, { result: false, message: task.failure })
    }
    if (req.path.includes('get_task_detail')) {
      const activities: Record<string, unknown> = {}
      for (const n of task.nodes)
        activities[n.id] = { id: n.id, name: n.name, type: 'ServiceActivity' }
      return sendJson(res, 200, {
        result: true,
        data: { name: task.taskName, pipeline_tree: { activities } }
      })
    }
    const children: Record<string, unknown> = {}
    for (const n of task.nodes) children[n.id] = { id: n.id, state: n.state }
    return sendJson(res, 200, {
      result: true,
      data: { id: 'root', state: task.rootState, children }
    })
  }
}

// C0 (but \n and \t), DEL and C1: never raw in an output. (\t is text; \r would rewrite a line.)
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/

/** Commands the gate itself writes (through @actions/core). */
const OWN_COMMANDS = new Set([
  'add-mask',
  'group',
  'endgroup',
  'error',
  'warning',
  'notice',
  'debug'
])

/**
 * What is wrong with one output's text: a raw control character, an injected workflow command
 * (a line that starts with an injection, a `##[` anywhere, a command the gate never writes, a mask
 * the gate did not ask for), or the secret in any encoding. `stdout` says whether the text is read
 * by the runner as commands.
 */
export function problems(
  where: string,
  text: string,
  injections: readonly Injection[],
  options: { stdout: boolean; secrets: readonly string[]; masks?: readonly string[] }
): string[] {
  const found: string[] = []
  const raw = RAW_CONTROL.exec(text)
  if (raw) {
    const at = raw.index
    found.push(
      `${where}: raw U+${raw[0].charCodeAt(0).toString(16).padStart(4, '0')} near ${JSON.stringify(text.slice(Math.max(0, at - 30), at + 30))}`
    )
  }
  for (const secret of options.secrets) {
    for (const form of secretLeaks(text, secret)) found.push(`${where}: the secret (${form})`)
  }
  if (!options.stdout) return found
  if (text.includes('##[')) found.push(`${where}: a legacy ##[ command`)
  for (const line of text.split(/\r\n|\r|\n/)) {
    const trimmed = line.trimStart()
    const injected = injections.find((i) => trimmed.startsWith(i.line))
    if (injected) found.push(`${where}: injected line ${JSON.stringify(trimmed.slice(0, 80))}`)
    if (!trimmed.startsWith('::')) continue
    const name = /^::([A-Za-z-]+)/.exec(trimmed)?.[1] ?? ''
    if (!OWN_COMMANDS.has(name))
      found.push(`${where}: foreign command ${JSON.stringify(trimmed.slice(0, 80))}`)
    if (
      name === 'add-mask' &&
      !(options.masks ?? []).includes(trimmed.slice('::add-mask::'.length))
    ) {
      found.push(
        `${where}: a mask the gate did not ask for ${JSON.stringify(trimmed.slice(0, 80))}`
      )
    }
  }
  return found
}
