// `bkflow-gate init --task ID [--space ID] [--pin]`: print a spec of a task as it is now, with
// node names as comments beside their ids, so a known-good run can be snapshotted into a spec. By
// default the spec is reusable (template node ids, `task_id: ${TASK_ID}`); --pin keeps this
// task's runtime ids and id.

import type { BkflowClient } from '../../bkflow/index.js'
import type { CallOptions, NodeNames, TreeNode } from '../../model.js'
import { childTaskId } from '../../poll/children.js'
import { plainText, quotedString } from '../../safe-text.js'
import { redactSecrets } from '../../secrets.js'
import { parseArgs } from '../args.js'
import { EXIT, type CliContext, type Command } from '../command.js'
import { CREDENTIAL_HELP, clientFromEnv, reportBadSettings } from '../credentials.js'

const OPTIONS = {
  task: { type: 'string' },
  space: { type: 'string' },
  'api-url': { type: 'string' },
  'allow-http': { type: 'boolean' },
  pin: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' }
} as const

const USAGE = 'init --task ID [--space ID] [--pin] [--api-url URL]'

/** The variable a reusable spec reads its task id from. */
const TASK_VAR = 'TASK_ID'

/** One read of a task, bounded: init is interactive and should not retry for long. */
const INIT_DEADLINE_MS = 60_000

const POSITIVE_INT = /^[1-9][0-9]{0,15}$/

export const initCommand: Command = {
  name: 'init',
  usage: USAGE,
  summary: 'Print a spec of a task as it is now (node names as comments).',
  help: [
    'Reads a task from BKFlow and prints a spec that expects exactly what the task shows now:',
    'its state and, per node, the state, the retry count (as max_retry), and skip /',
    'error_ignored when set. Node names from the pipeline are written as comments (names need',
    '--space). Edit the result, then check it with `bkflow-gate validate`.',
    '',
    'The spec is reusable: BKFlow gives every task new runtime node ids, so nodes are written',
    `by their template node ids (the same in every task of the template) and the task id as`,
    `\${${TASK_VAR}}: set ${TASK_VAR} to the task each run should check. Template node ids come`,
    'from the task detail, which needs --space; without it, or with --pin, the spec names this',
    'task and its runtime ids. The child task of a subprocess node is read too: its nodes are',
    'written under the node’s own `nodes:`.',
    '',
    'Options:',
    '  --task ID      The task id (required).',
    '  --space ID     The task’s space; without it the app-bound endpoint is used.',
    '  --pin          Write this task’s id and runtime node ids (a spec for this task only).',
    '  --api-url URL  The gateway base URL (default: $BKFLOW_API_URL).',
    '  --allow-http   Permit plain http:// to a host that is not loopback.',
    '  -h, --help     Show this help.',
    '',
    ...CREDENTIAL_HELP,
    '',
    'Exit codes: 0 the spec was printed, 1 error.'
  ].join('\n'),

  async run(argv: string[], { output, env, signal }: CliContext): Promise<number> {
    const usageError = (problem: string): number => {
      output.err(`bkflow-gate init: ${problem}\nUsage: bkflow-gate ${USAGE}`)
      return EXIT.error
    }
    const args = parseArgs(argv, OPTIONS)
    if (!args.ok) return usageError(args.error)
    const flags = args.values
    if (flags.help) {
      output.out(`Usage: bkflow-gate ${USAGE}\n\n${initCommand.help}`)
      return EXIT.ok
    }
    if (args.positionals.length > 0) return usageError(`unexpected ${args.positionals[0]}`)
    if (!flags.task || !POSITIVE_INT.test(flags.task)) {
      return usageError(
        flags.task ? `--task "${flags.task}" is not a task id` : 'missing --task ID'
      )
    }
    if (flags.space !== undefined && !POSITIVE_INT.test(flags.space)) {
      return usageError(`--space "${flags.space}" is not a space id`)
    }
    const taskId = Number(flags.task)
    const spaceId = flags.space === undefined ? undefined : Number(flags.space)

    const connection = clientFromEnv(
      env,
      { apiUrl: flags['api-url'], allowHttp: flags['allow-http'] },
      (notice) => output.err(`bkflow-gate init: ${notice}`)
    )
    if ('errors' in connection) {
      reportBadSettings(output, 'init', connection.errors)
      return EXIT.error
    }
    const { client } = connection
    const call = { deadline: Date.now() + INIT_DEADLINE_MS, signal }
    try {
      const tree = await client.getTaskStates({ taskId, spaceId }, call)
      const detail =
        spaceId === undefined ? undefined : await client.getTaskDetail({ taskId, spaceId }, call)
      const pin = flags.pin === true || detail === undefined
      if (!flags.pin && detail === undefined) {
        output.err(
          'bkflow-gate init: without --space there are no template node ids: the spec names this task and its runtime ids (this task only).'
        )
      }
      const snapshot: Snapshot = { taskId, spaceId, tree, name: detail?.name, names: detail?.names }
      await readChildren(client, snapshot, call, 0)
      output.out(snapshotSpec(snapshot, new Date(), pin))
      return EXIT.ok
    } catch (error: unknown) {
      const message = error instanceof Error ? error.message : String(error)
      output.err(`bkflow-gate init: ${plainText(message)}`)
      return EXIT.error
    }
  }
}

