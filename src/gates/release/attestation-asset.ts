/**
 * The release carries each wheel's PEP 740 publish attestation (`<wheel>.publish.attestation`,
 * kept next to the wheel by the publish gate) beside the wheel, so the GitHub release holds the
 * same proof PyPI serves. A wheel without one attaches nothing more; an attached attestation
 * that differs is left as it is and reported, since the wheel is what the release is judged by.
 */
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { attestationPath } from '../../attest/file.js'
import type { AssetInfo, ReleaseClient, ReleaseInfo } from '../../github/client.js'
import type { Decision } from '../../report/decisions.js'
import type { WheelInspection } from '../../wheel/types.js'

/** Attaches `wheel`'s attestation file to `release` when there is one. */
export async function settleAttestationAsset(
  client: ReleaseClient,
  release: ReleaseInfo,
  wheel: WheelInspection,
  assets: readonly AssetInfo[],
  dryRun: boolean,
  record: (target: string, decision: Decision, reason: string) => void
): Promise<void> {
  const file = attestationPath(wheel.path)
  let bytes: Buffer
  try {
    bytes = await readFile(file)
  } catch {
    return
  }
  const name = path.basename(file)
  const sha256 = createHash('sha256').update(bytes).digest('hex')
  const existing = assets.find(asset => asset.name === name)
  if (existing?.state === 'uploaded') {
    const stored = existing.digest?.replace(/^sha256:/, '') ?? (await client.hashAsset(existing.id))
    if (stored === sha256) record(name, 'unchanged', `already attached with sha256 ${sha256}`)
    else
      record(
        name,
        'warning',
        `attached with sha256 ${stored}, not this run's ${sha256}; left as it is`
      )
    return
  }
  if (dryRun) {
    record(name, 'dry-run', `would attach the publish attestation of ${wheel.filename.filename}`)
    return
  }
  if (existing) await client.deleteAsset(existing.id)
  await client.uploadAsset(release, {
    path: file,
    name,
    size: bytes.length,
    contentType: 'application/json'
  })
  record(name, 'updated', `attached the publish attestation of ${wheel.filename.filename}`)
}
