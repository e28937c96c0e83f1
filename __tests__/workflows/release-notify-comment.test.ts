import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { fakeGh } from './fake-gh.js'
import { git } from '../helpers/git-repo.js'
import { fixtureRepository, reusableCall, runScriptSteps } from './pipeline.js'

describe('runbook 002: release tagging through release.yml', () => {
  const TAG_STEP = ['Tag and publish the release']
  const setup = (changelog: string) => {
    const origin = mkdtempSync(join(tmpdir(), 'ci-suite-origin-'))
    git(origin, 'init', '-q', '--bare')
    const repo = fixtureRepository({ 'CHANGELOG.md': changelog, 'server/main.py': 'x = 1\n' })
    git(repo, 'remote', 'add', 'origin', origin)
    git(repo, 'push', '-q', 'origin', 'main')
    return { repo, origin, gh: fakeGh() }
  }
  const CHANGELOG = '# Changelog\n\n## 1.2.0\n\nFeatures:\n- Feature A\n\n## 1.1.0\n\n- older\n'
  const run = (repo: string, gh: string, version: string) =>
    runScriptSteps(
      reusableCall('workflows-templates/closure-python.yml', 'release', { 'inputs.version': version }),
      'tag',
      TAG_STEP,
      {
        cwd: repo,
        env: {
          PATH: `${gh}:${process.env.PATH}`,
          GIT_COMMITTER_NAME: 'x',
          GIT_COMMITTER_EMAIL: 'x@example.invalid'
        },
        context: { 'github.event.release.tag_name': '', 'github.token': 'not-a-token' }
      }
    )

  test('tags vX.Y.Z (annotated, with the CHANGELOG section), pushes it and publishes the release', async () => {
    const { repo, origin, gh } = setup(CHANGELOG)
    const result = await run(repo, gh.dir, '1.2.0')
    expect([result.exitCode, result.outputs.tag]).toEqual([0, 'v1.2.0'])
    expect(git(origin, 'cat-file', '-t', 'v1.2.0')).toBe('tag')
    const message = git(origin, 'tag', '-l', '--format=%(contents)', 'v1.2.0')
    expect(message).toContain('Release version 1.2.0')
    expect(message).toContain('- Feature A')
    expect(message).not.toContain('older')
    expect(gh.log()).toMatch(
      /^ARGS release create v1\.2\.0 --verify-tag --title v1\.2\.0 --notes-file .*release-notes\.md$/m
    )
  })

  test.each([
    ['an existing tag is never moved', '1.2.0', /v1\.2\.0 already exists/, true],
    ['a version that is not X.Y.Z', '1.2', /version must be X\.Y\.Z/, false],
    ['a version without a CHANGELOG section', '9.9.9', /has no section for 9\.9\.9/, false]
  ])('refuses %s', async (_name, version, message, tagFirst) => {
    const { repo, gh } = setup(CHANGELOG)
    if (tagFirst) expect((await run(repo, gh.dir, version)).exitCode).toBe(0)
    const result = await run(repo, gh.dir, version)
    expect(result.exitCode).toBe(1)
    expect(result.output).toMatch(message)
  })
})

describe('runbook 004: the Slack failure notification', () => {
  const received: string[] = []
  const server = createServer((req, res) => {
    let body = ''
    req.on('data', d => (body += d))
    req.on('end', async () => {
      received.push(body)
      res.end('ok')
    })
  })
  beforeAll(async () => {
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  })
  afterAll(async () => {
    await new Promise(resolve => server.close(resolve))
  })

  const notify = (webhook: string, branch: string) =>
    runScriptSteps(
      reusableCall('workflows-templates/voice-agent.yml', 'python'),
      'notify',
      ['Post the failure to Slack'],
      {
        cwd: fixtureRepository({ 'a.txt': '' }),
        context: {
          'secrets.slack-webhook-url': webhook,
          'github.workflow': 'CI',
          'github.ref_name': branch,
          'github.server_url': 'https://github.com',
          'github.repository': 'octo-org/voice',
          'github.run_id': '42'
        }
      }
    )

  test('posts the workflow, the branch and the run to the webhook, the branch name as data, never as code', async () => {
    const branch = 'main"$(touch /tmp/ci-suite-injected)`id`'
    const result = await notify(`http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, branch)
    expect(result.exitCode).toBe(0)
    expect(received.map(b => JSON.parse(b) as { text: string })).toEqual([
      { text: `Failed: CI (voice-agent) on ${branch}: https://github.com/octo-org/voice/actions/runs/42` }
    ])
    expect(result.summary).toContain('Posted the failure to Slack.')
  })

  test('without the secret it posts nothing and says so', async () => {
    const before = received.length
    const result = await notify('', 'main')
    expect([result.exitCode, received.length]).toEqual([0, before])
    expect(result.summary).toContain('No slack-webhook-url secret')
  })
})

