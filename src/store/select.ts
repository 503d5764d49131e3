/**
 * Picks the cache and artifact stores for where we run: the toolkit's in GitHub Actions,
 * directories under work-dir on the command line. The toolkit clients are loaded only when
 * used, so a `check` run does not pay for them.
 */
import path from 'node:path'
import type { Logger } from '../util/logger.js'
import type { ArtifactStore, CacheStore } from './ports.js'

/** The stores one run uses. */
export interface Stores {
  readonly cache: CacheStore
  readonly artifacts: ArtifactStore
}

/** What decides the stores. */
export interface StoreEnvironment {
  /** True inside a GitHub Actions job (GITHUB_ACTIONS=true). */
  readonly inActions: boolean
  /** Absolute work directory for the local stores. */
  readonly workDir: string
  readonly githubToken: string
  /** GITHUB_REPOSITORY. */
  readonly repository: string
}

/** Returns the stores for the environment. */
export async function selectStores(env: StoreEnvironment, logger: Logger): Promise<Stores> {
  if (env.inActions) {
    const [{ actionsCacheStore }, { actionsArtifactStore }] = await Promise.all([
      import('./actions-cache.js'),
      import('./actions-artifact.js')
    ])
    return {
      cache: actionsCacheStore(logger),
      artifacts: actionsArtifactStore(logger, {
        token: env.githubToken || undefined,
        repository: env.repository || undefined
      })
    }
  }
  const { localArtifactStore, localCacheStore } = await import('./local.js')
  return {
    cache: localCacheStore(path.join(env.workDir, 'cache')),
    artifacts: localArtifactStore(path.join(env.workDir, 'artifacts'))
  }
}
