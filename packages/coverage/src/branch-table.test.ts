import { describe, expect, test } from '@jest/globals'
import { BranchTable, nameKey, pairKey } from './branch-table.js'

function table(entries: Array<[number, number, number]>): BranchTable {
  const t = new BranchTable()
  for (const [line, key, hits] of entries) t.add(line, key, hits)
  return t
}

describe('the branch table', () => {
  test('a branch named twice in one report adds its hits; lines come out in order', () => {
    const t = table([
      [9, pairKey(0, 1), 0],
      [3, pairKey(0, 0), 0],
      [9, pairKey(0, 0), 2],
      [3, pairKey(0, 0), 5],
      [9, pairKey(0, 1), 0]
    ])
    expect([...t.lines()]).toEqual([
      { line: 3, covered: 1, total: 1 },
      { line: 9, covered: 1, total: 2 }
    ])
    expect(t.totals()).toEqual({ covered: 2, total: 3 })
    expect(t.entries).toBe(3)
  })

  test('reports merge branch by branch: a branch is covered when any report covers it', () => {
    const unit = table([
      [4, pairKey(0, 0), 1],
      [4, pairKey(0, 1), 0],
      [7, nameKey('e0,(a, b)'), 0]
    ])
    const integration = table([
      [4, pairKey(0, 1), 3],
      [7, nameKey('e0,(a, b)'), 0],
      [8, pairKey(1, 0), 0]
    ])
    unit.mergeMax(integration)
    expect([...unit.lines()]).toEqual([
      { line: 4, covered: 2, total: 2 },
      { line: 7, covered: 0, total: 1 },
      { line: 8, covered: 0, total: 1 }
    ])
    expect(unit.totals()).toEqual({ covered: 2, total: 4 })
  })

  test('counted lines (Cobertura, JaCoCo) keep the larger covered and total, also when a line is both named and counted', () => {
    const t = new BranchTable()
    t.setCount(5, 1, 2)
    t.setCount(2, 3, 4)
    t.setCount(5, 2, 2)
    const other = new BranchTable()
    other.setCount(2, 4, 4)
    other.add(5, pairKey(0, 0), 1)
    other.add(5, pairKey(0, 1), 1)
    other.add(5, pairKey(0, 2), 0)
    t.mergeMax(other)
    expect([...t.lines()]).toEqual([
      { line: 2, covered: 4, total: 4 },
      { line: 5, covered: 2, total: 3 }
    ])
    expect(t.totals()).toEqual({ covered: 6, total: 7 })
  })

  test('keys: small pairs pack into a number, larger ones and names are interned, each name to one key', () => {
    expect(pairKey(0, 1)).toBe(1)
    expect(pairKey(2, 3)).toBe(2 * 65536 + 3)
    expect(pairKey(40000, 1)).toBe(nameKey('40000,1'))
    expect(nameKey('e0,1')).toBe(nameKey('e0,1'))
    expect(nameKey('e0,1')).not.toBe(nameKey('e0,2'))
    expect(nameKey('e0,1')).toBeGreaterThanOrEqual(2 ** 31)
  })

  test('a file named again in every section (one per test) holds its distinct branches, not every repeat', () => {
    const t = new BranchTable()
    for (let section = 0; section < 1_000; section++) {
      for (let line = 1; line <= 50; line++) {
        t.add(line, pairKey(0, 0), section === 999 ? 1 : 0)
        t.add(line, pairKey(0, 1), 0)
        t.setCount(line, section % 2, 2)
      }
    }
    expect(t.totals()).toEqual({ covered: 50, total: 100 })
    expect(t.entries).toBe(150)
    expect(t.capacity).toBeLessThanOrEqual(8 * 150)
  })

  test('thousands of branches grow the table and stay exact', () => {
    const t = new BranchTable()
    for (let line = 1; line <= 5000; line++) for (let b = 0; b < 3; b++) t.add(line, pairKey(0, b), (line + b) % 3)
    expect(t.totals()).toEqual({ covered: 10000, total: 15000 })
  })
})
