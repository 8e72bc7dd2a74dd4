// The gateway's resource table for the simulated endpoints: method and path pattern (bkflow-api.md §1).

import type { EndpointName } from './scenario-types.js'

/** A request matched to a resource, with its path parameters. */
export interface Route {
  endpoint: EndpointName
  spaceId?: number
  taskId?: number
  nodeId?: string
}

// Path params are `\d+` and the trailing slash is part of every path, as in BKFlow's urls.py.
const RESOURCES: { method: string; pattern: RegExp; endpoint: EndpointName }[] = [
  {
    method: 'GET',
    pattern: /^\/space\/(\d+)\/task\/(\d+)\/get_task_states\/$/,
    endpoint: 'get_task_states'
  },
  {
    method: 'GET',
    pattern: /^\/task\/(\d+)\/get_task_states_by_app\/$/,
    endpoint: 'get_task_states_by_app'
  },
  { method: 'POST', pattern: /^\/space\/(\d+)\/get_tasks_states\/$/, endpoint: 'get_tasks_states' },
  {
    method: 'GET',
    pattern: /^\/space\/(\d+)\/task\/(\d+)\/get_task_detail\/$/,
    endpoint: 'get_task_detail'
  },
  {
    method: 'GET',
    pattern: /^\/space\/(\d+)\/task\/(\d+)\/node\/(\w+)\/get_task_node_detail\/$/,
    endpoint: 'get_task_node_detail'
  }
]

/**
 * The resource for a method and a path below the base path, or null. A wrong method is no route
 * at all for the gateway (404 API_NOT_FOUND), unlike Django's 405 behind it.
 */
export function matchRoute(method: string, subPath: string): Route | null {
  for (const r of RESOURCES) {
    const m = r.pattern.exec(subPath)
    if (!m || r.method !== method) continue
    if (r.endpoint === 'get_task_states_by_app')
      return { endpoint: r.endpoint, taskId: Number(m[1]) }
    if (r.endpoint === 'get_tasks_states') return { endpoint: r.endpoint, spaceId: Number(m[1]) }
    const route: Route = { endpoint: r.endpoint, spaceId: Number(m[1]), taskId: Number(m[2]) }
    if (m[3] !== undefined) route.nodeId = m[3]
    return route
  }
  return null
}

/** The resources that need a resource permission (all but the app-bound ones, which need a user). */
export function needsPermission(endpoint: EndpointName): boolean {
  return (
    endpoint !== 'get_task_states_by_app' &&
    endpoint !== 'create_task_by_app' &&
    endpoint !== 'operate_task_by_app'
  )
}
