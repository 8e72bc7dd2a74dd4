// create: and select: entries normalized: constants wrapped as `${key}`, variables resolved for
// sending but never shown, and the errors placed on the line to fix.

import { describe, expect, it } from '@jest/globals'
import { parseSpec } from '../../src/spec/index.js'
import { describeSource } from '../../src/spec/sources.js'

const SECRET = 's3cr3t-t0ken-value'

describe('create: entries', () => {
  it('wraps constant keys, resolves ${VAR} inside values and keeps `$${` literal', () => {
    const text = `version: 1
tasks:
  - label: deploy
    space_id: 7
    create:
      template_id: \${TEMPLATE}
      name: deploy \${VERSION} by \${ACTOR}
      constants:
        version: \${VERSION}
        token: \${TOKEN}
        hosts: [10.0.0.5, '\${HOST}']
        raw: '$\${bkflow_var}'
`
    const { spec, diagnostics } = parseSpec(text, 'gate.yml', {
      vars: { VERSION: '1.4.2', TOKEN: SECRET, TEMPLATE: '42' },
      env: { ACTOR: 'ci', HOST: '10.0.0.6' }
    })
    expect(diagnostics).toEqual([])
    const [task] = spec?.tasks ?? []
    expect(task).toMatchObject({ key: 'create:deploy', taskId: 0, spaceId: 7 })
    expect(task.source).toEqual({
      kind: 'create',
      templateId: 42,
      nameAsWritten: 'deploy ${VERSION} by ${ACTOR}',
      constantNames: ['version', 'token', 'hosts', 'raw'],
      payload: {
        name: 'deploy 1.4.2 by ci',
        constants: {
          '${version}': '1.4.2',
          '${token}': SECRET,
          '${hosts}': ['10.0.0.5', '10.0.0.6'],
          '${raw}': '${bkflow_var}'
        }
      }
    })
    // What reports show: names only.
    expect(task.source && describeSource(task.source)).toBe(
      'template 42 (constants: version, token, hosts, raw)'
    )
  })

  it('names the undefined variable, never a defined value, on the line that uses it', () => {
    const text = `version: 1
tasks:
  - label: deploy
    space_id: 7
    create:
      template_id: 42
      constants:
        token: \${TOKEN}-\${MISSING}
`
    const { spec, diagnostics } = parseSpec(text, 'gate.yml', { vars: { TOKEN: SECRET } })
    expect(spec).toBeUndefined()
    expect(diagnostics.map((d) => [d.code, d.line])).toEqual([['undefined-var', 8]])
    expect(diagnostics[0].message).toContain('MISSING')
    expect(JSON.stringify(diagnostics)).not.toContain(SECRET)
  })

  it('takes space_id from defaults and refuses two sources sharing a label', () => {
    const text = `version: 1
defaults: { space_id: 7 }
tasks:
  - label: nightly
    select: { template_id: 42 }
  - label: nightly
    create: { template_id: 42 }
`
    const { diagnostics } = parseSpec(text, 'gate.yml')
    expect(diagnostics.map((d) => [d.code, d.line])).toEqual([['duplicate-task', 7]])
  })
})

describe('select: entries', () => {
  it('normalizes the filters and defaults pick to latest', () => {
    const text = `version: 1
tasks:
  - label: nightly
    space_id: 7
    select: { template_id: 42, name: nightly, creator: bob, label: ci, created_within: 24h }
`
    const { spec } = parseSpec(text, 'gate.yml')
    expect(spec?.tasks[0].source).toEqual({
      kind: 'select',
      templateId: 42,
      name: 'nightly',
      creator: 'bob',
      label: 'ci',
      createdWithinMs: 24 * 3_600_000,
      pick: 'latest'
    })
  })
})
