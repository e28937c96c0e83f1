import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { COMMON_INPUT_NAMES, InputReader, mapInputSource } from '@ci-suite/core'
import { definition } from '@ci-suite/secrets'
import { REPO_ROOT } from '../harness/run-action.js'

const yml = parse(readFileSync(join(REPO_ROOT, 'actions/secret-scan/action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string }>
  outputs: Record<string, unknown>
}

describe('actions/secret-scan/action.yml', () => {
  test('names exactly the inputs the parser reads, plus the common ones', () => {
    const reader = new InputReader(mapInputSource({}))
    definition.readInputs(reader)
    expect(Object.keys(yml.inputs).sort()).toEqual([...reader.names, ...COMMON_INPUT_NAMES].sort())
  })

  test('gives the parser defaults', () => {
    const defaults = definition.readInputs(new InputReader(mapInputSource({})))
    const fromYml = definition.readInputs(new InputReader(name => yml.inputs[name]?.default))
    expect(fromYml).toEqual(defaults)
    expect(yml.inputs['fail-on'].default).toBe(definition.failOn.default)
  })

  test('declares the sarif output beside the common ones', () => {
    expect(Object.keys(yml.outputs)).toEqual(expect.arrayContaining(['status', 'findings', 'report', 'sarif']))
  })
})
