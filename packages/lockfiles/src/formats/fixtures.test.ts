import { describe, expect, test } from '@jest/globals'
import { join } from 'node:path'
import { loadLockfile } from '../load.js'
import type { LockedPackage, Lockfile } from '../model.js'

const fixtures = join(process.cwd(), '__tests__/fixtures/lockfiles')
const load = (file: string): Promise<Lockfile> => loadLockfile(file, fixtures)
const summary = (p: LockedPackage) => ({ purl: p.purl, direct: p.direct, dev: p.dev, path: p.path.join(' > ') })
const find = (lock: Lockfile, name: string) => lock.packages.find(p => p.name === name)

describe.each([
  ['yarn-classic/yarn.lock', 'yarn-classic'],
  ['yarn-berry/yarn.lock', 'yarn-berry'],
  ['pnpm/pnpm-lock.yaml', 'pnpm@9.0'],
  ['pnpm-v6/pnpm-lock.yaml', 'pnpm@6.0'],
  ['pnpm-v5/pnpm-lock.yaml', 'pnpm@5.4'],
  ['bun/bun.lock', 'bun']
])('%s written by the tool itself', (file, format) => {
  test('reads every package with the graph npm would install', async () => {
    const lock = await load(file)
    expect(lock.format).toBe(format)
    expect(lock.ecosystem).toBe('npm')
    expect(lock.packages.map(summary).sort((a, b) => a.purl.localeCompare(b.purl))).toEqual([
      { purl: 'pkg:npm/%40sindresorhus/is@4.6.0', direct: true, dev: false, path: '@sindresorhus/is' },
      { purl: 'pkg:npm/debug@4.3.4', direct: true, dev: false, path: 'debug' },
      { purl: 'pkg:npm/lru-cache@6.0.0', direct: false, dev: true, path: 'semver > lru-cache' },
      { purl: 'pkg:npm/ms@2.1.2', direct: false, dev: false, path: 'debug > ms' },
      { purl: 'pkg:npm/semver@7.5.4', direct: true, dev: true, path: 'semver' },
      { purl: 'pkg:npm/yallist@4.0.0', direct: false, dev: true, path: 'semver > lru-cache > yallist' }
    ])
  })

  test('points each package at its line', async () => {
    const lock = await load(file)
    const { readFileSync } = await import('node:fs')
    const lines = readFileSync(join(fixtures, file), 'utf8').split('\n')
    for (const pkg of lock.packages) expect(lines[(pkg.line ?? 0) - 1]).toContain(pkg.name)
  })
})

describe('pnpm-env/pnpm-lock.yaml written by pnpm 12: the env lockfile document, then the project one', () => {
  test("both documents' packages are read; a config dependency is a direct development one", async () => {
    const lock = await load('pnpm-env/pnpm-lock.yaml')
    expect(lock.format).toBe('pnpm@9.0')
    expect(lock.packages.map(summary).sort((a, b) => a.purl.localeCompare(b.purl))).toEqual([
      { purl: 'pkg:npm/%40sindresorhus/is@4.6.0', direct: true, dev: false, path: '@sindresorhus/is' },
      { purl: 'pkg:npm/debug@4.3.4', direct: true, dev: false, path: 'debug' },
      { purl: 'pkg:npm/is-number@7.0.0', direct: true, dev: true, path: 'is-number' },
      { purl: 'pkg:npm/lru-cache@6.0.0', direct: false, dev: true, path: 'semver > lru-cache' },
      { purl: 'pkg:npm/ms@2.1.2', direct: false, dev: false, path: 'debug > ms' },
      { purl: 'pkg:npm/semver@7.5.4', direct: true, dev: true, path: 'semver' },
      { purl: 'pkg:npm/yallist@4.0.0', direct: false, dev: true, path: 'semver > lru-cache > yallist' }
    ])
    expect(find(lock, 'is-number')?.hashes[0]?.alg).toBe('SHA-512')
  })

  test('each package points at its line in its own document', async () => {
    const { readFileSync } = await import('node:fs')
    const text = readFileSync(join(fixtures, 'pnpm-env/pnpm-lock.yaml'), 'utf8')
    const lines = text.split('\n')
    const secondDocument = lines.lastIndexOf('---') + 1
    const lock = await load('pnpm-env/pnpm-lock.yaml')
    for (const pkg of lock.packages) {
      expect(lines[(pkg.line ?? 0) - 1]).toContain(pkg.name)
      if (pkg.name !== 'is-number') expect(pkg.line).toBeGreaterThan(secondDocument)
      else expect(pkg.line).toBeLessThan(secondDocument)
    }
  })

  test('a YAML stream none of whose documents has a lockfileVersion is not a pnpm lockfile', async () => {
    const { parseLockfile } = await import('../parse.js')
    expect(() => parseLockfile('pnpm-lock.yaml', '---\nfoo: 1\n---\nbar: 2\n')).toThrow(
      'no lockfileVersion: not a pnpm lockfile'
    )
  })
})

