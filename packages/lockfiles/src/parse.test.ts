import { describe, expect, test } from '@jest/globals'
import { ParseError } from '@ci-suite/core'
import { lockfileKind } from './detect.js'
import { parseLockfile } from './parse.js'
import { packageUrl, pep503Name } from './purl.js'

describe('format detection', () => {
  test.each([
    ['a/package-lock.json', undefined, 'package-lock'],
    ['npm-shrinkwrap.json', undefined, 'package-lock'],
    ['yarn.lock', '# yarn lockfile v1\n', 'yarn-classic'],
    ['yarn.lock', '__metadata:\n  version: 8\n', 'yarn-berry'],
    ['requirements-dev.txt', undefined, 'requirements'],
    ['dev-requirements.txt', undefined, 'requirements'],
    ['requirements/prod.txt', undefined, 'requirements'],
    ['gems.locked', undefined, 'gemfile'],
    ['deps.lock', 'lockfileVersion: 5.4\n', 'pnpm'],
    ['deps.lock', '{\n  "lockfileVersion": 3,\n  "packages": {}\n}', 'package-lock'],
    ['deps.lock', '[[package]]\nname = "a"\nversion = "1"\nsource = "registry+https://x"\nchecksum = "00"\n', 'cargo'],
    ['notes.txt', 'hello', undefined]
  ])('%s is read as %s', (file, text, kind) => {
    expect(lockfileKind(file, text)).toBe(kind)
  })
})

describe('malformed lockfiles', () => {
  test.each([
    ['package-lock.json', '{"lockfileVersion": 2, "packages": {"node_modules/a": '],
    ['yarn.lock', '# yarn lockfile v1\n\n"a@^1":\n  version "1.0.0"\nnot-a-block\n'],
    ['yarn.lock', '__metadata:\n  version: 8\n"a@npm:1": [unclosed\n'],
    ['pnpm-lock.yaml', "lockfileVersion: '9.0'\npackages:\n  a@1: {resolution: {integrity: x}\n"],
    ['pnpm-lock.yaml', 'just: text\n'],
    ['bun.lock', '{"lockfileVersion": 1, "packages": {"a": "a@1"}}'],
    ['bun.lockb', 'binary'],
    ['poetry.lock', '[[package]\nname = "a"\n'],
    ['Pipfile.lock', '{"default": '],
    ['uv.lock', 'version = 1\n'],
    ['pdm.lock', '[[package]]\nname = \n'],
    ['go.mod', 'module x\nrequire (\n  github.com/a/b v1.0.0\n'],
    ['go.mod', 'module x\nrequire github.com/a/b\n'],
    ['Cargo.lock', 'version = 3\n[[package]]\nname = "a"\nversion = \n'],
    ['Gemfile.lock', 'nothing here\n'],
    ['composer.lock', '{"packages": {"a": 1}}'],
    ['packages.lock.json', '{"version": 1}'],
    ['requirements.txt', 'flask==2.0\n!!bad line\n'],
    ['notes.md', 'hello']
  ])('%s with broken content throws a one-line ParseError naming the file', (file, text) => {
    let error: unknown
    try {
      parseLockfile(`repo/${file}`, text)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(ParseError)
    expect((error as Error).message).toMatch(new RegExp(`^repo/${file.replace('.', '\\.')}(:\\d+)?: \\S`))
    expect((error as Error).message).not.toContain('\n')
  })

  test('a syntax error names its line', () => {
    expect(() => parseLockfile('requirements.txt', 'flask==2.0\n!!bad line\n')).toThrow(/^requirements.txt:2: /)
  })
})

describe('package URLs', () => {
  test.each([
    ['npm', '@babel/core', '7.0.0', 'pkg:npm/%40babel/core@7.0.0'],
    ['npm', 'lodash', '4.17.21', 'pkg:npm/lodash@4.17.21'],
    ['PyPI', 'Django_REST.framework', '3.0', 'pkg:pypi/django-rest-framework@3.0'],
    [
      'Go',
      'github.com/Azure/go-autorest',
      'v14.2.0+incompatible',
      'pkg:golang/github.com/Azure/go-autorest@v14.2.0%2Bincompatible'
    ],
    ['crates.io', 'serde', '1.0.0', 'pkg:cargo/serde@1.0.0'],
    ['RubyGems', 'rails', '7.0.4', 'pkg:gem/rails@7.0.4'],
    ['Packagist', 'Symfony/Console', 'v6.0.0', 'pkg:composer/symfony/console@v6.0.0'],
    ['NuGet', 'Newtonsoft.Json', '13.0.1', 'pkg:nuget/Newtonsoft.Json@13.0.1']
  ] as const)('%s %s %s is %s', (ecosystem, name, version, purl) => {
    expect(packageUrl(ecosystem, name, version)).toBe(purl)
  })

  test.each([
    ['Flask', 'flask'],
    ['zope.interface', 'zope-interface'],
    ['ruamel__yaml', 'ruamel-yaml']
  ])('PEP 503 normalises %s to %s', (name, normal) => {
    expect(pep503Name(name)).toBe(normal)
  })
})
