import { afterEach, describe, expect, test } from '@jest/globals'
import { sendJson, startLocalServer, type LocalServer } from '../../../../__tests__/helpers/local-server.js'
import { ServiceError } from '../errors.js'
import { fetchJson, fetchWithRetry } from './fetch-with-retry.js'

let server: LocalServer | undefined
afterEach(async () => server?.close())

describe('requests with retries', () => {
  test('retries a 500 and a 429 with retry-after, then returns the answer', async () => {
    const answers = [() => [500, {}], () => [429, {}, { 'retry-after': '0' }], () => [200, { ok: 1 }]] as const
    let i = 0
    server = await startLocalServer((_req, res) => {
      const [status, body, headers] = answers[i++]() as [number, unknown, Record<string, string>?]
      sendJson(res, status, body, headers)
    })
    expect(await fetchJson(`${server.url}/v1/query`, { method: 'POST', body: { a: 1 } }, { backoffMs: 1 })).toEqual({
      ok: 1
    })
    expect(server.requests).toHaveLength(3)
    expect(JSON.parse(server.requests[0].body)).toEqual({ a: 1 })
  })

  test('a service that answers 500 forever is a ServiceError, never an empty answer', async () => {
    server = await startLocalServer((_req, res) => sendJson(res, 500, { error: 'down' }))
    await expect(fetchJson(`${server.url}/v1/query`, {}, { backoffMs: 1, attempts: 3 }, 'OSV')).rejects.toThrow(
      'OSV answered HTTP 500 to GET /v1/query: check the URL and try again later'
    )
    expect(server.requests).toHaveLength(3)
  })

  test('a body that is not JSON is a ServiceError', async () => {
    server = await startLocalServer((_req, res) => {
      res.writeHead(200)
      res.end('{"trunc')
    })
    await expect(fetchJson(`${server.url}/x`, {}, { backoffMs: 1 })).rejects.toBeInstanceOf(ServiceError)
  })

  test('a server that never answers times out within the bound', async () => {
    server = await startLocalServer(() => undefined)
    const started = Date.now()
    await expect(
      fetchWithRetry(`${server.url}/slow`, {}, { attempts: 2, timeoutMs: 200, backoffMs: 1 }, 'OSV')
    ).rejects.toThrow(/OSV could not be reached after 2 attempts \(no answer within 0 s\)/)
    expect(Date.now() - started).toBeLessThan(3000)
  })

  test('a deadline cuts the attempts and their timeouts short and says so', async () => {
    server = await startLocalServer(() => undefined)
    const started = Date.now()
    await expect(
      fetchWithRetry(`${server.url}/slow`, {}, { attempts: 4, timeoutMs: 30_000, deadline: Date.now() + 300 }, 'OSV')
    ).rejects.toThrow(/^OSV could not be reached after 1 attempt \(the deadline passed\) \(no answer within 0 s\)/)
    expect(Date.now() - started).toBeLessThan(3000)
  })

  test('a refused connection is a ServiceError that names the service', async () => {
    const closed = await startLocalServer(() => undefined)
    await closed.close()
    await expect(fetchWithRetry(`${closed.url}/x`, {}, { attempts: 2, backoffMs: 1 }, 'OSV')).rejects.toThrow(
      /OSV could not be reached after 2 attempts \(ECONNREFUSED\)/
    )
  })
})
