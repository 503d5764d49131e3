/**
 * `gate: release`, the registry's entry: the checked wheels attached to one GitHub release,
 * through the context's release client.
 */
import type { VerifySummary } from '../../github/notes.js'
import type { Settings } from '../../settings.js'
import type { WheelInspection } from '../../wheel/types.js'
import { checkWheels } from '../check/entry.js'
import type { GateContext } from '../context.js'
import { releaseOptions } from '../options.js'
import { releaseGate, type ReleaseResult } from './gate.js'

/** Releases checked wheels; `direct` is false when the pipeline runs it (a missing token skips). */
export async function releaseChecked(
  settings: Settings,
  context: GateContext,
  wheels: readonly WheelInspection[],
  direct: boolean,
  verify: readonly VerifySummary[] = []
): Promise<ReleaseResult> {
  const options = releaseOptions(settings, context.env, direct, verify)
  const packageName = settings.packageNameGiven
    ? settings.packageName
    : (wheels[0]?.filename.normalizedName ?? settings.packageName)
  const [owner = '', repo = ''] = options.repository.split('/')
  const client = context.releases({ token: options.token, apiUrl: options.apiUrl, owner, repo })
  return releaseGate({ ...options, packageName }, wheels, client, context.log, context.logger)
}

/** The release gate as the registry runs it. */
export async function runReleaseGate(settings: Settings, context: GateContext): Promise<void> {
  const { wheels } = await checkWheels(settings, context)
  await releaseChecked(settings, context, wheels, true)
}
