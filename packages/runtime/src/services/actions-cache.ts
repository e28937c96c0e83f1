import * as cache from '@actions/cache'
import type { CacheStore, Logger } from '@ci-suite/core'

/** The Actions cache service through @actions/cache. Unreachable or refused: a warning, and the run carries on. */
export function createActionsCache(logger: Logger): CacheStore {
  let available = false
  try {
    available = cache.isFeatureAvailable()
  } catch {
    available = false
  }
  return {
    available,
    async restore(paths, key, restoreKeys = []) {
      if (!available) return undefined
      try {
        return await cache.restoreCache(paths, key, restoreKeys)
      } catch (error) {
        logger.warning(
          `the Actions cache could not be read (${error instanceof Error ? error.message : String(error)}); carrying on without it`
        )
        return undefined
      }
    },
    async save(paths, key) {
      if (!available) return false
      try {
        return (await cache.saveCache(paths, key)) !== -1
      } catch (error) {
        logger.warning(
          `the Actions cache could not be written (${error instanceof Error ? error.message : String(error)}); carrying on`
        )
        return false
      }
    }
  }
}
