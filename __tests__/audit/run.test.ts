import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { ConfigurationError, renderMarkdown } from '@ci-suite/core'
import { definition } from '@ci-suite/audit'
import { cpSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { npmLockedProject } from '../../packages/lockfiles/src/test-support/npm-project.js'
import { OsvServer } from './osv-server.js'
import { git } from '../helpers/git-repo.js'
import { REQUIREMENTS, auditProject, context, folderCache, inputs } from './project.js'
import { NPM_ADVISORIES, RECORDS } from './records.js'

let server: OsvServer
beforeAll(async () => {
  server = await new OsvServer({ records: RECORDS, npmAdvisories: NPM_ADVISORIES }).start()
})
afterAll(() => server.stop())

const run = async (dir: string, values: Record<string, string> = {}, failOn = 'high', extra = {}) =>
  definition.run(inputs({ 'osv-url': server.url, ...values }), context(dir, failOn, extra))

const byId = (findings: Array<Record<string, unknown>>, id: string) => findings.find(f => f.id === id)

describe('audit against an OSV server', () => {
  let dir: string
  beforeAll(() => {
    dir = auditProject()
  })

  test('fails on high by default and reports each vulnerability with the contract fields', async () => {
    const result = await run(dir)
    expect(result.status).toBe('fail')
    expect(result.failing).toBe(3)
    expect(result.summary).toMatch(/^3 vulnerabilities at or above high in 5 packages/)
    expect(byId(result.findings, 'GHSA-p6mc-m468-83gw')).toMatchObject({
      ruleId: 'GHSA-p6mc-m468-83gw',
      ecosystem: 'npm',
      package: 'lodash',
      version: '4.17.15',
      aliases: ['CVE-2020-8203'],
      severity: 'high',
      score: 7.4,
      vector: 'CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:N/I:H/A:H',
      fixedIn: ['4.17.19'],
      file: 'package-lock.json',
      direct: true,
      dev: false,
      failing: true
    })
    expect(byId(result.findings, 'GHSA-p6mc-m468-83gw')?.line).toBeGreaterThan(1)
  })

  test('scores a CVSS v4 vector ahead of the v3 one', async () => {
    const django = byId((await run(dir)).findings, 'GHSA-2gwj-7jmv-h26r')
    expect(django).toMatchObject({
      severity: 'critical',
      score: 9.3,
      fixedIn: ['4.2.17'],
      file: 'requirements.txt',
      line: 2
    })
  })

  test('merges a PYSEC record and the GHSA it aliases into one finding listing all ids', async () => {
    const result = await run(dir)
    const jinja = result.findings.filter(f => f.package === 'jinja2')
    expect(jinja.map(f => f.id).sort()).toEqual(['GHSA-h5c8-rqwp-cp95', 'GHSA-h75v-3vvj-5mfj'])
    expect(byId(result.findings, 'GHSA-h5c8-rqwp-cp95')).toMatchObject({
      aliases: ['CVE-2024-22195', 'PYSEC-2024-38'],
      severity: 'moderate',
      score: 5.4
    })
  })

  test('falls back to database_specific.severity, then unknown, and leaves withdrawn records out', async () => {
    const result = await run(dir)
    expect(byId(result.findings, 'GHSA-low0-sev0-only')).toMatchObject({ severity: 'low', fixedIn: ['1.26.6'] })
    expect(byId(result.findings, 'PYSEC-2023-100')).toMatchObject({ severity: 'unknown', fixedIn: ['1.26.18'] })
    expect(byId(result.findings, 'GHSA-with-draw-n000')).toBeUndefined()
  })

  test('asks for each distinct advisory once and batches the packages in one request', async () => {
    const before = server.log.length
    const result = await run(dir)
    const requests = server.log.slice(before)
    expect(requests.filter(r => r.path === '/v1/querybatch')).toHaveLength(1)
    const gets = requests.filter(r => r.path.startsWith('/v1/vulns/')).map(r => r.path)
    expect(new Set(gets).size).toBe(gets.length)
    // the withdrawn record is fetched (its id came back) and then left out
    expect(gets).toHaveLength(11)
    expect(result.metrics.requests).toEqual({ osvBatch: 1, osvVulns: 11, npm: 0 })
  })

  test('queries PyPI names normalised per PEP 503', async () => {
    const before = server.log.length
    await run(dir)
    const batch = server.log.slice(before).find(r => r.path === '/v1/querybatch')?.body as {
      queries: Array<{ package: { name: string; ecosystem: string } }>
    }
    expect(batch.queries.map(q => `${q.package.ecosystem}:${q.package.name}`)).toContain('PyPI:django')
  })

  test('summarises with the best upgrade, a table and the not auditable requirement', async () => {
    const result = await run(dir)
    const text = JSON.stringify(result.sections)
    expect(text).toContain('"lodash"')
    expect(text).toMatch(/from 4\.17\.15 to .*"4\.17\.21".*fixes 3/)
    expect(text).toContain('requests >=2.31')
    expect(result.outputs?.vulnerabilities).toBe(
      JSON.stringify({ critical: 1, high: 2, moderate: 4, low: 1, unknown: 1 })
    )
  })

  test('writes SARIF with the lockfile line as the location', async () => {
    const result = await run(dir)
    const run0 = (result.sarif?.runs[0] ?? {}) as { results: Array<Record<string, unknown>> }
    const django = run0.results.find(r => r.ruleId === 'GHSA-2gwj-7jmv-h26r') as {
      locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }>
    }
    expect(django.locations[0]?.physicalLocation.artifactLocation.uri).toBe('requirements.txt')
    expect(django.locations[0]?.physicalLocation.region.startLine).toBe(2)
  })

  test.each([
    ['critical', 'fail', 1],
    ['high', 'fail', 3],
    ['moderate', 'fail', 8],
    ['low', 'fail', 9],
    ['any', 'fail', 9],
    ['never', 'fail', 3]
  ])('fail-on %s gives %s with %i failing', async (failOn, status, failing) => {
    const result = await run(dir, {}, failOn)
    expect(result.status).toBe(status)
    expect(result.failing).toBe(failing)
  })

  test('gates unknown severity as moderate unless unknown-severity says otherwise', async () => {
    const unknownFails = (r: Awaited<ReturnType<typeof run>>) => byId(r.findings, 'PYSEC-2023-100')?.failing
    expect(unknownFails(await run(dir, {}, 'moderate'))).toBe(true)
    expect(unknownFails(await run(dir, { 'unknown-severity': 'low' }, 'moderate'))).toBe(false)
    expect(unknownFails(await run(dir, { 'unknown-severity': 'critical' }, 'critical'))).toBe(true)
  })

  test('audits dev dependencies flagged as dev, and leaves them out with include-dev false', async () => {
    expect(byId((await run(dir)).findings, 'GHSA-vh95-rmgr-6w4m')).toMatchObject({ package: 'minimist', dev: true })
    expect(byId((await run(dir, { 'include-dev': 'false' })).findings, 'GHSA-vh95-rmgr-6w4m')).toBeUndefined()
  })

  test('passes with fail-on critical once the critical package is excluded through files', async () => {
    const result = await run(dir, { files: 'package-lock.json' }, 'critical')
    expect(result.status).toBe('pass')
    expect(result.summary).toMatch(/^4 vulnerabilities below critical/)
  })

  test('reads the npm registry bulk advisories and merges them with OSV by GHSA id', async () => {
    const before = server.log.length
    const result = await run(dir, { sources: 'osv, npm', 'npm-registry-url': server.url })
    const bulk = server.log.slice(before).find(r => r.path === '/-/npm/v1/security/advisories/bulk')
    expect(bulk?.body).toEqual({ lodash: ['4.17.15'], minimist: ['1.2.0'] })
    expect(byId(result.findings, 'GHSA-p6mc-m468-83gw')?.sources).toEqual(['osv', 'npm'])
    // minimist 1.2.0 is outside <0.2.4: not reported
    expect(byId(result.findings, 'GHSA-xvch-5gv4-984h')).toBeUndefined()
  })

  test('fails on a denied license and lists unknown ones without failing', async () => {
    const result = await run(dir, { 'deny-licenses': 'MIT', files: 'package-lock.json' }, 'critical')
    expect(result.status).toBe('fail')
    expect(
      result.findings
        .filter(f => f.ruleId === 'denied-license')
        .map(f => f.package)
        .sort()
    ).toEqual(['lodash', 'minimist'])
    expect((await run(dir, { 'deny-licenses': 'GPL-3.0-only', files: 'package-lock.json' }, 'critical')).status).toBe(
      'pass'
    )
  })

  test('keeps fetched records in the cache and reads them back on the next run', async () => {
    const cacheRoot = mkdtempSync(join(tmpdir(), 'ci-suite-cache-'))
    const tempDir = mkdtempSync(join(mkdtempSync(join(tmpdir(), 'ci-suite-runner-')), 'audit-'))
    const first = await definition.run(
      inputs({ 'osv-url': server.url }),
      context(dir, 'high', { cache: folderCache(cacheRoot), tempDir })
    )
    expect(first.metrics.requests).toMatchObject({ osvVulns: 11 })
    const tempDir2 = mkdtempSync(join(mkdtempSync(join(tmpdir(), 'ci-suite-runner-')), 'audit-'))
    const second = await definition.run(
      inputs({ 'osv-url': server.url }),
      context(dir, 'high', { cache: folderCache(cacheRoot), tempDir: tempDir2 })
    )
    expect(second.metrics.requests).toMatchObject({ osvBatch: 1, osvVulns: 0 })
    expect(second.metrics.cacheHits).toBe(11)
    expect(second.failing).toBe(first.failing)
  })
})

