/**
 * The two small ports for carrying files between runs and jobs: a cache (immutable entries
 * found by exact key or key prefix, as @actions/cache) and an artifact store (named sets of
 * files per workflow run, as @actions/artifact). Adapters: Actions (toolkit) and local directories.
 */

/** Restores and saves cache entries; an entry, once saved under a key, never changes. */
export interface CacheStore {
  /**
   * Restores the newest entry whose key equals keys[0], else the newest one starting with
   * one of the other keys (prefixes, in order), into `paths`; returns the matched key or null.
   * With lookupOnly nothing is written: only whether (and which) entry exists.
   */
  restore(
    paths: readonly string[],
    keys: readonly string[],
    options?: { readonly lookupOnly?: boolean }
  ): Promise<string | null>
  /** Saves `paths` under `key`; returns false when an entry with that key already exists. */
  save(paths: readonly string[], key: string): Promise<boolean>
}

/** Where to find an artifact: this run by default, or another run of a repository. */
export interface ArtifactLocation {
  /** Workflow run id of another run. */
  readonly runId?: number
  /** `owner/name` of the repository that run belongs to; this repository by default. */
  readonly repository?: string
}

/** The artifact asked for does not exist (as opposed to one that could not be read). */
export class ArtifactNotFoundError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ArtifactNotFoundError'
  }
}

/** Uploads and downloads named artifacts. */
export interface ArtifactStore {
  /** Uploads `files` (flat: by base name) as artifact `name`; returns its id when known. */
  upload(name: string, files: readonly string[]): Promise<{ readonly id?: number }>
  /**
   * Downloads artifact `name` into `into` (created if needed); returns the files' paths.
   * Rejects with ArtifactNotFoundError when there is no such artifact.
   */
  download(name: string, into: string, location?: ArtifactLocation): Promise<string[]>
  /**
   * True when artifact `name` exists, without downloading it (the plan gate asks). Optional:
   * a store without it cannot tell, and the plan then counts only the cache.
   */
  exists?(name: string, location?: ArtifactLocation): Promise<boolean>
}
