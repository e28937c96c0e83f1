import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  ConfigurationError,
  InputReader,
  MemoryLogger,
  mapInputSource,
  renderMarkdown,
  renderText,
  type ActionContext,
  type CacheStore
} from '@ci-suite/core'
import { definition, type CoverageInputs } from '@ci-suite/coverage'
import { createGitHubApi } from '@ci-suite/runtime'
import { testContext } from '../helpers/action-context.js'
import { PYTHON_PROJECT, commitAll, coveragePy, gitProject, run, write } from './real-tools.js'
import { fakeGitHub, folderCache, unavailableCache } from './services.js'

const inputs = (values: Record<string, string> = {}): CoverageInputs =>
  definition.readInputs(new InputReader(mapInputSource(values)))

/** A Python repository whose head commit adds a function no test calls and changes a covered line. */
function pullRequestProject() {
  const dir = gitProject('pr', PYTHON_PROJECT)
  const base = run('git', ['rev-parse', 'HEAD'], dir).trim()
  const calc = readFileSync(join(dir, 'pkg/calc.py'), 'utf8')
    .replace('return "negative"', 'return "negative!"')
    .concat(['', '', 'def untested(a, b):', '    c = a + b', '    d = c * 2', '    return d', ''].join('\n'))
  writeFileSync(join(dir, 'pkg/calc.py'), calc)
  writeFileSync(
    join(dir, 'tests/test_calc.py'),
    readFileSync(join(dir, 'tests/test_calc.py'), 'utf8').replace('"negative"', '"negative!"')
  )
  const head = commitAll(dir, 'feature')
  const printed = coveragePy(dir)
  return { dir, base, head, printed }
}

function prContext(dir: string, base: string, head: string, extra: Partial<ActionContext> = {}) {
  return testContext('coverage-gate', {
    workingDirectory: dir,
    repoRoot: dir,
    env: {
      GITHUB_REPOSITORY: 'octo/demo',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_SHA: head,
      GITHUB_REF: 'refs/pull/7/merge'
    },
    payload: {
      number: 7,
      pull_request: {
        number: 7,
        base: { sha: base, ref: 'main', repo: { full_name: 'octo/demo' } },
        head: { sha: head, ref: 'feature', repo: { full_name: 'octo/demo' } }
      },
      repository: { default_branch: 'main', full_name: 'octo/demo' }
    },
    ...extra
  })
}

function pushContext(dir: string, sha: string, cache: CacheStore) {
  return testContext('coverage-gate', {
    workingDirectory: dir,
    repoRoot: dir,
    cache,
    env: { GITHUB_REPOSITORY: 'octo/demo', GITHUB_EVENT_NAME: 'push', GITHUB_SHA: sha, GITHUB_REF: 'refs/heads/main' },
    payload: { before: '0'.repeat(40), after: sha, created: true, repository: { default_branch: 'main' } }
  })
}

