// The `create:` source: create the task from its template, start it, and hand its id to polling.
// Create is sent once (bkflow/operations.ts); a start may be retried, "already started" is fine.

import type { CreateSource, TaskExpectation, TaskResult } from '../model.js'
import { toClientFailure } from '../poll/failure.js'
import { taskKey } from '../spec/normalize.js'
import { describeSource } from '../spec/sources.js'
import { sourceDeadline, sourceError, type SourceOptions } from './context.js'

/** What creating one entry gave: the task to poll (also a task this run created), or an error. */
export type CreateOutcome =
  | { task: TaskExpectation; created: TaskExpectation }
  | { error: TaskResult; created?: TaskExpectation }

/** Creates and starts the entry's task. Never throws: every failure is an `error` result. */
export async function createAndStart(
  entry: TaskExpectation,
  source: CreateSource,
  options: SourceOptions
): Promise<CreateOutcome> {
  const { driver, now, signal } = options
  const label = entry.label ?? ''
  const at = now()
  const name = source.payload.name ?? `${label} ${options.runName}`
  const nameAsWritten = source.nameAsWritten ?? name
  const call = { deadline: sourceDeadline(entry, at), signal }
  let created: TaskExpectation
  try {
    const answer = await driver.createTask(
      {
        templateId: source.templateId,
        ...(entry.spaceId !== undefined && { spaceId: entry.spaceId }),
        name: name.slice(0, 128),
        constants: source.payload.constants,
        ...(source.creator !== undefined && { creator: source.creator })
      },
      call,
      nameAsWritten
    )
    created = { ...entry, taskId: answer.taskId, key: taskKey(answer.taskId, entry.spaceId) }
  } catch (error: unknown) {
    const failure = toClientFailure(error)
    if (signal?.aborted) {
      const message = `The run was cancelled while creating the task from template ${source.templateId}: a task named "${nameAsWritten}" may have been created; look for it in BKFlow.`
      return { error: sourceError(entry, { kind: 'cancelled', message }, now(), true) }
    }
    return { error: sourceError(entry, failure, now()) }
  }
  options.emit?.(`${label}: created task ${created.taskId} from ${describeSource(source)}`)
  try {
    await driver.startTask(
      { taskId: created.taskId, ...(entry.spaceId !== undefined && { spaceId: entry.spaceId }) },
      source.creator,
      call
    )
  } catch (error: unknown) {
    const failure = toClientFailure(error)
    const message = `Task ${created.taskId} was created but not started: ${failure.message}`
    return {
      error: sourceError(created, { kind: failure.kind, message }, now(), signal?.aborted === true),
      created
    }
  }
  options.emit?.(`${label}: started task ${created.taskId}`)
  return { task: created, created }
}
