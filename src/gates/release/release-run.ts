/**
 * What every step of the release gate works with (the client, the tag, the run's settings and
 * the decision recorder), and reading an attached file's sha256 the cheapest way GitHub allows.
 */
import type { AssetInfo, ReleaseClient } from '../../github/client.js'
import type { Decision } from '../../report/decisions.js'
import type { Logger } from '../../util/logger.js'
import type { Audience } from '../hints.js'

/** A wheel as the release notes list it. */
export interface NotedWheel {
  readonly filename: string
  readonly sha256: string
}

/** One release gate run: where it writes, what it is called, and how it records. */
export interface ReleaseRun {
  readonly client: ReleaseClient
  readonly logger: Logger
  readonly tag: string
  readonly title: string
  /** The commit a new tag points at. */
  readonly commit: string
  /** A PEP 440 pre or dev release becomes a GitHub prerelease. */
  readonly prerelease: boolean
  readonly dryRun: boolean
  /** Replace an asset whose content differs instead of reporting a conflict. */
  readonly overwriteAssets: boolean
  /** The release notes for a release that holds `wheels`. */
  readonly notes: (wheels: readonly NotedWheel[]) => string
  /** Records one decision of the release gate. */
  readonly record: (target: string, decision: Decision, reason: string) => void
  /** Who reads the hints: a workflow's author (the default) or a person at a shell. */
  readonly audience?: Audience
}

/** The hex sha256 in a `sha256:<hex>` digest, or null when there is none. */
export function sha256FromDigest(digest: string | null): string | null {
  const match = digest === null ? null : /^sha256:([0-9a-f]{64})$/i.exec(digest)
  return match ? match[1]!.toLowerCase() : null
}

/** The sha256 of an attached file: GitHub's digest when it shows one, else downloaded. */
export async function assetSha256(client: ReleaseClient, asset: AssetInfo): Promise<string> {
  return sha256FromDigest(asset.digest) ?? (await client.hashAsset(asset.id))
}

/** True for the release's attached wheels whose upload finished. */
export function isAttachedWheel(asset: AssetInfo): boolean {
  return asset.name.endsWith('.whl') && asset.state === 'uploaded'
}
