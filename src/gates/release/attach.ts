/**
 * Attaching wheels (`gate: release`): to the draft release of the tag, made when there is none,
 * so that every matrix leg adds its files before the release is published; to a release that is
 * already published only where GitHub allows it (immutable: nothing may change, checked before
 * any write; mutable: the missing files are added and the notes list them all).
 */
import type { ReleaseInfo } from '../../github/client.js'
import type { Decision } from '../../report/decisions.js'
import { GateError } from '../../util/errors.js'
import type { WheelInspection } from '../../wheel/types.js'
import { settleAttestationAsset } from './attestation-asset.js'
import { settleImmutable } from './immutable.js'
import { assetSha256, isAttachedWheel, type ReleaseRun } from './release-run.js'
import { settleAsset, type AssetOutcome } from './settle-asset.js'
import { removeDuplicates, settleRelease } from './settle-release.js'

/** What attaching came to. */
export interface Attached {
  /** Null in a dry run when the release does not exist yet. */
  readonly release: ReleaseInfo | null
  readonly decision: Decision
  /** True when this run made the (draft) release. */
  readonly created: boolean
}

/** Rewrites the notes of a published release so they list every wheel it now holds. */
async function refreshNotes(run: ReleaseRun, release: ReleaseInfo): Promise<void> {
  const assets = (await run.client.listAssets(release.id)).filter(isAttachedWheel)
  const wheels = []
  for (const asset of assets) {
    wheels.push({ filename: asset.name, sha256: await assetSha256(run.client, asset) })
  }
  await run.client.updateRelease(release.id, { body: run.notes(wheels) })
}

/** Attaches `wheels` to the release of the run's tag; throws GateError on a conflict. */
export async function attachWheels(
  run: ReleaseRun,
  wheels: readonly WheelInspection[]
): Promise<Attached> {
  const own = wheels.map(w => ({ filename: w.filename.filename, sha256: w.sha256 }))
  const { release, created, duplicates } = await settleRelease(run, {
    title: run.title,
    body: run.notes(own),
    prerelease: run.prerelease
  })
  if (release === null) {
    for (const wheel of wheels) {
      run.record(wheel.filename.filename, 'dry-run', `would upload (sha256 ${wheel.sha256})`)
    }
    return { release: null, decision: 'dry-run', created: false }
  }
  if (created) {
    run.record(
      run.tag,
      'created',
      `created the draft release '${run.title}'${run.prerelease ? ' (prerelease)' : ''} at ${run.commit}`
    )
  }
  await removeDuplicates(run, duplicates)
  const assets = await run.client.listAssets(release.id)
  if (!release.draft && release.immutable) {
    await settleImmutable(run, release, wheels, assets)
    run.record(run.tag, 'unchanged', `release ${release.htmlUrl} (published, immutable)`)
    return { release, decision: 'unchanged', created: false }
  }
  const outcomes: AssetOutcome[] = []
  const conflicts: string[] = []
  for (const wheel of wheels) {
    const existing = assets.find(asset => asset.name === wheel.filename.filename)
    const outcome = await settleAsset(run, release, wheel, existing)
    outcomes.push(outcome)
    if (outcome === 'conflict') conflicts.push(wheel.filename.filename)
    else {
      // The wheel's PEP 740 attestation travels beside it onto the release.
      await settleAttestationAsset(run.client, release, wheel, assets, run.dryRun, run.record)
    }
  }
  const updated = outcomes.includes('updated')
  if (updated && !release.draft) await refreshNotes(run, release)
  const decision: Decision = created
    ? 'created'
    : updated
      ? 'updated'
      : outcomes.includes('dry-run')
        ? 'dry-run'
        : 'unchanged'
  if (!created && conflicts.length === 0) {
    const state = release.draft
      ? ' (a draft: release-finalize publishes it once every wheel is attached)'
      : ''
    run.record(run.tag, decision, `release ${release.htmlUrl}${state}`)
  }
  if (conflicts.length > 0) {
    throw new AttachConflict(
      release,
      new GateError(
        'release',
        `Release ${run.tag} (${release.htmlUrl}) already has ${conflicts.join(', ')} with content other than the wheel that passed verification.`,
        'Set overwrite-assets: true to replace the attached file, or delete it from the release, or publish a new version (.postN).'
      )
    )
  }
  return { release, decision, created }
}

/** A conflict found while attaching: the other wheels were attached, this one was not. */
export class AttachConflict extends Error {
  constructor(
    readonly release: ReleaseInfo,
    readonly error: GateError
  ) {
    super(error.message)
    this.name = 'AttachConflict'
  }
}
