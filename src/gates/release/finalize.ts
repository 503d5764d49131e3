/**
 * Publishing the draft (`release-finalize: true`, and the last step of `gate: pipeline`): the
 * draft the attaching jobs settled on is published with notes that list every wheel it holds,
 * and nothing else is made. Publishing is the moment an immutable release freezes, so an empty
 * draft, an unfinished upload, or a wheel of this run that is missing or different is refused
 * before it.
 */
import { isBurnedTag, type ReleaseInfo } from '../../github/client.js'
import type { Decision } from '../../report/decisions.js'
import { GateError } from '../../util/errors.js'
import type { WheelInspection } from '../../wheel/types.js'
import { runGate, setSwitch } from '../hints.js'
import { immutableHint } from './immutable.js'
import { assetSha256, isAttachedWheel, type NotedWheel, type ReleaseRun } from './release-run.js'
import { releasesForTag, removeDuplicates } from './settle-release.js'

const GATE = 'release'

/** What publishing came to. */
export interface Published {
  /** Null in a dry run when there is no release for the tag yet. */
  readonly release: ReleaseInfo | null
  readonly decision: Decision
}

/** The wheels the draft holds, each with its sha256; refuses one that cannot be published. */
async function heldWheels(
  run: ReleaseRun,
  draft: ReleaseInfo,
  wheels: readonly WheelInspection[]
): Promise<NotedWheel[]> {
  const audience = run.audience ?? 'actions'
  const assets = await run.client.listAssets(draft.id)
  const unfinished = assets.filter(asset => asset.state !== 'uploaded').map(asset => asset.name)
  if (unfinished.length > 0) {
    throw new GateError(
      GATE,
      `The draft release for ${run.tag} (${draft.htmlUrl}) holds unfinished uploads: ${unfinished.join(', ')}.`,
      `Re-run the release step that attaches them (${runGate(audience, 'release')}); it replaces an unfinished upload.`
    )
  }
  const held: NotedWheel[] = []
  for (const asset of assets.filter(isAttachedWheel)) {
    held.push({ filename: asset.name, sha256: await assetSha256(run.client, asset) })
  }
  if (held.length === 0) {
    throw new GateError(
      GATE,
      `The draft release for ${run.tag} (${draft.htmlUrl}) holds no wheel; publishing it would make a release without files (with immutable releases, one that can never get them).`,
      `Attach the wheels first (${runGate(audience, 'release')} ${audience === 'actions' ? 'in every job that has one' : 'with each wheel'}), then publish with ${setSwitch(audience, 'release-finalize')}.`
    )
  }
  const problems = wheels.flatMap(wheel => {
    const found = held.find(h => h.filename === wheel.filename.filename)
    if (!found) return [`${wheel.filename.filename} is not attached`]
    return found.sha256 === wheel.sha256
      ? []
      : [`${wheel.filename.filename} is attached with sha256 ${found.sha256}, not ${wheel.sha256}`]
  })
  if (problems.length > 0) {
    throw new GateError(
      GATE,
      `Not publishing the draft release for ${run.tag} (${draft.htmlUrl}): ${problems.join('; ')}.`,
      `Attach exactly these wheels first (${runGate(audience, 'release')} with the same ${audience === 'actions' ? 'wheel or wheel-artifact' : '--wheel'}).`
    )
  }
  return held.sort((a, b) => a.filename.localeCompare(b.filename))
}

/** Publishes the draft release of the run's tag; `wheels` (may be empty) must be on it. */
export async function publishDraft(
  run: ReleaseRun,
  wheels: readonly WheelInspection[]
): Promise<Published> {
  const audience = run.audience ?? 'actions'
  const found = await releasesForTag(run)
  const canonical = found[0]
  if (!canonical) {
    if (run.dryRun) {
      run.record(
        run.tag,
        'dry-run',
        'no release for this tag yet (the attaching jobs wrote nothing in this dry run); would publish their draft'
      )
      return { release: null, decision: 'dry-run' }
    }
    throw new GateError(
      GATE,
      `There is no release with tag ${run.tag} to publish.`,
      `Attach the wheels first (${runGate(audience, 'release')} without ${audience === 'actions' ? 'release-finalize' : '--release-finalize'}); it only publishes the draft they attached to.`
    )
  }
  await removeDuplicates(run, found.slice(1))
  if (!canonical.draft) {
    run.record(run.tag, 'unchanged', `release ${canonical.htmlUrl} is already published`)
    return { release: canonical, decision: 'unchanged' }
  }
  const held = await heldWheels(run, canonical, wheels)
  const names = held.map(h => h.filename).join(', ')
  if (run.dryRun) {
    run.record(run.tag, 'dry-run', `would publish the draft ${canonical.htmlUrl} holding ${names}`)
    return { release: canonical, decision: 'dry-run' }
  }
  let published: ReleaseInfo
  try {
    published = await run.client.updateRelease(canonical.id, {
      draft: false,
      name: run.title,
      body: run.notes(held)
    })
  } catch (error) {
    if (!isBurnedTag(error)) throw error
    throw new GateError(
      GATE,
      `GitHub refuses to publish the draft release for ${run.tag}: the tag was used by an immutable release that was deleted, and such a tag name can never be released again. The draft (${canonical.htmlUrl}) is kept.`,
      immutableHint
    )
  }
  run.record(
    run.tag,
    'published',
    `published ${published.htmlUrl}${published.immutable ? ' (immutable)' : ''} holding ${held.length} wheel(s): ${names}`
  )
  return { release: published, decision: 'published' }
}
