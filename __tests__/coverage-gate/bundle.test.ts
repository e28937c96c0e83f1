import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { runAction } from '../harness/run-action.js'
import { startFakeCacheService, type FakeCacheService } from '../helpers/fake-cache-service.js'
import { PYTHON_PROJECT, commitAll, coveragePy, gitProject, run } from './real-tools.js'

/** coverage-gate's bundle run as a runner runs it, on a repository whose pull request adds an untested function. */
function project() {
  const dir = gitProject('bundle', PYTHON_PROJECT)
  const base = run('git', ['rev-parse', 'HEAD'], dir).trim()
  writeFileSync(
    join(dir, 'pkg/calc.py'),
    readFileSync(join(dir, 'pkg/calc.py'), 'utf8') +
      '\n\ndef untested(a, b):\n    c = a + b\n    d = c * 2\n    return d\n'
  )
  const head = commitAll(dir, 'feature')
  return { dir, base, head }
}

const pullRequest = (base: string, head: string) => ({
  number: 3,
  pull_request: {
    number: 3,
    base: { sha: base, ref: 'main' },
    head: { sha: head, ref: 'feature', repo: { full_name: 'octo-org/demo' } }
  },
  repository: { default_branch: 'main', full_name: 'octo-org/demo' }
})

describe('the coverage-gate bundle on a runner', () => {
  let p: ReturnType<typeof project>
  let printed: ReturnType<typeof coveragePy>
  beforeAll(() => {
    p = project()
    printed = coveragePy(p.dir)
  })

  test('fails on patch coverage with one annotation per uncovered range, outputs, report and summary', async () => {
    const r = await runAction('coverage-gate', {
      cwd: p.dir,
      eventName: 'pull_request',
      payload: pullRequest(p.base, p.head),
      env: { GITHUB_SHA: p.head, GITHUB_REF: 'refs/pull/3/merge' },
      inputs: { files: 'coverage.xml', 'min-coverage': '10', 'min-patch-coverage': '50', comment: 'never' }
    })
    expect(r.exitCode).toBe(1)
    expect(r.outputs).toMatchObject({
      status: 'fail',
      coverage: printed.cover,
      'patch-coverage': '25.00',
      delta: '',
      findings: '1'
    })
    const annotation = r.commands.find(c => c.command === 'error' && c.properties.file)
    expect(annotation?.properties).toMatchObject({ file: 'pkg/calc.py', line: '18', endLine: '20' })
    expect(r.report?.findings?.[0]).toMatchObject({ file: 'pkg/calc.py', line: 18, endLine: 20 })
    expect(r.report?.metrics?.lines).toEqual({
      covered: printed.statements - printed.missing,
      total: printed.statements,
      percent: expect.any(Number)
    })
    expect(r.summary).toContain(`${printed.cover}% statements + branches`)
    expect(r.summary).toContain('npx ci-suite coverage-gate')
  })

  test('fail-on: never keeps the step green while status says fail', async () => {
    const r = await runAction('coverage-gate', {
      cwd: p.dir,
      inputs: { files: 'coverage.xml', 'min-coverage': '99', 'fail-on': 'never' }
    })
    expect(r.exitCode).toBe(0)
    expect(r.outputs.status).toBe('fail')
  })

  test('a missing report fails the step with one error line naming it', async () => {
    const r = await runAction('coverage-gate', { cwd: p.dir, inputs: { files: 'nope.xml' } })
    expect(r.exitCode).toBe(1)
    expect(r.outputs.status).toBe('error')
    expect(r.errorLines).toEqual([expect.stringMatching(/^coverage-gate: files names nope\.xml, which does not exist/)])
  })
})

describe('the ratchet through the Actions cache protocol', () => {
  let cache: FakeCacheService
  beforeAll(async () => {
    cache = await startFakeCacheService()
  })
  afterAll(async () => {
    await cache.close()
  })

  test('a push to main stores the baseline and the pull request restores it for the delta', async () => {
    const p = project()
    run('git', ['checkout', '-q', p.base], p.dir)
    coveragePy(p.dir)
    const pushed = await runAction('coverage-gate', {
      cwd: p.dir,
      eventName: 'push',
      payload: { before: '0'.repeat(40), after: p.base, created: true, repository: { default_branch: 'main' } },
      env: { GITHUB_SHA: p.base, GITHUB_REF: 'refs/heads/main', ...cache.env() },
      inputs: { files: 'coverage.xml', 'min-coverage': '10', flag: 'backend' }
    })
    expect(pushed.exitCode).toBe(0)
    expect([...cache.entries.keys()]).toEqual([`ci-suite-coverage-backend-main-${p.base}`])
    const baseCover = pushed.outputs.coverage

    run('git', ['checkout', '-q', p.head], p.dir)
    coveragePy(p.dir)
    const pr = await runAction('coverage-gate', {
      cwd: p.dir,
      eventName: 'pull_request',
      payload: pullRequest(p.base, p.head),
      // actions/cache versions an entry by its paths: the same RUNNER_TEMP, as on a hosted runner
      env: { GITHUB_SHA: p.head, GITHUB_REF: 'refs/pull/3/merge', RUNNER_TEMP: pushed.runnerTemp, ...cache.env() },
      inputs: { files: 'coverage.xml', 'min-coverage': '10', 'max-decrease': '50', flag: 'backend', comment: 'never' }
    })
    expect(pr.exitCode).toBe(0)
    const delta = (Number(pr.outputs.coverage) - Number(baseCover)).toFixed(2)
    expect(pr.outputs.delta).toBe(delta.startsWith('-') ? delta : `+${delta}`)
    expect(pr.summary).toContain(`(${pr.outputs.delta})`)
  })
})
