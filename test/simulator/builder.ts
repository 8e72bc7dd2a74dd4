// Helpers that write scenarios in code, for large generated ones (benchmarks, scale tests).

import type { NodeSpec, Scenario, TaskSpec } from './scenario-types.js'

export interface LinearTaskOptions {
  space: number
  /** Sim second the task starts (default 0); null → never started. */
  start?: number | null
  /** Number of activities, run one after another (default 3). */
  nodes?: number
  /** Seconds each activity runs (default 1); ignored when `finishAt` is given. */
  nodeDuration?: number
  /** Spread the activities so the end event is reached at this sim second. */
  finishAt?: number
  /** Zero-based index of an activity that fails and stays FAILED (later ones are never reached). */
  failAt?: number
  template?: number
  name?: string
  /** Activity names are `${namePrefix} ${i + 1}` (default `Step`). */
  namePrefix?: string
}

/** A task of `nodes` sequential activities; ids are generated deterministically at compile time. */
export function linearTask(id: number, options: LinearTaskOptions): TaskSpec {
  const count = options.nodes ?? 3
  const start = options.start === undefined ? 0 : options.start
  const duration =
    options.finishAt !== undefined && start !== null
      ? Math.max(0, options.finishAt - start) / Math.max(1, count)
      : (options.nodeDuration ?? 1)
  const nodes: NodeSpec[] = []
  for (let i = 0; i < count; i++) {
    nodes.push({
      name: `${options.namePrefix ?? 'Step'} ${i + 1}`,
      duration,
      ...(i === options.failAt ? { result: 'FAILED' as const } : {})
    })
  }
  return {
    id,
    space: options.space,
    ...(start === null ? {} : { start }),
    ...(options.template === undefined ? {} : { template: options.template }),
    name: options.name ?? `task ${id}`,
    nodes
  }
}

export interface SimpleScenarioOptions {
  /** Default `bkflow-gate-test` / `test-secret`. */
  app?: string
  secret?: string
  /** Spaces owned by the app (default: every space the tasks use). */
  spaces?: number[]
  quota?: { tokens: number; period: number }
}

/** The app code and secret simpleScenario uses unless told otherwise. */
export const TEST_APP = { code: 'bkflow-gate-test', secret: 'test-secret' }

/** One app owning every space, one template bound to it (id 1), and the given tasks. */
export function simpleScenario(tasks: TaskSpec[], options: SimpleScenarioOptions = {}): Scenario {
  const app = options.app ?? TEST_APP.code
  const spaces = options.spaces ?? [...new Set(tasks.map((t) => t.space))]
  return {
    apps: [
      {
        code: app,
        secret: options.secret ?? TEST_APP.secret,
        ...(options.quota ? { quota: options.quota } : {})
      }
    ],
    spaces: spaces.map((id) => ({ id, app })),
    templates: [{ id: 1, app }],
    tasks
  }
}
