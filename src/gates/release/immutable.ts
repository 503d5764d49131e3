/**
 * A published immutable release (GitHub's immutable releases, generally available since October
 * 2025) can never take, replace or lose a file. So the gate compares every wheel with what the
 * release holds first, and either finds them all attached as they are or refuses before any
 * write, saying what differs and how to release it instead.
 */
import type { AssetInfo, ReleaseInfo } from '../../github/client.js'
import { GateError } from '../../util/errors.js'
import type { WheelInspection } from '../../wheel/types.js'
import { assetSha256, type ReleaseRun } from './release-run.js'

/** What to do when an immutable release would have to change. */
export const immutableHint =
  'A published immutable release can never change: GitHub refuses to add, replace or delete its files, ' +
  'and a deleted one burns its tag for good. Publish the new wheels as a new version ' +
  '(version-suffix: .postN) with a release of its own, or under another tag (release-tag).'

/**
 * Holds `wheels` against the files of the published immutable `release`: records `unchanged`
 * for each when all are attached with the same sha256, throws a GateError otherwise.
 */
export async function settleImmutable(
  run: Pick<ReleaseRun, 'client' | 'tag' | 'record'>,
  release: ReleaseInfo,
  wheels: readonly WheelInspection[],
  assets: readonly AssetInfo[]
): Promise<void> {
  const missing: string[] = []
  const different: string[] = []
  const same: [string, string][] = []
  for (const wheel of wheels) {
    const name = wheel.filename.filename
    const asset = assets.find(a => a.name === name && a.state === 'uploaded')
    if (!asset) {
      missing.push(name)
      continue
    }
    const sha256 = await assetSha256(run.client, asset)
    if (sha256 === wheel.sha256) same.push([name, sha256])
    else different.push(`${name} (attached sha256 ${sha256}, the wheel's ${wheel.sha256})`)
  }
  if (missing.length > 0 || different.length > 0) {
    const parts = [
      missing.length > 0 ? `it does not hold ${missing.join(', ')}` : '',
      different.length > 0 ? `it holds other content for ${different.join(', ')}` : ''
    ].filter(Boolean)
    throw new GateError(
      'release',
      `Release ${run.tag} (${release.htmlUrl}) is published and immutable, and ${parts.join('; ')}. Nothing was changed.`,
      immutableHint
    )
  }
  for (const [name, sha256] of same) {
    run.record(name, 'unchanged', `already attached with sha256 ${sha256} (immutable release)`)
  }
}