describe('licenses from the same sources as the sbom action', () => {
  let dir: string
  beforeAll(() => {
    // npm writes a v1 lockfile (no license fields) and installs node_modules, as a job's npm ci does
    dir = npmLockedProject(
      { name: 'old-app', version: '1.0.0', dependencies: { 'left-pad': '1.3.0', debug: '4.3.4' } },
      { lockfileVersion: 1, install: true }
    )
  })

  test('deny-licenses fails on a license only node_modules names', async () => {
    const result = await run(dir, { 'deny-licenses': 'WTFPL' })
    expect(result.status).toBe('fail')
    expect(result.findings.filter(f => f.ruleId === 'denied-license')).toEqual([
      expect.objectContaining({ package: 'left-pad', version: '1.3.0', failing: true })
    ])
    expect(result.reportFields).not.toHaveProperty('unknownLicenses')
  })

  test('without node_modules the licenses are unknown: listed, never failed on', async () => {
    const bare = mkdtempSync(join(tmpdir(), 'ci-suite-audit-bare-'))
    cpSync(join(dir, 'package.json'), join(bare, 'package.json'))
    cpSync(join(dir, 'package-lock.json'), join(bare, 'package-lock.json'))
    const result = await run(bare, { 'deny-licenses': 'WTFPL' })
    expect(result.status).toBe('pass')
    expect(result.reportFields?.unknownLicenses).toEqual([
      'debug@4.3.4 (package-lock.json)',
      'left-pad@1.3.0 (package-lock.json)',
      'ms@2.1.2 (package-lock.json)'
    ])
    expect(renderMarkdown(result.sections ?? []).markdown).toContain(
      '3 packages with no known license (never failed on)'
    )
  })
})

