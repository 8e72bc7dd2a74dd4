// Plain-fetch helpers for the simulator's own tests.

import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The text of a scenario file under scenarios/. */
export function scenarioFile(name: string): string {
  return readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'scenarios', name), 'utf8')
}

/** An X-Bkapi-Authorization value. */
export function authHeader(fields: Record<string, string>): Record<string, string> {
  return { 'X-Bkapi-Authorization': JSON.stringify(fields) }
}

/** The demo app's credentials in both scenarios. */
export const DEMO = authHeader({ bk_app_code: 'bkflow-gate-demo', bk_app_secret: 'demo-secret' })

/** A parsed answer: status, headers and the JSON body (undefined when not JSON). */
export interface Answer {
  status: number
  headers: Headers
  text: string
  json: Record<string, unknown>
}

/** Sends a request and reads the whole answer. */
export async function call(
  base: string,
  path: string,
  init: {
    method?: string
    headers?: Record<string, string>
    body?: string
    signal?: AbortSignal
  } = {}
): Promise<Answer> {
  const res = await fetch(base + path, init)
  const text = await res.text()
  let json: Record<string, unknown>
  try {
    json = JSON.parse(text) as Record<string, unknown>
  } catch {
    json = {}
  }
  return { status: res.status, headers: res.headers, text, json }
}

/** POST a batch request for `ids` in `space`. */
export function batch(base: string, space: number, ids: unknown, headers = DEMO): Promise<Answer> {
  return call(base, `/space/${space}/get_tasks_states/`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({ task_ids: ids })
  })
}

/** A node of a state tree, as JSON. */
export type TreeJson = Record<string, unknown> & { children: Record<string, TreeJson> }

/** The children of a tree in payload order. */
export function kids(node: TreeJson): TreeJson[] {
  return Object.values(node.children)
}
