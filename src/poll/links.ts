// Links to BKFlow's web UI (bkflow-api-2.md §9): data on the result model, set once after polling
// so that every reporter shows the same link and none has to build it.

import type { RunResult, TaskExpectation } from '../model.js'

/**
 * Checks a `web-url` value (BKFlow's web UI base, origin plus its SITE_URL path): an http(s) URL
 * without query or fragment. Returns it without trailing slashes, or a problem that says what to fix.
 */
export function parseWebUrl(raw: string): { url: string } | { error: string } {
  let parsed: URL
  try {
    parsed = new URL(raw)
  } catch {
    return { error: 'not a URL; expected e.g. https://bkflow.example.com' }
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    return { error: `the scheme ${parsed.protocol} is not https: or http:` }
  }
  if (parsed.search !== '' || parsed.hash !== '') {
    return { error: 'it has a query or fragment; give only the base of BKFlow’s web UI' }
  }
  if (parsed.username !== '' || parsed.password !== '') {
    return { error: 'it holds credentials; give the base of BKFlow’s web UI without them' }
  }
  return { url: `${parsed.origin}${parsed.pathname}`.replace(/\/+$/, '') }
}

/**
 * An optional web UI base from an input, a flag or the environment ('' = unset): the URL, or
 * undefined with a problem pushed to `errors` that names `name` (neither `user:password@` nor a
 * query, which may hold a secret, is echoed).
 */
export function readWebUrl(name: string, value: string, errors: string[]): string | undefined {
  if (value === '') return undefined
  const parsed = parseWebUrl(value)
  if ('url' in parsed) return parsed.url
  // A query may hold a token (BKFlow's UI takes `&token=`): it is cut from the message too.
  const shown = value.includes('@')
    ? 'a URL with credentials'
    : `"${value.replace(/[?#][\s\S]*$/, (rest) => `${rest[0]}…`)}"`
  errors.push(`${name} is ${shown}: ${parsed.error}.`)
  return undefined
}

/**
 * The task's page in BKFlow's web UI, `{web-url}/taskflow/execute/{space_id}/?instanceId={task_id}`
 * (the trailing slash is part of the route); undefined for a task without a space, whose page
 * address the gate cannot know.
 */
export function taskLink(webUrl: string, task: TaskExpectation): string | undefined {
  if (task.spaceId === undefined) return undefined
  return `${webUrl}/taskflow/execute/${task.spaceId}/?instanceId=${task.taskId}`
}

/** The run with each task's link set (a new object; nothing when `webUrl` is unset). */
export function addLinks(run: RunResult, webUrl: string | undefined): RunResult {
  if (!webUrl) return run
  const tasks = run.tasks.map((result) => {
    const link = taskLink(webUrl, result.task)
    return link === undefined ? result : { ...result, link }
  })
  return { ...run, tasks }
}
