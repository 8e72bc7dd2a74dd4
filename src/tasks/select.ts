// The `select:` source: page BKFlow's task list (newest first) and turn the matches into tasks to
// poll. Every filter is also applied to each result, in case the gateway drops a parameter.

import type { TaskListItem, TaskListQuery } from '../bkflow/operations.js'
import { TASK_LIST_MAX_LIMIT, shanghaiTime } from '../bkflow/operations.js'
import type { SelectSource, TaskExpectation, TaskResult } from '../model.js'
import { toClientFailure } from '../poll/failure.js'
import { taskKey } from '../spec/normalize.js'
import { describeSource } from '../spec/sources.js'
import { sourceDeadline, sourceError, type SourceOptions } from './context.js'

/** Pages read at most (10,000 tasks): a filter that matches more needs narrowing, not paging. */
export const MAX_SELECT_PAGES = 50

/** Whether a listed task meets every filter (BKFlow's own semantics: name and label as substrings). */
export function matchesSelect(item: TaskListItem, source: SelectSource, since?: number): boolean {
  if (source.templateId !== undefined && item.templateId !== source.templateId) return false
  if (source.name !== undefined && !item.name.toLowerCase().includes(source.name.toLowerCase())) {
    return false
  }
  if (source.creator !== undefined && item.creator !== source.creator) return false
  if (source.label !== undefined) {
    const wanted = source.label.toLowerCase()
    if (!item.labels.some((l) => l.toLowerCase().includes(wanted))) return false
  }
  if (since !== undefined && (item.createdAt === null || item.createdAt < since)) return false
  return true
}

/** The entry's tasks: the newest match, or every match (`pick: all`), or an `error` result. */
export async function selectTasks(
  entry: TaskExpectation,
  source: SelectSource,
  options: SourceOptions
): Promise<{ tasks: TaskExpectation[] } | { error: TaskResult }> {
  const { driver, now, signal } = options
  const spaceId = entry.spaceId
  const at = now()
  const filter = describeSource(source)
  if (spaceId === undefined) {
    // The spec validator refuses this; stay closed anyway.
    const message = '`select` needs a space_id.'
    return { error: sourceError(entry, { kind: 'config', message }, at) }
  }
  const since = source.createdWithinMs === undefined ? undefined : at - source.createdWithinMs
  const query: TaskListQuery = {
    ...(source.templateId !== undefined && { template_id: source.templateId }),
    ...(source.name !== undefined && { name: source.name }),
    ...(source.creator !== undefined && { creator: source.creator }),
    ...(source.label !== undefined && { label: source.label }),
    ...(since !== undefined && { create_at_start: shanghaiTime(since) }),
    limit: TASK_LIST_MAX_LIMIT,
    offset: 0
  }
  const call = { deadline: sourceDeadline(entry, at), signal }
  const matches: TaskListItem[] = []
  try {
    for (let page = 0; ; page++) {
      if (page === MAX_SELECT_PAGES) {
        const message = `select (${filter}) matches more than ${MAX_SELECT_PAGES * TASK_LIST_MAX_LIMIT} tasks in space ${spaceId}: narrow it (e.g. created_within).`
        return { error: sourceError(entry, { kind: 'bad_request', message }, now()) }
      }
      const { count, results } = await driver.listTasks(spaceId, query, call)
      matches.push(...results.filter((item) => matchesSelect(item, source, since)))
      query.offset += results.length
      const last = results[results.length - 1]
      // Newest first: once a page reaches past the window, later pages hold only older tasks.
      const pastWindow =
        since !== undefined &&
        last?.createdAt !== null &&
        last !== undefined &&
        last.createdAt < since
      if (results.length === 0 || query.offset >= count || pastWindow) break
      if (source.pick === 'latest' && matches.length > 0) break
    }
  } catch (error: unknown) {
    const failure = toClientFailure(error)
    const message = `Listing the tasks for select (${filter}) failed: ${failure.message}`
    return {
      error: sourceError(entry, { kind: failure.kind, message }, now(), signal?.aborted === true)
    }
  }
  if (matches.length === 0) {
    const message = `No task in space ${spaceId} matches select (${filter}): check the filter, or whether the tasks ran.`
    return { error: sourceError(entry, { kind: 'task_not_found', message }, now()) }
  }
  // Newest first even if a proxy reordered the pages: by creation time, then by id.
  const ordered = [...new Map(matches.map((m) => [m.id, m])).values()].sort(
    (a, b) => (b.createdAt ?? 0) - (a.createdAt ?? 0) || b.id - a.id
  )
  const picked = source.pick === 'all' ? ordered : ordered.slice(0, 1)
  options.emit?.(
    `${entry.label ?? ''}: select (${filter}) picked ${picked.map((m) => `task ${m.id}`).join(', ')}`
  )
  return {
    tasks: picked.map((item) => ({
      ...entry,
      taskId: item.id,
      key: taskKey(item.id, spaceId),
      ...(source.pick === 'all' && { label: `${entry.label ?? ''} #${item.id}` })
    }))
  }
}
