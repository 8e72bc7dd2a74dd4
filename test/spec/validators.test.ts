import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { generateValidator, TARGETS } from '../../scripts/gen-validators.js'
import { validateSpecSchema } from '../../src/spec/spec-validator.js'
import { SPEC_SCHEMA } from '../../src/spec/spec-types.js'

describe('validators generated from the schemas (ajv standalone code)', () => {
  it.each(TARGETS.map((t) => [t.output.replace(/.*\/src\//, 'src/'), t] as const))(
    '%s is up to date: regenerating gives the committed file',
    (_name, target) => {
      const generated = generateValidator(target, readFileSync(target.schema, 'utf8'))
      expect(generated).toBe(readFileSync(target.output, 'utf8'))
    }
  )

  it('report the same errors as the schema compiled at run time', () => {
    const spec = TARGETS[0]
    const compiled = new Ajv2020(spec.options).compile(SPEC_SCHEMA)
    const samples: unknown[] = [
      { version: 1, tasks: [{ task_id: 1, nodes: [{ id: 'n1', state: 'FINISHED' }] }] },
      { version: 2, tasks: [], extra: true },
      {
        version: 1,
        tasks: [{ task_id: '12', on_failed: 'sometimes', nodes: [{ id: 'a', name: 'b' }] }]
      },
      { version: 1, defaults: { timeout: -1, interval: 'soon' }, tasks: [{ label: '' }] },
      'just text'
    ]
    for (const sample of samples) {
      const ok = validateSpecSchema(sample)
      expect(ok).toBe(compiled(sample))
      const strip = (errors: typeof compiled.errors) =>
        (errors ?? []).map(({ instancePath, keyword, params, message }) => ({
          instancePath,
          keyword,
          params,
          message
        }))
      expect(strip(validateSpecSchema.errors)).toEqual(strip(compiled.errors))
    }
  })
})
