import { describe, expect, test } from '@jest/globals'
import { COMMON_INPUT_NAMES, InputReader, mapInputSource, readCommonInputs } from '@ci-suite/core'
import { readActionMetadata } from './metadata.js'
import { actionNames, loadAction } from './registry.js'

const root = process.cwd()

describe.each(actionNames())('the %s parser and its action.yml', name => {
  test('read the same inputs', async () => {
    const definition = await loadAction(name)
    const reader = new InputReader(mapInputSource({}))
    readCommonInputs(reader, definition.failOn)
    definition.readInputs(reader)
    const declared = Object.keys((await readActionMetadata(root, name)).inputs).sort()
    expect([...reader.names].sort()).toEqual(declared)
    expect(declared).toEqual(expect.arrayContaining([...COMMON_INPUT_NAMES]))
  })

  test('agree on every default', async () => {
    const definition = await loadAction(name)
    const defaults = Object.fromEntries(
      Object.entries((await readActionMetadata(root, name)).inputs)
        .filter(([, spec]) => spec.default !== undefined && !spec.default.includes('${{'))
        .map(([input, spec]) => [input, spec.default as string])
    )
    const fromYml = new InputReader(mapInputSource(defaults))
    const fromCode = new InputReader(mapInputSource({}))
    expect(definition.readInputs(fromYml)).toEqual(definition.readInputs(fromCode))
    expect(readCommonInputs(fromYml, definition.failOn)).toEqual(readCommonInputs(fromCode, definition.failOn))
  })
})
