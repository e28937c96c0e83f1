import { afterEach, describe, expect, test } from '@jest/globals'
import { GitHubRequestError, MemoryLogger } from '@ci-suite/core'
import { sendJson, startLocalServer, type LocalServer } from '../../../../__tests__/helpers/local-server.js'
import { createGitHubApi } from './github-api.js'

let server: LocalServer | undefined
afterEach(async () => server?.close())

const token = ['ghs', 'testtoken000000000000000000000000000'].join('_')

describe('the GitHub API client', () => {
  test('sends the token and retries a 502 until the API answers', async () => {
    let calls = 0
    server = await startLocalServer((_req, res) => {
      calls++
      if (calls < 3) return sendJson(res, 502, { message: 'Bad gateway' })
      sendJson(res, 200, { full_name: 'octo-org/demo' })
    })
    const api = createGitHubApi({ token, baseUrl: server.url, logger: new MemoryLogger(), retries: 3 })
    const response = await api.request<{ full_name: string }>('GET /repos/{owner}/{repo}', {
      owner: 'octo-org',
      repo: 'demo'
    })
    expect(response.data.full_name).toBe('octo-org/demo')
    expect(server.requests).toHaveLength(3)
    expect(server.requests[0].url).toBe('/repos/octo-org/demo')
    expect(server.requests[0].headers.authorization).toBe(`token ${token}`)
  })

  test('a read-only token gets a 403 as a GitHubRequestError with the status, without retries', async () => {
    server = await startLocalServer((_req, res) =>
      sendJson(res, 403, { message: 'Resource not accessible by integration' })
    )
    const api = createGitHubApi({ token, baseUrl: server.url, logger: new MemoryLogger() })
    const attempt = api.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      owner: 'o',
      repo: 'r',
      issue_number: 1,
      body: 'x'
    })
    await expect(attempt).rejects.toBeInstanceOf(GitHubRequestError)
    await expect(attempt).rejects.toMatchObject({ status: 403 })
    expect(server.requests).toHaveLength(1)
  })

  test('waits out a 429 with retry-after, then succeeds', async () => {
    let calls = 0
    server = await startLocalServer((_req, res) => {
      calls++
      if (calls === 1) return sendJson(res, 429, { message: 'rate limited' }, { 'retry-after': '1' })
      sendJson(res, 200, { ok: true })
    })
    const logger = new MemoryLogger()
    const api = createGitHubApi({ token, baseUrl: server.url, logger })
    const response = await api.request<{ ok: boolean }>('GET /rate_limit')
    expect(response.data.ok).toBe(true)
    expect(calls).toBe(2)
  })

  test('gives up on a secondary rate limit that asks for too long a wait', async () => {
    server = await startLocalServer((_req, res) =>
      sendJson(res, 403, { message: 'You have exceeded a secondary rate limit' }, { 'retry-after': '3600' })
    )
    const logger = new MemoryLogger()
    const api = createGitHubApi({ token, baseUrl: server.url, logger, maxRetryAfterSeconds: 5 })
    await expect(api.request('GET /rate_limit')).rejects.toMatchObject({ status: 403 })
    expect(logger.warnings().join('\n')).toContain('secondary rate limit; giving up')
  })
})
