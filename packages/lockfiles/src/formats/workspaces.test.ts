import { beforeAll, describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { loadLockfile } from '../load.js'
import { parseLockfile } from '../parse.js'
import type { LockedPackage, Lockfile } from '../model.js'
import { toolLockedProject } from '../test-support/npm-project.js'

const readText = (path: string): string | undefined => {
  try {
    return readFileSync(path, 'utf8')
  } catch {
    return undefined
  }
}
const row = (p: LockedPackage) => `${p.purl} ${p.source} direct=${p.dev ? 'dev ' : ''}${p.direct} ${p.path.join(' > ')}`
const project = { name: 'mono', version: '1.0.0', private: true, devDependencies: { semver: '7.5.4' } }
const member = {
  name: '@mono/web',
  version: '1.2.0',
  license: 'ISC',
  dependencies: { ms: '2.1.3' },
  devDependencies: { 'is-number': '7.0.0' }
}
const registryRows = [
  'pkg:npm/debug@4.3.4 registry direct=true debug',
  // a member's development declaration is dev, and reached through the member
  'pkg:npm/is-number@7.0.0 registry direct=dev false @mono/web > is-number',
  'pkg:npm/lru-cache@6.0.0 registry direct=dev false semver > lru-cache',
  'pkg:npm/ms@2.1.2 registry direct=false debug > ms',
  'pkg:npm/ms@2.1.3 registry direct=false @mono/web > ms',
  'pkg:npm/semver@7.5.4 registry direct=dev true semver',
  'pkg:npm/yallist@4.0.0 registry direct=dev false semver > lru-cache > yallist'
]

describe('a pnpm workspace locked by pnpm 9', () => {
  let lock: Lockfile
  let dir: string
  beforeAll(async () => {
    dir = toolLockedProject(
      {
        'package.json': {
          ...project,
          dependencies: { tools: 'link:./vendor/tools', debug: '4.3.4', helper: 'link:./local/helper' }
        },
        'packages/web/package.json': { ...member, dependencies: { ...member.dependencies, tools: 'workspace:*' } },
        'vendor/tools/package.json': { name: 'tools', version: '0.0.1' },
        'local/helper/package.json': { name: 'helper', version: '0.3.0' },
        'pnpm-workspace.yaml': "packages:\n  - 'packages/*'\n  - 'vendor/*'\n"
      },
      'pnpm@9'
    )
    lock = await loadLockfile(join(dir, 'pnpm-lock.yaml'), dir)
  })

  test('workspace members and link: folders are local packages the project depends on', () => {
    expect(lock.packages.map(row).sort()).toEqual(
      [
        ...registryRows,
        'pkg:npm/%40mono/web@1.2.0 workspace direct=true @mono/web',
        'pkg:npm/helper@0.3.0 link direct=true helper',
        'pkg:npm/tools@0.0.1 workspace direct=true tools'
      ].sort()
    )
  })

  test("a member depends on what its importer declares, its development declarations apart, with its manifest's license", () => {
    const web = lock.packages.find(p => p.name === '@mono/web')
    expect(web).toMatchObject({ license: 'ISC', devDependencies: ['pkg:npm/is-number@7.0.0'] })
    expect(web?.dependencies.sort()).toEqual(['pkg:npm/is-number@7.0.0', 'pkg:npm/ms@2.1.3', 'pkg:npm/tools@0.0.1'])
  })

  test('a member points at its importer, an empty one included', () => {
    const lines = readFileSync(join(dir, 'pnpm-lock.yaml'), 'utf8').split('\n')
    const at = (name: string) => lines[(lock.packages.find(p => p.name === name)?.line ?? 0) - 1]
    expect(at('@mono/web')).toBe('  packages/web:')
    expect(at('tools')).toBe('  vendor/tools: {}')
  })
})

describe('a registry package whose peer dependency a workspace member meets, locked by pnpm 9', () => {
  test('depends on the member: its snapshot says `link:packages/react`, from the lockfile folder', async () => {
    const dir = toolLockedProject(
      {
        'package.json': { name: 'mono', private: true, dependencies: { 'react-dom': '18.2.0', react: 'workspace:*' } },
        'packages/react/package.json': { name: 'react', version: '18.2.0' },
        'pnpm-workspace.yaml': "packages:\n  - 'packages/*'\n"
      },
      'pnpm@9'
    )
    expect(readFileSync(join(dir, 'pnpm-lock.yaml'), 'utf8')).toContain('react: link:packages/react')
    const lock = await loadLockfile(join(dir, 'pnpm-lock.yaml'), dir)
    const dom = lock.packages.find(p => p.name === 'react-dom')
    expect(dom?.dependencies.sort()).toEqual([
      'pkg:npm/loose-envify@1.4.0',
      'pkg:npm/react@18.2.0',
      'pkg:npm/scheduler@0.23.2'
    ])
    expect(lock.packages.find(p => p.name === 'react')).toMatchObject({ source: 'workspace', direct: true })
  })
})

describe('a yarn workspace locked by yarn 4 (berry)', () => {
  let lock: Lockfile
  beforeAll(async () => {
    const dir = toolLockedProject(
      {
        'package.json': { ...project, workspaces: ['packages/*'], dependencies: { debug: '4.3.4' } },
        'packages/web/package.json': member
      },
      'yarn@4'
    )
    lock = await loadLockfile(join(dir, 'yarn.lock'), dir)
  })

  test('a member is a local package the project depends on, the project itself is the root', () => {
    expect(lock.root).toEqual({ name: 'mono' })
    expect(lock.packages.map(row).sort()).toEqual(
      [...registryRows, 'pkg:npm/%40mono/web@1.2.0 workspace direct=true @mono/web'].sort()
    )
    expect(lock.packages.find(p => p.name === '@mono/web')).toMatchObject({
      license: 'ISC',
      devDependencies: ['pkg:npm/is-number@7.0.0']
    })
  })
})

describe('a yarn workspace locked by yarn 1 (classic), whose yarn.lock does not name its members', () => {
  let lock: Lockfile
  let dir: string
  beforeAll(async () => {
    dir = toolLockedProject(
      {
        'package.json': {
          ...project,
          workspaces: { packages: ['packages/*', 'tools/**'] },
          dependencies: { debug: '4.3.4' }
        },
        'packages/web/package.json': member,
        // a member that depends on another member: yarn links it, and yarn.lock has no entry for it
        'tools/cli/ui/package.json': { name: '@mono/ui', version: '0.1.0', dependencies: { '@mono/web': '1.2.0' } }
      },
      'yarn@1'
    )
    lock = await loadLockfile(join(dir, 'yarn.lock'), dir)
  })

  test("members are local packages the project depends on, found by the project's workspace globs", () => {
    expect(lock.packages.map(row).sort()).toEqual(
      [
        ...registryRows,
        'pkg:npm/%40mono/ui@0.1.0 workspace direct=true @mono/ui',
        'pkg:npm/%40mono/web@1.2.0 workspace direct=true @mono/web'
      ].sort()
    )
  })

  test('a member depends on what its package.json declares, its development declarations apart, with its license', () => {
    const web = lock.packages.find(p => p.name === '@mono/web')
    expect(web).toMatchObject({
      license: 'ISC',
      devDependencies: ['pkg:npm/is-number@7.0.0'],
      file: 'packages/web/package.json'
    })
    expect(web?.dependencies.sort()).toEqual(['pkg:npm/is-number@7.0.0', 'pkg:npm/ms@2.1.3'])
    expect(lock.packages.find(p => p.name === '@mono/ui')?.dependencies).toEqual(['pkg:npm/%40mono/web@1.2.0'])
  })

  test('without a folder listing (a lockfile as of a base commit) the members are unknown, and no package is lost', () => {
    const text = readFileSync(join(dir, 'yarn.lock'), 'utf8')
    expect(text).not.toContain('@mono/')
    const base = parseLockfile('yarn.lock', text, { readRelative: path => readText(join(dir, path)) })
    expect(base.packages.map(p => p.purl).sort()).toEqual(registryRows.map(r => r.split(' ')[0]).sort())
  })
})

describe('a bun workspace (hand-written in bun.lock text format: bun is not installed here)', () => {
  const integrity = (c: string) => `sha512-${c.repeat(86)}==`
  const text = `{
  "lockfileVersion": 1,
  "workspaces": {
    "": {
      "name": "mono",
      "dependencies": { "debug": "4.3.4", },
      "devDependencies": { "semver": "7.5.4", },
    },
    "packages/web": {
      "name": "@mono/web",
      "version": "1.2.0",
      "dependencies": { "ms": "2.1.3", },
      "devDependencies": { "is-number": "7.0.0", },
    },
  },
  "packages": {
    "@mono/web": ["@mono/web@workspace:packages/web"],

    "@mono/web/ms": ["ms@2.1.3", "", {}, "${integrity('a')}"],

    "debug": ["debug@4.3.4", "", { "dependencies": { "ms": "2.1.2" } }, "${integrity('b')}"],

    "is-number": ["is-number@7.0.0", "", {}, "${integrity('c')}"],

    "lru-cache": ["lru-cache@6.0.0", "", { "dependencies": { "yallist": "^4.0.0" } }, "${integrity('d')}"],

    "ms": ["ms@2.1.2", "", {}, "${integrity('e')}"],

    "semver": ["semver@7.5.4", "", { "dependencies": { "lru-cache": "^6.0.0" } }, "${integrity('f')}"],

    "yallist": ["yallist@4.0.0", "", {}, "${integrity('g')}"],
  }
}
`

  test('a member is a local package the project depends on; its own copy of a package resolves under it', () => {
    const lock = parseLockfile('bun.lock', text, {
      readRelative: path => (path === 'packages/web/package.json' ? JSON.stringify(member) : undefined)
    })
    expect(lock.root).toEqual({ name: 'mono' })
    expect(lock.packages.map(row).sort()).toEqual(
      [...registryRows, 'pkg:npm/%40mono/web@1.2.0 workspace direct=true @mono/web'].sort()
    )
    const web = lock.packages.find(p => p.name === '@mono/web')
    expect(web).toMatchObject({ license: 'ISC', line: 9, devDependencies: ['pkg:npm/is-number@7.0.0'] })
  })
})
