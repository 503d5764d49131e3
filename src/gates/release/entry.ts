/**
 * `gate: release`, the registry's entry: the preflight, then the checked wheels attached to the
 * draft release of their tag, or (release-finalize) that draft published, through the context's
 * release client. Without a local wheel or artifact, a known version's wheels come from the
 * production index.
 */
import type { VerifySummary } from '../../github/notes.js'
import type { Settings } from '../../settings.js'
import { GateError } from '../../util/errors.js'
import type { WheelInspection } from '../../wheel/types.js'
import { checkWheels } from '../check/entry.js'
import type { GateContext } from '../context.js'
import { releasePermissionHint } from '../hints.js'
import { releaseOptions } from '../options.js'
import { preflight } from '../preflight/index.js'
import { needsOf } from '../preflight/needs.js'
import { releaseWheelPaths } from './from-index.js'
import { PERMISSION_HINT, releaseGate, type ReleaseMode, type ReleaseResult } from './gate.js'

/** Releases checked wheels in `mode`; the pipeline's mode goes on without a token (skipped). */
export async function releaseChecked(
  settings: Settings,
  context: GateContext,
  wheels: readonly WheelInspection[],
  mode: ReleaseMode,
  verify: readonly VerifySummary[] = []
): Promise<ReleaseResult> {
  const options = releaseOptions(settings, context.env, mode, verify)
  const packageName = settings.packageNameGiven
    ? settings.packageName
    : (wheels[0]?.filename.normalizedName ?? settings.packageName)
  const [owner = '', repo = ''] = options.repository.split('/')
  const client = context.releases({ token: options.token, apiUrl: options.apiUrl, owner, repo })
  try {
    return await releaseGate(
      { ...options, packageName, audience: context.audience },
      wheels,
      client,
      context.log,
      context.logger
    )
  } catch (error) {
    // The gate's permission hint speaks of job permissions; a shell has none to give.
    if (
      error instanceof GateError &&
      error.hint === PERMISSION_HINT &&
      context.audience === 'cli'
    ) {
      throw new GateError(error.gate, error.message, releasePermissionHint('cli'), error.kind)
    }
    throw error
  }
}

/** The release gate as the registry runs it. */
export async function runReleaseGate(settings: Settings, context: GateContext): Promise<void> {
  const ready = await preflight(settings, context)
  if (settings.releaseFinalize && settings.version !== null) {
    // The tag is made from the version: the job that publishes needs no wheel of its own.
    await releaseChecked(settings, context, [], 'finalize')
    return
  }
  // With a version, the wheels may come from the production index: the preflight leaves them
  // to the release gate (needs.ts), which looks here.
  const found = needsOf(settings).takesWheels
    ? { paths: ready.wheels, fromIndex: false }
    : await releaseWheelPaths(settings, context)
  // The index's copy is attached as it is: normalizing would make it another file than PyPI's.
  const checkSettings = found.fromIndex ? { ...settings, normalize: false } : settings
  const { wheels } = await checkWheels(checkSettings, context, found.paths)
  await releaseChecked(settings, context, wheels, settings.releaseFinalize ? 'finalize' : 'attach')
}
