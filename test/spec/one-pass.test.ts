// `validate` in one pass (issue 12): the checks the schema cannot express run on the valid parts
// of a spec the schema rejected, so a user sees every problem at once.

import { describe, expect, it } from '@jest/globals'
import { parseSpec } from '../../src/spec/index.js'

function problems(text: string, vars: Record<string, string> = {}): string[] {
  const { spec, diagnostics } = parseSpec(text, 'spec.yml', { vars })
  expect(spec).toBeUndefined()
  return diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`)
}

describe('one pass over an invalid spec', () => {
  it('reports interval 0, duplicates, an undefined variable and name without space_id beside schema errors', () => {
    const text = [
      'version: 1',
      'defaults:',
      '  interval: 0',
      'tasks:',
      '  - task_id: 1',
      '    space_id: 7',
      '    state: FINSHED',
      '  - task_id: 1',
      '    space_id: 7',
      '    interval: 0s',
      '  - task_id: ${NOPE}',
      '    timeout: 30m1h',
      '    nodes:',
      '      - name: Deploy',
      '      - id: x',
      '        colour: red',
      ''
    ].join('\n')
    expect(problems(text)).toEqual([
      '3:13 bad-value',
      '7:12 bad-enum',
      '8:14 duplicate-task',
      '10:15 bad-value',
      '11:14 undefined-var',
      '12:14 bad-duration',
      '14:9 name-needs-space',
      '16:9 unknown-key'
    ])
  })

  it('keeps checking after a duplicate key', () => {
    const text = 'version: 1\ntasks:\n  - task_id: 1\n    label: a\n    label: b\n    interval: 0\n'
    expect(problems(text)).toEqual(['5:5 duplicate-key', '6:15 bad-value'])
  })

  it('treats an invalid space_id as unknown, not absent: no name-needs-space for it', () => {
    const text = [
      'version: 1',
      'defaults: { space_id: -3 }',
      'tasks:',
      '  - task_id: 1',
      '    nodes: [{ name: Deploy }]',
      '  - task_id: 2',
      '    space_id: abc',
      '    nodes: [{ name: Deploy }]',
      ''
    ].join('\n')
    expect(problems(text)).toEqual(['2:23 bad-id', '7:15 bad-id'])
  })

  it('says nothing more about a task whose entry is not a map, or a node without id or name', () => {
    const text = [
      'version: 1',
      'tasks:',
      '  - just a string',
      '  - task_id: 5',
      '    nodes:',
      '      - state: FINISHED',
      '      - id: 7',
      ''
    ].join('\n')
    expect(problems(text)).toEqual(['3:5 bad-type', '6:9 missing-id-or-name', '7:13 bad-type'])
  })

  it('checks the nodes of a subprocess entry too', () => {
    const text = [
      'version: 1',
      'tasks:',
      '  - task_id: 5',
      '    nodes:',
      '      - id: deploy',
      '        nodes:',
      '          - id: 7',
      '          - name: Migrate',
      '          - name: Migrate',
      ''
    ].join('\n')
    expect(problems(text)).toEqual([
      '7:17 bad-type',
      '8:13 name-needs-space',
      '9:13 name-needs-space',
      '9:19 duplicate-node'
    ])
  })

  it('a spec that is not a map is one problem', () => {
    expect(problems('- 1\n- 2\n')).toEqual(['1:1 bad-type'])
  })
})
