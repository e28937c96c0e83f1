import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { MemoryLogger } from '@ci-suite/core'
import { startFakeCacheService, type FakeCacheService } from '../../../../__tests__/helpers/fake-cache-service.js'
import { createActionsCache } from './actions-cache.js'

let service: FakeCacheService
let saved: NodeJS.ProcessEnv
let work: string
let cwd: string

beforeEach(async () => {
  saved = { ...process.env }
  service = await startFakeCacheService()
  Object.assign(process.env, service.env(), { RUNNER_TEMP: mkdtempSync(join(tmpdir(), 'ci-suite-cache-temp-')) })
  work = mkdtempSync(join(tmpdir(), 'ci-suite-cache-'))
  // @actions/cache archives paths relative to the working directory
  cwd = process.cwd()
  process.chdir(work)
})

afterEach(async () => {
  process.chdir(cwd)
  process.env = saved
  await service.close()
})

describe('the Actions cache through @actions/cache', () => {
  test('saves a folder and restores it by a key prefix, as the coverage baseline does', async () => {
    const logger = new MemoryLogger()
    const cache = createActionsCache(logger, process.env)
    expect(cache.available).toBe(true)
    mkdirSync('baseline')
    writeFileSync('baseline/totals.json', '{"lines": 84.31}')
    expect(await cache.save(['baseline'], 'coverage-main-abc123')).toBe(true)
    expect(service.entries.get('coverage-main-abc123')?.size).toBeGreaterThan(0)
    rmSync('baseline', { recursive: true })
    const hit = await cache.restore(['baseline'], 'coverage-main-def456', ['coverage-main-'])
    expect(hit).toBe('coverage-main-abc123')
    expect(readFileSync('baseline/totals.json', 'utf8')).toBe('{"lines": 84.31}')
    expect(logger.warnings()).toEqual([])
  })

  test('a miss is undefined, not an error', async () => {
    const cache = createActionsCache(new MemoryLogger(), process.env)
    expect(await cache.restore(['nothing'], 'no-such-key', ['no-such-'])).toBeUndefined()
  })

  test('a service that refuses is a false save and a miss, and the run carries on', async () => {
    service.failNext(400, 2)
    const cache = createActionsCache(new MemoryLogger(), process.env)
    mkdirSync('x')
    writeFileSync('x/a', 'a')
    expect(await cache.save(['x'], 'k1')).toBe(false)
    expect(await cache.restore(['x'], 'k1')).toBeUndefined()
    expect(service.entries.size).toBe(0)
  })

  test('a 502 is retried and the save goes through', async () => {
    service.failNext(502, 1)
    const cache = createActionsCache(new MemoryLogger(), process.env)
    mkdirSync('y')
    writeFileSync('y/a', 'a')
    expect(await cache.save(['y'], 'k2')).toBe(true)
    expect(service.entries.get('k2')?.size).toBeGreaterThan(0)
  }, 30_000)

  test('without the runner variables the cache is unavailable and nothing is sent', async () => {
    delete process.env.ACTIONS_RESULTS_URL
    const cache = createActionsCache(new MemoryLogger(), process.env)
    expect(cache.available).toBe(false)
    expect(await cache.restore(['x'], 'k')).toBeUndefined()
    expect(service.requests).toHaveLength(0)
  })
})
