// readInputs with a plain function as getInput: defaults, every bad value named with what is
// accepted, the secret never in an error, and inline vs path detection of `spec`.

import { describe, expect, it } from '@jest/globals'
import { readInputs, specSource, type Inputs } from '../../src/inputs.js'

const SECRET = 'app-secret-7c3d91'

const REQUIRED: Record<string, string> = {
  spec: 'gate.yml',
  'api-url': 'https://bkapi.example.com/api/bk-flow-engine/prod',
  'app-code': 'my-app',
  'app-secret': SECRET
}

/** getInput over a map, '' for anything unset (as @actions/core returns). */
function read(values: Record<string, string>, base: Record<string, string> = REQUIRED) {
  const all = { ...base, ...values }
  return readInputs((name) => all[name] ?? '')
}

function inputsOf(values: Record<string, string>): Inputs {
  const { inputs, errors } = read(values)
  expect(errors).toEqual([])
  if (!inputs) throw new Error('no inputs')
  return inputs
}

describe('readInputs', () => {
  it('applies the action.yml defaults', () => {
    expect(inputsOf({})).toEqual({
      spec: { kind: 'file', path: 'gate.yml' },
      apiUrl: REQUIRED['api-url'],
      appCode: 'my-app',
      appSecret: SECRET,
      username: undefined,
      accessToken: undefined,
      mode: 'wait',
      timeoutMs: 30 * 60_000,
      intervalMs: 15_000,
      vars: {},
      maxConcurrency: 4,
      rateLimitPerMinute: 600,
      requestTimeoutMs: 30_000,
      shard: undefined,
      comment: 'off',
      githubToken: undefined,
      allowHttp: false,
      reports: '',
      junit: undefined,
      onCancel: 'leave'
    })
  })

  it('refuses an on-cancel that is neither leave nor revoke', () => {
    expect(inputsOf({ 'on-cancel': 'revoke' }).onCancel).toBe('revoke')
    const { errors } = read({ 'on-cancel': 'kill' })
    expect(errors).toEqual(['Input "on-cancel" is "kill"; expected one of: leave, revoke.'])
  })

  it('reads every input that is set', () => {
    const inputs = inputsOf({
      username: 'alice',
      'access-token': 'tok',
      mode: 'check',
      timeout: '2h',
      interval: '500ms',
      vars: 'TASK_ID=12\n# a comment\n\nSPACE=7',
      'max-concurrency': '8',
      'rate-limit': '5000',
      'request-timeout': '90',
      shard: '2/4',
      comment: 'on-failure',
      'github-token': 'ghs_x',
      'allow-http': 'TRUE'
    })
    expect(inputs).toMatchObject({
      username: 'alice',
      accessToken: 'tok',
      mode: 'check',
      timeoutMs: 2 * 3_600_000,
      intervalMs: 500,
      vars: { TASK_ID: '12', SPACE: '7' },
      maxConcurrency: 8,
      rateLimitPerMinute: 5000,
      requestTimeoutMs: 90_000,
      shard: { index: 2, count: 4 },
      comment: 'on-failure',
      githubToken: 'ghs_x',
      allowHttp: true
    })
  })

  it.each([
    ['mode', 'fast', /wait, check, validate, merge/],
    ['comment', 'yes', /off, always, on-failure/],
    ['timeout', '10 minutes', /duration such as/],
    ['interval', 'soon', /duration such as/],
    ['request-timeout', '-1s', /duration such as/],
    ['max-concurrency', '0', /whole number from 1 to 64/],
    ['max-concurrency', '100', /whole number from 1 to 64/],
    ['max-concurrency', '2.5', /whole number from 1 to 64/],
    ['rate-limit', '5001', /whole number from 1 to 5000/],
    ['rate-limit', 'lots', /whole number from 1 to 5000/],
    ['allow-http', 'yes', /true or false/]
  ])('names input %s, its value %s and what is accepted', (name, value, accepted) => {
    const { inputs, errors } = read({ [name]: value })
    expect(inputs).toBeUndefined()
    expect(errors.length).toBeGreaterThan(0)
    for (const e of errors) expect(e).toContain(`"${name}"`)
    expect(errors[0]).toContain(`"${value}"`)
    expect(errors[0]).toMatch(accepted)
  })

  it('refuses a rate limit above the gateway quota of 5000 per minute', () => {
    expect(read({ 'rate-limit': '5000' }).errors).toEqual([])
    expect(read({ 'rate-limit': '6000' }).errors[0]).toMatch(/"rate-limit" is "6000"/)
  })

  it('reads compound durations', () => {
    const { inputs } = read({ timeout: '1h30m', interval: '2m30s', 'request-timeout': '1m500ms' })
    expect(inputs).toMatchObject({
      timeoutMs: 5_400_000,
      intervalMs: 150_000,
      requestTimeoutMs: 60_500
    })
  })

  it('refuses an interval or a request timeout of zero', () => {
    expect(read({ interval: '0s' }).errors).toEqual([
      'Input "interval" is "0s"; expected a duration such as 500ms, 90s, 15m, 1h30m, or a number of seconds, greater than 0.'
    ])
    // One problem, one error: an unparsable value is not also reported as zero.
    expect(read({ interval: 'soon' }).errors).toHaveLength(1)
    expect(read({ 'request-timeout': '0' }).errors[0]).toMatch(/"request-timeout"/)
  })

  it('names a bad shard and a bad vars line', () => {
    expect(read({ shard: '3/2' }).errors[0]).toMatch(/^Input "shard" is "3\/2"/)
    expect(read({ shard: 'half' }).errors[0]).toMatch(/^Input "shard" is "half"/)
    const vars = read({ vars: 'A=1\nnot a pair' }).errors
    expect(vars).toHaveLength(1)
    expect(vars[0]).toMatch(/^Input "vars": line 2/)
  })

  it('never puts a vars value or the secret in an error', () => {
    const { errors } = read({
      vars: `TOKEN=${SECRET}\nTOKEN=${SECRET}`,
      mode: SECRET.slice(0, 3),
      'rate-limit': '9999'
    })
    expect(errors.length).toBeGreaterThanOrEqual(3)
    for (const e of errors) expect(e).not.toContain(SECRET)
  })

  it.each(['api-url', 'app-code', 'app-secret'])(
    'requires %s in modes wait and check, naming it',
    (name) => {
      for (const mode of ['wait', 'check']) {
        const { inputs, errors } = read({ mode, [name]: '' })
        expect(inputs).toBeUndefined()
        expect(errors).toEqual([`Input "${name}" is required in mode ${mode}.`])
      }
    }
  )

  it('requires spec in every mode', () => {
    for (const mode of ['wait', 'validate']) {
      const { errors } = read({ mode, spec: '  ' })
      expect(errors).toHaveLength(1)
      expect(errors[0]).toMatch(/^Input "spec" is required/)
    }
  })

  it('lists every problem at once', () => {
    const { errors } = readInputs(() => '')
    expect(errors).toEqual([
      'Input "spec" is required: a path to the spec file, or inline YAML.',
      'Input "api-url" is required in mode wait.',
      'Input "app-code" is required in mode wait.',
      'Input "app-secret" is required in mode wait.'
    ])
  })

  it('needs no credentials in mode validate', () => {
    const { inputs, errors } = read({ mode: 'validate' }, { spec: 'gate.yml' })
    expect(errors).toEqual([])
    expect(inputs).toMatchObject({ mode: 'validate', apiUrl: '', appCode: '', appSecret: '' })
  })

  it('mode merge needs reports, and neither a spec nor credentials', () => {
    const { inputs, errors } = read(
      { mode: 'merge', reports: 'reports/**/*.json', junit: 'out/junit.xml' },
      {}
    )
    expect(errors).toEqual([])
    expect(inputs).toMatchObject({
      mode: 'merge',
      reports: 'reports/**/*.json',
      junit: 'out/junit.xml'
    })
    expect(read({ mode: 'merge' }, {}).errors).toEqual([
      'Input "reports" is required in mode merge: a glob of JSON reports, e.g. reports/*.json.'
    ])
  })

  it('trims values but keeps an inline spec as given', () => {
    const inline = 'version: 1\ntasks:\n  - task_id: 1\n'
    const inputs = inputsOf({ spec: inline, 'app-code': '  my-app  ', mode: ' check ' })
    expect(inputs.spec).toEqual({ kind: 'inline', text: inline })
    expect(inputs.appCode).toBe('my-app')
    expect(inputs.mode).toBe('check')
  })
})

describe('specSource', () => {
  it.each([
    ['gate.yml', { kind: 'file', path: 'gate.yml' }],
    ['  specs/deploy.yml\n', { kind: 'file', path: 'specs/deploy.yml' }],
    ['.github/bkflow gate.yaml', { kind: 'file', path: '.github/bkflow gate.yaml' }],
    ['version: 1\ntasks: []', { kind: 'inline', text: 'version: 1\ntasks: []' }],
    [
      '{version: 1, tasks: [{task_id: 1}]}',
      { kind: 'inline', text: '{version: 1, tasks: [{task_id: 1}]}' }
    ]
  ])('%j is %j', (raw, expected) => {
    expect(specSource(raw)).toEqual(expected)
  })
})
