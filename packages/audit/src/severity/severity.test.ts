import { describe, expect, test } from '@jest/globals'
import { cvss3BaseScore } from './cvss3.js'
import { cvss4BaseScore } from './cvss4.js'
import { bandOf } from './levels.js'
import { rateRecord } from './record-severity.js'

describe('CVSS v3.x base score', () => {
  test.each([
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', 9.8],
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H', 10],
    ['CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:C/C:L/I:L/A:N', 6.4],
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N', 6.1],
    ['CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:N/I:H/A:H', 7.4],
    ['CVSS:3.1/AV:P/AC:H/PR:H/UI:R/S:C/C:H/I:H/A:H', 6.8],
    ['CVSS:3.1/AV:L/AC:L/PR:H/UI:N/S:U/C:N/I:N/A:N', 0],
    ['CVSS:3.0/AV:N/AC:H/PR:N/UI:R/S:U/C:L/I:N/A:N', 3.1],
    ['CVSS:3.0/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:N/A:N', 5.5],
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:U/RL:O', 9.8]
  ])('%s scores %d', (vector, score) => {
    expect(cvss3BaseScore(vector)).toBe(score)
  })

  test.each(['CVSS:3.1/AV:N/AC:L', 'AV:N/AC:L/Au:N/C:P/I:P/A:P', 'CVSS:3.1/AV:X/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H'])(
    '%s is not scored',
    vector => {
      expect(cvss3BaseScore(vector)).toBeUndefined()
    }
  )
})

describe('CVSS v4.0 base score', () => {
  test.each([
    ['CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N', 9.3],
    ['CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:L/VI:L/VA:L/SC:N/SI:N/SA:N', 6.9],
    ['CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:P/VC:N/VI:N/VA:N/SC:L/SI:L/SA:N', 5.3],
    ['CVSS:4.0/AV:L/AC:H/AT:P/PR:H/UI:A/VC:L/VI:N/VA:N/SC:N/SI:N/SA:N', 1]
  ])('%s scores %d', (vector, score) => {
    expect(cvss4BaseScore(vector)).toBe(score)
  })

  test('a vector missing a base metric is not scored', () => {
    expect(cvss4BaseScore('CVSS:4.0/AV:N/AC:L/AT:N')).toBeUndefined()
  })
})

describe('severity of a record', () => {
  test.each([
    [0, 'low'],
    [3.9, 'low'],
    [4, 'moderate'],
    [6.9, 'moderate'],
    [7, 'high'],
    [8.9, 'high'],
    [9, 'critical'],
    [10, 'critical']
  ])('score %d is in the %s band', (score, band) => {
    expect(bandOf(score)).toBe(band)
  })

  test.each([
    [{ severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H' }] }, 'critical', 'cvss'],
    [{ database_specific: { severity: 'MODERATE' } }, 'moderate', 'database'],
    [{ affected: [{ ecosystem_specific: { severity: 'HIGH' } }] }, 'high', 'database'],
    [{ severity: [{ type: 'CVSS_V2', score: 'AV:N/AC:L/Au:N/C:P/I:P/A:P' }] }, 'unknown', 'unknown'],
    [{}, 'unknown', 'unknown']
  ])('%j is rated %s from %s', (record, severity, basis) => {
    expect(rateRecord({ id: 'X', ...record }, 0)).toMatchObject({ severity, basis })
  })
})
