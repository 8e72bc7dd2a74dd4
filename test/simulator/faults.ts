// Injected faults: which requests they hit and what they answer instead.

import type { EndpointName, Fault } from './scenario-types.js'
import {
  decoratorError,
  detailFailure,
  gatewayError,
  gatewayErrorForStatus,
  html502,
  notJson,
  relayError,
  taskOperationError,
  viewException,
  type SimResponse
} from './responses.js'

/** What a matched request is, for fault matching. */
export interface FaultTarget {
  endpoint: EndpointName
  spaceId?: number
  taskId?: number
  taskIds?: number[]
  /** Sim seconds now. */
  t: number
}

/** A fault's effect: an answer to send, or one of the connection-level actions. */
export type FaultEffect =
  | { kind: 'respond'; response: SimResponse }
  | { kind: 'hang' }
  | { kind: 'reset' }
  | { kind: 'truncate' }

/** Faults in the order given, each with its count of remaining uses. */
export class FaultBook {
  private readonly entries: { fault: Fault; left: number }[] = []

  constructor(faults: Fault[] = []) {
    for (const f of faults) this.add(f)
  }

  /** Adds a fault; it is checked after the ones already there. */
  add(fault: Fault): void {
    this.entries.push({ fault, left: fault.times ?? Infinity })
  }

  /** The first fault that matches the request and has uses left (taking one), or null. */
  take(target: FaultTarget): Fault | null {
    for (const entry of this.entries) {
      if (entry.left <= 0 || !matches(entry.fault, target)) continue
      entry.left--
      return entry.fault
    }
    return null
  }
}

function matches(f: Fault, target: FaultTarget): boolean {
  if (f.endpoint !== undefined) {
    const endpoints = Array.isArray(f.endpoint) ? f.endpoint : [f.endpoint]
    if (!endpoints.includes(target.endpoint)) return false
  }
  if (f.task !== undefined && f.task !== target.taskId && !target.taskIds?.includes(f.task)) {
    return false
  }
  if (f.space !== undefined && f.space !== target.spaceId) return false
  if (f.from !== undefined && target.t < f.from) return false
  if (f.until !== undefined && target.t >= f.until) return false
  return true
}

/** What the fault does to this request; `traceId` is for the BKFlow-shaped ones. */
export function faultEffect(fault: Fault, target: FaultTarget, traceId: string): FaultEffect {
  const respond = (response: SimResponse): FaultEffect => ({ kind: 'respond', response })
  switch (fault.type) {
    case 'hang':
      return { kind: 'hang' }
    case 'reset':
      return { kind: 'reset' }
    case 'truncated':
      return { kind: 'truncate' }
    case 'status':
      return respond(gatewayErrorForStatus(fault.status ?? 502))
    case 'html':
      return respond(html502())
    case 'not_json':
      return respond(notJson())
    case 'rate_limit':
      return respond(gatewayError('RATE_LIMIT_RESTRICTION'))
    case 'relay':
      // The app-bound decorator reads the task through the non-raising wrapper first: a task
      // module that fails makes it answer A2, "task not found" (bkflow-api.md §3.2 A2 note).
      if (target.endpoint === 'get_task_states_by_app') {
        return respond(decoratorError(404, `任务不存在，task_id=${target.taskId ?? 0}`, traceId))
      }
      return respond(
        relayError(
          target.endpoint,
          target.taskId,
          fault.upstream_status ?? 502,
          traceId,
          fault.message
        )
      )
    case 'app_check_error':
      return respond(
        decoratorError(500, `获取任务详情失败，task_id=${target.taskId ?? 0}`, traceId)
      )
    case 'engine_error': {
      const text = fault.message ?? "(2006, 'MySQL server has gone away')"
      if (target.endpoint === 'get_tasks_states') return respond(viewException(text, traceId))
      if (target.endpoint === 'get_task_detail') return respond(detailFailure(text, traceId))
      return respond(taskOperationError(text, traceId))
    }
  }
}
