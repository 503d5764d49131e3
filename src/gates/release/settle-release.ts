/**
 * Settling the release of a tag: finding it (drafts included), creating it as a draft when
 * absent, and, when concurrent jobs or older runs made several, agreeing on one canonical
 * release (published before draft, then the oldest) and removing the empty duplicate drafts.
 * Drafts, because a release with immutable releases turned on can take no file once it is
 * published: files are attached to the draft and the draft is published last (finalize.ts).
 */
import { GitHubApiError, type ReleaseInfo } from '../../github/client.js'
import { GateError } from '../../util/errors.js'
import type { ReleaseRun } from './release-run.js'

const GATE = 'release'

/** What settling the release goes through, and the run's settings it obeys. */
export type ReleaseSettling = Pick<
  ReleaseRun,
  'client' | 'logger' | 'tag' | 'commit' | 'dryRun' | 'record'
>

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

/** Every release (drafts included) of the run's tag, canonical first. */
export async function releasesForTag(
  s: Pick<ReleaseRun, 'client' | 'tag'>
): Promise<ReleaseInfo[]> {
  const all = await s.client.listReleases()
  return all.filter(release => release.tagName === s.tag).sort(canonicalOrder)
}

/**
 * Finds the release of the tag or creates it as a draft; returns a null release in a dry run
 * when it does not exist.
 */
export async function settleRelease(
  s: ReleaseSettling,
  spec: { readonly title: string; readonly body: string; readonly prerelease: boolean }
): Promise<SettledRelease> {
  const found = await releasesForTag(s)
  if (found.length > 0) {
    return { release: found[0]!, created: false, duplicates: found.slice(1) }
  }
  const pre = spec.prerelease ? ' (prerelease)' : ''
  if (s.dryRun) {
    s.record(
      s.tag,
      'dry-run',
      `would create the draft release '${spec.title}'${pre} for tag ${s.tag} at ${s.commit}`
    )
    return { release: null, created: false, duplicates: [] }
  }
  // GitHub lets drafts of one tag pile up unchecked: every job that found none creates one,
  // then all agree on the oldest (created first, so every later job's listing shows it) and
  // the others remove their own, still empty, draft.
  const mine = await s.client.createRelease({
    tagName: s.tag,
    name: spec.title,
    body: spec.body,
    draft: true,
    prerelease: spec.prerelease,
    targetCommitish: s.commit
  })
  const listed = await releasesForTag(s)
  if (!listed.some(release => release.id === mine.id)) {
    // The listing can lag behind a create; the release just made still counts.
    listed.push(mine)
    listed.sort(canonicalOrder)
  }
  const canonical = listed[0]
  if (!canonical) {
    throw new GateError(
      GATE,
      `GitHub created a draft release for ${s.tag}, but no release with that tag is listed.`,
      'The token may not see draft releases (it needs contents: write), or a release was deleted meanwhile. Re-run the gate.'
    )
  }
  if (canonical.id !== mine.id) {
    // Ours lost to an older release that appeared meanwhile; ours holds nothing yet.
    await deleteReleaseQuietly(s, mine)
    return {
      release: canonical,
      created: false,
      duplicates: listed.filter(r => r.id !== canonical.id && r.id !== mine.id)
    }
  }
  return { release: canonical, created: true, duplicates: listed.slice(1) }
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
    let assets: readonly unknown[] = []
    try {
      assets = duplicate.draft ? await s.client.listAssets(duplicate.id) : []
    } catch (error) {
      // The job that made it removed it after losing to the canonical release: nothing to do.
      if (error instanceof GitHubApiError && error.status === 404) continue
      throw error
    }
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