describe('a pull request measured with coverage.py', () => {
  let project: ReturnType<typeof pullRequestProject>
  beforeAll(() => {
    project = pullRequestProject()
  })

  test('reports the headline as coverage.py prints it and the uncovered changed lines as one finding per range', async () => {
    const { dir, base, head, printed } = project
    const result = await definition.run(
      inputs({ files: 'coverage.xml', 'min-coverage': '10' }),
      prContext(dir, base, head)
    )
    expect(result.outputs?.coverage).toBe(printed.cover)
    expect(result.findings.map(f => [f.file, f.line, f.endLine])).toEqual([['pkg/calc.py', 18, 20]])
    // lines 3 and 17 (the def runs on import) are covered, 18-20 are not: 2 of 5
    expect(result.outputs?.['patch-coverage']).toBe('40.00')
    expect(result.status).toBe('pass')
    expect(result.failing).toBe(0)
    expect(result.annotations?.[0]).toMatchObject({ level: 'warning', file: 'pkg/calc.py', line: 18, endLine: 20 })
    expect(result.metrics.lines).toMatchObject({
      total: printed.statements,
      covered: printed.statements - printed.missing
    })
  })

  test('fails on min-patch-coverage, and the findings then count against the gate', async () => {
    const { dir, base, head } = project
    const result = await definition.run(
      inputs({ files: 'coverage.xml', 'min-coverage': '10', 'min-patch-coverage': '50' }),
      prContext(dir, base, head)
    )
    expect(result.status).toBe('fail')
    expect(result.failing).toBe(1)
    expect(result.summary).toContain('patch coverage 40.00% is below the minimum 50%')
    expect(result.annotations?.[0].level).toBe('error')
  })

  test.each([
    [{ 'min-coverage': '99' }, 'fail', /coverage \d+\.\d\d% is below the minimum 99%/],
    [{ 'min-coverage': '10', 'min-branch-coverage': '90' }, 'fail', /branch coverage .* below the minimum 90%/],
    [{ 'min-coverage': '10', 'min-file-coverage': '75' }, 'fail', /file\(s\) below 75% \(first: pkg\/calc\.py\)/],
    [{ 'min-coverage': '10', 'min-file-coverage': '1', 'min-branch-coverage': '1' }, 'pass', /every gate passes/]
  ])('gates %j → %s', async (values, status, summary) => {
    const { dir, base, head } = project
    const result = await definition.run(inputs({ files: 'coverage.xml', ...values }), prContext(dir, base, head))
    expect(result.status).toBe(status)
    expect(result.summary).toMatch(summary)
  })

  test('the summary has the headline, the gate table, the uncovered files first and the full table collapsed', async () => {
    const { dir, base, head } = project
    const result = await definition.run(
      inputs({ files: 'coverage.xml, coverage.json', 'min-patch-coverage': '50' }),
      prContext(dir, base, head)
    )
    const markdown = renderMarkdown(result.sections ?? []).markdown
    const order = ['statements + branches', '| Gate |', 'Changed lines not covered by tests', '<details>']
    const at = order.map(s => markdown.indexOf(s))
    expect(at.every(i => i >= 0)).toBe(true)
    expect([...at].sort((a, b) => a - b)).toEqual(at)
    expect(markdown).toContain(`https://github.com/octo/demo/blob/${head}/pkg/calc.py#L18-L20`)
    expect(renderText(result.sections ?? [])).toContain('█')
  })

  test('writes an SVG badge with the headline', async () => {
    const { dir, base, head, printed } = project
    await definition.run(inputs({ files: 'coverage.xml', badge: 'badges/coverage.svg' }), prContext(dir, base, head))
    const svg = readFileSync(join(dir, 'badges/coverage.svg'), 'utf8')
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/)
    expect(svg).toContain(`${printed.cover}%`)
  })
})

