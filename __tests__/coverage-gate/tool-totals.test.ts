import { beforeAll, describe, expect, test } from '@jest/globals'
import { InputReader, mapInputSource, renderMarkdown } from '@ci-suite/core'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  headlineRule,
  mergeReports,
  parseReport,
  roundingFor,
  sumTotals,
  formatPercent,
  type CoverageReport,
  definition
} from '@ci-suite/coverage'
import { PathMapper } from '../../packages/coverage/src/report/path-mapper.js'
import { loadRepoFiles } from '../../packages/coverage/src/report/repo-files.js'
import { testContext } from '../helpers/action-context.js'
import {
  C_PROJECT,
  GO_PROJECT,
  JAVA_PROJECT,
  JS_PROJECT,
  PYTHON_DOCSTRING_PROJECT,
  PYTHON_PROJECT,
  coveragePy,
  gccProject,
  gitProject,
  goProject,
  jacocoProject,
  jestProject,
  write,
  type CoveragePyTotal,
  type SummaryLine
} from './real-tools.js'

async function totalsOf(dir: string, ...files: string[]) {
  const reports: CoverageReport[] = []
  for (const f of files) reports.push(await parseReport(join(dir, f)))
  const merged = mergeReports(reports, new PathMapper(await loadRepoFiles(dir)), {
    workingDirectory: dir,
    repoRoot: dir
  })
  const totals = sumTotals(merged.files.values(), headlineRule(merged.producers), roundingFor(merged.producers))
  return { merged, totals, reports }
}

describe('coverage.py: our totals equal `coverage report` TOTAL', () => {
  let dir: string
  let printed: CoveragePyTotal
  beforeAll(() => {
    dir = gitProject('py', PYTHON_PROJECT)
    printed = coveragePy(dir)
  })

  test.each(['coverage.xml', 'coverage.json'])(
    '%s gives the statements, misses, branches and Cover% that coverage.py prints',
    async file => {
      const { totals, merged } = await totalsOf(dir, file)
      expect(merged.unmapped).toEqual([])
      expect(totals.rule).toBe('lines+branches')
      expect(totals.lines.total).toBe(printed.statements)
      expect(totals.lines.total - totals.lines.covered).toBe(printed.missing)
      expect(totals.branches.total).toBe(printed.branches)
      expect(formatPercent(totals.headline, totals.rounding)).toBe(printed.cover)
    }
  )

  test('the Cobertura and JSON reports of one run merge into the same totals', async () => {
    const both = await totalsOf(dir, 'coverage.xml', 'coverage.json')
    const json = await totalsOf(dir, 'coverage.json')
    expect(both.totals.lines).toEqual(json.totals.lines)
    expect(both.totals.branches).toEqual(json.totals.branches)
    expect(formatPercent(both.totals.headline, both.totals.rounding)).toBe(printed.cover)
  })

  test('without branch data the headline is statements alone, as coverage.py prints it', async () => {
    const plain = gitProject('py-nobranch', PYTHON_PROJECT)
    const p = coveragePy(plain, false)
    const { totals } = await totalsOf(plain, 'coverage.xml')
    expect(totals.branches.total).toBe(0)
    expect(formatPercent(totals.headline, totals.rounding)).toBe(p.cover)
  })

  test("coverage.py's LCOV report counts the same statements", async () => {
    const { totals } = await totalsOf(dir, 'coverage.lcov')
    expect(totals.lines.total).toBe(printed.statements)
    expect(totals.lines.total - totals.lines.covered).toBe(printed.missing)
  })
})

describe("coverage.py JSON whose executed lines include docstrings (older coverage.py, such as Debian 12's 6.5)", () => {
  let dir: string
  let printed: CoveragePyTotal
  beforeAll(() => {
    dir = gitProject('py-docstrings', PYTHON_DOCSTRING_PROJECT)
    printed = coveragePy(dir)
  })

  test('the report lists more executed lines than coverage.py counts as covered statements', () => {
    const json = JSON.parse(readFileSync(join(dir, 'coverage.json'), 'utf8')) as {
      files: Record<string, { executed_lines: number[]; summary: { covered_lines: number } }>
    }
    const extra = Object.values(json.files).reduce((n, f) => n + f.executed_lines.length - f.summary.covered_lines, 0)
    expect(extra).toBeGreaterThan(0)
  })

  test("its totals are coverage.py's own, as `coverage report` prints them and the Cobertura report gives them", async () => {
    const json = await totalsOf(dir, 'coverage.json')
    const xml = await totalsOf(dir, 'coverage.xml')
    for (const { totals } of [json, xml]) {
      expect(totals.lines.total).toBe(printed.statements)
      expect(totals.lines.total - totals.lines.covered).toBe(printed.missing)
      expect(totals.branches.total).toBe(printed.branches)
      expect(formatPercent(totals.headline, totals.rounding)).toBe(printed.cover)
    }
  })
})

