import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { errorMessage, type CacheStore, type Logger } from '@ci-suite/core'
import type { Counter } from '../model.js'
import type { HeadlineRule } from '../report/totals.js'

/** The totals kept per flag and branch so that pull requests can compare against their base. */
export interface Baseline {
  schema: 'ci-suite/coverage-baseline@1'
  flag: string
  branch: string
  sha: string
  /** the displayed headline percent */
  coverage: number
  rule: HeadlineRule
  lines: Counter
  branches: Counter
}

const slug = (text: string): string => text.replace(/[^A-Za-z0-9._-]+/g, '_') || '_'

/** `ci-suite-coverage-<flag>-<branch>-`: the restore prefix, newest entry for the branch first. */
export function baselinePrefix(flag: string, branch: string): string {
  return `ci-suite-coverage-${slug(flag || 'default')}-${slug(branch)}-`
}

export function baselineKey(flag: string, branch: string, sha: string): string {
  return `${baselinePrefix(flag, branch)}${sha}`
}

/** The cache needs the same path on save and restore, so the file lives at a fixed place under RUNNER_TEMP. */
export function baselinePath(dir: string, flag: string): string {
  return join(dir, 'ci-suite-coverage-baseline', `${slug(flag || 'default')}.json`)
}

export interface BaselineLookup {
  baseline?: Baseline
  /** what happened, for the summary */
  note: string
}

/** Restores the base branch's baseline: the exact commit first, then the newest for the branch. Never throws. */
export async function restoreBaseline(
  cache: CacheStore,
  path: string,
  where: { flag: string; branch: string; sha?: string },
  logger: Logger
): Promise<BaselineLookup> {
  if (!cache.available) {
    logger.warning('coverage-gate: the cache service is not available, so there is no baseline to compare with')
    return { note: 'no baseline: the cache service is not available' }
  }
  const prefix = baselinePrefix(where.flag, where.branch)
  let hit: string | undefined
  try {
    hit = await cache.restore([path], where.sha ? baselineKey(where.flag, where.branch, where.sha) : prefix, [prefix])
  } catch (error) {
    logger.warning(`coverage-gate: could not restore the baseline from the cache: ${errorMessage(error)}`)
    return { note: 'no baseline: the cache could not be read' }
  }
  if (!hit)
    return {
      note: `no baseline yet for ${where.branch}${where.flag ? ` (flag ${where.flag})` : ''}: it is stored by the next push to ${where.branch}`
    }
  try {
    const baseline = JSON.parse(await readFile(path, 'utf8')) as Baseline
    if (baseline.schema !== 'ci-suite/coverage-baseline@1' || typeof baseline.coverage !== 'number')
      throw new Error('unknown schema')
    return { baseline, note: `baseline from ${where.branch} at ${baseline.sha.slice(0, 7)}` }
  } catch (error) {
    logger.warning(`coverage-gate: the cached baseline ${hit} is unreadable (${errorMessage(error)}); ignoring it`)
    return { note: 'no baseline: the cached one is unreadable' }
  }
}

/** Stores this run's totals as the branch's baseline. Never throws; says what happened. */
export async function saveBaseline(
  cache: CacheStore,
  path: string,
  baseline: Baseline,
  logger: Logger
): Promise<string> {
  if (!cache.available) {
    logger.warning('coverage-gate: the cache service is not available, so the baseline was not stored')
    return 'baseline not stored: the cache service is not available'
  }
  await mkdir(dirname(path), { recursive: true })
  await writeFile(path, JSON.stringify(baseline, null, 2))
  const key = baselineKey(baseline.flag, baseline.branch, baseline.sha)
  const saved = await cache.save([path], key).catch(() => false)
  if (!saved) logger.warning(`coverage-gate: could not store the baseline under ${key} (it may exist already)`)
  return saved ? `baseline stored for ${baseline.branch} at ${baseline.sha.slice(0, 7)}` : 'baseline not stored'
}