describe('a missing, empty or foreign report is an error, never a pass', () => {
  let dir: string
  beforeAll(() => {
    dir = gitProject('errors', { 'src/a.py': 'x = 1\n', 'README.md': 'demo\n' })
    write(dir, {
      'empty.xml': '',
      'foreign.info': 'SF:/opt/elsewhere/lib.c\nDA:1,1\nend_of_record\n',
      'zero.info': 'SF:src/a.py\nend_of_record\n',
      'nofiles.xml': '<?xml version="1.0"?><coverage version="7.0" lines-valid="0"><sources/><packages/></coverage>'
    })
  })

  test.each([
    [{ files: 'missing.xml' }, /files names missing\.xml, which does not exist/],
    [{ files: 'reports/*.xml' }, /matched no file/],
    [{ files: 'empty.xml' }, /^empty\.xml: is empty/],
    [
      { files: 'foreign.info' },
      /none of the 1 file\(s\) in the coverage report\(s\) is in the repository \(first: \/opt\/elsewhere\/lib\.c\)/
    ],
    [{ files: 'zero.info' }, /measure 0 lines/],
    [{ files: 'nofiles.xml' }, /measures no files/]
  ])('%j', async (values, message) => {
    const context = testContext('coverage-gate', { workingDirectory: dir, repoRoot: dir })
    const error = await definition.run(inputs(values), context).then(
      () => undefined,
      (e: unknown) => e
    )
    expect(error).toBeInstanceOf(ConfigurationError)
    expect((error as Error).message).toMatch(message)
    expect((error as Error).message).not.toContain('\n')
  })

  test('auto-discovery that finds nothing is an error', async () => {
    const bare = gitProject('bare', { 'src/a.py': 'x = 1\n' })
    await expect(
      definition.run(inputs(), testContext('coverage-gate', { workingDirectory: bare, repoRoot: bare }))
    ).rejects.toThrow(/no coverage report found/)
  })

  test('files that do not map are listed, the rest still counts', async () => {
    write(dir, { 'mixed.info': 'SF:src/a.py\nDA:1,1\nend_of_record\nSF:/opt/elsewhere/lib.c\nDA:1,0\nend_of_record\n' })
    const result = await definition.run(
      inputs({ files: 'mixed.info' }),
      testContext('coverage-gate', { workingDirectory: dir, repoRoot: dir })
    )
    expect(result.outputs?.coverage).toBe('100.00')
    expect(result.metrics.unmappedFiles).toEqual([{ report: 'mixed.info', path: '/opt/elsewhere/lib.c' }])
    expect(renderMarkdown(result.sections ?? []).markdown).toContain('1 reported file is not in the repository')
  })

  test('a reported file the checkout has but git ignores (build output) is listed as ignored, with how to leave it out', async () => {
    write(dir, {
      '.gitignore': 'build/\n',
      'build/gen/version.c': 'int v(void) { return 1; }\n',
      'with-build.info': 'SF:src/a.py\nDA:1,1\nend_of_record\nSF:build/gen/version.c\nDA:1,0\nend_of_record\n'
    })
    const result = await definition.run(
      inputs({ files: 'with-build.info' }),
      testContext('coverage-gate', { workingDirectory: dir, repoRoot: dir })
    )
    expect(result.outputs?.coverage).toBe('100.00')
    expect(result.metrics.unmappedFiles).toEqual([
      { report: 'with-build.info', path: 'build/gen/version.c', ignored: true }
    ])
    expect(result.counts).toContainEqual(['files git ignores', 1])
    const markdown = renderMarkdown(result.sections ?? []).markdown
    expect(markdown).toContain('1 reported file is ignored by git')
    expect(markdown).toContain('gcovr `--exclude`')
    expect(markdown).not.toContain('not in the repository')
  })
})

describe('the ratchet against the base branch', () => {
  test('a push to the default branch stores the baseline, a pull request compares with it and max-decrease gates the drop', async () => {
    const { dir, base, head } = pullRequestProject()
    const cache = folderCache()
    const runnerTemp = join(dir, '.runner-temp')
    // the base commit's totals, as a push to main would have measured them
    run('git', ['stash', '-u'], dir)
    run('git', ['checkout', '-q', base], dir)
    const basePrinted = coveragePy(dir)
    const push = pushContext(dir, base, cache)
    push.env.RUNNER_TEMP = runnerTemp
    const pushed = await definition.run(inputs({ files: 'coverage.xml', 'min-coverage': '10' }), push)
    expect(pushed.outputs?.delta).toBe('')
    expect(cache.keys()).toEqual([`ci-suite-coverage-default-main-${base}`])

    run('git', ['checkout', '-q', head], dir)
    const headPrinted = coveragePy(dir)
    const pr = prContext(dir, base, head, { cache })
    pr.env.RUNNER_TEMP = join(dir, '.runner-temp-2')
    const result = await definition.run(
      inputs({ files: 'coverage.xml', 'min-coverage': '10', 'max-decrease': '1' }),
      pr
    )
    const expected = (Number(headPrinted.cover) - Number(basePrinted.cover)).toFixed(2)
    expect(result.outputs?.delta).toBe(expected.startsWith('-') ? expected : `+${expected}`)
    expect(Number(expected)).toBeLessThan(-1)
    expect(result.status).toBe('fail')
    expect(result.summary).toMatch(/coverage fell by .* more than max-decrease 1/)
  })

  test('when the base commit has no baseline, the newest one stored for the branch is used', async () => {
    const { dir, base, head } = pullRequestProject()
    const cache = folderCache()
    // main moved on: only a later commit of main stored a baseline, none exists for the pull request's base commit
    const push = pushContext(dir, head, cache)
    push.env.RUNNER_TEMP = join(dir, '.runner-temp')
    await definition.run(inputs({ files: 'coverage.xml', 'min-coverage': '10' }), push)
    expect(cache.keys()).toEqual([`ci-suite-coverage-default-main-${head}`])
    const pr = prContext(dir, base, head, { cache })
    pr.env.RUNNER_TEMP = join(dir, '.runner-temp-2')
    const result = await definition.run(
      inputs({ files: 'coverage.xml', 'min-coverage': '10', 'max-decrease': '0' }),
      pr
    )
    expect(result.outputs?.delta).toBe('+0.00')
    expect(result.status).toBe('pass')
    expect(renderText(result.sections ?? [])).toContain(`baseline from main at ${head.slice(0, 7)}`)
  })

  test('without a baseline it says so and does not fail', async () => {
    const { dir, base, head } = pullRequestProject()
    const result = await definition.run(
      inputs({ files: 'coverage.xml', 'min-coverage': '10', 'max-decrease': '0' }),
      prContext(dir, base, head, { cache: folderCache() })
    )
    expect(result.status).toBe('pass')
    expect(result.outputs?.delta).toBe('')
    expect(renderText(result.sections ?? [])).toContain('no baseline yet for main')
  })

  test('an unreachable cache service warns and carries on', async () => {
    const { dir, base, head } = pullRequestProject()
    const context = prContext(dir, base, head, { cache: unavailableCache })
    const result = await definition.run(inputs({ files: 'coverage.xml', 'min-coverage': '10' }), context)
    expect(result.status).toBe('pass')
    expect((context.logger as MemoryLogger).warnings().join('\n')).toContain('cache service is not available')
  })
})

