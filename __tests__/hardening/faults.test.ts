import { readFileSync } from 'node:fs'
import type { ServerResponse } from 'node:http'
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { runAction, type ActionRun } from '../harness/run-action.js'
import { demoRepository } from '../helpers/git-repo.js'
import { startFakeCacheService, type FakeCacheService } from '../helpers/fake-cache-service.js'
import { sendJson, startLocalServer, type LocalServer, type RecordedRequest } from '../helpers/local-server.js'
import { OsvServer } from '../audit/osv-server.js'
import { RECORDS } from '../audit/records.js'

/** The ways a service fails: each answers every request it sees. */
const FAULTS = {
  '500': (res: ServerResponse) => sendJson(res, 500, { message: 'Server Error' }),
  '502': (res: ServerResponse) => {
    res.writeHead(502, { 'content-type': 'text/html' })
    res.end('<html><body><h1>502 Bad Gateway</h1></body></html>')
  },
  '429 with retry-after': (res: ServerResponse) =>
    sendJson(res, 429, { message: 'API rate limit exceeded' }, { 'retry-after': '1', 'x-ratelimit-remaining': '0' }),
  'a secondary rate limit (403 with retry-after)': (res: ServerResponse) =>
    sendJson(
      res,
      403,
      { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' },
      { 'retry-after': '1' }
    ),
  'a connection reset': (res: ServerResponse) => res.socket?.destroy(),
  'a truncated body': (res: ServerResponse) => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': '4096' })
    res.write('{"results":[{"vulns":[{"id":"GHSA-')
    setTimeout(() => res.socket?.destroy(), 50)
  },
  'no answer at all': () => undefined
} satisfies Record<string, (res: ServerResponse) => unknown>

type Fault = keyof typeof FAULTS
const FAULT_NAMES = Object.keys(FAULTS) as Fault[]
/** Octokit (packages/runtime/src/services/github-api.ts) sets no request timeout: see the failing test at the end */
const GITHUB_FAULTS = FAULT_NAMES.filter(f => f !== 'no answer at all')

/** A server that fails every request the same way, counting them. */
async function faultyService(fault: Fault): Promise<LocalServer> {
  return startLocalServer((_req: RecordedRequest, res: ServerResponse) => FAULTS[fault](res))
}

/** Seconds a step may take against a dead service: retries are bounded, then it degrades or errs. */
const STEP_BOUND_MS = 150_000
const timed = async (run: () => Promise<ActionRun>) => {
  const started = Date.now()
  const result = await run()
  return { run: result, ms: Date.now() - started }
}

let demo: string
let base: string
beforeAll(() => {
  ;({ dir: demo, base } = demoRepository('faults'))
})

const pullRequest = () => ({
  number: 7,
  pull_request: { number: 7, base: { sha: base, ref: 'main' }, head: { sha: base, ref: 'feature' } },
  repository: { full_name: 'octo-org/demo', default_branch: 'main' }
})

function noCrash(run: ActionRun): void {
  for (const text of [run.stdout, run.stderr]) expect(text).not.toMatch(/\n\s+at .+:\d+:\d+\)?$/m)
  if (run.outputs.status === 'error') expect(run.errorLines).toHaveLength(1)
}

describe('a flaky GitHub, OSV and Actions cache', () => {
  test.concurrent.each(GITHUB_FAULTS.filter(f => f !== 'a truncated body'))(
    "coverage-gate's required pull request comment meets %s: bounded retries, then a clear error or a warning, never a false verdict",
    async fault => {
      const api = await faultyService(fault)
      try {
        const { run, ms } = await timed(() =>
          runAction('coverage-gate', {
            cwd: demo,
            token: 'fake-token',
            eventName: 'pull_request',
            payload: pullRequest(),
            env: { GITHUB_API_URL: api.url, GITHUB_SHA: base, GITHUB_REF: 'refs/pull/7/merge' },
            inputs: { files: 'coverage.xml', 'min-coverage': '1', comment: 'always' },
            timeoutMs: STEP_BOUND_MS
          })
        )
        noCrash(run)
        // comment: always makes the comment part of the verdict: one clear error naming it, or (a secondary rate limit,
        // which the client treats as "may not write") a pass with the client's warning; coverage itself passes
        const warnings = run.commands.filter(c => c.command === 'warning').map(c => c.message)
        if (run.outputs.status === 'error') expect(run.errorLines[0]).toMatch(/comment/i)
        else expect([run.outputs.status, warnings.join('\n')]).toEqual(['pass', expect.stringMatching(/GitHub API/)])
        expect(run.summary).toContain('overage')
        expect(api.requests.length).toBeGreaterThan(0)
        expect(api.requests.length).toBeLessThanOrEqual(24)
        expect(ms).toBeLessThan(STEP_BOUND_MS)
      } finally {
        await api.close()
      }
    },
    STEP_BOUND_MS + 20_000
  )

  test.concurrent.each(GITHUB_FAULTS)(
    "sbom's release upload meets %s: bounded retries, then one clear error, never a pass",
    async fault => {
      const api = await faultyService(fault)
      try {
        const { run, ms } = await timed(() =>
          runAction('sbom', {
            cwd: demo,
            token: 'fake-token',
            eventName: 'release',
            payload: {
              action: 'published',
              release: {
                id: 42,
                tag_name: 'v1.2.3',
                upload_url: `${api.url}/repos/octo-org/demo/releases/42/assets{?name,label}`
              },
              repository: { full_name: 'octo-org/demo', default_branch: 'main' }
            },
            env: { GITHUB_API_URL: api.url, GITHUB_REF: 'refs/tags/v1.2.3' },
            inputs: { output: 'sbom.cdx.json', upload: 'always', 'release-tag': 'v1.2.3' },
            timeoutMs: STEP_BOUND_MS
          })
        )
        noCrash(run)
        expect(run.outputs.status).toBe('error')
        expect(run.exitCode).toBe(1)
        expect(api.requests.length).toBeLessThanOrEqual(24)
        expect(ms).toBeLessThan(STEP_BOUND_MS)
      } finally {
        await api.close()
      }
    },
    STEP_BOUND_MS + 20_000
  )

  test.concurrent.each(FAULT_NAMES)(
    "audit's OSV queries meet %s: bounded retries, then one clear error, never a pass",
    async fault => {
      const osv = await faultyService(fault)
      try {
        const { run, ms } = await timed(() =>
          runAction('audit', {
            cwd: demo,
            inputs: { files: 'requirements.txt', 'osv-url': osv.url },
            timeoutMs: STEP_BOUND_MS
          })
        )
        noCrash(run)
        expect(run.outputs.status).toBe('error')
        expect(run.errorLines[0]).toMatch(/OSV/)
        expect(osv.requests.length).toBeGreaterThan(0)
        expect(osv.requests.length).toBeLessThanOrEqual(8)
        expect(ms).toBeLessThan(STEP_BOUND_MS)
      } finally {
        await osv.close()
      }
    },
    STEP_BOUND_MS + 20_000
  )
})

