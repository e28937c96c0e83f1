import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { BUILTIN_SPECS } from '@ci-suite/secrets'
import { sampleLine, sampleValue, seededRandom } from '../../packages/secrets/src/rules/samples.js'
import { commit, git, newRepo, write } from './corpus.js'
import { runScan } from './run-scan.js'

const ZERO = '0'.repeat(40)
const random = seededRandom(7)
const spec = (id: string) => BUILTIN_SPECS.find(s => s.id === id)!
const token = (id: string) => sampleValue(spec(id), random)
const line = (id: string, value: string) => sampleLine(spec(id), value)

/**
 * main: c1 (npm token) - c2 (stripe key)
 * feature (from c2): f1 (github token) - f2 (slack webhook)
 */
let dir: string
const values: Record<string, string> = {}
const sha: Record<string, string> = {}

beforeAll(() => {
  dir = newRepo()
  values.npm = token('npm-access-token')
  values.stripe = token('stripe-access-token')
  values.github = token('github-pat')
  values.slack = token('slack-webhook-url')
  write(dir, 'app/npmrc.txt', [line('npm-access-token', values.npm)])
  sha.c1 = commit(dir, 'c1')
  write(dir, 'app/pay.ts', [line('stripe-access-token', values.stripe)])
  sha.c2 = commit(dir, 'c2')
  git(dir, 'checkout', '-q', '-b', 'feature')
  write(dir, 'app/gh.ts', [line('github-pat', values.github)])
  sha.f1 = commit(dir, 'f1')
  write(dir, 'app/hook.yaml', [line('slack-webhook-url', values.slack)])
  sha.f2 = commit(dir, 'f2')
  git(dir, 'checkout', '-q', 'main')
})

afterAll(() => rmSync(dir, { recursive: true, force: true }))

const rules = (run: Awaited<ReturnType<typeof runScan>>) => run.report.findings.map(f => f.ruleId).sort()

