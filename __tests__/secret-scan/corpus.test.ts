import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { rmSync } from 'node:fs'
import { BUILTIN_SPECS } from '@ci-suite/secrets'
import { buildCorpus, score, type Corpus } from './corpus.js'
import { runScan, type ScanRun } from './run-scan.js'

let corpus: Corpus
let history: ScanRun
let tree: ScanRun

beforeAll(async () => {
  corpus = buildCorpus()
  history = await runScan(corpus.dir, { scope: 'history' }, { eventName: 'schedule' })
  tree = await runScan(corpus.dir, { scope: 'tree' })
}, 120_000)

afterAll(() => rmSync(corpus.dir, { recursive: true, force: true }))

/** the planted values that are secrets (a PKCS #12 finding names a file, which the report must name) */
const secretValues = () => corpus.planted.filter(p => p.ruleId !== 'pkcs12-file')

describe('the generated corpus', () => {
  test('plants a value of every built-in rule', () => {
    const ids = new Set(corpus.planted.map(p => p.ruleId))
    for (const spec of BUILTIN_SPECS) expect(ids).toContain(spec.id)
    for (const id of ['private-key', 'pkcs12-file', 'url-embedded-credentials', 'generic-api-key'])
      expect(ids).toContain(id)
  })

  test('a history scan finds every planted secret at the commit that introduced it, and no decoy', () => {
    const s = score(corpus.planted, history.report.findings)
    console.log(
      `history scan: recall ${(s.recall * 100).toFixed(1)}%, precision ${(s.precision * 100).toFixed(1)}% over ${corpus.planted.length} planted secrets and ${corpus.decoys.length}+ decoys`
    )
    expect(s.missed).toEqual([])
    expect(s.unexpected).toEqual([])
    const commitOf = new Map(corpus.planted.map(p => [`${p.file}:${p.line}`, p.commit]))
    for (const f of history.report.findings) {
      expect(f.commit).toBe(commitOf.get(`${f.file}:${f.line}`))
      expect(f.author).toBe('Ada Planter')
      expect(f.date).toMatch(/^\d{4}-\d\d-\d\dT/)
    }
  })

  test('a value added again later is reported once, where it first appeared', () => {
    const pat = corpus.planted.find(p => p.ruleId === 'github-pat')!
    const reports = history.report.findings.filter(f => f.ruleId === 'github-pat')
    expect(reports).toHaveLength(1)
    expect(reports[0].file).toBe(pat.file)
    expect(history.report.metrics.repeated).toBeGreaterThanOrEqual(1)
  })

  test('a tree scan finds what the working tree still holds, without commits', () => {
    const present = corpus.planted.filter(p => !p.historyOnly)
    const s = score(
      present,
      tree.report.findings.filter(f => f.file !== 'scripts/deploy.sh')
    )
    console.log(
      `tree scan: recall ${(s.recall * 100).toFixed(1)}%, precision ${(s.precision * 100).toFixed(1)}% over ${present.length} present secrets`
    )
    expect(s.missed).toEqual([])
    expect(s.unexpected).toEqual([])
    expect(tree.report.findings.every(f => f.commit === null)).toBe(true)
  })

  test('binary files and minified bundles are skipped and counted', () => {
    const skipped = history.report.metrics.skipped as Record<string, number>
    expect(skipped.binary).toBeGreaterThanOrEqual(1)
    expect(skipped.minified).toBeGreaterThanOrEqual(1)
    const treeSkipped = tree.report.metrics.skipped as Record<string, number>
    expect(treeSkipped.binary + treeSkipped.minified).toBeGreaterThanOrEqual(2)
  })

  test('every decoy class is recognised and counted', () => {
    const decoys = history.report.metrics.decoys as Record<string, number>
    for (const kind of [
      'documentation-example',
      'filler',
      'template-reference',
      'environment-lookup',
      'integrity-hash',
      'commit-sha',
      'uuid',
      'public-key-or-certificate',
      'data-uri'
    ]) {
      expect([kind, decoys[kind] ?? 0]).toEqual([kind, expect.any(Number)])
      expect(decoys[kind]).toBeGreaterThan(0)
    }
  })

  test('the report, SARIF, outputs, annotations, summary and log never contain a planted value', () => {
    for (const run of [history, tree]) {
      const written = run.everything()
      expect(written.length).toBeGreaterThan(1000)
      const leaked = secretValues()
        .filter(p => written.includes(p.value))
        .map(p => p.ruleId)
      expect(leaked).toEqual([])
    }
  })

  test('every found value is masked with the runner before anything else is printed', () => {
    const masked = new Set(history.io.masked)
    for (const p of secretValues()) expect([p.ruleId, masked.has(p.value)]).toEqual([p.ruleId, true])
  })

  test('findings carry the contract fields, a redacted prefix and length, and a gitleaks fingerprint', () => {
    const f = history.report.findings.find(x => x.ruleId === 'github-pat')!
    expect(f).toMatchObject({
      severity: 'high',
      column: expect.any(Number),
      fingerprint: expect.stringMatching(/^[0-9a-f]{16}$/)
    })
    expect(f.redacted).toBe('ghp_…(40 chars)')
    expect(f.gitleaksFingerprint).toBe(`${f.commit}:${f.file}:github-pat:${f.line}`)
    expect(history.report.metrics).toMatchObject({
      commitsScanned: corpus.commits.length,
      bytesScanned: expect.any(Number)
    })
  })

  test('the step fails with the count, and the summary links each finding and says to rotate, then rewrite history', () => {
    expect(history.exitCode).toBe(1)
    expect(history.report.status).toBe('fail')
    expect(history.report.summary).toMatch(/^\d+ secrets found in \d+ commits of \d+$/)
    expect(history.io.summary).toContain('Secrets by rule')
    expect(history.io.summary).toContain('https://github.com/octo/demo/blob/')
    expect(history.io.summary).toContain('git filter-repo')
    expect(history.io.summary).toMatch(/does not remove it from history/)
    expect(history.io.annotations.length).toBeGreaterThan(0)
  })

  test('SARIF 2.1.0 lists the rules used with help and the results with redacted messages', () => {
    const sarif = JSON.parse(history.sarif!) as {
      version: string
      runs: Array<{ tool: { driver: { rules: Array<{ id: string; help: { text: string } }> } }; results: unknown[] }>
    }
    expect(sarif.version).toBe('2.1.0')
    expect(sarif.runs[0].results).toHaveLength(history.report.findings.length)
    expect(sarif.runs[0].tool.driver.rules.find(r => r.id === 'github-pat')?.help.text).toMatch(/Rotate/)
  })
})