describe('local packages', () => {
  test('workspace members and file: folders are not queried and are listed as not auditable: local package', async () => {
    const dir = npmLockedProject(
      {
        name: 'mono',
        version: '1.0.0',
        private: true,
        workspaces: ['packages/*'],
        dependencies: { tools: 'file:./vendor/tools' }
      },
      {
        workspaces: {
          'packages/web': { name: '@mono/web', version: '1.0.0', dependencies: { lodash: '4.17.15' } },
          'vendor/tools': { name: 'tools', version: '0.0.1' }
        }
      }
    )
    const before = server.log.length
    const result = await run(dir, { 'deny-licenses': 'GPL-3.0-only' })
    const batch = server.log.slice(before).find(r => r.path === '/v1/querybatch')?.body as {
      queries: Array<{ package: { name: string } }>
    }
    expect(batch.queries.map(q => q.package.name)).toEqual(['lodash'])
    expect(byId(result.findings, 'GHSA-p6mc-m468-83gw')).toMatchObject({ package: 'lodash', failing: true })
    expect(result.metrics.notAuditable).toBe(2)
    expect(result.reportFields?.notAuditable).toEqual([
      expect.objectContaining({
        name: '@mono/web',
        spec: '@1.0.0',
        file: 'package-lock.json',
        reason: 'local package (a workspace member): in no advisory database'
      }),
      expect.objectContaining({ name: 'tools', reason: 'local package (a file: dependency): in no advisory database' })
    ])
    const markdown = renderMarkdown(result.sections ?? []).markdown
    expect(markdown).toContain('2 not auditable')
    expect(markdown).toContain('| @​mono/web@​1.0.0 | package-lock.json:')
    expect(JSON.stringify(result.sections)).toContain('local package (a workspace member): in no advisory database')
    expect(JSON.stringify(result.sections)).toContain('via @mono/web')
    // the project's own packages are not third-party: no license verdict, not even "unknown"
    expect(result.reportFields).not.toHaveProperty('unknownLicenses')
  })
})