describe('the sticky pull request comment, against the GitHub REST API on 127.0.0.1', () => {
  const token = ['ghs', '_', 'c'.repeat(36)].join('')
  let project: ReturnType<typeof pullRequestProject>
  let github: Awaited<ReturnType<typeof fakeGitHub>>
  let forbidden: Awaited<ReturnType<typeof fakeGitHub>>
  beforeAll(async () => {
    project = pullRequestProject()
    github = await fakeGitHub({ token })
    forbidden = await fakeGitHub({ token, forbidden: true })
  })
  afterAll(async () => {
    await github.close()
    await forbidden.close()
  })

  test('is created once and then updated in place, found by its marker', async () => {
    const { dir, base, head } = project
    const api = createGitHubApi({ token, baseUrl: github.url, logger: new MemoryLogger(), retries: 0 })
    await definition.run(
      inputs({ files: 'coverage.xml', flag: 'backend' }),
      prContext(dir, base, head, { github: api })
    )
    const second = await definition.run(
      inputs({ files: 'coverage.xml', flag: 'backend', 'min-coverage': '10' }),
      prContext(dir, base, head, { github: api })
    )
    const comments = github.comments.get(7) ?? []
    expect(comments).toHaveLength(1)
    expect(comments[0].body).toContain('<!-- ci-suite:coverage-gate:backend -->')
    expect(comments[0].body).toMatch(/Coverage .*backend/)
    expect(github.requests.filter(r => r.startsWith('PATCH'))).toHaveLength(1)
    expect(renderText(second.sections ?? [])).toContain('PR comment updated')
  })

  test('a token that cannot write skips the comment with a note and the gate carries on', async () => {
    const { dir, base, head } = project
    const api = createGitHubApi({ token, baseUrl: forbidden.url, logger: new MemoryLogger(), retries: 0 })
    const result = await definition.run(
      inputs({ files: 'coverage.xml', 'min-coverage': '10' }),
      prContext(dir, base, head, { github: api })
    )
    expect(result.status).toBe('pass')
    expect(renderText(result.sections ?? [])).toContain(
      'PR comment skipped: the token cannot write to pull request #7 (HTTP 403)'
    )
  })

  test('comment: never posts nothing', async () => {
    const { dir, base, head } = project
    const before = github.requests.length
    const api = createGitHubApi({ token, baseUrl: github.url, logger: new MemoryLogger(), retries: 0 })
    await definition.run(
      inputs({ files: 'coverage.xml', comment: 'never' }),
      prContext(dir, base, head, { github: api })
    )
    expect(github.requests.length).toBe(before)
  })

  test('carries the per-folder chart, with the folders coverage.py measured, when the report spans folders', async () => {
    const dir = gitProject('pr-chart', {
      ...PYTHON_PROJECT,
      'pkg/geo/__init__.py': '',
      'pkg/geo/dist.py': [
        'def manhattan(a, b):',
        '    return abs(a[0] - b[0]) + abs(a[1] - b[1])',
        '',
        '',
        'def unused():',
        '    return 0',
        ''
      ].join('\n'),
      'tests/test_geo.py': [
        'from pkg.geo.dist import manhattan',
        '',
        'def test_manhattan():',
        '    assert manhattan((0, 0), (1, 2)) == 3',
        ''
      ].join('\n')
    })
    const head = run('git', ['rev-parse', 'HEAD'], dir).trim()
    coveragePy(dir)
    // coverage.py's own per-file numbers, summed per folder with its rule (lines and branches together)
    const measured = JSON.parse(readFileSync(join(dir, 'coverage.json'), 'utf8')) as {
      files: Record<
        string,
        { summary: { covered_lines: number; num_statements: number; covered_branches: number; num_branches: number } }
      >
    }
    const folder = (path: string) => (path.startsWith('pkg/geo/') ? 'pkg/geo' : 'pkg')
    const sums = new Map<string, [number, number]>()
    for (const [path, { summary: f }] of Object.entries(measured.files)) {
      const sum = sums.get(folder(path)) ?? [0, 0]
      sums.set(folder(path), [
        sum[0] + f.covered_lines + f.covered_branches,
        sum[1] + f.num_statements + f.num_branches
      ])
    }
    const percent = ([covered, total]: [number, number]) => ((100 * covered) / total).toFixed(2)
    const server = await fakeGitHub({ token })
    try {
      const api = createGitHubApi({ token, baseUrl: server.url, logger: new MemoryLogger(), retries: 0 })
      await definition.run(
        inputs({ files: 'coverage.xml', 'min-coverage': '10' }),
        prContext(dir, head, head, { github: api })
      )
      const body = (server.comments.get(7) ?? [])[0]?.body ?? ''
      expect(body).toContain('```mermaid\nxychart-beta\n')
      expect(body).toContain('  x-axis ["pkg", "pkg/geo"]\n')
      expect(body).toContain(
        `  bar [${percent(sums.get('pkg') as [number, number])}, ${percent(sums.get('pkg/geo') as [number, number])}]\n`
      )
      expect(sums.get('pkg/geo')).toEqual([3, 4])
    } finally {
      await server.close()
    }
  })
})

