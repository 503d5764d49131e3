/** `gate: publish` as a job step: check the wheels (for their sha256), then publish them. */
import type { Settings } from '../../settings.js'
import { GateError } from '../../util/errors.js'
import type { WheelInspection } from '../../wheel/types.js'
import { checkWheels } from '../check.js'
import type { GateContext } from '../context.js'
import { defaultPublishPorts, publishGate } from '../publish.js'
import { publishOptions, type IndexRole } from './options.js'

/** Asks before the production upload when someone can answer; stops the pipeline on "no". */
export async function confirmProduction(
  settings: Settings,
  context: GateContext,
  wheels: readonly WheelInspection[]
): Promise<void> {
  if (!context.confirm || settings.dryRun) return
  const names = wheels.map(w => w.filename.filename).join(', ')
  const yes = await context.confirm(
    `Upload ${names} to ${settings.repository}? This cannot be undone.`
  )
  if (!yes) {
    throw new GateError(
      'publish',
      `The production upload to ${settings.repository} was declined.`,
      'Nothing was uploaded to production. Re-run and answer yes, or pass --yes for unattended runs.'
    )
  }
}

/** Publishes already-checked wheels to the production or test index. */
export async function publishChecked(
  settings: Settings,
  context: GateContext,
  wheels: readonly WheelInspection[],
  role: IndexRole
): Promise<void> {
  await publishGate(
    publishOptions(settings, role),
    wheels,
    defaultPublishPorts(context.logger),
    context.log,
    context.logger
  )
}

/** Runs the publish gate from settings. */
export async function runPublishStep(settings: Settings, context: GateContext): Promise<void> {
  // Never upload a file that was not checked in this very step: re-reading costs seconds.
  const { wheels } = await checkWheels(settings, context)
  await confirmProduction(settings, context, wheels)
  await publishChecked(settings, context, wheels, 'production')
}