describe('the workflow_run companion posts the coverage comment of a fork pull request', () => {
  const SHA = 'a'.repeat(40)
  const post = async (pullRequest: unknown, report: unknown, gh: ReturnType<typeof fakeGh>) => {
    const temp = mkdtempSync(join(tmpdir(), 'ci-suite-runner-temp-'))
    const dir = join(temp, 'coverage-comments', 'ci-suite-coverage-comment-backend')
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, 'pull-request.json'), JSON.stringify(pullRequest))
    writeFileSync(join(dir, 'report.json'), JSON.stringify(report))
    return await runScriptSteps(
      reusableCall('workflows-templates/coverage-comment.yml', 'comment'),
      'comment',
      ['Post the comments'],
      {
        cwd: temp,
        runnerTemp: temp,
        env: { PATH: `${gh.dir}:${process.env.PATH}` },
        context: {
          'github.token': 'not-a-token',
          'github.repository': 'octo-org/shop',
          'github.event.workflow_run.head_sha': SHA,
          'github.event.workflow_run.html_url': 'https://github.com/octo-org/shop/actions/runs/7'
        }
      }
    )
  }
  const REPORT = {
    status: 'fail',
    metrics: { lines: { covered: 79, total: 100, percent: 79 }, branches: { covered: 1, total: 3, percent: 33.3333 } }
  }

  test('creates the sticky comment with the numbers of the report', async () => {
    const gh = fakeGh({ headSha: SHA })
    const result = await post({ pr: 12, headSha: SHA, flag: 'backend' }, REPORT, gh)
    expect(result.exitCode).toBe(0)
    const log = gh.log()
    expect(log).toContain('ARGS api --method POST repos/octo-org/shop/issues/12/comments --input -')
    const body = (JSON.parse(/^STDIN (.*)$/m.exec(log)?.[1] ?? '{}') as { body: string }).body
    expect(body).toContain('<!-- ci-suite:coverage-gate:backend -->')
    expect(body).toContain('### Coverage (backend): fail')
    expect(body).toContain('| lines | 79% |')
    expect(body).toContain('| branches | 33.33% |')
  })

  test('updates the comment it made before', async () => {
    const gh = fakeGh({
      headSha: SHA,
      comments: JSON.stringify([{ id: 5, body: 'x <!-- ci-suite:coverage-gate:backend --> y' }])
    })
    expect((await post({ pr: 12, headSha: SHA, flag: 'backend' }, REPORT, gh)).exitCode).toBe(0)
    expect(gh.log()).toContain('ARGS api --method PATCH repos/octo-org/shop/issues/comments/5 --input -')
  })

  test.each([
    [
      'a report of another commit',
      { pr: 12, headSha: 'b'.repeat(40), flag: 'backend' },
      SHA,
      /not a report of the tested commit/
    ],
    [
      'a pull request number that is not a number',
      { pr: '12; rm -rf /', headSha: SHA, flag: 'backend' },
      SHA,
      /not a report of the tested commit/
    ],
    ['a pull request that moved on', { pr: 12, headSha: SHA, flag: 'backend' }, 'c'.repeat(40), /has moved on/]
  ])('posts nothing for %s', async (_name, pullRequest, headSha, message) => {
    const gh = fakeGh({ headSha })
    const result = await post(pullRequest, REPORT, gh)
    expect(result.exitCode).toBe(0)
    expect(result.output).toMatch(message)
    expect(gh.log()).not.toContain('--method')
  })

  test('takes only numbers and known words from the report: no markup from a fork reaches the comment', async () => {
    const gh = fakeGh({ headSha: SHA })
    const hostile = { status: '<img src=x onerror=alert(1)>', metrics: { lines: { percent: '@everyone' } } }
    expect((await post({ pr: 3, headSha: SHA, flag: 'x y <b>' }, hostile, gh)).exitCode).toBe(0)
    const body = (JSON.parse(/^STDIN (.*)$/m.exec(gh.log())?.[1] ?? '{}') as { body: string }).body
    expect(body).toContain(': unknown')
    expect(body).toContain('| lines | n/a |')
    expect(body).not.toMatch(/<img|@everyone|<b>/)
  })
})
