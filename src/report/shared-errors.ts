// Run-wide errors said once. A wrong secret, a wrong gateway path, an unreachable gateway, or an
// app or a space without permission fails every task it touches with the same message; the plan and the log say it once
// and list the tasks it affected (each task's verdict stays `error`).

import type { TaskResult } from '../model.js'

/** One error that several tasks share, and those tasks in run order. */
export interface SharedError {
  kind: string
  message: string
  tasks: TaskResult[]
}

// Errors about the setup (credentials, API URL, permissions) rather than about one task: the
// same fix for every task they hit. A task's own errors (not found, wrong space) stay its own.
const SETUP_KINDS: ReadonlySet<string> = new Set([
  'auth',
  'permission',
  'api_not_found',
  'unreachable',
  'config',
  'insecure'
])
// Errors about the one API URL: a wrong gateway path names each request's own path, an
// unreachable gateway each request's own failure, yet the fix is the same for all of them.
const URL_KINDS: ReadonlySet<string> = new Set(['api_not_found', 'unreachable'])

/** The key under which errors count as one, or undefined for an error of the task's own. */
export function sharedErrorKey(error: { kind: string; message: string }): string | undefined {
  if (!SETUP_KINDS.has(error.kind)) return undefined
  return URL_KINDS.has(error.kind) ? error.kind : `${error.kind}\n${error.message}`
}

/** The errors that two or more tasks share, in the order of their first task. */
export function sharedErrors(tasks: readonly TaskResult[]): SharedError[] {
  const groups = new Map<string, SharedError>()
  for (const task of tasks) {
    const key = task.error === undefined ? undefined : sharedErrorKey(task.error)
    if (key === undefined || task.error === undefined) continue
    const group = groups.get(key)
    if (group) group.tasks.push(task)
    else groups.set(key, { kind: task.error.kind, message: task.error.message, tasks: [task] })
  }
  return [...groups.values()].filter((group) => group.tasks.length > 1)
}

/** What a progress line needs of a settled task's event. */
export interface SettledEvent {
  taskId: number
  message: string
  error?: { kind: string; message: string }
}

/**
 * Progress lines for a log, with each run-wide error in full only the first time: a later task
 * that hit the same one gets a short line that points to the first.
 */
export function progressLines(): (event: SettledEvent | { message: string }) => string {
  const firstTask = new Map<string, number>()
  return (event) => {
    if (!('error' in event) || event.error === undefined) return event.message
    const key = sharedErrorKey(event.error)
    if (key === undefined) return event.message
    const first = firstTask.get(key)
    if (first === undefined) {
      firstTask.set(key, event.taskId)
      return event.message
    }
    return `task ${event.taskId}: error (the same as task ${first}, above)`
  }
}
