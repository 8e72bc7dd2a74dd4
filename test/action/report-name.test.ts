// The JSON report's file name: the whole spec path relative to the workspace, and the shard, so
// that specs with the same file name in one job get their own files.

import { describe, expect, it } from '@jest/globals'
import { reportName } from '../../src/main.js'
import { INLINE_SPEC_FILE } from '../../src/model.js'

describe('reportName', () => {
  it.each([
    ['gate.yml', undefined, 'gate.yml'],
    ['a/gate.yml', undefined, 'a_gate.yml'],
    ['b/gate.yml', undefined, 'b_gate.yml'],
    ['./.github/bkflow/gate.yml', undefined, '.github_bkflow_gate.yml'],
    ['/ws/specs/gate.yml', undefined, 'specs_gate.yml'],
    ['specs\\gate.yml', undefined, 'specs_gate.yml'],
    ['my spec (v2).yml', undefined, 'my_spec_v2_.yml'],
    ['a/gate.yml', { index: 2, count: 4 }, 'a_gate.yml-shard-2-of-4'],
    [INLINE_SPEC_FILE, { index: 1, count: 2 }, 'inline-shard-1-of-2']
  ])('%s, shard %j → %s', (spec, shard, name) => {
    expect(reportName(spec, shard, '/ws')).toBe(name)
  })
})
