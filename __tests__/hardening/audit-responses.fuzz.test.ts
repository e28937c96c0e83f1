import { afterEach, describe, expect, test } from '@jest/globals'
import fc from 'fast-check'
import { MemoryLogger } from '@ci-suite/core'
import type { LockedPackage } from '@ci-suite/lockfiles'
import { lookupAdvisories } from '../../packages/audit/src/advisories.js'
import { npmBulkAdvisories } from '../../packages/audit/src/sources/npm-advisories.js'
import { NPM_ADVISORIES, RECORDS } from '../audit/records.js'
import { RUNS, jsonSize, mutatedJsonOrTextFrom, onlyTypedErrorsAsync } from './mutate.js'

const pkg = (ecosystem: LockedPackage['ecosystem'], name: string, version: string): LockedPackage => ({
  id: `${name}@${version}`,
  ecosystem,
  name,
  version,
  purl: `pkg:${ecosystem.toLowerCase()}/${name}@${version}`,
  direct: true,
  dev: false,
  path: [name],
  dependencies: [],
  file: 'lock',
  hashes: []
})

const PACKAGES = [
  pkg('npm', 'lodash', '4.17.15'),
  pkg('npm', 'minimist', '1.2.0'),
  pkg('PyPI', 'jinja2', '3.1.2'),
  pkg('PyPI', 'Django', '4.2.1'),
  pkg('PyPI', 'urllib3', '1.26.5')
]

/** osv.dev's querybatch answer for PACKAGES (ids and modified times, one page), as the real service shapes it. */
const BATCH_ANSWER = JSON.stringify({
  results: PACKAGES.map(p => {
    const vulns = RECORDS.filter(r =>
      r.affected.some(a => a.package.ecosystem === p.ecosystem && a.package.name.toLowerCase() === p.name.toLowerCase())
    ).map(r => ({ id: r.id, modified: r.modified }))
    return vulns.length ? { vulns } : {}
  })
})
const PAGED_ANSWER = JSON.stringify({
  results: PACKAGES.map((_, i) =>
    i === 0 ? { vulns: [{ id: RECORDS[0]!.id, modified: RECORDS[0]!.modified }], next_page_token: 'p2' } : {}
  )
})
const RECORD_TEXTS = RECORDS.map(r => JSON.stringify(r))

/** Serves the bodies from memory through the real client code: fetchJson, OsvClient, the record readers. */
function fakeFetch(answer: (url: URL) => string): typeof fetch {
  return (async (input: string | URL) => {
    const url = new URL(String(input))
    return new Response(answer(url), { status: 200, headers: { 'content-type': 'application/json' } })
  }) as typeof fetch
}

const realFetch = globalThis.fetch
afterEach(() => {
  globalThis.fetch = realFetch
})

const oneAttempt = { attempts: 1, timeoutMs: 2_000, backoffMs: 0 }

describe('hostile advisory service answers', () => {
  test(`OSV querybatch and vulnerability records: ${RUNS} mutated answers give advisories or a ServiceError`, async () => {
    await fc.assert(
      fc.asyncProperty(
        mutatedJsonOrTextFrom([BATCH_ANSWER, PAGED_ANSWER]),
        fc.array(mutatedJsonOrTextFrom(RECORD_TEXTS), { minLength: 1, maxLength: 4 }),
        fc.nat(),
        async (batch, records, pick) => {
          let served = 0
          globalThis.fetch = fakeFetch(url => {
            if (url.pathname === '/v1/querybatch') return served++ === 0 ? batch : BATCH_ANSWER
            const id = decodeURIComponent(url.pathname.split('/').pop() ?? '')
            const own = RECORD_TEXTS.find(t => t.includes(`"id":"${id}"`))
            // most ids get a mutated record, some their real one
            return (pick + served++) % 3 === 0 && own ? own : (records[(pick + served) % records.length] as string)
          })
          const started = performance.now()
          await onlyTypedErrorsAsync(async () => {
            const lookup = await lookupAdvisories(PACKAGES, {
              sources: ['osv'],
              osvUrl: 'http://osv.invalid',
              npmRegistryUrl: 'http://npm.invalid',
              logger: new MemoryLogger(),
              retry: oneAttempt
            })
            expect(jsonSize(lookup.byPackage)).toBeLessThan(100 * (batch.length + records.join('').length) + 100_000)
            for (const advisories of lookup.byPackage.values())
              for (const a of advisories) {
                expect(typeof a.id).toBe('string')
                expect(['critical', 'high', 'moderate', 'low', 'unknown']).toContain(a.rating.severity)
              }
            return lookup
          }, '')
          expect(performance.now() - started).toBeLessThan(2_000)
        }
      ),
      { numRuns: RUNS }
    )
  }, 180_000)

  test(`npm bulk advisories: ${RUNS} mutated answers give matches or a ServiceError`, async () => {
    const answer = JSON.stringify(NPM_ADVISORIES)
    await fc.assert(
      fc.asyncProperty(mutatedJsonOrTextFrom([answer]), async body => {
        globalThis.fetch = fakeFetch(() => body)
        await onlyTypedErrorsAsync(async () => {
          const { matches } = await npmBulkAdvisories(
            'http://npm.invalid',
            PACKAGES.filter(p => p.ecosystem === 'npm'),
            oneAttempt
          )
          for (const m of matches) expect(['lodash', 'minimist']).toContain(m.name)
          return matches
        }, '')
      }),
      { numRuns: RUNS }
    )
  }, 180_000)
})