describe('scopes and events', () => {
  test('pull_request: the pull request own commits, from the merge base to the head', async () => {
    const run = await runScan(
      dir,
      {},
      {
        eventName: 'pull_request',
        payload: {
          number: 3,
          pull_request: { number: 3, base: { sha: sha.c2, ref: 'main' }, head: { sha: sha.f2, ref: 'feature' } }
        }
      }
    )
    expect(rules(run)).toEqual(['github-pat', 'slack-webhook-url'])
    expect(run.report.findings.find(f => f.ruleId === 'github-pat')?.commit).toBe(sha.f1)
  })

  test('push: the pushed commits, before..after', async () => {
    const run = await runScan(
      dir,
      {},
      { eventName: 'push', payload: { before: sha.f1, after: sha.f2, ref: 'refs/heads/feature' } }
    )
    expect(rules(run)).toEqual(['slack-webhook-url'])
  })

  test('push of a new branch: the commits reachable from after and from no other branch', async () => {
    const run = await runScan(
      dir,
      {},
      {
        eventName: 'push',
        payload: { before: ZERO, after: sha.f2, created: true, ref: 'refs/heads/feature' },
        env: { GITHUB_REF: 'refs/heads/feature' }
      }
    )
    expect(rules(run)).toEqual(['github-pat', 'slack-webhook-url'])
  })

  test('first push of a repository: every commit', async () => {
    const solo = newRepo()
    try {
      const value = token('gitlab-pat')
      write(solo, 'a.txt', [line('gitlab-pat', value)])
      const first = commit(solo, 'first')
      const run = await runScan(
        solo,
        {},
        { eventName: 'push', payload: { before: ZERO, after: first, created: true, ref: 'refs/heads/main' } }
      )
      expect(rules(run)).toEqual(['gitlab-pat'])
      expect(run.report.findings[0].commit).toBe(first)
    } finally {
      rmSync(solo, { recursive: true, force: true })
    }
  })

  test('force push: the commits not reachable from the old tip, even when it is gone', async () => {
    const repo = newRepo()
    try {
      write(repo, 'base.txt', ['base'])
      const base = commit(repo, 'base')
      write(repo, 'old.txt', [line('npm-access-token', token('npm-access-token'))])
      const oldTip = commit(repo, 'old tip')
      git(repo, 'reset', '-q', '--hard', base)
      write(repo, 'new.txt', [line('github-oauth', token('github-oauth'))])
      const newTip = commit(repo, 'rewritten')
      const withOld = await runScan(
        repo,
        {},
        { eventName: 'push', payload: { before: oldTip, after: newTip, forced: true, ref: 'refs/heads/main' } }
      )
      expect(rules(withOld)).toEqual(['github-oauth'])
      git(repo, 'reflog', 'expire', '--expire=now', '--all')
      git(repo, 'gc', '-q', '--prune=now')
      expect(() => git(repo, 'cat-file', '-e', `${oldTip}^{commit}`)).toThrow()
      const gone = await runScan(
        repo,
        {},
        { eventName: 'push', payload: { before: oldTip, after: newTip, forced: true, ref: 'refs/heads/main' } }
      )
      expect(gone.report.status).toBe('fail')
      expect(rules(gone)).toContain('github-oauth')
    } finally {
      rmSync(repo, { recursive: true, force: true })
    }
  })

  test('merge_group: the group commits', async () => {
    const run = await runScan(
      dir,
      {},
      {
        eventName: 'merge_group',
        payload: { merge_group: { base_sha: sha.f1, head_sha: sha.f2, head_ref: 'gh-readonly-queue/main/pr-3' } }
      }
    )
    expect(rules(run)).toEqual(['slack-webhook-url'])
  })

  test.each([['schedule'], ['workflow_dispatch']])('%s: the whole history of every ref', async eventName => {
    const run = await runScan(dir, {}, { eventName })
    expect(rules(run)).toEqual(['github-pat', 'npm-access-token', 'slack-webhook-url', 'stripe-access-token'])
  })

  test('diff: the range of the base and head inputs', async () => {
    const run = await runScan(dir, { scope: 'diff', base: sha.c1, head: sha.f1 }, { eventName: 'workflow_dispatch' })
    expect(rules(run)).toEqual(['github-pat', 'stripe-access-token'])
  })

  test('diff without a base is a configuration error naming the input', async () => {
    const run = await runScan(dir, { scope: 'diff' }, { eventName: 'workflow_dispatch' })
    expect(run.report.status).toBe('error')
    expect(run.io.failures[0]).toMatch(/secret-scan: scope diff needs a range: give the base input/)
  })

  test('base equal to head scans nothing and passes', async () => {
    const run = await runScan(dir, { scope: 'diff', base: sha.f2, head: sha.f2 }, { eventName: 'workflow_dispatch' })
    expect(run.report.status).toBe('pass')
    expect(run.report.summary).toMatch(/base and head are the same commit/)
  })

  test('an empty range (head already in base) scans no commit and passes', async () => {
    const run = await runScan(dir, { scope: 'diff', base: sha.f2, head: sha.c2 }, { eventName: 'workflow_dispatch' })
    expect([run.report.status, run.report.findings.length, run.report.metrics.commitsScanned]).toEqual(['pass', 0, 0])
    expect(run.report.summary).toBe('no secrets in 0 commits')
  })

  test('a base commit missing from the clone is an error with the fetch-depth advice', async () => {
    const run = await runScan(
      dir,
      { scope: 'diff', base: 'abcdef1234567890abcdef1234567890abcdef12', head: sha.f2 },
      { eventName: 'workflow_dispatch' }
    )
    expect(run.report.status).toBe('error')
    expect(run.io.failures[0]).toMatch(/fetch-depth: 0/)
  })

  test('a deleted branch scans nothing', async () => {
    const run = await runScan(
      dir,
      {},
      { eventName: 'push', payload: { before: sha.f2, after: ZERO, deleted: true, ref: 'refs/heads/feature' } }
    )
    expect(run.report.status).toBe('pass')
    expect(run.report.summary).toMatch(/deleted/)
  })

  test('staged: the changes in the index, for a pre-commit hook', async () => {
    const repo = newRepo()
    try {
      write(repo, 'README.md', ['hello'])
      commit(repo, 'init')
      const value = token('huggingface-access-token')
      write(repo, 'model.py', ['import os', line('huggingface-access-token', value)])
      write(repo, 'unstaged.py', [line('pypi-upload-token', token('pypi-upload-token'))])
      git(repo, 'add', 'model.py')
      const run = await runScan(repo, { scope: 'staged' }, { eventName: '' })
      expect(rules(run)).toEqual(['huggingface-access-token'])
      expect(run.report.findings[0]).toMatchObject({ file: 'model.py', line: 2, commit: null })
    } finally {
      rmSync(repo, { recursive: true, force: true })
    }
  })

  test('staged before the first commit: every staged file is new', async () => {
    const repo = newRepo()
    try {
      write(repo, 'first.env', [line('linear-api-key', token('linear-api-key'))])
      git(repo, 'add', 'first.env')
      const run = await runScan(repo, { scope: 'staged' }, { eventName: '' })
      expect(run.report.findings.map(f => [f.ruleId, f.file, f.line])).toEqual([['linear-api-key', 'first.env', 1]])
    } finally {
      rmSync(repo, { recursive: true, force: true })
    }
  })

  test('a history scan of a repository without commits passes', async () => {
    const repo = newRepo()
    try {
      const run = await runScan(repo, { scope: 'history' }, { eventName: 'schedule' })
      expect(run.report.status).toBe('pass')
      expect(run.report.metrics.commitsScanned).toBe(0)
    } finally {
      rmSync(repo, { recursive: true, force: true })
    }
  })

  test('fail-on never reports the failure without failing the step', async () => {
    const run = await runScan(dir, { scope: 'history', 'fail-on': 'never' }, { eventName: 'schedule' })
    expect(run.report.status).toBe('fail')
    expect(run.exitCode).toBe(0)
    expect(run.io.outputs.status).toBe('fail')
    expect(run.io.outputs.findings).toBe('4')
  })

  test('fail-on takes only any or never', async () => {
    const run = await runScan(dir, { scope: 'history', 'fail-on': 'high' }, { eventName: 'schedule' })
    expect(run.report.status).toBe('error')
    expect(run.io.failures[0]).toMatch(/fail-on/)
  })

  test('tree: a plain folder without git', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'secret-scan-plain-'))
    try {
      write(folder, 'deep/dir/settings.ini', ['[x]', line('doppler-api-token', token('doppler-api-token'))])
      const run = await runScan(folder, { scope: 'tree' }, { eventName: '' })
      expect(run.report.findings.map(f => [f.ruleId, f.file, f.line])).toEqual([
        ['doppler-api-token', 'deep/dir/settings.ini', 2]
      ])
    } finally {
      rmSync(folder, { recursive: true, force: true })
    }
  })

  test('tree and history give a secret the same line and column, after lines with keywords and none', async () => {
    const repo = newRepo()
    try {
      const stripe = token('stripe-access-token')
      const twilio = token('twilio-api-key')
      const github = token('github-pat')
      const lines = [
        '# api key, token and secret settings',
        'const auth = process.env.API_TOKEN',
        `    pay: '${stripe}', sms: '${twilio}'`,
        '',
        'lorem ipsum dolor',
        `\t\t${line('github-pat', github)}`
      ]
      write(repo, 'config/keys.ts', lines)
      commit(repo, 'keys')
      const where = (value: string) => {
        const at = lines.findIndex(l => l.includes(value))
        return [at + 1, lines[at].indexOf(value) + 1]
      }
      const expected = [
        ['github-pat', ...where(github)],
        ['stripe-access-token', ...where(stripe)],
        ['twilio-api-key', ...where(twilio)]
      ]
      for (const scope of ['tree', 'history']) {
        const run = await runScan(repo, { scope }, { eventName: 'workflow_dispatch' })
        const found = run.report.findings.map(f => [f.ruleId, f.line, f.column]).sort()
        expect([scope, found]).toEqual([scope, expected])
      }
    } finally {
      rmSync(repo, { recursive: true, force: true })
    }
  })

  test('working-directory limits the scan to a service folder and findings keep repository paths', async () => {
    const run = await runScan(dir, { scope: 'history', 'working-directory': 'app' }, { eventName: 'schedule' })
    expect(run.report.findings.every(f => f.file.startsWith('app/'))).toBe(true)
    expect(run.report.findings).toHaveLength(4)
  })
})

