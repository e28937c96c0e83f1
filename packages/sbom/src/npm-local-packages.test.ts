import { expect, test } from '@jest/globals'
import { lockedPackage, lockfileOf } from '../../../__tests__/sbom/helpers/lockfiles.js'
import { withNpmLocalPackages } from './npm-local-packages.js'

const text = JSON.stringify({
  lockfileVersion: 3,
  packages: {
    '': { name: 'root', workspaces: ['packages/*'] },
    'node_modules/app': { resolved: 'packages/app', link: true },
    'packages/app': { name: 'app', version: '1.0.0' }
  }
})

test.each([
  ['a yarn lockfile', lockfileOf([], { format: 'yarn-classic' })],
  ['a v1 package-lock', lockfileOf([], { format: 'package-lock@1' })],
  [
    'a lockfile that already lists its workspace members',
    lockfileOf([lockedPackage({ name: 'app', version: '1.0.0', purl: 'pkg:npm/app@1.0.0', source: 'workspace' })])
  ]
])('%s is returned as it is', (_name, lockfile) => {
  expect(withNpmLocalPackages(lockfile, text, { includeDev: false })).toBe(lockfile)
})

test('a workspace member becomes a direct component of source workspace', () => {
  const result = withNpmLocalPackages(lockfileOf([]), text, { includeDev: false })
  expect(result.packages).toEqual([
    expect.objectContaining({
      id: 'pkg:npm/app@1.0.0',
      name: 'app',
      version: '1.0.0',
      direct: true,
      source: 'workspace',
      dependencies: []
    })
  ])
})
