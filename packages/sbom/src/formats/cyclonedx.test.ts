import { describe, expect, test } from '@jest/globals'
import { cycloneDxErrors } from '../../../../__tests__/sbom/helpers/schemas.js'
import { lockedPackage, lockfileOf } from '../../../../__tests__/sbom/helpers/lockfiles.js'
import { buildSbomModel } from '../build.js'
import { writeCycloneDx } from './cyclonedx.js'

const identity = { serial: '3e671687-395b-41f5-a30f-a58921a69b79', timestamp: '2026-11-22T10:00:00.000Z' }
const tool = { name: 'ci-suite', version: '0.1.0' }
const project = {
  ref: 'pkg:npm/demo@1.0.0',
  name: 'demo',
  version: '1.0.0',
  purl: 'pkg:npm/demo@1.0.0',
  source: 'package.json'
}

const lockfile = lockfileOf([
  lockedPackage({
    name: '@types/node',
    version: '20.1.0',
    purl: 'pkg:npm/%40types/node@20.1.0',
    direct: true,
    dependencies: ['pkg:npm/undici-types@5.26.5'],
    hashes: [{ alg: 'SHA-512', content: 'ab'.repeat(64) }],
    license: 'MIT',
    resolved: 'https://registry.npmjs.org/@types/node/-/node-20.1.0.tgz'
  }),
  lockedPackage({
    name: 'undici-types',
    version: '5.26.5',
    purl: 'pkg:npm/undici-types@5.26.5',
    license: '(MIT OR Apache-2.0)'
  }),
  lockedPackage({
    name: 'left-pad',
    version: '1.3.0',
    purl: 'pkg:npm/left-pad@1.3.0',
    direct: true,
    license: 'SEE LICENSE IN LICENSE.md'
  }),
  lockedPackage({
    name: 'jest',
    version: '30.0.0',
    purl: 'pkg:npm/jest@30.0.0',
    direct: true,
    dev: true,
    hashes: [{ alg: 'SHA-1', content: 'cd'.repeat(20) }]
  }),
  lockedPackage({
    name: 'forked',
    version: '1.0.0',
    purl: 'pkg:npm/forked@1.0.0?vcs_url=git%2Bssh://git@github.com/o/forked.git%23abc',
    direct: true,
    source: 'git',
    resolved: 'git+ssh://git@github.com/o/forked.git#abc'
  })
])

