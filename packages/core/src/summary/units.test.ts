import { describe, expect, test } from '@jest/globals'
import { byteSize, plural } from './units.js'

describe('units in summaries', () => {
  test.each([
    [0, '0 B'],
    [999, '999 B'],
    [1000, '1.0 kB'],
    [13_096_609, '13.1 MB'],
    [999_960, '1.0 MB'],
    [2_400_000_000, '2.4 GB']
  ])('%d bytes read as %s', (bytes, text) => {
    expect(byteSize(bytes)).toBe(text)
  })

  test('a count of one takes the singular, any other the plural', () => {
    expect([0, 1, 2].map(n => plural(n, 'report'))).toEqual(['0 reports', '1 report', '2 reports'])
  })
})
