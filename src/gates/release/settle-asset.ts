/**
 * Settling one wheel's asset on the release: unchanged when the attached file has the wheel's
 * sha256, a conflict when it differs (unless overwrite-assets), else uploaded or replaced, and
 * judged again when a concurrent job attaches a file of the same name meanwhile.
 */
import {
  GitHubApiError,
  isAlreadyExists,
  isImmutableRefusal,
  type AssetInfo,
  type ReleaseInfo
} from '../../github/client.js'
import type { Decision } from '../../report/decisions.js'
import { GateError } from '../../util/errors.js'
import type { WheelInspection } from '../../wheel/types.js'
import { immutableHint } from './immutable.js'
import { sha256FromDigest, type ReleaseRun } from './release-run.js'

const GATE = 'release'
const WHEEL_CONTENT_TYPE = 'application/zip'
/** How often one asset is re-examined after concurrent jobs keep changing it under us. */
const ASSET_ROUNDS = 3

/** What settling an asset goes through, and the run's settings it obeys. */
export type AssetSettling = Pick<
  ReleaseRun,
  'client' | 'logger' | 'tag' | 'dryRun' | 'overwriteAssets' | 'record'
>

/** What became of one asset; also the decision recorded for it. */
export type AssetOutcome = Extract<Decision, 'unchanged' | 'conflict' | 'dry-run' | 'updated'>

function immutableError(s: AssetSettling, release: ReleaseInfo, name: string): GateError {
  return new GateError(
    GATE,
    `Release ${s.tag} (${release.htmlUrl}) is immutable: GitHub refuses to add ${name} to it.`,
    immutableHint
  )
}

async function deleteAssetQuietly(s: AssetSettling, asset: AssetInfo): Promise<void> {
  try {
    await s.client.deleteAsset(asset.id)
  } catch (error) {
    if (!(error instanceof GitHubApiError && error.status === 404)) throw error
  }
}

/** Brings one wheel's asset in line with the wheel: upload, keep, replace or report. */
export async function settleAsset(
  s: AssetSettling,
  release: ReleaseInfo,
  wheel: WheelInspection,
  existing: AssetInfo | undefined
): Promise<AssetOutcome> {
  const name = wheel.filename.filename
  let current = existing
  for (let round = 1; ; round++) {
    if (current && current.state === 'uploaded') {
      const sha256 = sha256FromDigest(current.digest) ?? (await s.client.hashAsset(current.id))
      if (sha256 === wheel.sha256) {
        s.record(name, 'unchanged', `already attached with sha256 ${sha256}`)
        return 'unchanged'
      }
      if (!s.overwriteAssets) {
        s.record(
          name,
          'conflict',
          `attached with sha256 ${sha256}, but the wheel's sha256 is ${wheel.sha256}`
        )
        return 'conflict'
      }
    }
    const replacing = current !== undefined
    if (s.dryRun) {
      s.record(
        name,
        'dry-run',
        replacing
          ? `would replace the attached file (${current?.state === 'uploaded' ? 'different content' : 'incomplete upload'})`
          : `would upload (sha256 ${wheel.sha256})`
      )
      return 'dry-run'
    }
    if (release.immutable) throw immutableError(s, release, name)
    if (current) await deleteAssetQuietly(s, current)
    try {
      const asset = await s.client.uploadAsset(release, {
        path: wheel.path,
        name,
        size: wheel.size,
        contentType: WHEEL_CONTENT_TYPE
      })
      const stored = sha256FromDigest(asset.digest)
      if (stored !== null && stored !== wheel.sha256) {
        throw new GateError(
          GATE,
          `GitHub stored ${name} with sha256 ${stored}, but the wheel's sha256 is ${wheel.sha256}.`,
          'The file changed during the upload or was corrupted on the way. Re-run the gate; it replaces nothing without overwrite-assets.'
        )
      }
      s.record(name, 'updated', `${replacing ? 'replaced' : 'uploaded'} (sha256 ${wheel.sha256})`)
      return 'updated'
    } catch (error) {
      if (isImmutableRefusal(error)) throw immutableError(s, release, name)
      if (!isAlreadyExists(error) || round >= ASSET_ROUNDS) throw error
      // A concurrent job attached a file of the same name: judge it like any existing asset.
      s.logger.info(`${name} appeared on the release meanwhile; comparing it.`)
      current = (await s.client.listAssets(release.id)).find(asset => asset.name === name)
    }
  }
}
