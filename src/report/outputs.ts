// The step's outputs: the verdict, task counts, the failed nodes as compact JSON, the report path.

import type { RunResult } from '../model.js'
import { countVerdicts, countWarnings, findingsByRow, reasonText } from './describe.js'
import { oneLine } from './redact.js'
import { escapeJsonText } from '../safe-text.js'

/** The action's output names (kebab-case, as in action.yml), one place for the wiring and tests. */
export const OUTPUTS = {
  result: 'result',
  passed: 'passed',
  failed: 'failed',
  pending: 'pending',
  errors: 'errors',
  warnings: 'warnings',
  failedNodes: 'failed-nodes',
  taskIds: 'task-ids',
  report: 'report'
} as const

/**
 * `failed-nodes` stops adding entries past this many bytes: GitHub keeps at most 1 MiB of outputs
 * per job, and a later step's `fromJSON` still gets a valid array. The JSON report has them all.
 */
export const FAILED_NODES_MAX_BYTES = 64 * 1024

/** One entry of the `failed-nodes` output. */
export interface FailedNode {
  task_id: number
  space_id: number | null
  node_id: string
  name: string | null
  expected: string | null
  actual: string | null
  finding: string
  /** The first line of BKFlow's reason for a failed node, when it was read. */
  reason: string | null
}

/** Every node row with a finding that counts (warnings are not failures), across tasks, in task and row order. */
export function failedNodes(run: RunResult): FailedNode[] {
  const entries: FailedNode[] = []
  for (const result of run.tasks) {
    for (const { row, findings } of findingsByRow(result).rows) {
      if (row.finding === 'ok' || row.severity === 'warn') continue
      const main = findings.find((f) => f.kind === row.finding)
      entries.push({
        task_id: result.task.taskId,
        space_id: result.task.spaceId ?? null,
        node_id: row.id,
        name: row.name === undefined ? null : oneLine(row.name),
        expected: main ? oneLine(main.expected) : (row.expected ?? null),
        actual: main ? oneLine(main.actual) : (row.actual ?? null),
        finding: row.finding,
        reason: row.reason ? oneLine(reasonText(row.reason)) : null
      })
    }
  }
  return entries
}

/** The step's outputs for a finished run, keyed by their kebab-case names; `reportPath` may be ''. */
export function toOutputs(run: RunResult, reportPath: string): Record<string, string> {
  const counts = countVerdicts(run.tasks)
  return {
    [OUTPUTS.result]: run.result,
    [OUTPUTS.passed]: String(counts.passed),
    [OUTPUTS.failed]: String(counts.failed),
    [OUTPUTS.pending]: String(counts.pending),
    [OUTPUTS.errors]: String(counts.errors),
    [OUTPUTS.warnings]: String(countWarnings(run.tasks)),
    [OUTPUTS.failedNodes]: compactArray(failedNodes(run), FAILED_NODES_MAX_BYTES),
    [OUTPUTS.taskIds]: taskIdsJson(run),
    [OUTPUTS.report]: reportPath
  }
}

/**
 * The `task-ids` output (and the CLI's line): label → task id as compact JSON. Labels pass the
 * same filter as every rendered text; a later step reads it with fromJSON.
 */
export function taskIdsJson(run: RunResult): string {
  const entries = Object.entries(run.taskIds ?? {}).map(([label, ids]) => [oneLine(label), ids])
  return escapeJsonText(JSON.stringify(Object.fromEntries(entries)))
}

function compactArray(entries: readonly unknown[], maxBytes: number): string {
  const parts: string[] = []
  let used = 2
  for (const entry of entries) {
    const json = escapeJsonText(JSON.stringify(entry))
    const size = Buffer.byteLength(json, 'utf8') + (parts.length > 0 ? 1 : 0)
    if (used + size > maxBytes) break
    parts.push(json)
    used += size
  }
  return `[${parts.join(',')}]`
}
