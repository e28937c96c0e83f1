import { beforeAll, describe, expect, test } from '@jest/globals'
import { ParseError } from '@ci-suite/core'
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { MAX_PATH_NAMES } from '../build.js'
import { loadLockfile } from '../load.js'
import type { Lockfile } from '../model.js'
import { parseLockfile } from '../parse.js'
import { npmLockedProject } from '../test-support/npm-project.js'

const manifest = {
  name: 'demo-app',
  version: '1.0.0',
  dependencies: { debug: '4.3.4', '@sindresorhus/is': '4.6.0', strip: 'npm:ms@2.0.0' },
  devDependencies: { semver: '7.5.4' }
}

const byName = (lock: Lockfile, name: string, version?: string) =>
  lock.packages.find(p => p.name === name && (version === undefined || p.version === version))

describe.each([1, 2, 3] as const)('package-lock.json v%i written by npm', lockfileVersion => {
  let lock: Lockfile
  let dir: string
  beforeAll(async () => {
    dir = npmLockedProject(manifest, { lockfileVersion })
    lock = await loadLockfile(join(dir, 'package-lock.json'), dir)
  })

  test('names the format with its version and the project as root', () => {
    expect(lock.format).toBe(`package-lock@${lockfileVersion}`)
    expect(lock.root).toEqual({ name: 'demo-app', version: '1.0.0' })
    expect(lock.file).toBe('package-lock.json')
  })

  test('gives a scoped package a purl with an encoded @', () => {
    expect(byName(lock, '@sindresorhus/is')?.purl).toBe('pkg:npm/%40sindresorhus/is@4.6.0')
  })

  test('marks declared dependencies direct and their dependencies transitive with the path that brought them', () => {
    const debug = byName(lock, 'debug')
    expect(debug).toMatchObject({ direct: true, dev: false, path: ['debug'] })
    const ms = byName(lock, 'ms', '2.1.2')
    expect(ms).toMatchObject({ direct: false, dev: false, path: ['debug', 'ms'] })
    expect(debug?.dependencies).toEqual([ms?.id])
  })

  test('installs an alias under its real name', () => {
    expect(byName(lock, 'ms', '2.0.0')).toMatchObject({ direct: true, purl: 'pkg:npm/ms@2.0.0' })
    expect(byName(lock, 'strip')).toBeUndefined()
  })

  test('flags devDependencies as dev', () => {
    expect(byName(lock, 'semver')).toMatchObject({ direct: true, dev: true })
    expect(byName(lock, 'lru-cache')).toMatchObject({ direct: false, dev: true, path: ['semver', 'lru-cache'] })
  })

  test('turns the integrity into a hex SHA-512 and points at the line of the entry', () => {
    const debug = byName(lock, 'debug')!
    const text = readFileSync(join(dir, 'package-lock.json'), 'utf8').split('\n')
    const integrity = /"integrity": "sha512-([^"]+)"/.exec(text.slice(debug.line! - 1).join('\n'))?.[1]
    expect(debug.hashes).toEqual([{ alg: 'SHA-512', content: Buffer.from(integrity!, 'base64').toString('hex') }])
    expect(text[debug.line! - 1]).toMatch(/"(node_modules\/)?debug": \{/)
  })
})

