import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { COMMON_INPUT_NAMES, InputReader, mapInputSource } from '@ci-suite/core'
import { definition } from '@ci-suite/sbom'

interface ActionYml {
  inputs: Record<string, { description?: string; default?: string }>
  outputs: Record<string, { description?: string }>
  runs: { using: string; main: string }
}

const actionYml = parse(readFileSync(new URL('../../actions/sbom/action.yml', import.meta.url), 'utf8')) as ActionYml

describe('actions/sbom/action.yml', () => {
  test('declares exactly the inputs the parser reads, plus the common ones', () => {
    const reader = new InputReader(mapInputSource({}))
    definition.readInputs(reader)
    expect(Object.keys(actionYml.inputs).sort()).toEqual([...reader.names, ...COMMON_INPUT_NAMES].sort())
  })

  test('its defaults are the parser defaults', () => {
    const fromDefaults = definition.readInputs(
      new InputReader(
        mapInputSource(
          Object.fromEntries(Object.entries(actionYml.inputs).map(([k, v]) => [k, String(v.default ?? '')]))
        )
      )
    )
    expect(fromDefaults).toEqual(definition.readInputs(new InputReader(mapInputSource({}))))
  })

  test('documents every input and output and runs the sbom bundle on node24', () => {
    for (const spec of [...Object.values(actionYml.inputs), ...Object.values(actionYml.outputs)])
      expect(spec.description).toBeTruthy()
    expect(Object.keys(actionYml.outputs).sort()).toEqual(['findings', 'report', 'sbom', 'status'])
    expect(actionYml.runs).toEqual({ using: 'node24', main: '../../dist/sbom/index.js' })
  })
})

describe('reading the inputs', () => {
  test.each([
    [{}, { format: 'cyclonedx-json', output: 'sbom.cdx.json', includeDev: false, upload: 'auto' }],
    [{ format: 'spdx-json' }, { format: 'spdx-json', output: 'sbom.spdx.json' }],
    [
      { format: 'cyclonedx-json@1.5', output: 'out/bom.json' },
      { format: 'cyclonedx-json@1.5', output: 'out/bom.json' }
    ],
    [
      { files: 'a/package-lock.json, b/uv.lock', exclude: 'examples/**' },
      { files: ['a/package-lock.json', 'b/uv.lock'], exclude: ['examples/**'] }
    ],
    [
      { upload: 'always', 'release-tag': 'v1.0.0', 'include-dev': 'true' },
      { upload: 'always', releaseTag: 'v1.0.0', includeDev: true }
    ]
  ])('%j reads as %j', (inputs, expected) => {
    expect(definition.readInputs(new InputReader(mapInputSource(inputs)))).toMatchObject(expected)
  })

  test.each([
    [{ format: 'cyclonedx-xml' }, /format/],
    [{ upload: 'sometimes' }, /upload/],
    [{ 'include-dev': 'yes' }, /include-dev/],
    [{ output: 'reports/' }, /output must name a file/]
  ])('%j is refused with a message naming the input', (inputs, message) => {
    expect(() => definition.readInputs(new InputReader(mapInputSource(inputs)))).toThrow(message)
  })
})
