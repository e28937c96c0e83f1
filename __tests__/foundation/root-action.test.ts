import { randomBytes } from 'node:crypto'
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, test } from '@jest/globals'
import { REPO_ROOT, runAction } from '../harness/run-action.js'

function demoCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ci-suite-root-'))
  cpSync(join(REPO_ROOT, 'examples', 'demo-repo'), dir, { recursive: true })
  return dir
}

describe('the root action', () => {
  test.each(['node20', 'node24'] as const)(
    'runs its gates in one step with one summary table and one merged report on %s',
    async node => {
      const cwd = demoCopy()
      const run = await runAction('ci-suite', {
        node,
        cwd,
        inputs: { gates: 'coverage-gate', 'coverage-gate': 'files: coverage.xml\nmin-coverage: 80' }
      })
      expect(run.exitCode).toBe(0)
      expect(run.outputs.status).toBe('pass')
      expect(run.summary).toMatch(/## ✅ ci-suite: pass/)
      expect(run.summary).toMatch(/\| gate \| status \| findings \| duration \|/)
      expect(run.summary).toMatch(/\| coverage-gate \| ✅ pass \| 0 \|/)
      expect(run.summary).toContain('### ✅ Coverage gate: pass')
      const merged = JSON.parse(readFileSync(run.outputs.report, 'utf8'))
      expect(merged).toMatchObject({ schema: 'ci-suite/report@1', action: 'ci-suite', status: 'pass' })
      expect(merged.gates).toHaveLength(1)
      expect(merged.gates[0]).toMatchObject({ action: 'coverage-gate', status: 'pass' })
    }
  )

  test('runs its gates at once and writes each gate’s log whole, in the order of gates', async () => {
    const run = await runAction('ci-suite', {
      cwd: demoCopy(),
      inputs: {
        gates: 'coverage-gate, secret-scan',
        'coverage-gate': 'files: coverage.xml',
        'secret-scan': 'scope: tree'
      }
    })
    const groups = run.stdout.split('\n').filter(l => l.startsWith('::group::'))
    expect(groups).toEqual([
      '::group::ci-suite: coverage-gate',
      '::group::Read coverage reports',
      '::group::Map files to the repository',
      '::group::Patch coverage',
      '::group::Baseline',
      '::group::ci-suite: secret-scan',
      '::group::Scanning the files in the working tree'
    ])
    // secret-scan's own line comes inside its gate's group, though it ran while coverage-gate's log was written
    const lines = run.stdout.split('\n')
    expect(lines.findIndex(l => l.startsWith('secret-scan: the files in the working tree'))).toBeGreaterThan(
      lines.indexOf('::group::ci-suite: secret-scan')
    )
    const merged = JSON.parse(readFileSync(run.outputs.report, 'utf8'))
    expect(merged.gates.map((g: { action: string }) => g.action)).toEqual(['coverage-gate', 'secret-scan'])
    // the summary says so, with the step's time beside the gates' own
    expect(run.summary).toMatch(/The 2 gates ran at once: \d+\.\d s for the step, \d+\.\d s of gate time\./)
  })

  test('masks a secret one gate finds once for the step, not once for each gate', async () => {
    const cwd = demoCopy()
    const token = `ghp_${randomBytes(27)
      .toString('base64')
      .replace(/[^A-Za-z0-9]/g, 'Q')
      .slice(0, 36)}`
    writeFileSync(join(cwd, 'app', 'settings.py'), `GITHUB_TOKEN = "${token}"\n`)
    const run = await runAction('ci-suite', {
      cwd,
      inputs: {
        gates: 'secret-scan, coverage-gate, sbom',
        'secret-scan': 'scope: tree',
        'coverage-gate': 'files: coverage.xml'
      }
    })
    expect(run.report?.status ?? JSON.parse(readFileSync(run.outputs.report, 'utf8')).status).toBe('fail')
    expect(run.commands.filter(c => c.command === 'add-mask').map(c => c.message)).toEqual([token])
  })

  test('a failing gate fails the step with one error line; fail-on never reports only', async () => {
    const cwd = demoCopy()
    const inputs = { gates: 'coverage-gate', 'coverage-gate': 'files: coverage.xml\nmin-coverage: 99' }
    const failing = await runAction('ci-suite', { cwd, inputs })
    expect(failing.exitCode).toBe(1)
    expect(failing.errorLines).toHaveLength(1)
    expect(failing.errorLines[0]).toMatch(/^ci-suite: coverage-gate: .*below the minimum 99%/)
    const reportOnly = await runAction('ci-suite', { cwd, inputs: { ...inputs, 'fail-on': 'never' } })
    expect(reportOnly.exitCode).toBe(0)
    expect(reportOnly.outputs.status).toBe('fail')
    expect(reportOnly.errorLines).toEqual([])
  })

  test('a key that is not an input of the gate is one clear error', async () => {
    const run = await runAction('ci-suite', { inputs: { gates: 'coverage-gate', 'coverage-gate': 'min-coverag: 80' } })
    expect(run.exitCode).toBe(1)
    expect(run.errorLines).toEqual([
      expect.stringMatching(/^ci-suite: coverage-gate has no input "min-coverag"; its inputs are /)
    ])
  })

  test('an unknown gate and a missing gates input are clear errors', async () => {
    const unknown = await runAction('ci-suite', { inputs: { gates: 'coverage-gate, spellcheck' } })
    expect(unknown.errorLines).toEqual([
      expect.stringMatching(/^ci-suite: gates names "spellcheck", which is not a gate/)
    ])
    const missing = await runAction('ci-suite', {})
    expect(missing.exitCode).toBe(1)
    expect(missing.errorLines).toEqual([expect.stringMatching(/^ci-suite: gates is required/)])
  })
})

describe('the CLI bundle', () => {
  test('reproduces a gate at a terminal with the same report and exit code', async () => {
    const { spawnSync } = await import('node:child_process')
    const cwd = demoCopy()
    const r = spawnSync(
      process.execPath,
      [
        join(REPO_ROOT, 'dist/cli/index.js'),
        'coverage-gate',
        '--files',
        'coverage.xml',
        '--min-coverage',
        '99',
        '--report-path',
        'r.json'
      ],
      {
        cwd,
        encoding: 'utf8',
        env: { PATH: process.env.PATH }
      }
    )
    expect(r.status).toBe(1)
    expect(r.stdout).toContain('Coverage gate: fail')
    expect(r.stdout).toContain('npx ci-suite coverage-gate --files coverage.xml --min-coverage 99')
    expect(r.stdout).not.toContain('::')
    expect(JSON.parse(readFileSync(join(cwd, 'r.json'), 'utf8'))).toMatchObject({
      action: 'coverage-gate',
      status: 'fail'
    })
  })
})
