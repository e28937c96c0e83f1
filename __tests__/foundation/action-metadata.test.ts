import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, test } from '@jest/globals'
import { parse } from 'yaml'
import { REPO_ROOT } from '../harness/run-action.js'

interface ActionYml {
  name?: string
  description?: string
  inputs?: Record<string, { description?: string; default?: unknown; required?: boolean }>
  outputs?: Record<string, { description?: string }>
  runs?: { using?: string; main?: string }
}

const actionFolders = readdirSync(join(REPO_ROOT, 'actions')).filter(d =>
  existsSync(join(REPO_ROOT, 'actions', d, 'action.yml'))
)
const files: Array<[string, string]> = [
  ['root', join(REPO_ROOT, 'action.yml')],
  ...actionFolders.map(d => [d, join(REPO_ROOT, 'actions', d, 'action.yml')] as [string, string])
]
const COMMON_INPUTS = ['working-directory', 'base', 'head', 'report-path', 'fail-on', 'github-token']
const COMMON_OUTPUTS = ['status', 'findings', 'report']

describe.each(files)('the %s action.yml', (name, file) => {
  const yml = parse(readFileSync(file, 'utf8')) as ActionYml

  test('runs on node24 from a bundle that exists', () => {
    expect(yml.runs?.using).toBe('node24')
    expect(yml.runs?.main).toBeDefined()
    expect(existsSync(resolve(join(file, '..'), yml.runs!.main!))).toBe(true)
  })

  test('documents every input and output', () => {
    expect(yml.description?.length).toBeGreaterThan(10)
    // named in the expectation, so a failure says which input lacks a description
    for (const [input, spec] of Object.entries(yml.inputs ?? {}))
      expect([input, (spec?.description?.trim().length ?? 0) > 5]).toEqual([input, true])
    for (const spec of Object.values(yml.outputs ?? {})) expect(spec?.description?.trim().length).toBeGreaterThan(5)
  })

  test('has the inputs and outputs every action has', () => {
    expect(Object.keys(yml.inputs ?? {})).toEqual(expect.arrayContaining(COMMON_INPUTS))
    expect(Object.keys(yml.outputs ?? {})).toEqual(expect.arrayContaining(COMMON_OUTPUTS))
    expect(String(yml.inputs?.['github-token']?.default)).toBe('${{ github.token }}')
  })

  if (name !== 'root') {
    test('points at its own bundle and has a README', () => {
      expect(yml.runs?.main).toBe(`../../dist/${name}/index.js`)
      expect(existsSync(join(REPO_ROOT, 'actions', name, 'README.md'))).toBe(true)
    })
  }
})

test('the root action has one input per gate', () => {
  const root = parse(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')) as ActionYml
  for (const gate of ['lint-gate', 'secret-scan', 'audit', 'coverage-gate', 'sbom', 'docker-release'])
    expect(root.inputs).toHaveProperty(gate)
})