describe.each([2, 3] as const)(
  'package-lock.json v%i: what `npm ci --omit=dev` installs is not dev',
  lockfileVersion => {
    test('a devOptional package (a dev dependency that a runtime package also takes as optional) is runtime', async () => {
      // chokidar: a devDependency here, and an optionalDependency of @babel/cli: npm marks it and its own dependencies
      // devOptional, and installs them without dev dependencies
      const dir = npmLockedProject(
        {
          name: 'cli-app',
          version: '1.0.0',
          dependencies: { '@babel/cli': '7.23.0' },
          devDependencies: { chokidar: '3.5.3' }
        },
        { lockfileVersion }
      )
      const flags = JSON.parse(readFileSync(join(dir, 'package-lock.json'), 'utf8')).packages['node_modules/chokidar']
      expect(flags).toMatchObject({ devOptional: true })
      const lock = await loadLockfile(join(dir, 'package-lock.json'), dir)
      const npmRuntime = execFileSync(
        'npm',
        ['ls', '--package-lock-only', '--omit=dev', '--all', '--parseable', '--long'],
        {
          cwd: dir,
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'ignore']
        }
      )
        .split('\n')
        .filter(l => l.includes('/node_modules/'))
        .map(l => l.split(':')[1])
      const ours = lock.packages.filter(p => !p.dev).map(p => `${p.name}@${p.version}`)
      expect(ours).toContain('chokidar@3.5.3')
      expect([...new Set(ours)].sort()).toEqual([...new Set(npmRuntime)].sort())
    })
  }
)

describe('npm-shrinkwrap.json and workspaces', () => {
  test('reads npm-shrinkwrap.json like package-lock.json', async () => {
    const dir = npmLockedProject(
      { name: 'shrink', version: '0.0.1', dependencies: { ms: '2.1.3' } },
      { shrinkwrap: true }
    )
    const lock = await loadLockfile(join(dir, 'npm-shrinkwrap.json'), dir)
    expect(lock.packages.map(p => p.purl)).toEqual(['pkg:npm/ms@2.1.3'])
    expect(lock.packages[0]).toMatchObject({ direct: true, license: 'MIT' })
  })

  test('lists workspace members and file: folders as local packages the project depends on, each with its own dependencies', async () => {
    const dir = npmLockedProject(
      {
        name: 'mono',
        version: '1.0.0',
        private: true,
        workspaces: ['packages/*'],
        dependencies: { tools: 'file:./vendor/tools' },
        devDependencies: { 'left-pad': '1.3.0' }
      },
      {
        workspaces: {
          'packages/web': {
            name: '@mono/web',
            version: '1.0.0',
            license: 'ISC',
            dependencies: { ms: '2.1.3', 'left-pad': '1.3.0' },
            devDependencies: { 'is-number': '7.0.0' }
          },
          'vendor/tools': { name: 'tools', version: '0.0.1' }
        }
      }
    )
    const lock = await loadLockfile(join(dir, 'package-lock.json'), dir)
    const row = (p: Lockfile['packages'][number]) =>
      `${p.purl} ${p.source} direct=${p.direct} dev=${p.dev} ${p.path.join(' > ')}${p.declaredDev ? ' declared-dev' : ''}`
    expect(lock.packages.map(row).sort()).toEqual([
      'pkg:npm/%40mono/web@1.0.0 workspace direct=true dev=false @mono/web',
      'pkg:npm/is-number@7.0.0 registry direct=false dev=true @mono/web > is-number',
      // declared for development at the top, needed at run time by the member: its path is the run-time one
      'pkg:npm/left-pad@1.3.0 registry direct=true dev=false @mono/web > left-pad declared-dev',
      'pkg:npm/ms@2.1.3 registry direct=false dev=false @mono/web > ms',
      'pkg:npm/tools@0.0.1 file direct=true dev=false tools'
    ])
    const web = byName(lock, '@mono/web')!
    expect(web).toMatchObject({ license: 'ISC', hashes: [], devDependencies: ['pkg:npm/is-number@7.0.0'] })
    expect(web.dependencies.sort()).toEqual(['pkg:npm/is-number@7.0.0', 'pkg:npm/left-pad@1.3.0', 'pkg:npm/ms@2.1.3'])
    expect(readFileSync(join(dir, 'package-lock.json'), 'utf8').split('\n')[web.line! - 1]).toContain('"packages/web"')
  })
})

