import { describe, expect, test } from '@jest/globals'
import { LineTable } from './line-table.js'

describe('the line table', () => {
  test('reads like a Map in line order, growing as lines arrive', () => {
    const t = LineTable.from([
      [300, 2],
      [1, 0],
      [70, 5]
    ])
    expect(t.size).toBe(3)
    expect([...t]).toEqual([
      [1, 0],
      [70, 5],
      [300, 2]
    ])
    expect(t.get(2)).toBeUndefined()
    expect(t.coveredCount()).toBe(2)
    expect(t.has(1)).toBe(true)
  })

  test.each([
    ['keeps the larger count', 7, [3, 7, 5], 7],
    ['saturates a count beyond 32 bits', 9, [2 ** 40], 2 ** 32 - 2],
    ['clamps a negative count to 0', 4, [-3], 0]
  ])('%s', (_what, line, counts, expected) => {
    const t = new LineTable()
    for (const c of counts) t.max(line, c)
    expect(t.get(line)).toBe(expected)
  })

  test('stores an absurd line number sparsely instead of allocating for it', () => {
    const t = new LineTable()
    t.set(2 ** 30, 1)
    t.set(5, 1)
    expect(t.size).toBe(2)
    expect([...t.entries()].map(([l]) => l)).toEqual([5, 2 ** 30])
  })
})

describe('the line table as a reader’s scratch', () => {
  test('a copy holds the same lines at the exact size and does not change when the scratch is cleared and reused', () => {
    const scratch = new LineTable()
    for (let line = 1; line <= 500; line++) scratch.max(line, line % 3)
    const copy = scratch.copy()
    scratch.clear()
    expect(scratch.size).toBe(0)
    expect(scratch.get(7)).toBeUndefined()
    scratch.max(2, 9)
    expect([...scratch]).toEqual([[2, 9]])
    expect(copy.size).toBe(500)
    expect(copy.coveredCount()).toBe(334)
    expect(copy.get(2)).toBe(2)
    expect(copy.get(501)).toBeUndefined()
    copy.max(900, 1)
    expect(copy.get(900)).toBe(1)
  })
})