interface Snapshot {
  taskId: number
  spaceId?: number
  tree: TreeNode
  /** The task's name (from get_task_detail), used as its label. */
  name?: string
  names?: NodeNames
  /** Subprocess nodes (runtime id) → the child task each runs, or why it could not be read. */
  children?: Map<string, Snapshot | { unread: string }>
}

/** Deeper than any real nesting of templates; a cycle in hostile data stops here. */
const MAX_SUBPROCESS_DEPTH = 8

/**
 * Reads the child task of every subprocess node that has run (bkflow-api-2.md §7): its id from
 * the node's task_id output, its space from its detail, its tree; children of children too. A
 * child that cannot be read is noted in the spec rather than failing init.
 */
async function readChildren(
  client: BkflowClient,
  s: Snapshot,
  call: CallOptions,
  depth: number
): Promise<void> {
  if (s.spaceId === undefined || !s.names || depth >= MAX_SUBPROCESS_DEPTH) return
  const spaceId = s.spaceId
  for (const node of reachedNodes(s.tree)) {
    if (s.names.get(node.id)?.component !== 'subprocess_plugin') continue
    s.children ??= new Map()
    try {
      const detail = await client.getTaskNodeDetail({ taskId: s.taskId, spaceId }, node.id, call, {
        componentCode: 'subprocess_plugin'
      })
      const childId = childTaskId(detail.outputs)
      if (childId === undefined) {
        s.children.set(node.id, { unread: 'BKFlow reports no child task for it yet' })
        continue
      }
      const childDetail = await client.getTaskDetail({ taskId: childId, spaceId }, call)
      const childSpace = childDetail.spaceId ?? spaceId
      const childTree = await client.getTaskStates({ taskId: childId, spaceId: childSpace }, call)
      const child: Snapshot = {
        taskId: childId,
        spaceId: childSpace,
        tree: childTree,
        names: childDetail.names
      }
      await readChildren(client, child, call, depth + 1)
      s.children.set(node.id, child)
    } catch (error: unknown) {
      if (call.signal?.aborted) throw error
      s.children.set(node.id, { unread: error instanceof Error ? error.message : String(error) })
    }
  }
}

/**
 * The spec text for a task as it is now. Nodes are every reached node that is an activity or a
 * gateway (start and end events are left out when names are known), at any depth, in tree order.
 * Reusable (`pin` false, names known): the task id is `${TASK_ID}` and nodes are given by their
 * template node id, else by a name no other node has; a node with neither is left out, in a
 * comment. Pinned: this task's id and runtime node ids.
 */
