import type { CacheStore, Env, Logger } from '@ci-suite/core'

type CacheModule = typeof import('@actions/cache')

/**
 * The Actions cache service through @actions/cache, loaded on first use (it is the largest part of the toolkit).
 * Unreachable or refused: a warning, and the run carries on.
 */
export function createActionsCache(logger: Logger, env: Env = process.env): CacheStore {
  // what @actions/cache's isFeatureAvailable() checks, without loading it
  const available = Boolean(env.ACTIONS_RESULTS_URL || env.ACTIONS_CACHE_URL)
  let module: Promise<CacheModule> | undefined
  const load = () => (module ??= import('@actions/cache'))
  const describe = (error: unknown) => (error instanceof Error ? error.message : String(error))
  return {
    available,
    async restore(paths, key, restoreKeys = []) {
      if (!available) return undefined
      try {
        return await (await load()).restoreCache(paths, key, restoreKeys)
      } catch (error) {
        logger.warning(`the Actions cache could not be read (${describe(error)}); carrying on without it`)
        return undefined
      }
    },
    async save(paths, key) {
      if (!available) return false
      try {
        return (await (await load()).saveCache(paths, key)) !== -1
      } catch (error) {
        logger.warning(`the Actions cache could not be written (${describe(error)}); carrying on`)
        return false
      }
    }
  }
}