describe('ignore files', () => {
  test('an entry ignores an advisory by alias, only for its package, until it expires', async () => {
    const dir = auditProject({
      '.ci-suite/audit-ignore.yml': [
        'ignore:',
        '  - id: CVE-2020-8203',
        '    package: lodash',
        '    reason: not reachable in our deployment',
        '    expires: 2999-12-31',
        '  - id: GHSA-35jh-r3h4-6jhm',
        '    reason: only in a build script',
        '    expires: 2020-01-01',
        '  - id: GHSA-2gwj-7jmv-h26r',
        '    package: not-django',
        '    reason: wrong package',
        ''
      ].join('\n')
    })
    const result = await run(dir)
    expect(byId(result.findings, 'GHSA-p6mc-m468-83gw')).toMatchObject({
      failing: false,
      ignored: { reason: 'not reachable in our deployment' }
    })
    expect(byId(result.findings, 'GHSA-35jh-r3h4-6jhm')).toMatchObject({ failing: true })
    expect(byId(result.findings, 'GHSA-2gwj-7jmv-h26r')).toMatchObject({ failing: true })
    expect(result.failing).toBe(2)
    expect(JSON.stringify(result.sections)).toContain(
      'GHSA-35jh-r3h4-6jhm expired 2020-01-01 in .ci-suite/audit-ignore.yml:6'
    )
  })

  test('an entry without a reason is a configuration error naming it', async () => {
    const dir = auditProject({ '.ci-suite/audit-ignore.yml': 'ignore:\n  - id: GHSA-p6mc-m468-83gw\n' })
    await expect(run(dir)).rejects.toThrow(ConfigurationError)
    await expect(run(dir)).rejects.toThrow(
      '.ci-suite/audit-ignore.yml:2 (entry 1, GHSA-p6mc-m468-83gw): a reason is required'
    )
  })

  test("osv-scanner.toml's IgnoredVulns ignore too, with ignoreUntil", async () => {
    const dir = auditProject({
      'osv-scanner.toml':
        '[[IgnoredVulns]]\nid = "GHSA-2gwj-7jmv-h26r"\nignoreUntil = 2999-01-01\nreason = "patched in our fork"\n'
    })
    const result = await run(dir, {}, 'critical')
    expect(result.status).toBe('pass')
    expect(byId(result.findings, 'GHSA-2gwj-7jmv-h26r')).toMatchObject({
      ignored: { reason: 'patched in our fork', source: 'osv-scanner.toml' }
    })
  })
})

describe('outages never pass', () => {
  test.each([
    ['500 forever on querybatch', { failAlways: { path: '/v1/querybatch', status: 500 } }, /could not|HTTP 500/],
    ['500 forever on vulns', { failAlways: { path: '/v1/vulns', status: 500 } }, /HTTP 500/],
    ['a body that is not JSON', { malformed: { path: '/v1/querybatch' } }, /not JSON/]
  ])('%s is status error saying the packages were not audited', async (_name, faults, message) => {
    const broken = await new OsvServer({ records: RECORDS, ...faults }).start()
    try {
      const dir = auditProject({}, { npm: false })
      const result = await definition.run(inputs({ 'osv-url': broken.url }), context(dir))
      expect(result.status).toBe('error')
      expect(result.summary).toMatch(message)
      expect(result.summary).toMatch(/3 packages were NOT audited \(an outage is not a pass\)/)
      expect(result.failing).toBe(0)
    } finally {
      await broken.stop()
    }
  })

  test('an unreachable server is status error too', async () => {
    const dir = auditProject({}, { npm: false })
    const result = await definition.run(inputs({ 'osv-url': 'http://127.0.0.1:9' }), context(dir))
    expect(result.status).toBe('error')
    expect(result.summary).toMatch(/could not be reached after 4 attempts/)
  })

  test('429 then success retries and audits normally', async () => {
    const flaky = await new OsvServer({
      records: RECORDS,
      failFirst: { path: '/v1/querybatch', times: 2, status: 429 }
    }).start()
    try {
      const dir = auditProject({}, { npm: false })
      const result = await definition.run(inputs({ 'osv-url': flaky.url }), context(dir))
      expect(result.status).toBe('fail')
      expect(flaky.count('/v1/querybatch')).toBe(3)
    } finally {
      await flaky.stop()
    }
  })

  test('the npm registry answering 405 is an error, not a pass', async () => {
    const dir = auditProject({}, { requirements: false })
    const result = await run(dir, { sources: 'npm', 'npm-registry-url': `${server.url}/nowhere` })
    expect(result.status).toBe('error')
    expect(result.summary).toMatch(/npm registry/)
  })
})

