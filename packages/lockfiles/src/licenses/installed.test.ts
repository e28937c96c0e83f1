import { beforeAll, describe, expect, test } from '@jest/globals'
import { join } from 'node:path'
import { loadLockfile } from '../load.js'
import type { Lockfile } from '../model.js'
import { installedFixture, npmLockedProject } from '../test-support/npm-project.js'
import { InstalledLicenses } from './installed.js'

const licenses = (lock: Lockfile) =>
  lock.packages.map(p => `${p.name}@${p.version} ${p.license ?? '-'} ${p.licenseSource ?? '-'}`).sort()

describe('licenses from an npm install, for a package-lock v1 that carries none', () => {
  let dir: string
  let lock: Lockfile
  beforeAll(async () => {
    dir = npmLockedProject(
      { name: 'old-lock', version: '1.0.0', dependencies: { debug: '4.3.4', 'left-pad': '1.3.0' } },
      { lockfileVersion: 1, install: true }
    )
    lock = await loadLockfile(join(dir, 'package-lock.json'), dir)
  })

  test('the lockfile itself names no license', () => {
    expect(lock.packages.filter(p => p.license)).toEqual([])
  })

  test('node_modules fills every license, marked as read from node_modules', () => {
    const { lockfile, filled } = new InstalledLicenses(dir).fill(lock)
    expect(filled).toBe(3)
    expect(licenses(lockfile)).toEqual([
      'debug@4.3.4 MIT node_modules',
      'left-pad@1.3.0 WTFPL node_modules',
      'ms@2.1.2 MIT node_modules'
    ])
  })

  test('without node_modules the lockfile is returned as it is', async () => {
    const bare = npmLockedProject(
      { name: 'bare', version: '1.0.0', dependencies: { ms: '2.1.3' } },
      { lockfileVersion: 1 }
    )
    const bareLock = await loadLockfile(join(bare, 'package-lock.json'), bare)
    expect(new InstalledLicenses(bare).fill(bareLock)).toEqual({ lockfile: bareLock, filled: 0 })
  })

  test('a license the lockfile carries is kept as the lockfile says', async () => {
    const v3 = npmLockedProject({ name: 'new-lock', version: '1.0.0', dependencies: { ms: '2.1.3' } })
    const v3Lock = await loadLockfile(join(v3, 'package-lock.json'), v3)
    expect(licenses(new InstalledLicenses(v3).fill(v3Lock).lockfile)).toEqual(['ms@2.1.3 MIT lockfile'])
  })
})

describe.each([
  ['yarn-classic', 'yarn@1', 'yarn.lock'],
  ['pnpm', 'pnpm@9', 'pnpm-lock.yaml']
] as const)('licenses of a %s project installed by %s', (fixture, tool, file) => {
  test('every package, hoisted or only in the store, gets its license from node_modules', async () => {
    const dir = installedFixture(fixture, tool)
    const lock = await loadLockfile(join(dir, file), dir)
    const { lockfile, filled } = new InstalledLicenses(dir).fill(lock)
    expect(licenses(lockfile)).toEqual([
      '@sindresorhus/is@4.6.0 MIT node_modules',
      'debug@4.3.4 MIT node_modules',
      'lru-cache@6.0.0 ISC node_modules',
      'ms@2.1.2 MIT node_modules',
      'semver@7.5.4 ISC node_modules',
      'yallist@4.0.0 ISC node_modules'
    ])
    expect(filled).toBe(6)
  })
})
