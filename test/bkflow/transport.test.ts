import { describe, expect, it } from '@jest/globals'
import { BkflowError } from '../../src/bkflow/errors.js'
import {
  buildAuthHeader,
  isLoopbackHost,
  joinUrl,
  parseApiBase,
  proxyFor
} from '../../src/bkflow/transport.js'

function thrown(fn: () => unknown): BkflowError {
  try {
    fn()
  } catch (error: unknown) {
    if (error instanceof BkflowError) return error
    throw error
  }
  throw new Error('expected a BkflowError')
}

describe('parseApiBase / joinUrl', () => {
  it('joins with or without /api and a trailing slash, keeping the resource trailing slash', () => {
    const path = '/space/7/task/42/get_task_states/'
    for (const [base, expected] of [
      [
        'https://bkapi.example.com/api/bk-flow-engine/prod',
        'https://bkapi.example.com/api/bk-flow-engine/prod'
      ],
      [
        'https://bkapi.example.com/api/bk-flow-engine/prod/',
        'https://bkapi.example.com/api/bk-flow-engine/prod'
      ],
      [
        'https://bkapi.example.com/bk-flow-engine/prod//',
        'https://bkapi.example.com/bk-flow-engine/prod'
      ],
      ['https://bkapi.example.com', 'https://bkapi.example.com'],
      ['http://127.0.0.1:8080/', 'http://127.0.0.1:8080']
    ]) {
      expect(joinUrl(parseApiBase(base, false), path)).toBe(`${expected}${path}`)
    }
  })

  it('refuses plain http to a non-loopback host unless allowed', () => {
    const error = thrown(() => parseApiBase('http://bkapi.example.com/api/x/prod', false))
    expect(error.kind).toBe('insecure')
    expect(error.message).toMatch(/allow-http/)
    expect(parseApiBase('http://bkapi.example.com/api/x/prod', true).prefix).toBe(
      'http://bkapi.example.com/api/x/prod'
    )
    expect(parseApiBase('http://localhost:3000', false).prefix).toBe('http://localhost:3000')
    expect(parseApiBase('http://[::1]:3000', false).prefix).toBe('http://[::1]:3000')
  })

  it('rejects unusable URLs as config errors', () => {
    for (const bad of [
      'not a url',
      'ftp://bkapi.example.com/',
      'https://user:pw@bkapi.example.com/',
      'https://bkapi.example.com/api?x=1'
    ]) {
      expect(thrown(() => parseApiBase(bad, false)).kind).toBe('config')
    }
    expect(
      thrown(() => parseApiBase('https://user:s3cret@bkapi.example.com/', false)).message
    ).not.toContain('s3cret')
  })
})

describe('isLoopbackHost', () => {
  it('knows loopback names and addresses', () => {
    for (const host of ['localhost', 'api.localhost', '127.0.0.1', '127.1.2.3', '[::1]', '::1']) {
      expect(isLoopbackHost(host)).toBe(true)
    }
    for (const host of [
      'bkapi.example.com',
      '10.0.0.1',
      '0.0.0.0',
      'localhost.example.com',
      '128.0.0.1'
    ]) {
      expect(isLoopbackHost(host)).toBe(false)
    }
  })
})

describe('buildAuthHeader', () => {
  it('sends the app code and secret, and the user identity only when given', () => {
    expect(JSON.parse(buildAuthHeader({ appCode: 'a', appSecret: 's' }))).toEqual({
      bk_app_code: 'a',
      bk_app_secret: 's'
    })
    expect(JSON.parse(buildAuthHeader({ appCode: 'a', appSecret: 's', username: 'u' }))).toEqual({
      bk_app_code: 'a',
      bk_app_secret: 's',
      bk_username: 'u'
    })
    expect(
      JSON.parse(buildAuthHeader({ appCode: 'a', appSecret: 's', accessToken: 't', username: '' }))
    ).toEqual({ bk_app_code: 'a', bk_app_secret: 's', access_token: 't' })
  })
})

describe('proxyFor', () => {
  const https = new URL('https://bkapi.example.com/api/x/prod')
  const http = new URL('http://bkapi.example.com:8080/')

  it('uses the proxy variable of the target scheme, lower case first', () => {
    expect(proxyFor(https, { HTTPS_PROXY: 'http://proxy:3128' })).toBe('http://proxy:3128')
    expect(proxyFor(https, { https_proxy: 'http://lower:1', HTTPS_PROXY: 'http://upper:2' })).toBe(
      'http://lower:1'
    )
    expect(proxyFor(https, { HTTP_PROXY: 'http://proxy:3128' })).toBeUndefined()
    expect(proxyFor(http, { HTTP_PROXY: 'http://proxy:3128' })).toBe('http://proxy:3128')
    expect(proxyFor(https, { HTTPS_PROXY: '' })).toBeUndefined()
  })

  it('honours NO_PROXY entries', () => {
    const env = (noProxy: string) => ({ HTTPS_PROXY: 'http://proxy:3128', NO_PROXY: noProxy })
    expect(proxyFor(https, env('*'))).toBeUndefined()
    expect(proxyFor(https, env('example.com'))).toBeUndefined()
    expect(proxyFor(https, env('.example.com'))).toBeUndefined()
    expect(proxyFor(https, env('*.example.com'))).toBeUndefined()
    expect(proxyFor(https, env('other.org, bkapi.example.com'))).toBeUndefined()
    expect(proxyFor(https, env('bkapi.example.com:443'))).toBeUndefined()
    expect(proxyFor(https, env('bkapi.example.com:8443'))).toBe('http://proxy:3128')
    expect(proxyFor(https, env('ample.com'))).toBe('http://proxy:3128')
    expect(proxyFor(https, { ...env('x'), no_proxy: 'bkapi.example.com' })).toBeUndefined()
  })

  it('never proxies loopback targets', () => {
    expect(
      proxyFor(new URL('http://127.0.0.1:9/'), { HTTP_PROXY: 'http://proxy:3128' })
    ).toBeUndefined()
    expect(
      proxyFor(new URL('https://localhost/'), { HTTPS_PROXY: 'http://proxy:3128' })
    ).toBeUndefined()
  })
})