test('yarn classic, pnpm and bun keep the SHA-512 integrity as hex', async () => {
  for (const file of ['yarn-classic/yarn.lock', 'pnpm/pnpm-lock.yaml', 'bun/bun.lock']) {
    const debug = find(await load(file), 'debug')
    expect(debug?.hashes).toEqual([
      {
        alg: 'SHA-512',
        content: Buffer.from(
          'PRWFHuSU3eDtQJPvnNY7Jcket1j0t5OuOsFzPPzsekD52Zl8qUfFIPEiswXqIvHWGVHOgX+7G/vCNNhehwxfkQ==',
          'base64'
        ).toString('hex')
      }
    ])
  }
})

describe('Python lockfiles', () => {
  test('requirements.txt: == pins with hashes, extras, markers and -r includes; the rest is not auditable', async () => {
    const lock = await load('requirements/requirements.txt')
    expect(lock.packages.map(p => `${p.purl} ${p.file}:${p.line}`).sort()).toEqual([
      'pkg:pypi/click@8.1.3 requirements/requirements.txt:19',
      'pkg:pypi/flask@2.2.2 requirements/requirements.txt:10',
      'pkg:pypi/jinja2@3.1.2 requirements/requirements.txt:14',
      'pkg:pypi/pyyaml@6.0 requirements/requirements-base.txt:2',
      'pkg:pypi/requests@2.28.1 requirements/requirements.txt:17',
      'pkg:pypi/urllib3@1.26.5 requirements/requirements-base.txt:1'
    ])
    const requests = find(lock, 'requests')
    expect(requests).toMatchObject({ extras: ['socks', 'security'], markers: 'python_version >= "3.7"', direct: true })
    expect(find(lock, 'Flask')?.hashes).toHaveLength(2)
    expect(find(lock, 'Flask')?.hashes[0]).toEqual({
      alg: 'SHA-256',
      content: '642c450d19c4ad482f96729bd2a8f6d32554aa1e231f4f6b4e7e5264b16cca2b'
    })
    expect(find(lock, 'Jinja2')).toMatchObject({ direct: false, path: ['Flask', 'Jinja2'] })
    expect(find(lock, 'click')).toMatchObject({ direct: false, path: ['Flask', 'click'] })
    expect(lock.unpinned.map(u => [u.name, u.reason])).toEqual([
      ['django', 'not pinned with == (>=4.2)'],
      ['numpy', 'no version given'],
      ['./local-lib', 'editable install: no released version to audit'],
      ['tool', 'a URL or path, not a released version']
    ])
  })

  test('requirements-dev.txt marks its own pins dev and follows its include', async () => {
    const lock = await load('requirements/requirements-dev.txt')
    expect(find(lock, 'pytest')).toMatchObject({ dev: true, direct: true })
    expect(find(lock, 'black')?.markers).toBe('python_version >= "3.8"')
    expect(find(lock, 'Flask')?.file).toBe('requirements/requirements.txt')
  })

  test.each([
    [
      'poetry/poetry.lock',
      'poetry',
      [
        'pkg:pypi/certifi@2023.7.22 false false requests > certifi',
        'pkg:pypi/colorama@0.4.6 false true pytest > colorama',
        'pkg:pypi/pytest@7.4.0 true true pytest',
        'pkg:pypi/requests@2.31.0 true false requests'
      ]
    ],
    [
      'pipfile/Pipfile.lock',
      'pipfile',
      [
        'pkg:pypi/django@4.2.1 true false django',
        'pkg:pypi/pytest@7.4.0 true true pytest',
        'pkg:pypi/sqlparse@0.4.4 false false sqlparse'
      ]
    ],
    [
      'uv/uv.lock',
      'uv',
      [
        'pkg:pypi/jinja2@3.1.4 true false jinja2',
        'pkg:pypi/markupsafe@2.1.5 false false jinja2 > markupsafe',
        'pkg:pypi/ruff@0.4.4 true true ruff'
      ]
    ],
    [
      'pdm/pdm.lock',
      'pdm',
      [
        'pkg:pypi/httpx@0.27.0 true false httpx',
        'pkg:pypi/idna@3.7 false false httpx > idna',
        'pkg:pypi/pytest@8.2.0 true true pytest',
        'pkg:pypi/sniffio@1.3.1 false false httpx > sniffio'
      ]
    ]
  ])('%s: direct from the manifest, dev from groups, paths from the graph', async (file, format, expected) => {
    const lock = await load(file)
    expect(lock.format).toBe(format)
    expect(lock.packages.map(p => `${p.purl} ${p.direct} ${p.dev} ${p.path.join(' > ')}`).sort()).toEqual(expected)
  })

  test('Pipfile.lock reports a git source as not auditable', async () => {
    const lock = await load('pipfile/Pipfile.lock')
    expect(lock.unpinned).toEqual([
      expect.objectContaining({ name: 'private-tool', reason: 'a git source, not a released version' })
    ])
  })

  test('uv.lock names the project as root and keeps sdist and wheel hashes', async () => {
    const lock = await load('uv/uv.lock')
    expect(lock.root).toEqual({ name: 'demo', version: '0.1.0' })
    expect(find(lock, 'jinja2')?.hashes).toHaveLength(2)
  })
})