describe('a scan of a service folder (working-directory)', () => {
  test('sees a secret added and removed on a branch that a merge then left out (git log would simplify it away)', async () => {
    const repo = newRepo()
    try {
      write(repo, 'svc/readme.txt', ['service'])
      commit(repo, 'init')
      git(repo, 'checkout', '-q', '-b', 'side')
      const leaked = token('github-pat')
      write(repo, 'svc/deploy.sh', [line('github-pat', leaked)])
      const added = commit(repo, 'add deploy script')
      git(repo, 'rm', '-q', 'svc/deploy.sh')
      commit(repo, 'remove it again')
      git(repo, 'checkout', '-q', 'main')
      write(repo, 'svc/other.txt', ['other'])
      commit(repo, 'other')
      // `-s ours`: the merge keeps main's tree, so it is TREESAME to main under svc/, and the branch is deleted
      git(repo, 'merge', '-q', '-s', 'ours', 'side', '-m', 'merge side')
      git(repo, 'branch', '-q', '-D', 'side')
      const run = await runScan(repo, { scope: 'history', 'working-directory': 'svc' }, { eventName: 'schedule' })
      expect(run.report.findings.map(f => [f.ruleId, f.file, f.commit])).toEqual([
        ['github-pat', 'svc/deploy.sh', added]
      ])
    } finally {
      rmSync(repo, { recursive: true, force: true })
    }
  })
})

