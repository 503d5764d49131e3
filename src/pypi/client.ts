/**
 * The package-index client the gates hold through their context: reading what an index holds,
 * uploading one wheel, minting a trusted-publishing token, and listing an install source for
 * verify's wait. One object per run, so a test hands every gate another index in one place.
 */
import path from 'node:path'
import type { Attestation } from '../attest/attestation.js'
import { readProvenance, type Provenance } from '../attest/provenance.js'
import { listerFor, type IndexLister } from '../python/listing.js'
import type { PackageSource } from '../python/sources.js'
import type { Logger } from '../util/logger.js'
import { nodeFetch, type Fetch } from '../util/http.js'
import type { WheelInspection } from '../wheel/types.js'
import { downloadIndexFile, type DownloadedFile } from './download.js'
import { githubIdToken, mintTrustedPublishingToken, type IdTokenProvider } from './oidc.js'
import { progressLogger } from './progress.js'
import { HttpIndexReader, type ExistingFile } from './read.js'
import { StaticIndex } from './static.js'
import type { IndexTarget } from './targets.js'
import { uploadOnce, UploadError, type Credentials } from './upload.js'

/** Everything a gate asks of package indexes. */
export interface IndexClient {
  /** Files the target holds for a project (at a version, where the index can say). */
  listFiles(target: IndexTarget, project: string, version: string): Promise<ExistingFile[]>
  /** Every file the target holds for a project, of every version. */
  listProjectFiles(target: IndexTarget, project: string): Promise<ExistingFile[]>
  /**
   * Downloads one listed file into the directory `into`, streamed, and keeps it only when its
   * sha256 is the one the listing states (IndexDownloadError otherwise).
   */
  download(file: ExistingFile, into: string): Promise<DownloadedFile>
  /**
   * Sends one wheel (with its PEP 740 attestations, if any); resolves when the target stored
   * it, rejects (UploadError) otherwise.
   */
  upload(
    target: IndexTarget,
    wheel: WheelInspection,
    credentials: Credentials | null,
    attestations?: readonly Attestation[]
  ): Promise<void>
  /** A file's provenance from the index's integrity API; null when it has none. */
  provenance?(
    target: IndexTarget,
    project: string,
    version: string,
    filename: string
  ): Promise<Provenance | null>
  /** Mints an upload token by trusted publishing for the target. */
  mintToken(target: IndexTarget): Promise<string>
  /** What an install source shows for a project version, read fresh on every call. */
  lister(source: PackageSource): IndexLister
}

/** How the real client reaches the network and GitHub's OIDC provider. */
export interface IndexClientOptions {
  /** The HTTP function every request goes through. */
  readonly fetch?: Fetch
  /** Where the job's OIDC token comes from (trusted publishing). */
  readonly getIdToken?: IdTokenProvider
  readonly userAgent?: string
}

/** The client for real indexes: HTTP(S) indexes, file:// static indexes, GitHub's OIDC. */
export function createIndexClient(logger: Logger, options: IndexClientOptions = {}): IndexClient {
  const fetchFn = options.fetch ?? nodeFetch
  const reader = new HttpIndexReader(fetchFn)
  const userAgent = options.userAgent ?? 'vllm-cpu-publish'
  return {
    listFiles: async (target, project, version) =>
      target.kind === 'file'
        ? new StaticIndex(target.directory).listFiles(project)
        : reader.listFiles(target, project, version),
    listProjectFiles: async (target, project) =>
      target.kind === 'file'
        ? new StaticIndex(target.directory).listFiles(project)
        : reader.listProjectFiles(target, project),
    download: async (file, into) => downloadIndexFile(file, into),
    upload: async (target, wheel, credentials, attestations) => {
      if (target.kind === 'file') {
        const result = await new StaticIndex(target.directory).add(wheel)
        if (!result.added) {
          throw new UploadError(
            `${path.basename(wheel.path)} already exists in ${target.directory}`,
            'client',
            409,
            'File already exists'
          )
        }
        return
      }
      await uploadOnce(wheel, {
        url: target.uploadUrl,
        credentials,
        userAgent,
        attestations,
        onProgress: progressLogger(logger, path.basename(wheel.path))
      })
    },
    mintToken: async target => {
      if (target.kind === 'file') throw new Error('a file:// index needs no token')
      return mintTrustedPublishingToken(
        target.oidcOrigin,
        options.getIdToken ?? githubIdToken,
        logger,
        fetchFn
      )
    },
    provenance: async (target, project, version, filename) =>
      target.kind === 'file'
        ? null
        : readProvenance(target.oidcOrigin, project, version, filename, fetchFn),
    lister: source => listerFor(source, reader)
  }
}
