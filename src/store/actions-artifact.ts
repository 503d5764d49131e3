/**
 * The ArtifactStore over @actions/artifact. Uploads replace an artifact of the same name in
 * the same run (a re-run attempt uploads again); downloads from another run need a token with
 * actions:read and that run's repository.
 */
import { DefaultArtifactClient, type ArtifactClient, type FindOptions } from '@actions/artifact'
import { mkdir, readdir } from 'node:fs/promises'
import path from 'node:path'
import type { Logger } from '../util/logger.js'
import { invalidArtifactCharacters } from './names.js'
import { ArtifactNotFoundError, type ArtifactLocation, type ArtifactStore } from './ports.js'

/** What the adapter needs besides the client. */
export interface ActionsArtifactOptions {
  /** Token for reading artifacts of other runs (github-token). */
  readonly token?: string
  /** This run's repository, `owner/name` (GITHUB_REPOSITORY). */
  readonly repository?: string
  /** The toolkit client; DefaultArtifactClient by default (tests pass their own). */
  readonly client?: ArtifactClient
}

async function listFiles(dir: string): Promise<string[]> {
  const found: string[] = []
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) found.push(...(await listFiles(full)))
    else if (entry.isFile()) found.push(full)
  }
  return found.sort()
}

function checkName(name: string): void {
  const bad = invalidArtifactCharacters(name)
  if (bad.length > 0) {
    throw new Error(
      `Artifact name '${name}' contains characters @actions/artifact refuses: ` +
        bad.map(c => JSON.stringify(c)).join(' ')
    )
  }
}

/** An ArtifactStore backed by the Actions artifact service. */
export function actionsArtifactStore(
  logger: Logger,
  options: ActionsArtifactOptions = {}
): ArtifactStore {
  const client = options.client ?? new DefaultArtifactClient()

  const findBy = (location: ArtifactLocation | undefined): FindOptions => {
    if (location?.runId === undefined) return {}
    const repository = location.repository ?? options.repository ?? ''
    const [owner, repo, ...rest] = repository.split('/')
    if (!owner || !repo || rest.length > 0) {
      throw new Error(
        `To fetch an artifact from run ${location.runId}, name its repository as owner/name ` +
          `(got '${repository}').`
      )
    }
    if (!options.token) {
      throw new Error(
        `Fetching an artifact from run ${location.runId} needs a token with actions:read ` +
          '(github-token).'
      )
    }
    return {
      findBy: {
        token: options.token,
        workflowRunId: location.runId,
        repositoryOwner: owner,
        repositoryName: repo
      }
    }
  }

  return {
    async upload(name, files) {
      checkName(name)
      if (files.length === 0) throw new Error(`Artifact '${name}' would have no files.`)
      const root = path.dirname(files[0] as string)
      if (files.some(file => path.dirname(file) !== root)) {
        throw new Error(`Artifact '${name}': all files must be in one directory.`)
      }
      let existing = false
      try {
        await client.getArtifact(name)
        existing = true
      } catch {
        // not found: the usual case
      }
      if (existing) {
        logger.info(`Artifact '${name}' exists in this run (an earlier attempt); replacing it.`)
        await client.deleteArtifact(name)
      }
      // Wheels are already compressed: zipping them again costs time and saves nothing.
      const response = await client.uploadArtifact(name, [...files], root, { compressionLevel: 0 })
      return response.id === undefined ? {} : { id: response.id }
    },
    async exists(name, location) {
      checkName(name)
      try {
        await client.getArtifact(name, findBy(location))
        return true
      } catch (error) {
        // getArtifact throws the toolkit's ArtifactNotFoundError for a name the run does not
        // hold; matched by name, as in download, since a bundle may hold two copies of the class.
        if ((error as Error).name === 'ArtifactNotFoundError') return false
        throw error
      }
    },
    async download(name, into, location) {
      checkName(name)
      const find = findBy(location)
      let found
      try {
        found = await client.getArtifact(name, find)
      } catch (error) {
        // By name, not class: a second copy of the toolkit (a bundle, a test's client) has its own.
        if (error instanceof Error && error.name === 'ArtifactNotFoundError') {
          throw new ArtifactNotFoundError(error.message)
        }
        throw error
      }
      const { artifact } = found
      await mkdir(into, { recursive: true })
      const response = await client.downloadArtifact(artifact.id, {
        path: into,
        ...(artifact.digest ? { expectedHash: artifact.digest } : {}),
        ...find
      })
      if (response.digestMismatch) {
        throw new Error(
          `Artifact '${name}' arrived with a different digest than it was stored with.`
        )
      }
      return listFiles(response.downloadPath ?? into)
    }
  }
}