describe('Go, Rust, Ruby, PHP and .NET lockfiles', () => {
  test('go.mod: indirect is transitive, replace swaps the module, go.sum gives the hash', async () => {
    const lock = await load('gomod/go.mod')
    expect(lock.root).toEqual({ name: 'example.com/demo' })
    expect(lock.packages.map(p => `${p.purl} ${p.direct}`)).toEqual([
      'pkg:golang/github.com/gin-gonic/gin@v1.9.0 true',
      'pkg:golang/golang.org/x/net@v0.17.0 false',
      'pkg:golang/github.com/burntsushi/toml@v1.3.2 true',
      'pkg:golang/github.com/ugorji/go/codec@v1.2.11 false'
    ])
    expect(find(lock, 'github.com/gin-gonic/gin')?.hashes[0]).toEqual({
      alg: 'SHA-256',
      content: Buffer.from('OjyFBKICoexlu99ctXNR2gg+c5pKrKMuyjgARg9qeY8=', 'base64').toString('hex')
    })
  })

  test('Cargo.lock: two versions of one crate stay apart and the workspace crate is the root', async () => {
    const lock = await load('cargo/Cargo.lock')
    expect(lock.root).toEqual({ name: 'demo', version: '0.1.0' })
    expect(lock.packages.map(p => `${p.purl} ${p.direct} ${p.path.join(' > ')}`)).toEqual([
      'pkg:cargo/rand@0.7.3 false rand > rand',
      'pkg:cargo/rand@0.8.5 true rand',
      'pkg:cargo/smallvec@1.6.0 true smallvec'
    ])
    expect(find(lock, 'smallvec')?.hashes[0]?.alg).toBe('SHA-256')
  })

  test('Gemfile.lock: DEPENDENCIES are direct, platforms are qualifiers, CHECKSUMS are hashes', async () => {
    const lock = await load('gemfile/Gemfile.lock')
    expect(lock.packages.map(p => `${p.purl} ${p.direct} ${p.source}`)).toEqual([
      'pkg:gem/private_gem@0.1.0 true git',
      'pkg:gem/actionpack@7.0.4 true registry',
      'pkg:gem/nokogiri@1.13.10?platform=x86_64-linux true registry',
      'pkg:gem/rack@2.2.4 false registry',
      'pkg:gem/racc@1.6.2 false registry'
    ])
    expect(find(lock, 'rack')?.hashes).toHaveLength(1)
  })

  test('composer.lock: packages-dev is dev, licenses become an SPDX expression', async () => {
    const lock = await load('composer/composer.lock')
    expect(lock.packages.map(p => `${p.purl} ${p.direct} ${p.dev} ${p.license}`)).toEqual([
      'pkg:composer/guzzlehttp/guzzle@7.4.4 true false MIT',
      'pkg:composer/guzzlehttp/psr7@2.4.0 false false (MIT OR Apache-2.0)',
      'pkg:composer/phpunit/phpunit@9.5.20 true true BSD-3-Clause'
    ])
    expect(find(lock, 'guzzlehttp/psr7')?.hashes).toEqual([
      { alg: 'SHA-1', content: '13388f00956b1503577598873fffb5ae994b5737' }
    ])
  })

  test('packages.lock.json: one package across target frameworks, Direct and Transitive kept apart', async () => {
    const lock = await load('nuget/packages.lock.json')
    expect(lock.packages.map(p => `${p.purl} ${p.direct} ${p.path.join(' > ')} ${p.line}`)).toEqual([
      'pkg:nuget/Newtonsoft.Json@12.0.1 true Newtonsoft.Json 5',
      'pkg:nuget/System.Text.Encoding@4.3.0 false Newtonsoft.Json > System.Text.Encoding 14'
    ])
    expect(find(lock, 'Newtonsoft.Json')?.hashes[0]?.content).toHaveLength(128)
  })
})
