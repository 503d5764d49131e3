/**
 * Settling the release of a tag: finding it (drafts included), creating it when absent, and,
 * when concurrent jobs or older runs made several, agreeing on one canonical release (published
 * before draft, then the oldest) and removing the empty duplicate drafts.
 */
import {
  GitHubApiError,
  isAlreadyExists,
  type ReleaseClient,
  type ReleaseInfo
} from '../../github/client.js'
import type { Decision } from '../../report/decisions.js'
import { GateError } from '../../util/errors.js'
import type { Logger } from '../../util/logger.js'

const GATE = 'release'

/** What settling the release goes through, and the run's settings it obeys. */
export interface ReleaseSettling {
  readonly client: ReleaseClient
  readonly logger: Logger
  readonly tag: string
  /** The commit a new tag points at. */
  readonly commit: string
  readonly dryRun: boolean
  /** Records one decision of the release gate. */
  readonly record: (target: string, decision: Decision, reason: string) => void
}

/** The release to work on, whether this run created it, and the other releases of its tag. */
export interface SettledRelease {
  /** Null in a dry run when the release does not exist yet. */
  readonly release: ReleaseInfo | null
  readonly created: boolean
  readonly duplicates: ReleaseInfo[]
}

/** Orders releases of one tag: published before draft, then the lowest id (the oldest). */
export function canonicalOrder(a: ReleaseInfo, b: ReleaseInfo): number {
  if (a.draft !== b.draft) return a.draft ? 1 : -1
  return a.id - b.id
}

async function releasesForTag(s: ReleaseSettling): Promise<ReleaseInfo[]> {
  const all = await s.client.listReleases()
  return all.filter(release => release.tagName === s.tag).sort(canonicalOrder)
}

/** Finds or creates the release; returns a null release in a dry run when it does not exist. */
export async function settleRelease(
  s: ReleaseSettling,
  title: string,
  body: string,
  prerelease: boolean
): Promise<SettledRelease> {
  const found = await releasesForTag(s)
  if (found.length > 0) {
    return { release: found[0]!, created: false, duplicates: found.slice(1) }
  }
  if (s.dryRun) {
    s.record(
      s.tag,
      'dry-run',
      `would create release '${title}'${prerelease ? ' (prerelease)' : ''} with tag ${s.tag} at ${s.commit}`
    )
    return { release: null, created: false, duplicates: [] }
  }
  let mine: ReleaseInfo | null = null
  try {
    // Published, not draft: GitHub lets only one published release hold a tag and answers a
    // second create with 422 already_exists, while drafts of one tag pile up unchecked.
    mine = await s.client.createRelease({
      tagName: s.tag,
      name: title,
      body,
      draft: false,
      prerelease,
      targetCommitish: s.commit
    })
  } catch (error) {
    if (!isAlreadyExists(error)) throw error
    s.logger.info(`Another job created the release for ${s.tag} first; using it.`)
  }
  const listed = await releasesForTag(s)
  if (mine && !listed.some(release => release.id === mine.id)) {
    // The listing can lag behind a create; the release just made still counts.
    listed.push(mine)
    listed.sort(canonicalOrder)
  }
  const canonical = listed[0]
  if (!canonical) {
    throw new GateError(
      GATE,
      `GitHub answered that a release with tag ${s.tag} already exists, but no release with that tag is listed.`,
      'The token may not see draft releases (it needs contents: write), or a release was deleted meanwhile. Re-run the gate.'
    )
  }
  if (mine && canonical.id !== mine.id) {
    // Ours lost to an older release that appeared meanwhile; ours holds nothing yet.
    await deleteReleaseQuietly(s, mine)
    return {
      release: canonical,
      created: false,
      duplicates: listed.filter(r => r.id !== canonical.id && r.id !== mine.id)
    }
  }
  return {
    release: canonical,
    created: mine !== null,
    duplicates: listed.slice(1)
  }
}

async function deleteReleaseQuietly(s: ReleaseSettling, release: ReleaseInfo): Promise<void> {
  try {
    await s.client.deleteRelease(release.id)
    s.logger.info(`Removed empty duplicate draft release ${release.id} of ${s.tag}.`)
  } catch (error) {
    // Another job settling the same duplicates may have removed it first.
    if (!(error instanceof GitHubApiError && error.status === 404)) throw error
  }
}

/** Removes duplicate drafts of the tag that hold no assets; others are only reported. */
export async function removeDuplicates(
  s: ReleaseSettling,
  duplicates: readonly ReleaseInfo[]
): Promise<void> {
  for (const duplicate of duplicates) {
    const assets = duplicate.draft ? await s.client.listAssets(duplicate.id) : []
    if (!duplicate.draft || assets.length > 0) {
      s.logger.warning(
        `Release ${duplicate.id} (${duplicate.htmlUrl}) also has tag ${s.tag} and holds ${assets.length} asset(s); left alone. Delete it by hand if it is not needed.`
      )
    } else if (s.dryRun) {
      s.logger.info(`Would remove empty duplicate draft release ${duplicate.id}.`)
    } else {
      await deleteReleaseQuietly(s, duplicate)
    }
  }
}
