import { describe, expect, test } from '@jest/globals'
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { declaredLicense, readNodeModulesLicenses } from './node-modules.js'

describe('declaredLicense', () => {
  test.each([
    [{ license: 'MIT' }, 'MIT'],
    [{ license: { type: 'ISC', url: 'https://example.com' } }, 'ISC'],
    [{ licenses: [{ type: 'MIT' }] }, 'MIT'],
    [{ licenses: [{ type: 'MIT' }, { type: 'Apache-2.0' }] }, '(MIT OR Apache-2.0)'],
    [{ licenses: ['BSD-2-Clause'] }, 'BSD-2-Clause'],
    [{ license: '' }, undefined],
    [{}, undefined]
  ])('%j declares %j', (manifest, expected) => {
    expect(declaredLicense(manifest)).toBe(expected)
  })
})

describe('readNodeModulesLicenses', () => {
  test('reads hoisted, scoped, nested and aliased packages by their own name, without entering linked folders', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ci-suite-sbom-nm-'))
    const manifest = (path: string, content: Record<string, unknown>) => {
      mkdirSync(join(dir, path), { recursive: true })
      writeFileSync(join(dir, path, 'package.json'), JSON.stringify(content))
    }
    manifest('node_modules/debug', { name: 'debug', version: '4.3.4', license: 'MIT' })
    manifest('node_modules/debug/node_modules/ms', { name: 'ms', version: '2.1.2', license: 'MIT' })
    manifest('node_modules/ms', { name: 'ms', version: '2.1.3', license: 'MIT' })
    manifest('node_modules/@types/node', { name: '@types/node', version: '20.0.0', license: 'MIT' })
    manifest('node_modules/lp', { name: 'left-pad', version: '1.3.0', license: 'WTFPL' })
    manifest('packages/ws', { name: 'ws', version: '0.1.0', license: 'ISC' })
    manifest('packages/ws/node_modules/hidden', { name: 'hidden', version: '1.0.0', license: 'MIT' })
    mkdirSync(dirname(join(dir, 'node_modules/.bin/x')), { recursive: true })
    symlinkSync(join(dir, 'packages/ws'), join(dir, 'node_modules/ws'))
    expect(Object.fromEntries(readNodeModulesLicenses(dir))).toEqual({
      '@types/node@20.0.0': 'MIT',
      'debug@4.3.4': 'MIT',
      'ms@2.1.2': 'MIT',
      'left-pad@1.3.0': 'WTFPL',
      'ms@2.1.3': 'MIT',
      'ws@0.1.0': 'ISC'
    })
  })

  test('a folder without node_modules gives nothing', () => {
    expect(readNodeModulesLicenses(mkdtempSync(join(tmpdir(), 'ci-suite-sbom-nm-'))).size).toBe(0)
  })
})
