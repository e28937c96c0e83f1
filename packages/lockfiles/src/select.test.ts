import { describe, expect, test } from '@jest/globals'
import { fileTree } from './test-support/file-tree.js'
import { ConfigurationError } from '@ci-suite/core'
import { selectLockfiles } from './select.js'

const root = fileTree([
  'services/api/poetry.lock',
  'services/web/package-lock.json',
  'services/web/node_modules/x/package-lock.json',
  'tools/package-lock.json',
  'requirements.txt'
])
const relative = (paths: Array<{ path: string; discovered: boolean }>) =>
  paths.map(p => [p.path.slice(root.length + 1), p.discovered])

describe('selectLockfiles (the files input of audit and sbom)', () => {
  test('without files, every lockfile discovery finds, each marked as discovered', async () => {
    expect(relative(await selectLockfiles([], root, { exclude: ['tools'], shownAs: '.' }))).toEqual([
      ['requirements.txt', true],
      ['services/api/poetry.lock', true],
      ['services/web/package-lock.json', true]
    ])
  })

  test('paths and globs together: a glob’s matches among the discovered ones, sorted, each once', async () => {
    const files = ['tools/package-lock.json', 'services/*/package-lock.json', 'services/web/package-lock.json']
    expect(relative(await selectLockfiles(files, root, { exclude: [], shownAs: '.' }))).toEqual([
      ['services/web/package-lock.json', false],
      ['tools/package-lock.json', false]
    ])
    expect(relative(await selectLockfiles(['**/package-lock.json'], root, { exclude: [], shownAs: '.' }))).toEqual([
      ['services/web/package-lock.json', true],
      ['tools/package-lock.json', true]
    ])
  })

  test('globs that match no lockfile are a configuration error, not an empty pass', async () => {
    const selecting = selectLockfiles(['services/*/Cargo.lock'], root, { exclude: [], shownAs: 'app' })
    await expect(selecting).rejects.toThrow('files: no lockfile matches services/*/Cargo.lock in app')
  })

  test('a path that does not exist is a configuration error naming it and the folder', async () => {
    const selecting = selectLockfiles(['requirements.txt', 'poetry.lock'], root, { exclude: [], shownAs: 'app' })
    await expect(selecting).rejects.toThrow(ConfigurationError)
    await expect(selecting).rejects.toThrow('files: poetry.lock does not exist in app')
  })
})