describe('a pathological v1 lockfile', () => {
  test('a chain of 50,000 nested packages parses without exhausting the stack, with the path cut short', () => {
    const depth = 50_000
    const parts = ['{"name":"deep","lockfileVersion":1,"dependencies":']
    for (let i = 0; i < depth; i++)
      parts.push(`{"p${i}":{"version":"1.0.${i}","requires":{"p${i + 1}":"1"},"dependencies":`)
    parts.push('{}', '}}'.repeat(depth), '}')
    const lock = parseLockfile('package-lock.json', parts.join(''), {
      readRelative: () => JSON.stringify({ dependencies: { p0: '1' } })
    })
    expect(lock.packages).toHaveLength(depth)
    const last = byName(lock, `p${depth - 1}`)!
    expect(last.dependencies).toEqual([])
    expect(byName(lock, 'p0')).toMatchObject({ direct: true, path: ['p0'], dependencies: ['pkg:npm/p1@1.0.1'] })
    expect(last.path).toHaveLength(MAX_PATH_NAMES)
    expect(last.path.slice(0, 3)).toEqual(['p0', '…', `p${depth - MAX_PATH_NAMES + 2}`])
    expect(last.path.at(-1)).toBe(`p${depth - 1}`)
  })

  test('a v1 lockfile resolves a dependency from the nearest enclosing folder, as node does', () => {
    const text = JSON.stringify(
      {
        name: 'x',
        lockfileVersion: 1,
        dependencies: {
          a: { version: '1.0.0', requires: { c: '2' }, dependencies: { c: { version: '2.0.0' } } },
          b: { version: '1.0.0', requires: { c: '1' } },
          c: { version: '1.0.0' }
        }
      },
      null,
      2
    )
    const lock = parseLockfile('package-lock.json', text)
    expect(byName(lock, 'a')?.dependencies).toEqual(['pkg:npm/c@2.0.0'])
    expect(byName(lock, 'b')?.dependencies).toEqual(['pkg:npm/c@1.0.0'])
    expect(lock.packages.map(p => `${p.name}@${p.version}:${p.line}`)).toEqual([
      'a@1.0.0:5',
      'c@2.0.0:11',
      'b@1.0.0:16',
      'c@1.0.0:22'
    ])
  })
})

describe('hand-written package-lock edge cases', () => {
  test('a nested copy resolves before the hoisted one (node_modules lookup)', () => {
    const text = JSON.stringify({
      name: 'x',
      lockfileVersion: 3,
      packages: {
        '': { dependencies: { a: '1', b: '1' } },
        'node_modules/a': { version: '1.0.0', dependencies: { c: '2' } },
        'node_modules/a/node_modules/c': { version: '2.0.0' },
        'node_modules/b': { version: '1.0.0', dependencies: { c: '1' } },
        'node_modules/c': { version: '1.0.0' },
        'node_modules/g': { version: '1.0.0', resolved: 'git+ssh://git@github.com/o/g.git#abc' }
      }
    })
    const lock = parseLockfile('package-lock.json', text)
    const a = lock.packages.find(p => p.name === 'a')!
    const b = lock.packages.find(p => p.name === 'b')!
    expect(a.dependencies).toEqual(['pkg:npm/c@2.0.0'])
    expect(b.dependencies).toEqual(['pkg:npm/c@1.0.0'])
    expect(lock.packages.find(p => p.name === 'g')?.source).toBe('git')
  })

  test.each([
    ['{"lockfileVersion": 3, "packages": {', 'not valid JSON'],
    ['{"name": "x"}', 'no lockfileVersion'],
    ['[]', 'no lockfileVersion']
  ])('throws a one-line ParseError for %s', (text, message) => {
    const parse = () => parseLockfile('app/package-lock.json', text)
    expect(parse).toThrow(ParseError)
    expect(parse).toThrow(new RegExp(`^app/package-lock.json: ${message}`))
    try {
      parse()
    } catch (error) {
      expect((error as Error).message).not.toContain('\n')
    }
  })
})
