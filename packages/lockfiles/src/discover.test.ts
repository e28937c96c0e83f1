import { describe, expect, test } from '@jest/globals'
import { fileTree } from './test-support/file-tree.js'
import { discoverLockfiles, globToRegExp } from './discover.js'

describe('discoverLockfiles', () => {
  test('finds lockfiles of every ecosystem and skips installed and vendored copies', async () => {
    const root = fileTree([
      'package-lock.json',
      'package.json',
      'services/api/poetry.lock',
      'services/api/requirements-dev.txt',
      'services/api/.venv/lib/requirements.txt',
      'env/pyvenv.cfg',
      'env/lib/site/Pipfile.lock',
      'node_modules/dep/package-lock.json',
      'web/node_modules/x/yarn.lock',
      'vendor/github.com/x/go.mod',
      'go/go.mod',
      'go/go.sum',
      'tools/go.sum',
      'rust/Cargo.lock',
      '.git/packed/Gemfile.lock',
      'ruby/Gemfile.lock',
      'php/composer.lock',
      'dotnet/packages.lock.json',
      'shrink/npm-shrinkwrap.json',
      'shrink/package-lock.json',
      'js/pnpm-lock.yaml',
      'js/bun.lock',
      'py/uv.lock',
      'py/pdm.lock',
      'requirements/base.txt',
      'docs/notes.txt'
    ])
    expect(await discoverLockfiles(root)).toEqual([
      'dotnet/packages.lock.json',
      'go/go.mod',
      'js/bun.lock',
      'js/pnpm-lock.yaml',
      'package-lock.json',
      'php/composer.lock',
      'py/pdm.lock',
      'py/uv.lock',
      'requirements/base.txt',
      'ruby/Gemfile.lock',
      'rust/Cargo.lock',
      'services/api/poetry.lock',
      'services/api/requirements-dev.txt',
      'shrink/npm-shrinkwrap.json',
      'tools/go.sum'
    ])
  })

  test.each([
    [['services/**'], ['package-lock.json']],
    [['**/requirements*.txt'], ['package-lock.json', 'services/api/poetry.lock']],
    [['services/api/poetry.lock', 'package-lock.json'], ['services/api/requirements.txt']]
  ])('leaves out what exclude %j names', async (exclude, expected) => {
    const root = fileTree(['package-lock.json', 'services/api/poetry.lock', 'services/api/requirements.txt'])
    expect(await discoverLockfiles(root, { exclude })).toEqual(expected)
  })

  test('returns nothing for a folder that does not exist', async () => {
    expect(await discoverLockfiles('/nonexistent/ci-suite')).toEqual([])
  })

  test.each([
    ['**/test/**', 'a/test/b/yarn.lock', true],
    ['**/test/**', 'test/yarn.lock', true],
    ['*.lock', 'yarn.lock', true],
    ['*.lock', 'a/yarn.lock', false],
    ['examples', 'examples/x/go.mod', true]
  ])('glob %s matches %s: %s', (glob, path, expected) => {
    expect(globToRegExp(glob).test(path)).toBe(expected)
  })
})
