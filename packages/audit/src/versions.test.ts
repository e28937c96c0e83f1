import { describe, expect, test } from '@jest/globals'
import { compareVersions, fixedVersions } from './versions.js'

describe('compareVersions', () => {
  test.each([
    ['1.2.3', '1.2.10', -1],
    ['v1.10.0', '1.9.9', 1],
    ['1.0.0-rc.1', '1.0.0', -1],
    ['2.0rc1', '2.0', -1],
    ['4.2', '4.2.0', -1],
    ['1.0.0+build.5', '1.0.0', 0],
    ['3.1.4', '3.1.4', 0]
  ])('%s against %s is %i', (a, b, sign) => {
    expect(Math.sign(compareVersions(a, b))).toBe(sign)
  })
})

describe('fixedVersions', () => {
  const record = {
    id: 'GHSA-x',
    affected: [
      {
        package: { ecosystem: 'PyPI', name: 'Django' },
        ranges: [
          { type: 'ECOSYSTEM', events: [{ introduced: '4.2' }, { fixed: '4.2.17' }] },
          { type: 'ECOSYSTEM', events: [{ introduced: '5.0' }, { fixed: '5.0.10' }] },
          { type: 'GIT', events: [{ introduced: '0' }, { fixed: 'abc123' }] }
        ]
      }
    ]
  }
  test.each([
    ['4.2.1', ['4.2.17']],
    ['5.0.1', ['5.0.10']],
    ['4.1', []]
  ])('the fix for django %s is %j', (installed, fixes) => {
    expect(fixedVersions(record, 'PyPI', 'django', installed)).toEqual(fixes)
  })
})
