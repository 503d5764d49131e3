/**
 * The CacheStore over @actions/cache. Entries are immutable there too: saving a key that
 * exists is reported by the toolkit (cache id -1) and answered here with false. A cache service
 * that is missing (GHES without one) or failing is a warning, never a failed build.
 */
import * as cache from '@actions/cache'
import type { Logger } from '../util/logger.js'
import type { CacheStore } from './ports.js'

/** A CacheStore backed by the Actions cache service. */
export function actionsCacheStore(logger: Logger): CacheStore {
  const available = (): boolean => {
    if (cache.isFeatureAvailable()) return true
    logger.warning('The Actions cache service is not available here; building without a cache.')
    return false
  }
  return {
    async restore(paths, keys, options = {}) {
      const [primary, ...prefixes] = keys
      if (primary === undefined || !available()) return null
      const hit = await cache.restoreCache([...paths], primary, prefixes, {
        lookupOnly: options.lookupOnly ?? false
      })
      return hit ?? null
    },
    async save(paths, key) {
      if (!available()) return false
      // saveCache returns -1 (and logs why) when the key exists or the service refused.
      return (await cache.saveCache([...paths], key)) !== -1
    }
  }
}