describe('CycloneDX JSON', () => {
  test.each(['1.5', '1.6'] as const)(
    'a BOM of every kind of component is valid against the CycloneDX %s schema',
    version => {
      const { model } = buildSbomModel([lockfile], { includeDev: true, project })
      const bom = writeCycloneDx(model, identity, tool, version)
      expect(cycloneDxErrors(bom, version)).toEqual([])
      expect(bom.specVersion).toBe(version)
    }
  )

  test('a component carries bom-ref, group, name, version, scope, hex hashes, license, purl and its distribution URL', () => {
    const { model } = buildSbomModel([lockfile], { includeDev: false, project })
    const bom = writeCycloneDx(model, identity, tool, '1.6') as { components: Array<Record<string, unknown>> }
    expect(bom.components.find(c => c.name === 'node')).toEqual({
      type: 'library',
      'bom-ref': 'pkg:npm/%40types/node@20.1.0',
      group: '@types',
      name: 'node',
      version: '20.1.0',
      scope: 'required',
      hashes: [{ alg: 'SHA-512', content: 'ab'.repeat(64) }],
      licenses: [{ license: { id: 'MIT' } }],
      purl: 'pkg:npm/%40types/node@20.1.0',
      externalReferences: [{ type: 'distribution', url: 'https://registry.npmjs.org/@types/node/-/node-20.1.0.tgz' }],
      properties: [
        { name: 'ci-suite:lockfile', value: 'package-lock.json' },
        { name: 'ci-suite:direct', value: 'true' }
      ]
    })
  })

  test.each([
    ['an SPDX id', 'pkg:npm/%40types/node@20.1.0', [{ license: { id: 'MIT' } }]],
    ['an SPDX expression', 'pkg:npm/undici-types@5.26.5', [{ expression: '(MIT OR Apache-2.0)' }]],
    ['free text', 'pkg:npm/left-pad@1.3.0', [{ license: { name: 'SEE LICENSE IN LICENSE.md' } }]]
  ])('a license that is %s is written as CycloneDX expects', (_kind, ref, licenses) => {
    const { model } = buildSbomModel([lockfile], { includeDev: false, project })
    const bom = writeCycloneDx(model, identity, tool, '1.6') as { components: Array<Record<string, unknown>> }
    expect(bom.components.find(c => c['bom-ref'] === ref)?.licenses).toEqual(licenses)
  })

  test('a git dependency points at its repository as a vcs reference', () => {
    const { model } = buildSbomModel([lockfile], { includeDev: false, project })
    const bom = writeCycloneDx(model, identity, tool, '1.6') as { components: Array<Record<string, unknown>> }
    expect(bom.components.find(c => c.name === 'forked')?.externalReferences).toEqual([
      { type: 'vcs', url: 'git+ssh://git@github.com/o/forked.git#abc' }
    ])
  })

  test('development packages are left out unless include-dev, and marked optional when included', () => {
    const without = writeCycloneDx(
      buildSbomModel([lockfile], { includeDev: false, project }).model,
      identity,
      tool,
      '1.6'
    ) as {
      components: Array<Record<string, unknown>>
    }
    const withDev = writeCycloneDx(
      buildSbomModel([lockfile], { includeDev: true, project }).model,
      identity,
      tool,
      '1.6'
    ) as {
      components: Array<Record<string, unknown>>
    }
    expect(without.components.map(c => c.name)).not.toContain('jest')
    expect(withDev.components.find(c => c.name === 'jest')?.scope).toBe('optional')
  })

  test('the dependency graph has a node for the project listing its direct dependencies and one per component', () => {
    const bom = writeCycloneDx(
      buildSbomModel([lockfile], { includeDev: false, project }).model,
      identity,
      tool,
      '1.6'
    ) as {
      dependencies: Array<{ ref: string; dependsOn: string[] }>
    }
    expect(bom.dependencies).toEqual([
      {
        ref: 'pkg:npm/demo@1.0.0',
        dependsOn: [
          'pkg:npm/%40types/node@20.1.0',
          'pkg:npm/forked@1.0.0?vcs_url=git%2Bssh://git@github.com/o/forked.git%23abc',
          'pkg:npm/left-pad@1.3.0'
        ]
      },
      { ref: 'pkg:npm/%40types/node@20.1.0', dependsOn: ['pkg:npm/undici-types@5.26.5'] },
      { ref: 'pkg:npm/forked@1.0.0?vcs_url=git%2Bssh://git@github.com/o/forked.git%23abc', dependsOn: [] },
      { ref: 'pkg:npm/left-pad@1.3.0', dependsOn: [] },
      { ref: 'pkg:npm/undici-types@5.26.5', dependsOn: [] }
    ])
  })

  test('metadata names the serial number, timestamp, ci-suite as the tool and the project as the component', () => {
    const bom = writeCycloneDx(buildSbomModel([lockfile], { includeDev: false, project }).model, identity, tool, '1.6')
    expect(bom.serialNumber).toBe('urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79')
    expect(bom.metadata).toMatchObject({
      timestamp: '2026-11-22T10:00:00.000Z',
      tools: { components: [{ type: 'application', name: 'ci-suite', version: '0.1.0' }] },
      component: {
        type: 'application',
        'bom-ref': 'pkg:npm/demo@1.0.0',
        name: 'demo',
        version: '1.0.0',
        purl: 'pkg:npm/demo@1.0.0'
      }
    })
  })

  test('the same lockfiles in another order give the same document', () => {
    const reversed = lockfileOf([...lockfile.packages].reverse())
    const a = writeCycloneDx(buildSbomModel([lockfile], { includeDev: true, project }).model, identity, tool, '1.6')
    const b = writeCycloneDx(buildSbomModel([reversed], { includeDev: true, project }).model, identity, tool, '1.6')
    expect(JSON.stringify(b)).toBe(JSON.stringify(a))
  })
})