describe('files the scan skips', () => {
  test('git does not diff them: a 300 KB lockfile in history costs a line of patch, and still counts as skipped', async () => {
    const repo = newRepo()
    try {
      const lock = { lockfileVersion: 3, packages: {} as Record<string, unknown> }
      for (let i = 0; i < 2500; i++)
        lock.packages[`node_modules/pkg-${i}`] = { version: `1.0.${i}`, integrity: `sha512-${'A'.repeat(86)}==` }
      write(repo, 'package-lock.json', [JSON.stringify(lock, null, 2)])
      const leaked = token('npm-access-token')
      write(repo, 'app/.npmrc', [line('npm-access-token', leaked)])
      const added = commit(repo, 'lockfile and npmrc')
      const run = await runScan(repo, { scope: 'history' }, { eventName: 'schedule' })
      expect(run.report.findings.map(f => [f.ruleId, f.file, f.commit])).toEqual([
        ['npm-access-token', 'app/.npmrc', added]
      ])
      expect(run.report.metrics.bytesScanned).toBeLessThan(2_000)
      expect(run.report.metrics.skipped).toMatchObject({ excluded: 1 })
    } finally {
      rmSync(repo, { recursive: true, force: true })
    }
  })
})

describe('shallow clones', () => {
  let origin: string
  let shas: string[]
  beforeAll(() => {
    origin = newRepo()
    shas = []
    for (let i = 0; i < 6; i++) {
      write(origin, `f${i}.txt`, [i === 1 ? line('sendgrid-api-token', token('sendgrid-api-token')) : `n${i}`])
      shas.push(commit(origin, `c${i}`))
    }
  })
  afterAll(() => rmSync(origin, { recursive: true, force: true }))

  const shallowClone = () => {
    const clone = mkdtempSync(join(tmpdir(), 'secret-scan-shallow-'))
    execFileSync('git', ['clone', '-q', '--depth=1', `file://${origin}`, clone])
    return clone
  }

  test('a push range reaching past the shallow boundary is deepened with git fetch', async () => {
    const clone = shallowClone()
    try {
      const run = await runScan(
        clone,
        {},
        { eventName: 'push', payload: { before: shas[0], after: shas[5], ref: 'refs/heads/main' } }
      )
      expect(rules(run)).toEqual(['sendgrid-api-token'])
      expect(run.report.findings[0].commit).toBe(shas[1])
    } finally {
      rmSync(clone, { recursive: true, force: true })
    }
  })

  test('a history scan unshallows the clone', async () => {
    const clone = shallowClone()
    try {
      const run = await runScan(clone, { scope: 'history' }, { eventName: 'schedule' })
      expect(rules(run)).toEqual(['sendgrid-api-token'])
      expect(run.report.metrics.commitsScanned).toBe(6)
    } finally {
      rmSync(clone, { recursive: true, force: true })
    }
  })

  test('a shallow clone that cannot be deepened fails with the fetch-depth advice', async () => {
    const clone = shallowClone()
    try {
      git(clone, 'remote', 'remove', 'origin')
      const run = await runScan(clone, { scope: 'history' }, { eventName: 'schedule' })
      expect(run.report.status).toBe('error')
      expect(run.exitCode).toBe(1)
      expect(run.io.failures[0]).toMatch(/shallow.*`fetch-depth: 0`/)
    } finally {
      rmSync(clone, { recursive: true, force: true })
    }
  })
})

describe('partial clones (actions/checkout with `filter: blob:none`)', () => {
  let origin: string
  beforeAll(() => {
    origin = newRepo()
    git(origin, 'config', 'uploadpack.allowFilter', 'true')
    write(origin, 'a.txt', [line('sendgrid-api-token', token('sendgrid-api-token'))])
    commit(origin, 'c0')
    write(origin, 'b.txt', ['plain'])
    commit(origin, 'c1')
  })
  afterAll(() => rmSync(origin, { recursive: true, force: true }))

  const partialClone = () => {
    const clone = mkdtempSync(join(tmpdir(), 'secret-scan-partial-'))
    execFileSync('git', ['clone', '-q', '--filter=blob:none', '--no-checkout', `file://${origin}`, clone])
    return clone
  }

  test('a history scan fetches the blobs it reads from the remote', async () => {
    const clone = partialClone()
    try {
      const run = await runScan(clone, { scope: 'history' }, { eventName: 'schedule' })
      expect(rules(run)).toEqual(['sendgrid-api-token'])
    } finally {
      rmSync(clone, { recursive: true, force: true })
    }
  })

  test('without its remote, the scan fails with git own words and the full-clone advice', async () => {
    const clone = partialClone()
    try {
      git(clone, 'remote', 'remove', 'origin')
      const run = await runScan(clone, { scope: 'history' }, { eventName: 'schedule' })
      expect(run.report.status).toBe('error')
      expect(run.io.failures).toHaveLength(1)
      expect(run.io.failures[0]).toMatch(
        /^secret-scan: git log failed \(exit \d+\): .*the clone lacks git objects.*no filter/
      )
    } finally {
      rmSync(clone, { recursive: true, force: true })
    }
  })
})
