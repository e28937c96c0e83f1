import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'
import { COMMON_INPUT_NAMES, InputReader, mapInputSource } from '@ci-suite/core'
import { readDockerReleaseInputs } from './inputs.js'

const actionYml = join(dirname(fileURLToPath(import.meta.url)), '../../../actions/docker-release/action.yml')
const metadata = parse(readFileSync(actionYml, 'utf8')) as {
  inputs: Record<string, { default?: string; description?: string }>
  outputs: Record<string, { description?: string }>
  runs: unknown
}

const read = (values: Record<string, string>) => {
  const reader = new InputReader(mapInputSource(values))
  return { inputs: readDockerReleaseInputs(reader), reader }
}

describe('action.yml and the parser agree', () => {
  test('every input the parser reads is documented in action.yml, and nothing else is', () => {
    const { reader } = read({})
    expect(Object.keys(metadata.inputs).sort()).toEqual([...reader.names, ...COMMON_INPUT_NAMES].sort())
    for (const [name, spec] of Object.entries(metadata.inputs)) {
      expect({ name, documented: Boolean(spec.description) }).toEqual({ name, documented: true })
    }
  })

  test('the step runs the bundle on node24 and documents the contract’s outputs', () => {
    expect(metadata.runs).toEqual({ using: 'node24', main: '../../dist/docker-release/index.js' })
    expect(Object.keys(metadata.outputs)).toEqual([
      'status',
      'findings',
      'report',
      'image',
      'tags',
      'digest',
      'metadata'
    ])
  })

  test('the action.yml defaults parse to exactly the parser’s own defaults', () => {
    const defaults = Object.fromEntries(
      Object.entries(metadata.inputs)
        .filter(([name]) => !(COMMON_INPUT_NAMES as readonly string[]).includes(name))
        .map(([name, spec]) => [name, String(spec.default ?? '')])
    )
    expect(read(defaults).inputs).toEqual(read({}).inputs)
  })
})

describe('input values', () => {
  test('lists, lines and choices are read per CONTRACT.md', () => {
    const { inputs } = read({
      platforms: 'linux/amd64, linux/arm64\nlinux/arm/v7',
      'build-args': 'VERSION=1.2.3\nEMPTY=',
      push: 'false',
      cache: 'registry',
      provenance: 'true',
      tags: 'type=sha\ntype=raw,value=stable'
    })
    expect(inputs).toMatchObject({
      platforms: ['linux/amd64', 'linux/arm64', 'linux/arm/v7'],
      buildArgs: ['VERSION=1.2.3', 'EMPTY='],
      push: 'false',
      cache: 'registry',
      provenance: true,
      sbom: false
    })
    expect(inputs.tagRules.map(r => r.source)).toEqual(['type=raw,value=stable', 'type=sha'])
  })

  test.each([
    [{ platforms: 'amd64' }, 'platforms: "amd64" is not os/arch[/variant]'],
    [{ 'build-args': '--no-cache' }, 'build-args: each line is NAME=value, got "--no-cache"'],
    [{ labels: 'team' }, 'labels: each line is key=value, got "team"'],
    [{ suffix: ' backend!' }, 'suffix: letters, digits and . _ - / only'],
    [{ push: 'yes' }, 'push'],
    [{ cache: 'local' }, 'cache'],
    [{ tags: 'type=edge' }, 'type=edge (in "type=edge") is not supported']
  ])('%j is refused: %s', (values, message) => {
    expect(() => read(values)).toThrow(message)
  })
})