describe('pagination and batching', () => {
  test('follows next_page_token for only the queries that carry one', async () => {
    const paged = await new OsvServer({ records: RECORDS, pageSize: 1 }).start()
    try {
      const dir = auditProject({}, { npm: false })
      const result = await definition.run(inputs({ 'osv-url': paged.url }), context(dir, 'any'))
      expect(result.findings.map(f => f.id).sort()).toEqual([
        'GHSA-2gwj-7jmv-h26r',
        'GHSA-h5c8-rqwp-cp95',
        'GHSA-h75v-3vvj-5mfj',
        'GHSA-low0-sev0-only',
        'PYSEC-2023-100'
      ])
      const batches = paged.log
        .filter(r => r.path === '/v1/querybatch')
        .map(r => (r.body as { queries: unknown[] }).queries)
      // jinja2 and urllib3 have three records each: two more pages; django's one fits the first
      expect(batches.map(b => b.length)).toEqual([3, 2, 2])
      expect(batches[1]).toEqual(expect.arrayContaining([expect.objectContaining({ page_token: '1' })]))
    } finally {
      await paged.stop()
    }
  })

  test('sends at most 1000 queries per batch request', async () => {
    const lines = Array.from({ length: 2345 }, (_, i) => `pkg-${i}==1.0.${i}`)
    const dir = auditProject({ 'requirements.txt': lines.join('\n') }, { npm: false })
    const before = server.log.length
    const result = await run(dir)
    const batches = server.log
      .slice(before)
      .filter(r => r.path === '/v1/querybatch')
      .map(r => (r.body as { queries: unknown[] }).queries.length)
    expect(batches).toEqual([1000, 1000, 345])
    expect(result.status).toBe('pass')
    expect(result.summary).toBe('no vulnerabilities in 2345 packages from 1 lockfile')
  })
})

describe('scope new on a pull request', () => {
  test('fails only on what the pull request brings in and lists the rest as already there', async () => {
    const dir = auditProject({ 'requirements.txt': 'jinja2==3.1.2\n' }, { npm: false })
    git(dir, 'init', '-q', '-b', 'main')
    git(dir, 'add', '.')
    git(dir, 'commit', '-q', '-m', 'base')
    const baseSha = git(dir, 'rev-parse', 'HEAD')
    const { writeFileSync } = await import('node:fs')
    writeFileSync(join(dir, 'requirements.txt'), 'jinja2==3.1.2\nDjango==4.2.1\n')
    git(dir, 'commit', '-q', '-am', 'add django')
    const headSha = git(dir, 'rev-parse', 'HEAD')
    const payload = {
      pull_request: { number: 1, base: { sha: baseSha, ref: 'main' }, head: { sha: headSha, ref: 'feature' } }
    }
    const env = { GITHUB_EVENT_NAME: 'pull_request', GITHUB_REPOSITORY: 'octo/demo', GITHUB_SHA: headSha }
    const { parseEventContext } = await import('@ci-suite/core')
    const result = await definition.run(
      inputs({ 'osv-url': server.url }),
      context(dir, 'moderate', { event: parseEventContext(env, payload) })
    )
    expect(result.metrics.scope).toBe('new')
    expect(result.findings.filter(f => f.failing).map(f => f.id)).toEqual(['GHSA-2gwj-7jmv-h26r'])
    expect(
      result.findings
        .filter(f => f.preExisting)
        .map(f => f.id)
        .sort()
    ).toEqual(['GHSA-h5c8-rqwp-cp95', 'GHSA-h75v-3vvj-5mfj'])
    expect(JSON.stringify(result.sections)).toContain('2 already on the base branch')

    const all = await definition.run(
      inputs({ 'osv-url': server.url, scope: 'all' }),
      context(dir, 'moderate', { event: parseEventContext(env, payload) })
    )
    expect(all.failing).toBe(3)
  })
})

