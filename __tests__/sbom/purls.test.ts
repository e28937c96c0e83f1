import { beforeAll, describe, expect, test } from '@jest/globals'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { InputReader, mapInputSource } from '@ci-suite/core'
import { definition } from '@ci-suite/sbom'
import { testContext } from '../helpers/action-context.js'
import { npmProject } from './helpers/npm-project.js'
import { cycloneDxErrors } from './helpers/schemas.js'

interface Component {
  'bom-ref': string
  group?: string
  name: string
  version: string
  purl: string
  externalReferences?: Array<{ type: string; url: string }>
}

async function sbomOf(
  dir: string,
  inputs: Record<string, string> = {}
): Promise<{ components: Component[]; dependencies: Array<{ ref: string; dependsOn: string[] }> }> {
  const context = testContext('sbom', { workingDirectory: dir, repoRoot: dir })
  const result = await definition.run(definition.readInputs(new InputReader(mapInputSource(inputs))), context)
  const document = JSON.parse(readFileSync(result.outputs?.sbom as string, 'utf8'))
  expect(cycloneDxErrors(document, '1.6')).toEqual([])
  return document
}

function folderWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'ci-suite-sbom-purl-'))
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), text)
  }
  return dir
}

describe('npm purls from an npm-produced lockfile', () => {
  let components: Component[]
  let dependencies: Array<{ ref: string; dependsOn: string[] }>

  beforeAll(async () => {
    const dir = npmProject({
      'package.json': {
        name: 'purl-demo',
        version: '1.0.0',
        workspaces: ['packages/*'],
        dependencies: {
          '@isaacs/string-locale-compare': '1.1.0',
          lp: 'npm:left-pad@1.3.0',
          'is-odd': 'https://registry.npmjs.org/is-odd/-/is-odd-3.0.1.tgz'
        }
      },
      'packages/billing/package.json': { name: 'billing', version: '0.2.0', dependencies: { ms: '2.1.3' } }
    })
    ;({ components, dependencies } = await sbomOf(dir))
  })

  test.each([
    [
      'a scoped package encodes its @ as %40 and puts the scope in group',
      'pkg:npm/%40isaacs/string-locale-compare@1.1.0',
      { group: '@isaacs', name: 'string-locale-compare' }
    ],
    [
      'an aliased package is named by the package it installs, not the alias',
      'pkg:npm/left-pad@1.3.0',
      { name: 'left-pad', version: '1.3.0' }
    ],
    [
      'a tarball URL dependency keeps its URL as the distribution reference',
      'pkg:npm/is-odd@3.0.1',
      { externalReferences: [{ type: 'distribution', url: 'https://registry.npmjs.org/is-odd/-/is-odd-3.0.1.tgz' }] }
    ],
    ['a workspace member brings its own dependencies', 'pkg:npm/ms@2.1.3', { name: 'ms' }],
    [
      'a workspace member is a component of its own, with no download URL',
      'pkg:npm/billing@0.2.0',
      { name: 'billing', version: '0.2.0' }
    ]
  ])('%s', (_behaviour, purl, fields) => {
    const component = components.find(c => c.purl === purl)
    expect(component).toMatchObject({ 'bom-ref': purl, ...fields })
  })

  test('the project depends on the workspace member, and the member on its own dependencies', () => {
    expect(dependencies.find(d => d.ref === 'pkg:npm/purl-demo@1.0.0')?.dependsOn).toContain('pkg:npm/billing@0.2.0')
    expect(dependencies.find(d => d.ref === 'pkg:npm/purl-demo@1.0.0')?.dependsOn).not.toContain('pkg:npm/ms@2.1.3')
    expect(dependencies.find(d => d.ref === 'pkg:npm/billing@0.2.0')?.dependsOn).toEqual(['pkg:npm/ms@2.1.3'])
    expect(components.find(c => c.name === 'billing')).not.toHaveProperty('externalReferences')
  })

  test('no alias name reaches the SBOM', () => {
    expect(components.map(c => c.name)).not.toContain('lp')
    expect(dependencies.flatMap(d => [d.ref, ...d.dependsOn]).filter(ref => ref.includes('/lp@'))).toEqual([])
  })
})

