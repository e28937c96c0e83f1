import { describe, expect, test } from '@jest/globals'
import type { FileChange } from '@ci-suite/core'
import { BranchTable } from '../branch-table.js'
import { LineTable } from '../line-table.js'
import type { MergedFile } from '../report/merge.js'
import { patchCoverage } from './patch.js'

function file(path: string, lines: Record<number, number>): MergedFile {
  return {
    path,
    lines: LineTable.from(Object.entries(lines).map(([l, h]) => [Number(l), h])),
    branches: new BranchTable(),
    reports: 1
  }
}

describe('patch coverage', () => {
  const files = new Map([['src/a.py', file('src/a.py', { 1: 1, 2: 0, 3: 0, 5: 0, 6: 1, 7: 0, 10: 0 })]])
  const change = (
    path: string,
    ranges: Array<[number, number]>,
    status: FileChange['status'] = 'modified'
  ): FileChange => ({
    path,
    status,
    binary: false,
    added: ranges.map(([start, end]) => ({ start, end }))
  })

  test('counts only measured changed lines, and joins uncovered lines across unmeasured ones into one range', () => {
    const patch = patchCoverage(files, [change('src/a.py', [[1, 7]]), change('README.md', [[1, 3]])])
    expect(patch.coverage).toMatchObject({ covered: 2, total: 6 })
    expect(patch.uncovered).toEqual([
      { file: 'src/a.py', line: 2, endLine: 5 },
      { file: 'src/a.py', line: 7, endLine: 7 }
    ])
    expect(patch.unmeasured).toEqual(['README.md'])
  })

  test('a range never spans two hunks', () => {
    const patch = patchCoverage(files, [
      change('src/a.py', [
        [2, 2],
        [3, 3]
      ])
    ])
    expect(patch.uncovered).toHaveLength(2)
  })

  test('is undefined when no changed line is measured, and ignores deleted files', () => {
    const patch = patchCoverage(files, [change('src/a.py', [[4, 4]]), change('src/a.py', [[1, 10]], 'deleted')])
    expect(patch.coverage).toBeUndefined()
    expect(patch.uncovered).toEqual([])
  })
})
