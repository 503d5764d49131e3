/**
 * The compiler cache (ccache) of a build: used when ccache is installed, restored before the
 * build from the closest key, and saved after it, a failed build included.
 */
import path from 'node:path'
import { ccacheKeys } from '../../build/cachekey.js'
import type { CacheStore } from '../../store/ports.js'
import type { Logger } from '../../util/logger.js'
import type { ProcessRunner } from '../../util/process.js'
import { isDirectory } from '../../util/fs.js'
import type { BuildPlan } from './plan.js'

/** Where the compiler cache lives, the keys it is saved and restored under, and what it came from. */
export interface CompilerCache {
  readonly dir: string
  /** Most specific first: the first is the key it is saved under. */
  readonly keys: readonly string[]
  /** The key it was restored from, or null when it started empty. */
  readonly hit: string | null
}

async function hasCcache(run: ProcessRunner): Promise<boolean> {
  try {
    return (await run('ccache', ['--version'])).exitCode === 0
  } catch {
    return false
  }
}

/** What of the plan the compiler cache depends on. */
export type CompilerCachePlan = Pick<BuildPlan, 'workDir' | 'python' | 'commit'> & {
  readonly variant: { readonly name: string }
}

/**
 * When ccache is installed, restores the variant's compiler cache and points `env` (the build's
 * environment) at it; null when there is no ccache.
 */
export async function restoreCompilerCache(
  p: CompilerCachePlan,
  run: ProcessRunner,
  cache: CacheStore,
  env: Record<string, string>,
  logger: Logger
): Promise<CompilerCache | null> {
  const installed = await hasCcache(run)
  const dir = path.join(p.workDir, 'ccache', p.variant.name)
  const keys = ccacheKeys(p.variant.name, p.python, p.commit)
  if (!installed) return null
  env.CCACHE_DIR = dir
  const hit = await cache.restore([dir], keys)
  logger.info(hit ? `Compiler cache restored from ${hit}.` : 'Compiler cache: starting empty.')
  return { dir, keys, hit }
}

/** Saves the compiler cache under its first key, unless it came from exactly that key. */
export async function saveCompilerCache(
  compilerCache: CompilerCache | null,
  cache: CacheStore
): Promise<void> {
  if (!compilerCache) return
  const { dir, keys, hit } = compilerCache
  if (hit !== keys[0] && (await isDirectory(dir))) {
    await cache.save([dir], keys[0] as string)
  }
}
