import { describe, expect, test } from '@jest/globals'
import { ConfigurationError } from '@ci-suite/core'
import { loadLockfile } from '../load.js'
import { parseLockfile } from '../parse.js'

describe('lockfile edge cases', () => {
  test('pnpm v9: a peer-suffixed snapshot and an alias resolve to the real packages', () => {
    const text = [
      "lockfileVersion: '9.0'",
      'importers:',
      '  .:',
      '    dependencies:',
      '      react-dom:',
      '        specifier: 18.2.0',
      '        version: 18.2.0(react@18.2.0)',
      '      str:',
      '        specifier: npm:string-width@4.2.3',
      '        version: string-width@4.2.3',
      'packages:',
      '  react-dom@18.2.0:',
      '    resolution: {integrity: sha512-AAAA}',
      '  react@18.2.0:',
      '    resolution: {integrity: sha512-BBBB}',
      '  string-width@4.2.3:',
      '    resolution: {integrity: sha512-CCCC}',
      'snapshots:',
      '  react-dom@18.2.0(react@18.2.0):',
      '    dependencies:',
      '      react: 18.2.0',
      '  react@18.2.0: {}',
      '  string-width@4.2.3: {}',
      ''
    ].join('\n')
    const lock = parseLockfile('pnpm-lock.yaml', text)
    expect(lock.packages.map(p => `${p.purl} ${p.direct} ${p.path.join('>')} ${p.line}`).sort()).toEqual([
      'pkg:npm/react-dom@18.2.0 true react-dom 12',
      'pkg:npm/react@18.2.0 false react-dom>react 14',
      'pkg:npm/string-width@4.2.3 true string-width 16'
    ])
  })

  test('go.sum alone lists its modules without go.mod/ entries', () => {
    const lock = parseLockfile(
      'tools/go.sum',
      'golang.org/x/text v0.3.7 h1:olpwvP2KacW1ZWvsR7uQhoyTYvKAupfQrRGBFM352Gk=\ngolang.org/x/text v0.3.7/go.mod h1:5Zoc/QRtKVWzQhOtBMvqHzDpF6irO9z98xDceosuGiQ=\n'
    )
    expect(lock.packages.map(p => `${p.purl} ${p.line}`)).toEqual(['pkg:golang/golang.org/x/text@v0.3.7 1'])
  })

  test('yarn classic without package.json beside it takes the packages nothing depends on as direct', () => {
    const text = [
      '# yarn lockfile v1',
      '',
      'debug@^4.1.0:',
      '  version "4.3.4"',
      '  dependencies:',
      '    ms "2.1.2"',
      '',
      'ms@2.1.2:',
      '  version "2.1.2"',
      ''
    ].join('\n')
    const lock = parseLockfile('yarn.lock', text)
    expect(lock.packages.map(p => `${p.name} ${p.direct} ${p.path.join('>')}`)).toEqual([
      'debug true debug',
      'ms false debug>ms'
    ])
  })

  test('a missing lockfile is a configuration error naming it', async () => {
    await expect(loadLockfile('nope/package-lock.json', '/tmp')).rejects.toThrow(ConfigurationError)
    await expect(loadLockfile('nope/package-lock.json', '/tmp')).rejects.toThrow(
      'lockfile nope/package-lock.json not found'
    )
  })

  test('requirements: a -r include that does not exist is reported, not silently dropped', () => {
    const lock = parseLockfile('requirements.txt', '-r missing.txt\nflask==2.0.0\n', { readRelative: () => undefined })
    expect(lock.unpinned).toEqual([
      {
        name: 'missing.txt',
        spec: '-r missing.txt',
        file: 'requirements.txt',
        line: 1,
        reason: 'included requirements file not found'
      }
    ])
    expect(lock.packages.map(p => p.purl)).toEqual(['pkg:pypi/flask@2.0.0'])
  })
})
