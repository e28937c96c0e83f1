import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { runAction, type ActionRun } from '../harness/run-action.js'
import { demoRepository, git as gitIn } from '../helpers/git-repo.js'
import { sendJson, startLocalServer, type LocalServer } from '../helpers/local-server.js'

// Every value is made here, at run time, from random bytes: no token-shaped literal lives in this repository.
const alnum = (n: number, alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') =>
  [...randomBytes(n)].map(b => alphabet[b % alphabet.length]).join('')
const token = ['ghs', alnum(36)].join('_')
const registryPassword = `pw-${alnum(24)}`
const planted = {
  githubPat: ['ghp', alnum(36)].join('_'),
  awsKeyId: ['AKIA', alnum(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')].join(''),
  slack: ['xoxb', alnum(11, '0123456789'), alnum(12, '0123456789'), alnum(24)].join('-'),
  stripe: ['sk', 'live', alnum(24)].join('_')
}
const secrets = { token, registryPassword, ...planted }

let repo: string
let base: string
let api: LocalServer

beforeAll(async () => {
  ;({ dir: repo, base } = demoRepository('leak'))
  const git = (...args: string[]) => gitIn(repo, ...args)
  // secrets in code a linter flags (a long line), in config, in history only, and in a commit message
  writeFileSync(
    join(repo, 'app', 'settings.py'),
    `import os\nGITHUB_TOKEN = "${planted.githubPat}"  # a long line that flake8 reports, with the token inside it, far past the limit\nAWS_ACCESS_KEY_ID = "${planted.awsKeyId}"\n`
  )
  writeFileSync(join(repo, 'deploy.env'), `SLACK_TOKEN=${planted.slack}\n`)
  git('add', '-A')
  git('commit', '-qm', `add settings ${planted.stripe}`)
  writeFileSync(join(repo, 'deploy.env'), 'SLACK_TOKEN=${SLACK_TOKEN}\n')
  git('commit', '-qam', 'read the token from the environment')
  api = await startLocalServer((req, res) => {
    if (req.method === 'GET') return sendJson(res, 200, [])
    sendJson(res, 201, { id: 1, html_url: 'https://github.com/octo-org/demo/pull/1#issuecomment-1' })
  })
})

afterAll(async () => api?.close())

const GATES: Record<string, Record<string, string>> = {
  'lint-gate': { linters: 'flake8', filter: 'nofilter' },
  'secret-scan': { scope: 'history' },
  audit: { files: 'requirements.txt' },
  'coverage-gate': { files: 'coverage.xml', comment: 'always' },
  sbom: { output: 'sbom.cdx.json' },
  'docker-release': {
    push: 'true',
    image: '127.0.0.1:5999/demo/app',
    password: registryPassword,
    username: 'ci',
    cache: 'none'
  }
}

function assertNoLeak(name: string, run: ActionRun) {
  const written = [run.everythingWritten(), ...api.requests.map(r => r.body)].join('\n')
  // the runner's own ::add-mask:: commands are the one place a value may appear: the runner consumes them
  const visible = written
    .split('\n')
    .filter(line => !line.startsWith('::add-mask::'))
    .join('\n')
  for (const [label, value] of Object.entries(secrets)) {
    const where = visible
      .split('\n')
      .filter(line => line.includes(value))
      .map(line => line.split(value).join(`<${label}>`).slice(0, 300))
    expect([name, label, where]).toEqual([name, label, []])
  }
}

describe('no secret leaves an action', () => {
  test.each(Object.keys(GATES))(
    '%s with a token, a registry password, planted secrets and debug logging on',
    async name => {
      const run = await runAction(name, {
        cwd: repo,
        token,
        eventName: 'pull_request',
        payload: {
          number: 1,
          pull_request: { number: 1, base: { sha: base, ref: 'main' }, head: { sha: 'HEAD', ref: 'feature' } },
          repository: { full_name: 'octo-org/demo', default_branch: 'main' }
        },
        inputs: { ...GATES[name], base, head: 'HEAD' },
        env: { RUNNER_DEBUG: '1', GITHUB_API_URL: api.url, DOCKER_HOST: 'unix:///nonexistent/docker.sock' },
        timeoutMs: 180_000
      })
      expect(run.outputs.status).toMatch(/^(pass|fail|error)$/)
      assertNoLeak(name, run)
      if (name === 'secret-scan') {
        expect(Number(run.outputs.findings)).toBeGreaterThanOrEqual(3)
        const masked = run.commands.filter(c => c.command === 'add-mask').map(c => c.message)
        // file contents are scanned (the commit message is not, as with gitleaks)
        for (const value of [planted.githubPat, planted.awsKeyId, planted.slack]) expect(masked).toContain(value)
      }
      if (name === 'sbom' && existsSync(join(repo, 'sbom.cdx.json'))) {
        expect(readFileSync(join(repo, 'sbom.cdx.json'), 'utf8')).not.toContain(planted.githubPat)
      }
    },
    200_000
  )
})
