import { describe, expect, test } from '@jest/globals'
import { lockedPackage, lockfileOf } from '../../../__tests__/sbom/helpers/lockfiles.js'
import { collectComponents } from './collect.js'

const sha512 = (c: string) => ({ alg: 'SHA-512' as const, content: c.repeat(128) })

describe('collectComponents', () => {
  const api = lockfileOf(
    [
      lockedPackage({
        name: 'shared',
        version: '1.0.0',
        purl: 'pkg:npm/shared@1.0.0',
        dev: true,
        hashes: [sha512('a')],
        dependencies: ['pkg:npm/tool@2.0.0']
      }),
      lockedPackage({ name: 'tool', version: '2.0.0', purl: 'pkg:npm/tool@2.0.0', dev: true })
    ],
    { file: 'api/package-lock.json' }
  )
  const web = lockfileOf(
    [
      lockedPackage({
        name: 'shared',
        version: '1.0.0',
        purl: 'pkg:npm/shared@1.0.0',
        direct: true,
        hashes: [sha512('A'), sha512('b')],
        license: 'MIT'
      })
    ],
    { file: 'web/package-lock.json' }
  )

  test('one purl in two lockfiles is one component, required when any lockfile needs it at run time', () => {
    const { components, direct } = collectComponents([web, api], { includeDev: true })
    const shared = components.find(c => c.name === 'shared')
    expect(shared).toMatchObject({
      scope: 'required',
      direct: true,
      license: 'MIT',
      files: ['api/package-lock.json', 'web/package-lock.json'],
      hashes: [sha512('a'), sha512('b')],
      dependsOn: ['pkg:npm/tool@2.0.0']
    })
    expect(direct).toEqual(['pkg:npm/shared@1.0.0'])
  })

  test('edges to packages left out are dropped, so every ref resolves', () => {
    const { components, omittedDev } = collectComponents([web, api], { includeDev: false })
    expect(components.map(c => [c.ref, c.dependsOn])).toEqual([['pkg:npm/shared@1.0.0', []]])
    expect(omittedDev).toBe(2)
  })

  test.each([
    ['a truncated SHA-512', { alg: 'SHA-512' as const, content: 'ab'.repeat(40) }],
    ['a SHA-1 that is not hex', { alg: 'SHA-1' as const, content: 'z'.repeat(40) }]
  ])('%s is left out rather than make the document invalid', (_name, hash) => {
    const lockfile = lockfileOf([
      lockedPackage({ name: 'x', version: '1.0.0', purl: 'pkg:npm/x@1.0.0', hashes: [hash, sha512('c')] })
    ])
    expect(collectComponents([lockfile], { includeDev: false }).components[0]?.hashes).toEqual([sha512('c')])
  })
})
