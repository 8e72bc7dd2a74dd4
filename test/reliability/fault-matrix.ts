// The fault matrix of issue 7: every endpoint × every fault, as one simulator scenario and one spec
// per variant. Each task has its own space (so each batch lists one task) and its own fault.

import type { Endpoint } from '../../src/model.js'
import {
  linearTask,
  simpleScenario,
  type Fault,
  type Scenario,
  type TaskSpec
} from '../simulator/index.js'

export const APP_CODE = 'bkflow-gate-rel'
/** Distinctive, so that any leak is found by a plain substring search. */
export const APP_SECRET = 's3cr3t-ZQX-reliability-9f27c1'
/** The app-bound endpoint needs a user identity. */
export const USERNAME = 'alice'

/** A fault as the simulator injects it, with what an error message must say about it. */
export interface FaultKind {
  name: string
  fault: Omit<Fault, 'endpoint' | 'task' | 'times'>
  /** The cause, as the persistent case's error message must name it (not exact wording). */
  cause: RegExp
  /** Where an endpoint turns the fault into another answer, the cause its message names instead. */
  causeOn?: Partial<Record<Endpoint, RegExp>>
}

export const FAULTS: readonly FaultKind[] = [
  { name: '429 with reset', fault: { type: 'rate_limit', reset: 1 }, cause: /429/ },
  { name: '502 HTML', fault: { type: 'html' }, cause: /502/ },
  { name: '503 JSON', fault: { type: 'status', status: 503 }, cause: /503/ },
  { name: '504 JSON', fault: { type: 'status', status: 504 }, cause: /504/ },
  {
    name: '500 relay with HTTP 200',
    fault: { type: 'relay', upstream_status: 500 },
    cause: /status_code: 500/,
    // The app-bound decorator reads the task first: a failing task module makes it answer 404
    // "任务不存在", which the gate confirms over a few tries and then reports as a possible outage.
    causeOn: { get_task_states_by_app: /404.*任务不存在.*may be an outage/ }
  },
  { name: 'connection reset', fault: { type: 'reset' }, cause: /connection/i },
  { name: 'hang past request-timeout', fault: { type: 'hang' }, cause: /request-timeout/ },
  { name: 'truncated JSON', fault: { type: 'truncated' }, cause: /JSON/ },
  { name: 'not-JSON body', fault: { type: 'not_json' }, cause: /JSON/ }
]

export const ENDPOINTS: readonly Endpoint[] = [
  'get_tasks_states',
  'get_task_states',
  'get_task_states_by_app',
  'get_task_detail'
]

/**
 * transient: each fault twice, then answers (expect pass); fails: the same on a tree with a FAILED
 * node (expect fail); persistent: the fault always (expect error naming the cause).
 */
export type Variant = 'transient' | 'fails' | 'persistent'

export interface MatrixCase {
  taskId: number
  endpoint: Endpoint
  fault: FaultKind
  expected: 'pass' | 'fail' | 'error'
}

export interface Matrix {
  scenario: Scenario
  spec: string
  cases: MatrixCase[]
}

/**
 * The spec's `timeout` per variant: room for the retries, or a short wait for a fault that stays.
 * A FAILED app-bound task is settled only 25 s after its failure is first seen (its auto-retry
 * settings cannot be read without a space, so BKFlow's caps are assumed): `fails` leaves room.
 */
const TIMEOUT: Record<Variant, string> = { transient: '30s', fails: '60s', persistent: '8s' }

/**
 * Builds the scenario and the spec for `faults` × `endpoints`; task ids start after `firstId`.
 * `timeout` overrides the variant's spec timeout.
 */
export function buildMatrix(
  variant: Variant,
  firstId: number,
  faults: readonly FaultKind[] = FAULTS,
  timeout: string = TIMEOUT[variant],
  endpoints: readonly Endpoint[] = ENDPOINTS
): Matrix {
  const tasks: TaskSpec[] = []
  const simFaults: Fault[] = []
  const cases: MatrixCase[] = []
  const entries: string[] = []
  let taskId = firstId
  for (const endpoint of endpoints) {
    for (const fault of faults) {
      taskId++
      // Two steps of 0.4 s: settled about a second after the simulator starts (speed 1).
      tasks.push(
        linearTask(taskId, {
          space: taskId,
          template: 1,
          nodes: 2,
          nodeDuration: 0.4,
          ...(variant === 'fails' ? { failAt: 1 } : {})
        })
      )
      simFaults.push({
        ...fault.fault,
        endpoint,
        task: taskId,
        ...(variant === 'persistent' ? {} : { times: 2 }),
        name: `${endpoint}/${fault.name}`
      })
      const expected = variant === 'transient' ? 'pass' : variant === 'fails' ? 'fail' : 'error'
      cases.push({ taskId, endpoint, fault, expected })
      entries.push(specEntry(taskId, endpoint, `${endpoint} / ${fault.name}`))
    }
  }
  const scenario: Scenario = {
    ...simpleScenario(tasks, { app: APP_CODE, secret: APP_SECRET }),
    users: [USERNAME],
    faults: simFaults
  }
  const spec = [
    'version: 1',
    'defaults:',
    `  timeout: ${timeout}`,
    '  interval: 200ms',
    'tasks:',
    ...entries,
    ''
  ].join('\n')
  return { scenario, spec, cases }
}

/** One spec entry that makes the gate use `endpoint` for this task. */
function specEntry(taskId: number, endpoint: Endpoint, label: string): string {
  const lines = [`  - task_id: ${taskId}`, `    label: "${label}"`]
  // Without a space the app-bound endpoint is the only one used; with one, the batch polls it.
  if (endpoint !== 'get_task_states_by_app') lines.push(`    space_id: ${taskId}`)
  // A node by name is what makes the gate fetch get_task_detail.
  if (endpoint === 'get_task_detail') lines.push('    nodes:', '      - name: Step 2')
  return lines.join('\n')
}