describe('gcc: our totals equal what gcovr and lcov print', () => {
  let dir: string
  let printed: ReturnType<typeof gccProject>
  beforeAll(() => {
    dir = gitProject('c', C_PROJECT)
    printed = gccProject(dir)
  })

  test.each([
    ['Cobertura', 'coverage.xml', 'cobertura'],
    ['JSON', 'gcovr.json', 'gcovr-json'],
    ['JSON summary', 'gcovr-summary.json', 'gcovr-summary']
  ])('gcovr %s: lines and branches as `gcovr --print-summary`', async (_name, report, format) => {
    const { totals, reports } = await totalsOf(dir, report)
    expect(reports[0]).toMatchObject({ producer: 'gcovr', format })
    for (const kind of ['lines', 'branches'] as const) {
      expect({ covered: totals[kind].covered, total: totals[kind].total }).toEqual({
        covered: printed.gcovr[kind].covered,
        total: printed.gcovr[kind].total
      })
      expect(totals[kind].percent.toFixed(1)).toBe(printed.gcovr[kind].percent)
    }
    expect(totals.rule).toBe('lines')
  })

  test("gcovr JSON gives every line and every line's branches as gcovr's Cobertura report of the same run", async () => {
    const detail = async (report: string) => {
      const file = (await totalsOf(dir, report)).merged.files.get('src/calc.c')!
      return { lines: [...file.lines.entries()], branches: [...file.branches.lines()] }
    }
    const json = await detail('gcovr.json')
    expect(json.lines.some(([, hits]) => hits === 0)).toBe(true)
    expect(json.branches.some(b => b.covered < b.total)).toBe(true)
    expect(json).toEqual(await detail('coverage.xml'))
  })

  test('geninfo LCOV: lines, functions and branches as `lcov --summary`', async () => {
    const { totals } = await totalsOf(dir, 'lcov.info')
    for (const kind of ['lines', 'functions', 'branches'] as const) {
      const ours = totals[kind] as { covered: number; total: number; percent: number }
      expect({ covered: ours.covered, total: ours.total }).toEqual({
        covered: printed.lcov[kind].covered,
        total: printed.lcov[kind].total
      })
      expect(ours.percent.toFixed(1)).toBe(printed.lcov[kind].percent)
    }
  })
})

describe('jest in one package of a monorepo whose packages share file names', () => {
  let dir: string
  let printed: Record<string, SummaryLine>
  beforeAll(() => {
    const files: Record<string, string> = {}
    for (const [path, text] of Object.entries(JS_PROJECT)) {
      files[`packages/a/${path}`] = text
      if (path.startsWith('src/') && !path.includes('.test.')) files[`packages/b/${path}`] = text
    }
    files['packages/a/src/only-a.js'] = 'module.exports = n => (n > 0 ? n : -n)\n'
    files['packages/a/src/only-a.test.js'] = "test('abs', () => expect(require('./only-a')(-2)).toBe(2))\n"
    dir = gitProject('mono', files)
    printed = jestProject(join(dir, 'packages/a'))
    // an artifact downloaded elsewhere: the same report, outside the package it names its files from
    write(dir, { 'artifacts/coverage-a/lcov.info': readFileSync(join(dir, 'packages/a/coverage/lcov.info'), 'utf8') })
  })

  test.each([
    ['in its package (paths relative to the folder above coverage/)', 'packages/a/coverage/lcov.info'],
    ['moved out of its package (paths relative to the folder its other files map to)', 'artifacts/coverage-a/lcov.info']
  ])('its LCOV %s maps every file, as jest counts them', async (_where, report) => {
    const { totals, merged } = await totalsOf(dir, report)
    expect(merged.unmapped).toEqual([])
    expect([...merged.files.keys()].sort()).toEqual(['packages/a/src/calc.js', 'packages/a/src/only-a.js'])
    expect({ covered: totals.lines.covered, total: totals.lines.total }).toEqual({
      covered: printed.lines.covered,
      total: printed.lines.total
    })
  })
})

