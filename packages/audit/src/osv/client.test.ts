import { afterEach, expect, test } from '@jest/globals'
import { MemoryLogger } from '@ci-suite/core'
import { startLocalServer, type LocalServer } from '../../../../__tests__/helpers/local-server.js'
import { OsvClient } from './client.js'

let server: LocalServer | undefined
afterEach(async () => server?.close())

test.each([1, 3, 8])(
  'fetches records at a concurrency of %i, never more in flight, each distinct id once, in the order asked',
  async concurrency => {
    let inFlight = 0
    let most = 0
    server = await startLocalServer((request, response) => {
      inFlight++
      most = Math.max(most, inFlight)
      const id = decodeURIComponent(request.url.replace('/v1/vulns/', ''))
      setTimeout(() => {
        inFlight--
        response.writeHead(200, { 'content-type': 'application/json' })
        response.end(JSON.stringify({ id, modified: '2025-01-01T00:00:00Z', affected: [] }))
      }, 30)
    })
    const client = new OsvClient({ url: server.url, logger: new MemoryLogger(), concurrency })
    const ids = Array.from({ length: 12 }, (_, i) => `GHSA-test-${String(i).padStart(4, '0')}-0000`)
    const records = await client.vulnerabilities([...ids, ...ids.slice(0, 4)].map(id => ({ id })))
    expect([...records.keys()]).toEqual(ids)
    expect(server.requests).toHaveLength(12)
    expect(most).toBe(concurrency)
  }
)
