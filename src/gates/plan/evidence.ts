/**
 * What the plan gate looks up for its rows, read only: the files each index holds (the publish
 * gate's reader), the GitHub release of each tag and its assets (the release gate's client), and
 * whether a wheel of the row was built before (the wheel cache, looked up by key prefix without
 * restoring, and the run's artifacts, looked up by name without downloading). Each lookup is
 * made once per index and project version, per tag, per row.
 */
import { wheelCacheDir } from '../../build/cachekey.js'
import { GitHubApiError, type ReleaseClient } from '../../github/client.js'
import type { IndexClient } from '../../pypi/client.js'
import type { ExistingFile } from '../../pypi/read.js'
import type { IndexTarget } from '../../pypi/targets.js'
import type { Stores } from '../../store/select.js'
import { describeError, GateError } from '../../util/errors.js'
import type { Logger } from '../../util/logger.js'
import type { BuiltBefore, ReleaseState, RowEvidence } from '../../plan/decide.js'
import { filesOfVersion, matchesRow } from '../../plan/match.js'
import type { PlanRow } from '../../plan/rows.js'

/** The read-only ports the lookups use. */
export interface EvidencePorts {
  readonly indexes: IndexClient
  readonly testTarget: IndexTarget
  readonly productionTarget: IndexTarget
  /** The release client, or null with the reason the release is not looked at. */
  readonly releases: ReleaseClient | { readonly unknown: string }
  readonly stores: Stores
  /** work-dir, absolute: the wheel cache's path is under it. */
  readonly workDir: string
  readonly logger: Logger
}

/** Reads the files an index holds for one project version; a failure names the plan gate. */
export async function indexFiles(
  indexes: IndexClient,
  target: IndexTarget,
  project: string,
  version: string
): Promise<ExistingFile[]> {
  try {
    return filesOfVersion(await indexes.listFiles(target, project, version), project, version)
  } catch (error) {
    throw new GateError(
      'plan',
      `Could not read which files ${target.label} holds for ${project} ${version}: ${error instanceof GateError ? error.message : describeError(error)}`,
      'The plan needs this answer to never rebuild a published wheel; check the index (repository, index-url, test-repository, test-index-url) and re-run.'
    )
  }
}

/** Looks up every row's evidence. */
export async function gatherEvidence(
  rows: readonly PlanRow[],
  ports: EvidencePorts
): Promise<RowEvidence[]> {
  const listings = new Map<string, Promise<ExistingFile[]>>()
  const listed = (target: IndexTarget, row: PlanRow): Promise<ExistingFile[]> => {
    const key = `${target.label}\n${row.distribution}\n${row.version}`
    let found = listings.get(key)
    if (!found) {
      found = indexFiles(ports.indexes, target, row.distribution, row.version)
      listings.set(key, found)
    }
    return found
  }
  const releases = releaseReader(ports.releases)
  const evidence: RowEvidence[] = []
  for (const row of rows) {
    const [test, production] = await Promise.all([
      listed(ports.testTarget, row),
      listed(ports.productionTarget, row)
    ])
    const onProduction = production.find(file => matchesRow(file.filename, row)) ?? null
    evidence.push({
      test: test.find(file => matchesRow(file.filename, row)) ?? null,
      production: onProduction,
      productionRelease: production,
      release: await releases(row),
      // A wheel on the production index is never built again: the stores are not asked.
      built: onProduction ? null : await builtBefore(row, ports)
    })
  }
  return evidence
}

/** Reads the release of each row's tag once; answers what it holds for the row. */
function releaseReader(client: EvidencePorts['releases']): (row: PlanRow) => Promise<ReleaseState> {
  if (!('listReleases' in client)) {
    const why = client.unknown
    return async () => ({ state: 'unknown', why })
  }
  let all: Promise<Awaited<ReturnType<ReleaseClient['listReleases']>>> | null = null
  const assets = new Map<number, ReturnType<ReleaseClient['listAssets']>>()
  return async row => {
    try {
      all ??= client.listReleases()
      const tagged = (await all).filter(release => release.tagName === row.releaseTag)
      if (tagged.length === 0) return { state: 'missing', why: 'no release has that tag' }
      // A published release counts before a draft of the same tag.
      const ordered = [...tagged].sort((a, b) => Number(a.draft) - Number(b.draft))
      for (const release of ordered) {
        let list = assets.get(release.id)
        if (!list) {
          list = client.listAssets(release.id)
          assets.set(release.id, list)
        }
        const asset = (await list).find(a => a.state === 'uploaded' && matchesRow(a.name, row))
        if (asset) return { state: release.draft ? 'draft' : 'present', asset: asset.name }
      }
      // A published immutable release takes no new asset, and no draft of the tag is waiting.
      if (ordered.every(release => !release.draft && release.immutable)) {
        return { state: 'frozen', why: 'the release is published and immutable' }
      }
      return { state: 'missing', why: 'the release has no such wheel' }
    } catch (error) {
      if (!(error instanceof GitHubApiError)) throw error
      // Rows on the production index would count as done without their release: a wheel
      // missing from it would be left out unnoticed. Better no plan than a wrong one.
      throw new GateError(
        'plan',
        `The plan could not read the releases of ${row.releaseTag}: GitHub answered ${error.message}.`,
        'Re-run the plan (a 5xx or a rate limit passes), give it a token that may read the ' +
          "repository's releases, or leave github-token empty to plan without the release."
      )
    }
  }
}

/** Where a wheel of the row was built before: the wheel cache first, then an artifact. */
async function builtBefore(row: PlanRow, ports: EvidencePorts): Promise<BuiltBefore | null> {
  const { cache, artifacts } = ports.stores
  // The build saves the wheel under a key that starts with the prefix; the digest after it
  // needs the commit and the interpreter, so any entry of the prefix counts as built before.
  const key = await cache.restore(
    [wheelCacheDir(ports.workDir, row.variant)],
    [row.cacheKeyPrefix, row.cacheKeyPrefix],
    { lookupOnly: true }
  )
  if (key) return { where: 'cache', name: key }
  if (artifacts.exists && (await artifacts.exists(row.artifactName))) {
    return { where: 'artifact', name: row.artifactName }
  }
  return null
}
