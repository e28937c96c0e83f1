import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { REPO_ROOT, runAction } from '../harness/run-action.js'
import { OsvServer } from './osv-server.js'
import { git } from '../helpers/git-repo.js'
import { auditProject } from './project.js'
import { RECORDS } from './records.js'

// The bundle dist/audit/index.js run exactly as a runner does. The bundle runs the actions
// packages/suite/src/registry.ts lists, and dist/ comes from `npm run build`: until audit is listed and built there is
// nothing to run (the other tests here call run() directly).
const bundled =
  existsSync(join(REPO_ROOT, 'dist', 'audit', 'index.js')) &&
  readFileSync(join(REPO_ROOT, 'packages', 'suite', 'src', 'registry.ts'), 'utf8').includes('audit: async')

let server: OsvServer
beforeAll(async () => {
  server = await new OsvServer({ records: RECORDS }).start()
})
afterAll(() => server.stop())

;(bundled ? describe : describe.skip)('audit as a runner step', () => {
  test('fails on high vulnerabilities with annotations on the lockfile, outputs, SARIF and a summary', async () => {
    const cwd = auditProject()
    const run = await runAction('audit', { cwd, inputs: { 'osv-url': server.url } })
    expect(run.exitCode).toBe(1)
    expect(run.outputs.status).toBe('fail')
    expect(run.outputs.findings).toBe('3')
    expect(JSON.parse(run.outputs.vulnerabilities ?? '{}')).toEqual({
      critical: 1,
      high: 2,
      moderate: 4,
      low: 1,
      unknown: 1
    })
    expect(existsSync(run.outputs.sarif ?? '')).toBe(true)
    const errors = run.commands.filter(c => c.command === 'error' && c.properties.file)
    expect(errors.map(c => c.properties.file).sort()).toEqual([
      'package-lock.json',
      'package-lock.json',
      'requirements.txt'
    ])
    expect(run.summary).toContain('GHSA-2gwj-7jmv-h26r')
    expect(run.summary).toContain('npx ci-suite audit')
    expect(run.report?.findings?.find(f => f.id === 'GHSA-2gwj-7jmv-h26r')).toMatchObject({
      severity: 'critical',
      file: 'requirements.txt'
    })
  })

  test('fail-on never reports without failing the step', async () => {
    const run = await runAction('audit', { cwd: auditProject(), inputs: { 'osv-url': server.url, 'fail-on': 'never' } })
    expect(run.exitCode).toBe(0)
    expect(run.outputs.status).toBe('fail')
  })

  test('an unreachable OSV fails the step with status error, never a pass', async () => {
    const run = await runAction('audit', {
      cwd: auditProject({}, { npm: false }),
      inputs: { 'osv-url': 'http://127.0.0.1:9' }
    })
    expect(run.exitCode).toBe(1)
    expect(run.outputs.status).toBe('error')
    expect(run.errorLines.join('\n')).toMatch(/NOT audited/)
  })

  test('on a pull request only what it brings in fails; the base branch vulnerabilities are listed, collapsed', async () => {
    const cwd = auditProject({ 'requirements.txt': 'jinja2==3.1.2\n' }, { npm: false })
    git(cwd, 'init', '-q', '-b', 'main')
    git(cwd, 'add', '.')
    git(cwd, 'commit', '-q', '-m', 'base')
    const base = git(cwd, 'rev-parse', 'HEAD')
    writeFileSync(join(cwd, 'requirements.txt'), 'jinja2==3.1.2\nurllib3==1.26.5\n')
    git(cwd, 'commit', '-q', '-am', 'add urllib3')
    const head = git(cwd, 'rev-parse', 'HEAD')
    const run = await runAction('audit', {
      cwd,
      eventName: 'pull_request',
      payload: {
        action: 'synchronize',
        number: 7,
        pull_request: { number: 7, base: { sha: base, ref: 'main' }, head: { sha: head, ref: 'feature' } },
        repository: { full_name: 'octo/demo', default_branch: 'main' }
      },
      inputs: { 'osv-url': server.url, 'fail-on': 'moderate' },
      env: { GITHUB_SHA: head, GITHUB_BASE_REF: 'main', GITHUB_HEAD_REF: 'feature' }
    })
    expect(run.exitCode).toBe(1)
    expect(run.report?.findings?.filter(f => f.failing).map(f => f.id)).toEqual(['PYSEC-2023-100'])
    expect(run.summary).toContain('2 already on the base branch')
  })
})
