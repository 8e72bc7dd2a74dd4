// web-url: checked once, with errors that name the setting and never echo credentials.

import { describe, expect, it } from '@jest/globals'
import { parseWebUrl, readWebUrl, taskLink } from '../../src/poll/links.js'
import { task } from './helpers.js'

describe('web-url', () => {
  it('keeps the base without trailing slashes, path included', () => {
    expect(parseWebUrl('https://bkflow.example.com/o/bk-flow/')).toEqual({
      url: 'https://bkflow.example.com/o/bk-flow'
    })
    expect(parseWebUrl('http://10.0.0.5:8080')).toEqual({ url: 'http://10.0.0.5:8080' })
  })

  it.each([
    ['bkflow.example.com', 'not a URL'],
    ['javascript:alert(1)', 'the scheme javascript: is not https: or http:'],
    ['https://bkflow.example.com/#x', 'query or fragment']
  ])('refuses %s', (value, problem) => {
    const errors: string[] = []
    expect(readWebUrl('Input "web-url"', value, errors)).toBeUndefined()
    expect(errors).toHaveLength(1)
    expect(errors[0]).toContain(`Input "web-url" is "${value.replace(/#.*/, '#…')}"`)
    expect(errors[0]).toContain(problem)
  })

  it('refuses a query without echoing it (it may hold a token)', () => {
    const errors: string[] = []
    readWebUrl('Input "web-url"', 'https://bkflow.example.com/?token=abc123', errors)
    expect(errors[0]).toContain('"https://bkflow.example.com/?…"')
    expect(errors[0]).not.toContain('abc123')
  })

  it('refuses a URL with credentials without echoing them', () => {
    const errors: string[] = []
    readWebUrl('BKFLOW_WEB_URL', 'https://admin:hunter2@bkflow.example.com', errors)
    expect(errors).toEqual([
      'BKFLOW_WEB_URL is a URL with credentials: it holds credentials; give the base of BKFlow’s web UI without them.'
    ])
  })

  it('treats an empty value as unset', () => {
    const errors: string[] = []
    expect(readWebUrl('--web-url', '', errors)).toBeUndefined()
    expect(errors).toEqual([])
  })

  it('links a task with a space (the route needs the slash before the query) and not one without', () => {
    expect(taskLink('https://b.example', task(5123, { spaceId: 7 }))).toBe(
      'https://b.example/taskflow/execute/7/?instanceId=5123'
    )
    expect(taskLink('https://b.example', task(5123, { spaceId: undefined }))).toBeUndefined()
  })
})
