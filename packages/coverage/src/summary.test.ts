import { describe, expect, test } from '@jest/globals'
import { renderMarkdown, renderText } from '@ci-suite/core'
import { pairKey } from './branch-table.js'
import { emptyFile, type Producer } from './model.js'
import type { MergedCoverage, MergedFile } from './report/merge.js'
import { headlineRule, roundingFor, sumTotals } from './report/totals.js'
import { folderChart } from './summary.js'

/** A file with `covered` of `total` lines run, and for coverage.py data one branch of two taken. */
function file(path: string, covered: number, total: number, branches = false): MergedFile {
  const f = { ...emptyFile(path), reports: 1 }
  for (let line = 1; line <= total; line++) f.lines.set(line, line <= covered ? 1 : 0)
  if (branches) {
    f.branches.add(1, pairKey(0, 2), 1)
    f.branches.add(1, pairKey(0, 3), 0)
  }
  return f
}

function data(files: MergedFile[], producer: Producer = 'lcov') {
  const producers = new Set([producer])
  const merged: MergedCoverage = {
    files: new Map(files.map(f => [f.path, f])),
    unmapped: [],
    producers,
    reports: []
  }
  return { merged, totals: sumTotals(files, headlineRule(producers), roundingFor(producers)) }
}

describe('the coverage chart per package', () => {
  test('a monorepo is charted per package below the shared packages/ folder, with each package’s exact percent', () => {
    const chart = folderChart(
      data([
        file('packages/api/src/server.ts', 3, 4),
        file('packages/api/src/routes/users.ts', 1, 4),
        file('packages/web/src/app.ts', 2, 3),
        file('packages/core/index.ts', 10, 10)
      ])
    )
    expect(chart).toEqual({
      kind: 'raw',
      markdown: [
        '```mermaid',
        'xychart-beta',
        '  title "Coverage by folder (% lines)"',
        '  x-axis ["packages/api", "packages/core", "packages/web"]',
        '  y-axis "lines %" 0 --> 100',
        '  bar [50.00, 100.00, 66.67]',
        '```'
      ].join('\n'),
      text: [
        'Coverage by folder (% lines):',
        '█████░░░░░  50.00% packages/api',
        '██████████ 100.00% packages/core',
        '███████░░░  66.67% packages/web'
      ].join('\n')
    })
    // it reaches the summary as it is: a fenced mermaid block in Markdown, the bars on a terminal
    expect(renderMarkdown([chart!]).markdown).toContain(
      '```mermaid\nxychart-beta\n  title "Coverage by folder (% lines)"\n'
    )
    expect(renderText([chart!])).toContain('██████████ 100.00% packages/core')
  })

  test('coverage.py data is charted with its own headline (statements + branches) and rounding', () => {
    const chart = folderChart(data([file('src/a.py', 1, 3, true), file('tests/test_a.py', 3, 3)], 'coverage.py'))
    const markdown = chart?.kind === 'raw' ? chart.markdown : ''
    expect(markdown.split('\n').slice(2, 6)).toEqual([
      '  title "Coverage by folder (% statements + branches)"',
      '  x-axis ["src", "tests"]',
      '  y-axis "statements + branches %" 0 --> 100',
      '  bar [40.00, 100.00]'
    ])
  })

  test('files directly in the shared folder form their own bar; quotes in a name cannot break the chart', () => {
    const chart = folderChart(data([file('src/main.go', 1, 2), file('src/say "hi"/x.go', 2, 2)]))
    const markdown = chart?.kind === 'raw' ? chart.markdown : ''
    expect(markdown).toContain('  x-axis ["src", "src/say hi"]\n')
    expect(markdown).toContain('  bar [50.00, 100.00]\n')
  })

  test('one folder gives no chart (the headline says it all)', () => {
    expect(folderChart(data([file('src/a.ts', 1, 2), file('src/b.ts', 2, 2)]))).toBeUndefined()
    expect(folderChart(data([file('a.ts', 1, 2), file('b.ts', 2, 2)]))).toBeUndefined()
  })

  test('more than twelve packages: the twelve with the most measured lines, said in the title', () => {
    const files = Array.from({ length: 15 }, (_, i) => file(`pkg${String(i).padStart(2, '0')}/a.ts`, i, 10 + i))
    const markdown = (folderChart(data(files)) as { markdown: string }).markdown
    expect(markdown).toContain('  title "Coverage by folder (% lines), the 12 largest of 15"\n')
    expect(markdown).toContain(
      `  x-axis [${files
        .slice(3)
        .map(f => `"${f.path.split('/')[0]}"`)
        .join(', ')}]\n`
    )
  })
})