describe('purls of hand-written lockfiles for edge cases', () => {
  test('PyPI names are normalised in the purl (dots, underscores, case) and kept as written in the name', async () => {
    const dir = folderWith({
      'pyproject.toml': '[project]\nname = "Demo_App"\nversion = "0.3.0"\n',
      'poetry.lock': [
        '[[package]]\nname = "zope.interface"\nversion = "6.1"\ndescription = ""\noptional = false\npython-versions = ">=3.7"\nfiles = []\n',
        '[[package]]\nname = "typing_extensions"\nversion = "4.9.0"\ndescription = ""\noptional = false\npython-versions = ">=3.8"\nfiles = [\n    {file = "typing_extensions-4.9.0.tar.gz", hash = "sha256:23478f88c37f27d76ac8aee6c905017a143b0b1b886c3c9f66bc2fd94f9f5783"},\n]\n',
        '[[package]]\nname = "Flask-SQLAlchemy"\nversion = "3.1.1"\ndescription = ""\noptional = false\npython-versions = ">=3.8"\nfiles = []\n',
        '[metadata]\nlock-version = "2.0"\npython-versions = "^3.11"\ncontent-hash = "0"\n'
      ].join('\n')
    })
    const { components } = await sbomOf(dir)
    expect(components.map(c => [c.name, c.purl])).toEqual([
      ['Flask-SQLAlchemy', 'pkg:pypi/flask-sqlalchemy@3.1.1'],
      ['typing_extensions', 'pkg:pypi/typing-extensions@4.9.0'],
      ['zope.interface', 'pkg:pypi/zope-interface@6.1']
    ])
  })

  test('Go modules keep their path, major-version suffix and +incompatible (encoded) in the purl', async () => {
    const dir = folderWith({
      'go.mod': [
        'module example.com/svc',
        '',
        'go 1.22',
        '',
        'require (',
        '\tgithub.com/go-chi/chi/v5 v5.0.12',
        '\tgopkg.in/yaml.v3 v3.0.1',
        '\tgithub.com/docker/docker v24.0.7+incompatible // indirect',
        ')',
        ''
      ].join('\n')
    })
    const { components } = await sbomOf(dir)
    expect(components.map(c => c.purl)).toEqual([
      'pkg:golang/github.com/docker/docker@v24.0.7%2Bincompatible',
      'pkg:golang/github.com/go-chi/chi/v5@v5.0.12',
      'pkg:golang/gopkg.in/yaml.v3@v3.0.1'
    ])
  })

  test('a git dependency of a package-lock is a vcs reference, a registry package a distribution', async () => {
    const dir = folderWith({
      'package.json': JSON.stringify({
        name: 'git-demo',
        version: '1.0.0',
        dependencies: { forked: 'github:octo-org/forked#v2', 'left-pad': '1.3.0' }
      }),
      'package-lock.json': JSON.stringify({
        name: 'git-demo',
        version: '1.0.0',
        lockfileVersion: 3,
        requires: true,
        packages: {
          '': {
            name: 'git-demo',
            version: '1.0.0',
            dependencies: { forked: 'github:octo-org/forked#v2', 'left-pad': '1.3.0' }
          },
          'node_modules/forked': {
            version: '2.0.0',
            resolved: 'git+ssh://git@github.com/octo-org/forked.git#0123456789abcdef0123456789abcdef01234567',
            license: 'MIT'
          },
          'node_modules/left-pad': {
            version: '1.3.0',
            resolved: 'https://registry.npmjs.org/left-pad/-/left-pad-1.3.0.tgz',
            integrity:
              'sha512-XI5MPzVNApjAyhQzphX8BkmKsKUxD4LdyK24iZeQGinBN9yTQT3bFlCBy/aVx2HrNcqQGsdot8ghrjyrvMCoEA==',
            license: 'WTFPL'
          }
        }
      })
    })
    const { components } = await sbomOf(dir)
    const forked = components.find(c => c.name === 'forked')
    expect(forked?.purl).toMatch(/^pkg:npm\/forked@2\.0\.0/)
    expect(forked?.externalReferences).toEqual([
      { type: 'vcs', url: 'git+ssh://git@github.com/octo-org/forked.git#0123456789abcdef0123456789abcdef01234567' }
    ])
    expect(components.find(c => c.name === 'left-pad')?.externalReferences).toEqual([
      { type: 'distribution', url: 'https://registry.npmjs.org/left-pad/-/left-pad-1.3.0.tgz' }
    ])
  })
})
