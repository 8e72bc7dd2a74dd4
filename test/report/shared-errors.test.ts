import { describe, expect, it } from '@jest/globals'
import type { TaskResult } from '../../src/model.js'
import {
  planText,
  progressLines,
  renderPlan,
  toAnnotations,
  sharedErrorKey,
  sharedErrors
} from '../../src/report/index.js'
import { SECRET, allPass, rangeLine, run, task } from './fixtures.js'

const AUTH =
  'The API gateway rejected the app credentials (HTTP 401): check app-code and app-secret.'

function errored(taskId: number, kind: string, message: string, label?: string): TaskResult {
  return task({
    taskId,
    spaceId: 7,
    label,
    range: rangeLine(taskId),
    verdict: 'error',
    reason: message,
    state: null,
    treeNodes: null,
    requests: 0,
    error: { kind, message }
  })
}

describe('sharedErrors', () => {
  it('groups tasks by a setup error, in run order, and leaves a task’s own error alone', () => {
    const tasks = [
      errored(1, 'auth', AUTH),
      errored(2, 'task_not_found', 'Task 2 was not found in space 7.'),
      errored(3, 'auth', AUTH),
      errored(4, 'task_not_found', 'Task 4 was not found in space 7.'),
      allPass().tasks[0]
    ]
    const groups = sharedErrors(tasks)
    expect(groups.map((g) => [g.kind, g.tasks.map((t) => t.task.taskId)])).toEqual([
      ['auth', [1, 3]]
    ])
  })

  it('counts every wrong-gateway-path error as one, whatever path each request had', () => {
    const tasks = [
      errored(1, 'api_not_found', 'No route for GET /x/task/1/get_task_states_by_app/.'),
      errored(2, 'api_not_found', 'No route for GET /x/task/2/get_task_states_by_app/.'),
      errored(3, 'unreachable', 'BKFlow cannot be reached: refused (connect 127.0.0.1:9).'),
      errored(4, 'unreachable', 'BKFlow cannot be reached: reset (read 127.0.0.1:9).')
    ]
    expect(sharedErrors(tasks).map((g) => [g.kind, g.tasks.length])).toEqual([
      ['api_not_found', 2],
      ['unreachable', 2]
    ])
  })

  it('keeps different permission messages (two spaces) apart, and one task is not a group', () => {
    const tasks = [
      errored(1, 'permission', 'Space 7 belongs to another app.'),
      errored(2, 'permission', 'Space 8 belongs to another app.'),
      errored(3, 'permission', 'Space 8 belongs to another app.')
    ]
    expect(sharedErrors(tasks).map((g) => g.message)).toEqual(['Space 8 belongs to another app.'])
    expect(sharedErrorKey({ kind: 'transient', message: 'x' })).toBeUndefined()
  })
})

describe('the plan of a run-wide error', () => {
  it('says the message once where its first task stood, then one line per task', () => {
    const pass = allPass().tasks[0]
    const r = run([errored(11, 'auth', AUTH), pass, errored(12, 'auth', AUTH, 'deploy')])
    const plan = renderPlan(r, { color: false })
    expect(plan.blocks.map((b) => b.title)).toEqual([
      `2 tasks: error — ${AUTH}`,
      expect.stringMatching(/: pass/)
    ])
    expect(plan.blocks[0].body.split('\n')).toEqual([
      '  x task 11, space 7 · never read · 0 requests',
      '  x deploy · task 12, space 7 · never read · 0 requests'
    ])
    expect(plan.footer).toMatch(/2 errors/)
    const text = planText(r, { color: false })
    expect(text.split(AUTH).length - 1).toBe(1)
  })

  it('flattens and redacts the shared message like any other', () => {
    const message = `rejected\nRequest: GET /x/?bk_app_secret=${SECRET}`
    const r = run([errored(1, 'auth', message), errored(2, 'auth', message)])
    const title = renderPlan(r, { color: false }).blocks[0].title
    expect(title).not.toContain('\n')
    expect(title).not.toContain(SECRET)
  })
})

describe('the annotations of a run-wide error', () => {
  it('are one, on the first task’s entry, naming the tasks it affected', () => {
    const own = errored(13, 'task_not_found', 'Task 13 was not found in space 7.')
    const r = run([errored(11, 'auth', AUTH), own, errored(12, 'auth', AUTH, 'deploy')])
    const annotations = toAnnotations(r)
    expect(annotations).toEqual([
      expect.objectContaining({
        level: 'error',
        title: '2 tasks: could not check',
        message: `${AUTH} Affected: task 11 (space 7), deploy.`,
        startLine: 11
      }),
      expect.objectContaining({ level: 'error', startLine: 13 })
    ])
  })
})

describe('progressLines', () => {
  it('prints a shared error in full once, then points to its first task', () => {
    const line = progressLines()
    const settled = (taskId: number, kind: string, message: string) => ({
      taskId,
      message: `task ${taskId}: error (${message})`,
      error: { kind, message }
    })
    expect(line({ message: 'task 1: RUNNING' })).toBe('task 1: RUNNING')
    expect(line(settled(1, 'auth', AUTH))).toBe(`task 1: error (${AUTH})`)
    expect(line(settled(2, 'auth', AUTH))).toBe('task 2: error (the same as task 1, above)')
    expect(line(settled(3, 'task_not_found', 'gone'))).toBe('task 3: error (gone)')
    expect(line(settled(4, 'task_not_found', 'gone'))).toBe('task 4: error (gone)')
  })
})
