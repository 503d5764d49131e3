/**
 * The local stores for the command line: cache entries and artifacts as directories under a
 * work directory, with the same meaning as the Actions ones (immutable cache entries found by
 * key or prefix, newest first; artifacts by name, per run), so a local re-run skips a build too.
 */
import { createHash, randomUUID } from 'node:crypto'
import { cp, mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { invalidArtifactCharacters } from './names.js'
import { ArtifactNotFoundError, type ArtifactStore, type CacheStore } from './ports.js'

interface Manifest {
  readonly key: string
  readonly created: number
  readonly paths: readonly string[]
}

const MANIFEST = 'manifest.json'

function isExisting(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code
  return code === 'ENOTEMPTY' || code === 'EEXIST'
}

/** A CacheStore in `<root>/<sha256 of key>/`; `now` orders entries (injectable for tests). */
export function localCacheStore(root: string, now: () => number = Date.now): CacheStore {
  const entryDir = (key: string): string =>
    path.join(root, createHash('sha256').update(key).digest('hex'))

  const manifests = async (): Promise<{ dir: string; manifest: Manifest }[]> => {
    let names: string[]
    try {
      names = await readdir(root)
    } catch {
      return []
    }
    const found: { dir: string; manifest: Manifest }[] = []
    for (const name of names) {
      if (name.startsWith('.')) continue
      const dir = path.join(root, name)
      try {
        const manifest = JSON.parse(await readFile(path.join(dir, MANIFEST), 'utf8')) as Manifest
        found.push({ dir, manifest })
      } catch {
        // a directory without a manifest is not an entry
      }
    }
    return found.sort((a, b) => b.manifest.created - a.manifest.created)
  }

  return {
    async restore(paths, keys, options = {}) {
      const all = await manifests()
      const [primary, ...prefixes] = keys
      let match = all.find(entry => entry.manifest.key === primary)
      for (const prefix of prefixes) {
        match ??= all.find(entry => entry.manifest.key.startsWith(prefix))
      }
      if (!match) return null
      if (!options.lookupOnly) {
        const stored = match.manifest.paths
        for (const [i, target] of paths.entries()) {
          const index = stored.indexOf(path.resolve(target))
          const from = path.join(match.dir, 'data', String(index >= 0 ? index : i))
          await mkdir(path.dirname(path.resolve(target)), { recursive: true })
          await cp(from, path.resolve(target), { recursive: true, force: true })
        }
      }
      return match.manifest.key
    },
    async save(paths, key) {
      const target = entryDir(key)
      await mkdir(root, { recursive: true })
      const staging = path.join(root, `.staging-${randomUUID()}`)
      try {
        await mkdir(path.join(staging, 'data'), { recursive: true })
        const resolved = paths.map(p => path.resolve(p))
        for (const [i, source] of resolved.entries()) {
          await cp(source, path.join(staging, 'data', String(i)), { recursive: true })
        }
        const manifest: Manifest = { key, created: now(), paths: resolved }
        await writeFile(path.join(staging, MANIFEST), JSON.stringify(manifest, null, 2))
        // rename is atomic: a second save of the same key finds the entry and leaves it alone
        await rename(staging, target)
        return true
      } catch (error) {
        if (isExisting(error)) return false
        throw error
      } finally {
        await rm(staging, { recursive: true, force: true })
      }
    }
  }
}

/** An ArtifactStore in `<root>/<run>/<name>/`; `run` names this run ('local' by default). */
export function localArtifactStore(root: string, run = 'local'): ArtifactStore {
  const dirFor = (name: string, runId?: number): string => {
    const bad = invalidArtifactCharacters(name)
    if (bad.length > 0 || name === '' || name === '.' || name === '..') {
      throw new Error(
        `Artifact name '${name}' contains characters @actions/artifact refuses: ` +
          bad.map(c => JSON.stringify(c)).join(' ')
      )
    }
    return path.join(root, runId === undefined ? run : String(runId), name)
  }
  return {
    async upload(name, files) {
      const dir = dirFor(name)
      const staging = `${dir}.staging-${randomUUID()}`
      await mkdir(staging, { recursive: true })
      try {
        for (const file of files) await cp(file, path.join(staging, path.basename(file)))
        // same name in the same run replaces the earlier upload, as the Actions adapter does
        await rm(dir, { recursive: true, force: true })
        await rename(staging, dir)
      } finally {
        await rm(staging, { recursive: true, force: true })
      }
      return {}
    },
    async exists(name, location) {
      try {
        return (await readdir(dirFor(name, location?.runId))).length > 0
      } catch {
        return false
      }
    },
    async download(name, into, location) {
      const dir = dirFor(name, location?.runId)
      let names: string[]
      try {
        names = (await readdir(dir)).sort()
      } catch {
        throw new ArtifactNotFoundError(
          `No artifact '${name}' in ${path.dirname(dir)} (local artifacts live under the work directory).`
        )
      }
      await mkdir(into, { recursive: true })
      const out: string[] = []
      for (const file of names) {
        await cp(path.join(dir, file), path.join(into, file))
        out.push(path.join(into, file))
      }
      return out
    }
  }
}
