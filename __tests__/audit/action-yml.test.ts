import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { COMMON_INPUT_NAMES, ConfigurationError, InputReader, mapInputSource } from '@ci-suite/core'
import { definition } from '@ci-suite/audit'

interface ActionYml {
  inputs: Record<string, { description?: string; default?: string }>
  outputs: Record<string, { description?: string }>
  runs: { using: string; main: string }
}

const actionYml = parse(readFileSync(new URL('../../actions/audit/action.yml', import.meta.url), 'utf8')) as ActionYml
const read = (values: Record<string, string>) => definition.readInputs(new InputReader(mapInputSource(values)))

describe('actions/audit/action.yml', () => {
  test('declares exactly the inputs the parser reads, plus the common ones', () => {
    const reader = new InputReader(mapInputSource({}))
    definition.readInputs(reader)
    expect(Object.keys(actionYml.inputs).sort()).toEqual([...reader.names, ...COMMON_INPUT_NAMES].sort())
  })

  test('its defaults are the parser defaults, fail-on included', () => {
    const defaults = Object.fromEntries(Object.entries(actionYml.inputs).map(([k, v]) => [k, String(v.default ?? '')]))
    expect(read(defaults)).toEqual(read({}))
    expect(actionYml.inputs['fail-on']?.default).toBe(definition.failOn.default)
  })

  test('documents every input and output and runs the audit bundle on node24', () => {
    for (const spec of [...Object.values(actionYml.inputs), ...Object.values(actionYml.outputs)])
      expect(spec.description).toBeTruthy()
    expect(Object.keys(actionYml.outputs).sort()).toEqual(['findings', 'report', 'sarif', 'status', 'vulnerabilities'])
    expect(actionYml.runs).toEqual({ using: 'node24', main: '../../dist/audit/index.js' })
  })
})

describe('reading the inputs', () => {
  test.each([
    [{ sources: 'osv, npm' }, { sources: ['osv', 'npm'] }],
    [
      { scope: 'new', 'include-dev': 'false' },
      { scope: 'new', includeDev: false }
    ],
    [{ 'osv-url': 'http://127.0.0.1:8080/' }, { osvUrl: 'http://127.0.0.1:8080' }],
    [{ 'deny-licenses': 'GPL-3.0-only\nAGPL-3.0-only' }, { denyLicenses: ['GPL-3.0-only', 'AGPL-3.0-only'] }]
  ])('%j is read as %j', (values, expected) => {
    expect(read(values)).toMatchObject(expected)
  })

  test.each([
    [{ sources: 'osv, snyk' }, 'sources must list osv and/or npm, got "snyk"'],
    [{ scope: 'changed' }, 'scope must be one of all, new'],
    [{ 'unknown-severity': 'severe' }, 'unknown-severity'],
    [{ 'osv-url': 'ftp://x' }, 'osv-url must be an http(s) URL'],
    [{ 'include-dev': 'yes please' }, 'include-dev']
  ])('%j is a configuration error naming the input', (values, message) => {
    expect(() => read(values)).toThrow(ConfigurationError)
    expect(() => read(values)).toThrow(message)
  })
})
