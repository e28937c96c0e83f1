import { afterEach, describe, expect, test } from '@jest/globals'
import { MemoryLogger, ServiceError } from '@ci-suite/core'
import { startLocalServer, type LocalServer } from '../../../__tests__/helpers/local-server.js'
import { lookupAdvisories } from './advisories.js'
import { SERVICE_SILENCE_LIMIT_MS } from './service-silence.js'

const lodash = {
  id: 'pkg:npm/lodash@4.17.15',
  ecosystem: 'npm' as const,
  name: 'lodash',
  version: '4.17.15',
  purl: 'pkg:npm/lodash@4.17.15',
  direct: true,
  dev: false,
  path: ['lodash'],
  dependencies: [],
  file: 'package-lock.json',
  hashes: [],
  source: 'registry' as const
}

let server: LocalServer | undefined
afterEach(async () => server?.close())

describe('a source that never answers', () => {
  test('waits a minute by default, where four attempts of 30 s would hold the job two', () => {
    expect(SERVICE_SILENCE_LIMIT_MS).toBe(60_000)
  })

  test.each([
    ['osv', 'OSV', 'osv-url'],
    ['npm', 'the npm registry', 'npm-registry-url']
  ] as const)(
    'the %s source gives up at the silence limit and says the service did not answer and what to do',
    async (source, service, input) => {
      server = await startLocalServer(() => undefined)
      const started = Date.now()
      const lookup = lookupAdvisories([lodash], {
        sources: [source],
        osvUrl: server.url,
        npmRegistryUrl: server.url,
        logger: new MemoryLogger(),
        // the default per-attempt timeout and attempts: only the silence limit can end this early
        retry: { attempts: 4, timeoutMs: 30_000 },
        silenceLimitMs: 400
      })
      await expect(lookup).rejects.toThrow(ServiceError)
      await expect(lookup).rejects.toThrow(
        new RegExp(
          `^${service} \\(127\\.0\\.0\\.1:\\d+\\) did not answer for 400 ms \\(no answer within 0 s\\): it is down or out of this runner's reach; re-run later, or set ${input} to a mirror the runner can reach$`
        )
      )
      expect(Date.now() - started).toBeLessThan(5_000)
      expect(server.requests.length).toBeGreaterThanOrEqual(1)
    }
  )

  test('a service that answers keeps the clock from running out, however long the whole lookup takes', async () => {
    let calls = 0
    server = await startLocalServer((request, response) => {
      calls++
      // each answer takes 250 ms: the two requests take longer than the 400 ms limit together, each within it
      setTimeout(() => {
        response.writeHead(200, { 'content-type': 'application/json' })
        response.end(
          request.url === '/v1/querybatch'
            ? JSON.stringify({ results: [{ vulns: [{ id: 'GHSA-slow-0000-0000' }] }] })
            : JSON.stringify({
                id: 'GHSA-slow-0000-0000',
                modified: '2025-01-01T00:00:00Z',
                affected: [{ package: { ecosystem: 'npm', name: 'lodash' }, versions: ['4.17.15'] }]
              })
        )
      }, 250)
    })
    const result = await lookupAdvisories([lodash], {
      sources: ['osv'],
      osvUrl: server.url,
      npmRegistryUrl: server.url,
      logger: new MemoryLogger(),
      silenceLimitMs: 400
    })
    expect(calls).toBe(2)
    expect([...result.byPackage.values()].flat().map(a => a.id)).toEqual(['GHSA-slow-0000-0000'])
  })
})
