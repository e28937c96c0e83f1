import { describe, expect, test } from '@jest/globals'
import { isBatchResult, isOsvRecord } from './record-shape.js'

const RECORD = {
  id: 'GHSA-p6mc-m468-83gw',
  modified: '2024-02-16T08:02:11Z',
  aliases: ['CVE-2020-8203'],
  severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:N/I:H/A:H' }],
  affected: [
    {
      package: { ecosystem: 'npm', name: 'lodash' },
      ranges: [{ type: 'SEMVER', events: [{ introduced: '3.7.0' }, { fixed: '4.17.19' }] }]
    }
  ],
  database_specific: { severity: 'HIGH' }
}

describe('OSV answers are checked before they are read', () => {
  test.each([
    ['a record as osv.dev sends it', RECORD, true],
    ['a record with only an id', { id: 'X' }, true],
    ['null', null, false],
    ['aliases that are not a list', { ...RECORD, aliases: 'CVE-1' }, false],
    ['an affected entry that is null', { ...RECORD, affected: [null] }, false],
    [
      'range events that are not a list',
      { ...RECORD, affected: [{ ranges: [{ type: 'SEMVER', events: {} }] }] },
      false
    ],
    ['a severity without a score', { ...RECORD, severity: [{ type: 'CVSS_V3' }] }, false]
  ])('%s: readable %s', (_label, record, readable) => {
    expect(isOsvRecord(record)).toBe(readable)
  })

  test.each([
    [{}, true],
    [{ vulns: [{ id: 'GHSA-1', modified: '2024-01-01T00:00:00Z' }], next_page_token: 'p' }, true],
    [{ vulns: {} }, false],
    [{ vulns: [null] }, false],
    [null, false]
  ])('batch result %j: readable %s', (result, readable) => {
    expect(isBatchResult(result)).toBe(readable)
  })
})