describe('inputs', () => {
  test.each([
    [{ 'min-coverage': '120' }, 'min-coverage must be a number from 0 to 100; got "120"'],
    [{ comment: 'sometimes' }, 'comment must be one of auto, always, never; got "sometimes"'],
    [{ flag: 'back end' }, 'flag must be letters, digits, dots, dashes or underscores'],
    [{ 'max-decrease': '-1' }, 'max-decrease must be a number from 0 to 100; got "-1"']
  ])('%j is refused with a message naming the input', (values, message) => {
    expect(() => inputs(values)).toThrow(message)
  })

  test('action.yml declares exactly the inputs the parser reads, with the same defaults', () => {
    const yml = readFileSync(join(import.meta.dirname, '../../actions/coverage-gate/action.yml'), 'utf8')
    const section = yml.slice(yml.indexOf('\ninputs:'), yml.indexOf('\noutputs:'))
    const declared = new Map(
      [...section.matchAll(/^ {2}([a-z-]+):\n(?:(?: {4}.*|\s*)\n)*? {4}default: (.*)$/gm)].map(m => [
        m[1],
        m[2].replace(/^'(.*)'$/, '$1')
      ])
    )
    const reader = new InputReader(mapInputSource({}))
    const parsed = definition.readInputs(reader)
    const common = ['working-directory', 'base', 'head', 'report-path', 'fail-on', 'github-token']
    expect([...declared.keys()].sort()).toEqual([...reader.names, ...common].sort())
    expect(declared.get('min-coverage')).toBe(String(parsed.minCoverage))
    expect(declared.get('comment')).toBe(parsed.comment)
    expect(declared.get('fail-on')).toBe(definition.failOn.default)
    for (const name of [
      'files',
      'min-branch-coverage',
      'min-file-coverage',
      'min-patch-coverage',
      'max-decrease',
      'flag',
      'badge'
    ])
      expect(declared.get(name)).toBe('')
  })
})