function snapshotSpec(s: Snapshot, at: Date, pin: boolean): string {
  const where = s.spaceId === undefined ? '' : ` (space ${s.spaceId})`
  const lines = [
    '# yaml-language-server: $schema=https://raw.githubusercontent.com/bkflow-gate/bkflow-gate/v1/schemas/spec.schema.json',
    `# Generated by bkflow-gate init from task ${s.taskId}${where}${s.name && !pin ? ` (${quotedString(comment(s.name).slice(0, 200))})` : ''} at ${at.toISOString()},`,
    `# when it was ${comment(s.tree.state)}. Edit it to say what must hold, then run bkflow-gate validate.`
  ]
  if (!pin) {
    lines.push(
      '# Reusable: nodes are given by their template node ids, the same in every task of the template;',
      `# set ${TASK_VAR} to the task to check (\`init --pin\` writes this task's id and runtime ids).`
    )
  }
  lines.push('version: 1', 'tasks:', `  - task_id: ${pin ? s.taskId : `\${${TASK_VAR}}`}`)
  if (s.spaceId !== undefined) lines.push(`    space_id: ${s.spaceId}`)
  // A reusable spec checks other tasks too: this task's name would mislabel them. The spec is
  // meant to be committed: nothing from BKFlow may carry a secret or a control into it.
  if (s.name && pin) lines.push(`    label: ${quotedString(plainText(s.name).slice(0, 200))}`)
  lines.push(`    state: ${stateValue(s.tree.state)}`)
  const entries = nodeEntries(s, pin, 6)
  if (entries.length > 0) lines.push('    nodes:', ...entries)
  return lines.join('\n')
}

/**
 * The `nodes:` entries of one task level, each `- ` at `indent` spaces; a subprocess node's child
 * task gets its own `nodes:` under it, one level deeper.
 */
function nodeEntries(s: Snapshot, pin: boolean, indent: number): string[] {
  const dash = ' '.repeat(indent)
  const field = ' '.repeat(indent + 2)
  const nodes = reachedNodes(s.tree).filter((n) => !s.names || s.names.has(n.id))
  const uniqueNames = pin || !s.names ? new Set<string>() : namesUsedOnce(s.names)
  const entries: string[] = []
  for (const node of nodes) {
    const name = s.names?.get(node.id)?.name
    const templateId = s.names?.get(node.id)?.templateNodeId
    let key: string
    if (pin) key = `id: ${plainOrQuoted(node.id)}${name ? ` # ${comment(name)}` : ''}`
    else if (templateId)
      key = `id: ${plainOrQuoted(templateId)}${name ? ` # ${comment(name)}` : ''}`
    else if (name && uniqueNames.has(name)) key = `name: ${quotedString(name)}`
    else {
      // A nested (legacy subprocess) node has no template node id; a shared name cannot pick it.
      entries.push(
        `${dash}# not listed: ${comment(name || node.id)} has no template node id and no unique name`
      )
      continue
    }
    entries.push(`${dash}- ${key}`, `${field}state: ${stateValue(node.state)}`)
    entries.push(`${field}max_retry: ${Number.isSafeInteger(node.retry) ? node.retry : 0}`)
    if (node.skip) entries.push(`${field}skip: true`)
    if (node.errorIgnored) entries.push(`${field}error_ignored: true`)
    const child = s.children?.get(node.id)
    if (child && 'unread' in child) {
      entries.push(`${field}# the child task's nodes were not read: ${comment(child.unread)}`)
    } else if (child) {
      const inner = nodeEntries(child, pin, indent + 4)
      if (inner.length > 0) {
        entries.push(`${field}nodes: # of child task ${child.taskId}`, ...inner)
      }
    }
  }
  return entries
}

/** The names that exactly one activity or gateway carries. */
function namesUsedOnce(names: NodeNames): Set<string> {
  const counts = new Map<string, number>()
  for (const { name } of names.values()) counts.set(name, (counts.get(name) ?? 0) + 1)
  return new Set([...counts].filter(([name, n]) => name !== '' && n === 1).map(([name]) => name))
}

/** Every node below the root that has an id, depth first, in payload order. */
function reachedNodes(root: TreeNode): TreeNode[] {
  const found: TreeNode[] = []
  const stack = [...root.children].reverse()
  while (stack.length > 0) {
    const node = stack.pop() as TreeNode
    if (node.id) found.push(node)
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i])
  }
  return found
}

/** A state as a YAML scalar; a state BKFlow sent that is not a plain word is quoted. */
function stateValue(state: string): string {
  return /^[A-Z_]+$/.test(state) ? state : quotedString(redactSecrets(state))
}

/** An id as a YAML scalar: plain when it is a simple word, else a JSON (= YAML) string. */
function plainOrQuoted(id: string): string {
  return /^[A-Za-z][A-Za-z0-9_-]*$/.test(id) ? id : quotedString(redactSecrets(id))
}

/** Text that is safe inside a one-line YAML comment (and on a terminal). */
function comment(text: string): string {
  return plainText(text)
}