describe('regressions under GitHub faults', () => {
  // comment.ts once called response.data.find on a comment list that was not an array: an "internal error"
  test('a truncated comment list ends coverage-gate with a clear error naming the comment', async () => {
    const api = await faultyService('a truncated body')
    try {
      const run = await runAction('coverage-gate', {
        cwd: demo,
        token: 'fake-token',
        eventName: 'pull_request',
        payload: pullRequest(),
        env: { GITHUB_API_URL: api.url, GITHUB_SHA: base },
        inputs: { files: 'coverage.xml', 'min-coverage': '1', comment: 'always' },
        timeoutMs: 60_000
      })
      expect(run.errorLines).toEqual([expect.stringMatching(/comment/i)])
      expect(run.errorLines[0]).not.toMatch(/internal error/)
    } finally {
      await api.close()
    }
  }, 90_000)

  // Octokit once had no request timeout: an API that accepts the connection and never answers held the step
  test('coverage-gate and sbom end within 90 s when the GitHub API never answers', async () => {
    const api = await faultyService('no answer at all')
    try {
      await Promise.all([
        runAction('coverage-gate', {
          cwd: demo,
          token: 'fake-token',
          eventName: 'pull_request',
          payload: pullRequest(),
          env: { GITHUB_API_URL: api.url, GITHUB_SHA: base },
          inputs: { files: 'coverage.xml', 'min-coverage': '1', comment: 'always' },
          timeoutMs: 90_000
        }),
        runAction('sbom', {
          cwd: demo,
          token: 'fake-token',
          env: { GITHUB_API_URL: api.url },
          inputs: { output: 'sbom.cdx.json', upload: 'always', 'release-tag': 'v1.2.3' },
          timeoutMs: 90_000
        })
      ])
    } finally {
      await api.close()
    }
  }, 120_000)
})

describe('a failing Actions cache service', () => {
  let cache: FakeCacheService
  let osv: OsvServer
  beforeAll(async () => {
    cache = await startFakeCacheService()
    osv = new OsvServer({ records: RECORDS })
    await osv.start()
  })
  afterAll(async () => {
    await cache.close()
    await osv.stop()
  })

  test.each([500, 502, 429])(
    'coverage-gate saves and restores its baseline through a cache answering %i: the baseline is skipped, the verdict stands',
    async status => {
      cache.failNext(status, 1_000)
      const pushed = await runAction('coverage-gate', {
        cwd: demo,
        env: { GITHUB_SHA: base, ...cache.env() },
        inputs: { files: 'coverage.xml', 'min-coverage': '1' },
        timeoutMs: 90_000
      })
      noCrash(pushed)
      expect(pushed.outputs.status).toBe('pass')
      const pr = await runAction('coverage-gate', {
        cwd: demo,
        eventName: 'pull_request',
        payload: pullRequest(),
        env: { GITHUB_SHA: base, GITHUB_REF: 'refs/pull/7/merge', ...cache.env() },
        inputs: { files: 'coverage.xml', 'min-coverage': '1', 'max-decrease': '0', comment: 'never' },
        timeoutMs: 90_000
      })
      noCrash(pr)
      expect(pr.outputs.status).toBe('pass')
      expect(pr.outputs.delta).toBe('')
      cache.failNext(200, 0)
    },
    200_000
  )

  test.each([500, 502])(
    'audit restores and saves its OSV records through a cache answering %i: it still queries OSV and reports',
    async status => {
      cache.failNext(status, 1_000)
      const run = await runAction('audit', {
        cwd: demo,
        env: cache.env(),
        inputs: { files: 'requirements.txt', 'osv-url': osv.url },
        timeoutMs: 90_000
      })
      noCrash(run)
      expect(run.outputs.status).toMatch(/^(pass|fail)$/)
      expect(readFileSync(run.outputs.report, 'utf8')).toContain('"packages"')
      cache.failNext(200, 0)
    },
    200_000
  )
})
