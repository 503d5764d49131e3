/** `gate: release` as a job step: the checked wheels attached to one GitHub release. */
import { OctokitReleaseClient } from '../../github/octokit.js'
import type { VerifySummary } from '../../github/notes.js'
import type { Settings } from '../../settings.js'
import type { WheelInspection } from '../../wheel/types.js'
import { checkWheels } from '../check.js'
import { environment, type GateContext } from '../context.js'
import { releaseGate, type ReleaseResult } from '../release/gate.js'
import { releaseOptions } from './options.js'

/** Releases checked wheels; `direct` is false when the pipeline runs it (a missing token skips). */
export async function releaseChecked(
  settings: Settings,
  context: GateContext,
  wheels: readonly WheelInspection[],
  direct: boolean,
  verify: readonly VerifySummary[] = []
): Promise<ReleaseResult> {
  const env = environment(context)
  const options = releaseOptions(settings, env, direct, verify)
  const packageName = settings.packageNameGiven
    ? settings.packageName
    : (wheels[0]?.filename.normalizedName ?? settings.packageName)
  const [owner = '', repo = ''] = options.repository.split('/')
  const client = new OctokitReleaseClient({
    token: options.token,
    baseUrl: options.apiUrl,
    owner,
    repo,
    logger: context.logger
  })
  return releaseGate({ ...options, packageName }, wheels, client, context.log, context.logger)
}

/** Runs the release gate from settings. */
export async function runReleaseStep(settings: Settings, context: GateContext): Promise<void> {
  const { wheels } = await checkWheels(settings, context)
  await releaseChecked(settings, context, wheels, true)
}
