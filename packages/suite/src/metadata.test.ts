import { describe, expect, test } from '@jest/globals'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { METADATA_INDEX_FILE, buildMetadataIndex, readActionMetadata } from './metadata.js'

/** a suite folder with one action.yml copied from this repository, and the build's index of it */
async function suiteWithIndex(): Promise<string> {
  const root = mkdtempSync(join(tmpdir(), 'ci-suite-metadata-'))
  mkdirSync(join(root, 'actions', 'coverage-gate'), { recursive: true })
  mkdirSync(join(root, 'dist'))
  cpSync(
    join(process.cwd(), 'actions', 'coverage-gate', 'action.yml'),
    join(root, 'actions', 'coverage-gate', 'action.yml')
  )
  const index = await buildMetadataIndex(root, ['coverage-gate'])
  writeFileSync(join(root, METADATA_INDEX_FILE), JSON.stringify(index))
  return root
}

describe('action metadata', () => {
  test('the build’s index gives what parsing the action.yml gives; a damaged index is read as none', async () => {
    const withIndex = await suiteWithIndex()
    const damaged = await suiteWithIndex()
    writeFileSync(join(damaged, METADATA_INDEX_FILE), '{ not json')
    const indexed = await readActionMetadata(withIndex, 'coverage-gate')
    const parsed = await readActionMetadata(damaged, 'coverage-gate')
    expect(indexed).toEqual(parsed)
    expect(parsed.inputs['min-coverage']).toBeDefined()
  })

  test('an action.yml changed since the build is parsed again, not taken from the index', async () => {
    const root = await suiteWithIndex()
    const file = join(root, 'actions', 'coverage-gate', 'action.yml')
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^name: .*$/m, 'name: coverage gate, renamed'))
    expect((await readActionMetadata(root, 'coverage-gate')).name).toBe('coverage gate, renamed')
  })

  test('the committed index matches every action.yml (so the CLI never parses YAML)', async () => {
    const root = process.cwd()
    const index = JSON.parse(readFileSync(join(root, METADATA_INDEX_FILE), 'utf8'))
    expect(await buildMetadataIndex(root, Object.keys(index))).toEqual(index)
  })
})
