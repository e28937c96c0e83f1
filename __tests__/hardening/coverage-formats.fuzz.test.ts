import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import fc from 'fast-check'
import { CiSuiteError } from '@ci-suite/core'
import { detectFormat, type CoverageReport } from '@ci-suite/coverage'
import { parseClover } from '../../packages/coverage/src/formats/clover.js'
import { parseCobertura } from '../../packages/coverage/src/formats/cobertura.js'
import { parseGoProfile } from '../../packages/coverage/src/formats/go-profile.js'
import { parseJacoco } from '../../packages/coverage/src/formats/jacoco.js'
import { parseJsonReport } from '../../packages/coverage/src/formats/json-reports.js'
import { parseLcov } from '../../packages/coverage/src/formats/lcov.js'
import {
  C_PROJECT,
  GO_PROJECT,
  JS_PROJECT,
  PYTHON_PROJECT,
  coveragePy,
  gccProject,
  gitProject,
  goProject,
  jestProject
} from '../coverage-gate/real-tools.js'
import { RUNS, jsonSize, mutatedFrom, mutatedJsonOrTextFrom, onlyTypedErrorsAsync } from './mutate.js'

/** JaCoCo's XML report as jacoco:report writes it (DTD 1.1); no JVM build runs here, so this one is hand-written. */
const JACOCO = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<!DOCTYPE report PUBLIC "-//JACOCO//DTD Report 1.1//EN" "report.dtd">
<report name="demo">
  <sessioninfo id="x" start="1" dump="2"/>
  <package name="com/example">
    <class name="com/example/Calc" sourcefilename="Calc.java">
      <method name="classify" desc="(I)I" line="3"><counter type="METHOD" missed="0" covered="1"/></method>
      <method name="unused" desc="()V" line="9"><counter type="METHOD" missed="1" covered="0"/></method>
    </class>
    <sourcefile name="Calc.java">
      <line nr="3" mi="0" ci="3" mb="1" cb="1"/>
      <line nr="4" mi="2" ci="1" mb="0" cb="0"/>
      <line nr="9" mi="4" ci="0" mb="0" cb="0"/>
      <counter type="LINE" missed="1" covered="2"/>
    </sourcefile>
  </package>
</report>
`

const samples: Record<string, string[]> = {}
let scratch: string

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'ci-suite-cov-fuzz-'))
  const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8')
  const py = gitProject('fuzz-py', PYTHON_PROJECT)
  coveragePy(py)
  const c = gitProject('fuzz-c', C_PROJECT)
  gccProject(c)
  const js = gitProject('fuzz-js', JS_PROJECT)
  jestProject(js)
  const go = gitProject('fuzz-go', GO_PROJECT)
  goProject(go)
  samples.cobertura = [read(py, 'coverage.xml'), read(c, 'coverage.xml'), read(js, 'coverage/cobertura-coverage.xml')]
  samples.lcov = [read(py, 'coverage.lcov'), read(c, 'lcov.info'), read(js, 'coverage/lcov.info')]
  samples.clover = [read(js, 'coverage/clover.xml')]
  samples.json = [
    read(py, 'coverage.json'),
    read(js, 'coverage/coverage-final.json'),
    read(js, 'coverage/coverage-summary.json')
  ]
  samples['go-profile'] = [read(go, 'cover.out')]
  samples.jacoco = [JACOCO]
}, 180_000)

afterAll(() => rmSync(scratch, { recursive: true, force: true }))

const PARSERS: Record<string, (file: string) => Promise<CoverageReport>> = {
  cobertura: parseCobertura,
  lcov: parseLcov,
  clover: parseClover,
  json: parseJsonReport,
  'go-profile': parseGoProfile,
  jacoco: parseJacoco
}

describe('hostile coverage reports', () => {
  test.each(Object.keys(PARSERS))(
    `the %s reader and format detection survive ${RUNS} mutated reports written by the real tools`,
    async format => {
      const texts = samples[format] as string[]
      expect(texts.length).toBeGreaterThan(0)
      const file = join(scratch, `report-${format}`)
      const parse = PARSERS[format] as (file: string) => Promise<CoverageReport>
      await fc.assert(
        fc.asyncProperty(format === 'json' ? mutatedJsonOrTextFrom(texts) : mutatedFrom(texts), async text => {
          writeFileSync(file, text)
          const started = performance.now()
          await onlyTypedErrorsAsync(async () => {
            const report = await parse(file)
            expect(jsonSize(report.files.map(f => f.path))).toBeLessThan(10 * text.length + 1_000)
            return report
          }, '')
          // detection reads the head of the same text
          try {
            detectFormat(file, text.slice(0, 64 * 1024))
          } catch (error) {
            if (!(error instanceof CiSuiteError)) throw error
          }
          expect(performance.now() - started).toBeLessThan(2_000)
        }),
        // a read that never settles fails the run with its input instead of stalling the suite
        { numRuns: RUNS, timeout: 5_000 }
      )
    },
    180_000
  )

  // found by the fuzz above (`"path": []` gave a FileCoverage whose path was an array); fixed in json-reports.ts
  test('an Istanbul coverage-final.json entry whose path is not a string is refused or named by its key', async () => {
    const file = join(scratch, 'coverage-final.json')
    const entry = JSON.parse(samples.json![1]!) as Record<string, Record<string, unknown>>
    const [key, value] = Object.entries(entry)[0]!
    writeFileSync(file, JSON.stringify({ [key]: { ...value, path: [] } }))
    let report: CoverageReport | undefined
    try {
      report = await parseJsonReport(file)
    } catch (error) {
      expect(error).toBeInstanceOf(CiSuiteError)
    }
    for (const f of report?.files ?? []) expect(typeof f.path).toBe('string')
  })
})