describe('jest (istanbul): every reporter gives the totals jest prints', () => {
  let dir: string
  let printed: Record<string, SummaryLine>
  beforeAll(() => {
    dir = gitProject('js', JS_PROJECT)
    printed = jestProject(dir)
  })

  test.each([
    ['coverage/coverage-final.json', ['lines', 'branches', 'functions', 'statements']],
    ['coverage/coverage-summary.json', ['lines', 'branches', 'functions', 'statements']],
    ['coverage/lcov.info', ['lines', 'branches', 'functions']],
    ['coverage/cobertura-coverage.xml', ['lines', 'branches']],
    ['coverage/clover.xml', ['lines', 'branches', 'functions']]
  ])('%s: %j equal the text-summary', async (file, kinds) => {
    const { totals, merged } = await totalsOf(dir, file)
    expect(merged.unmapped).toEqual([])
    for (const kind of kinds) {
      const ours = totals[kind as 'lines'] as { covered: number; total: number }
      expect({ kind, covered: ours.covered, total: ours.total }).toEqual({
        kind,
        covered: printed[kind].covered,
        total: printed[kind].total
      })
    }
  })

  test.each([
    'coverage/coverage-final.json',
    'coverage/coverage-summary.json',
    'coverage/cobertura-coverage.xml',
    'coverage/clover.xml'
  ])('%s: the headline is lines, floored to two decimals as jest prints it', async file => {
    const { totals } = await totalsOf(dir, file)
    expect(totals.rule).toBe('lines')
    expect(Number(formatPercent(totals.headline, totals.rounding))).toBe(Number(printed.lines.percent))
  })
})

describe('go: our total equals `go tool cover -func`', () => {
  test('the statement-weighted total of a cover profile, with module paths mapped to the repository', async () => {
    const dir = gitProject('go', GO_PROJECT)
    const printed = goProject(dir)
    const { totals, merged } = await totalsOf(dir, 'cover.out')
    expect([...merged.files.keys()]).toEqual(['calc/calc.go'])
    expect(totals.rule).toBe('statements')
    expect(totals.headline.percent.toFixed(1)).toBe(printed)
  })
})

describe('JaCoCo: our totals equal the counters JaCoCo writes into its own report', () => {
  test('lines, branches and methods of a real agent run, and the package paths mapped into src/main/java', async () => {
    const dir = gitProject('jacoco', JAVA_PROJECT)
    const { report: counters, packages } = jacocoProject(dir)
    const { totals, merged, reports } = await totalsOf(dir, 'jacoco.xml')
    expect(reports[0].format).toBe('jacoco')
    expect(merged.unmapped).toEqual([])
    expect([...merged.files.keys()].sort()).toEqual([
      'src/main/java/com/example/Calc.java',
      'src/main/java/com/example/util/Words.java'
    ])
    const expected = (c: { missed: number; covered: number }) => ({ covered: c.covered, total: c.missed + c.covered })
    expect(totals.lines).toMatchObject(expected(counters.LINE))
    expect(totals.branches).toMatchObject(expected(counters.BRANCH))
    expect(totals.functions).toMatchObject(expected(counters.METHOD))
    // the run leaves something uncovered of each kind, so the comparison cannot pass on all-covered data
    expect([counters.LINE.missed, counters.BRANCH.missed, counters.METHOD.missed].every(m => m > 0)).toBe(true)

    // the summary's chart has one bar per Java package, each JaCoCo's own LINE counter of that package
    const result = await definition.run(
      definition.readInputs(new InputReader(mapInputSource({ files: 'jacoco.xml', 'min-coverage': '0' }))),
      testContext('coverage-gate', { workingDirectory: dir, repoRoot: dir })
    )
    const percent = (c: { missed: number; covered: number }) => ((100 * c.covered) / (c.missed + c.covered)).toFixed(2)
    expect(Object.keys(packages).sort()).toEqual(['com/example', 'com/example/util'])
    expect(renderMarkdown(result.sections ?? []).markdown).toContain(
      [
        '```mermaid',
        'xychart-beta',
        '  title "Coverage by folder (% lines)"',
        '  x-axis ["src/main/java/com/example", "src/main/java/com/example/util"]',
        '  y-axis "lines %" 0 --> 100',
        `  bar [${percent(packages['com/example'].LINE)}, ${percent(packages['com/example/util'].LINE)}]`,
        '```'
      ].join('\n')
    )
  })
})
