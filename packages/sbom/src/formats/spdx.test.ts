import { describe, expect, test } from '@jest/globals'
import { lockedPackage, lockfileOf } from '../../../../__tests__/sbom/helpers/lockfiles.js'
import { spdx23Problems } from '../../../../__tests__/sbom/helpers/spdx.js'
import { buildSbomModel } from '../build.js'
import { writeSpdx } from './spdx.js'

const identity = { serial: '3e671687-395b-41f5-a30f-a58921a69b79', timestamp: '2026-11-22T10:00:00.123Z' }
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
    name: 'a',
    version: '1.0.0',
    purl: 'pkg:npm/a@1.0.0',
    direct: true,
    dependencies: ['pkg:npm/b@2.0.0'],
    license: 'Custom License 1.0'
  }),
  lockedPackage({
    name: 'b',
    version: '2.0.0',
    purl: 'pkg:npm/b@2.0.0',
    hashes: [{ alg: 'SHA-1', content: 'ab'.repeat(20) }],
    license: 'mit'
  }),
  lockedPackage({ name: 'jest', version: '30.0.0', purl: 'pkg:npm/jest@30.0.0', direct: true, dev: true })
])

type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

describe('SPDX 2.3 JSON', () => {
  const doc = writeSpdx(buildSbomModel([lockfile], { includeDev: true, project }).model, identity, tool) as Json
  const idOf = (name: string) => (doc.packages as Json[]).find(p => p.name === name)?.SPDXID as string

  test('has every field SPDX 2.3 requires', () => {
    expect(spdx23Problems(doc)).toEqual([])
    expect(doc.creationInfo).toEqual({ created: '2026-11-22T10:00:00Z', creators: ['Tool: ci-suite-0.1.0'] })
    expect(doc.documentNamespace).toBe('https://spdx.org/spdxdocs/demo-3e671687-395b-41f5-a30f-a58921a69b79')
  })

  test('the graph: the document describes the project, which depends on its runtime dependencies; a direct dev dependency is DEV_DEPENDENCY_OF it', () => {
    expect(doc.relationships).toEqual([
      { spdxElementId: 'SPDXRef-DOCUMENT', relationshipType: 'DESCRIBES', relatedSpdxElement: 'SPDXRef-RootPackage' },
      { spdxElementId: 'SPDXRef-RootPackage', relationshipType: 'DEPENDS_ON', relatedSpdxElement: idOf('a') },
      { spdxElementId: idOf('jest'), relationshipType: 'DEV_DEPENDENCY_OF', relatedSpdxElement: 'SPDXRef-RootPackage' },
      { spdxElementId: idOf('a'), relationshipType: 'DEPENDS_ON', relatedSpdxElement: idOf('b') }
    ])
  })

  test('an SPDX id is declared as such, free text as a LicenseRef with its text extracted', () => {
    const packages = doc.packages as Json[]
    expect(packages.find(p => p.name === 'b')?.licenseDeclared).toBe('MIT')
    expect(packages.find(p => p.name === 'a')?.licenseDeclared).toBe('LicenseRef-Custom-License-1.0')
    expect(doc.hasExtractedLicensingInfos).toEqual([
      { licenseId: 'LicenseRef-Custom-License-1.0', extractedText: 'Custom License 1.0', name: 'Custom License 1.0' }
    ])
    expect(packages.find(p => p.name === 'b')?.checksums).toEqual([
      { algorithm: 'SHA1', checksumValue: 'ab'.repeat(20) }
    ])
  })
})