describe('python-environment', () => {
  test('audits what pip list says is installed', async () => {
    const dir = auditProject({}, { npm: false, requirements: false })
    const before = server.log.length
    const result = await run(dir, { 'python-environment': 'true', python: 'python3' })
    const batch = server.log.slice(before).find(r => r.path === '/v1/querybatch')?.body as {
      queries: Array<{ package: { name: string } }>
    }
    expect(batch.queries.map(q => q.package.name)).toContain('pip')
    expect(result.status).not.toBe('error')
    expect(result.metrics.packages).toBeGreaterThan(0)
  })

  test('a missing interpreter is a configuration error', async () => {
    const dir = auditProject({}, { npm: false, requirements: false })
    await expect(run(dir, { 'python-environment': 'true', python: 'no-such-python-3' })).rejects.toThrow(
      /no-such-python-3 was not found/
    )
  })
})

describe('nothing to audit', () => {
  test('a folder without lockfiles passes and says so', async () => {
    const dir = auditProject({}, { npm: false, requirements: false })
    const ctx = context(dir)
    const result = await definition.run(inputs({ 'osv-url': server.url }), ctx)
    expect(result.status).toBe('pass')
    expect(result.summary).toBe('no lockfiles found under .: nothing to audit (the files input names them explicitly)')
    expect(ctx.logger.warnings()).toEqual(['audit: no lockfiles found: nothing was audited'])
  })

  test('files takes globs as sbom’s does: only the lockfiles they match are audited', async () => {
    // the same vulnerable requirements at the top and in a service: only the service's are named by the glob
    const dir = auditProject({ 'services/api/requirements.txt': REQUIREMENTS }, { npm: false })
    const result = await run(dir, { files: 'services/*/requirements.txt' })
    expect(result.findings.length).toBeGreaterThan(0)
    expect(new Set(result.findings.map(f => f.file))).toEqual(new Set(['services/api/requirements.txt']))
  })

  test('a files entry that does not exist is a configuration error', async () => {
    const dir = auditProject({}, { npm: false })
    await expect(run(dir, { files: 'requirements.txt, poetry.lock' })).rejects.toThrow(
      'files: poetry.lock does not exist in .'
    )
  })

  test('a malformed lockfile is a configuration error naming it', async () => {
    const dir = auditProject({ 'Cargo.lock': '[[package]\n' }, { npm: false })
    await expect(run(dir)).rejects.toThrow(/^Cargo\.lock(:\d+)?: not valid TOML/)
  })

  test('a malformed lockfile discovery found says how to leave it out; named in files, it does not', async () => {
    const dir = auditProject({ 'tests/fixtures/broken/Cargo.lock': '[[package]\n' }, { npm: false })
    await expect(run(dir)).rejects.toThrow(
      /^tests\/fixtures\/broken\/Cargo\.lock(:\d+)?: not valid TOML.*leave it out with the input exclude: tests\/fixtures\/broken\/\*\*$/
    )
    await expect(run(dir, { files: 'tests/fixtures/broken/Cargo.lock' })).rejects.toThrow(/not valid TOML[^.]*$/)
    const result = await run(dir, { exclude: 'tests/fixtures/broken/**' }, 'critical')
    expect(result.status).not.toBe('error')
  })
})

describe('other ecosystems', () => {
  test('queries Go modules by module path with a bare semver version, and Cargo crates by name', async () => {
    const dir = auditProject(
      {
        'go.mod': 'module example.com/app\n\ngo 1.22\n\nrequire golang.org/x/net v0.17.0\n',
        'Cargo.lock':
          'version = 3\n\n[[package]]\nname = "app"\nversion = "0.1.0"\ndependencies = ["smallvec"]\n\n[[package]]\nname = "smallvec"\nversion = "1.6.0"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\n'
      },
      { npm: false, requirements: false }
    )
    const before = server.log.length
    await run(dir)
    const batch = server.log.slice(before).find(r => r.path === '/v1/querybatch')?.body as { queries: unknown[] }
    expect(batch.queries).toEqual([
      { package: { ecosystem: 'crates.io', name: 'smallvec' }, version: '1.6.0' },
      { package: { ecosystem: 'Go', name: 'golang.org/x/net' }, version: '0.17.0' }
    ])
  })
})
