/**
 * `gate: publish`, the registry's entry: the preflight, then check the wheels (for their
 * sha256), then publish them through the context's index client.
 */
import { loadAttestation, saveAttestation } from '../../attest/file.js'
import { keepAttestations } from '../attestation-artifact.js'
import type { Settings } from '../../settings.js'
import type { WheelInspection } from '../../wheel/types.js'
import { checkWheels } from '../check/entry.js'
import type { GateContext } from '../context.js'
import { publishOptions, type IndexRole } from '../options.js'
import { preflight } from '../preflight/index.js'
import { publishGate, refuseUnpublishable, type PublishPorts } from './gate.js'

/** The publish policy's ports from the context (bound: an index client may be a class). */
function publishPorts(context: GateContext): PublishPorts {
  const { indexes, clock } = context
  return {
    listFiles: (target, project, version) => indexes.listFiles(target, project, version),
    upload: (target, wheel, credentials, attestations) =>
      indexes.upload(target, wheel, credentials, attestations),
    mintToken: target => indexes.mintToken(target),
    provenance: indexes.provenance
      ? (target, project, version, filename) =>
          indexes.provenance!(target, project, version, filename)
      : undefined,
    attest: context.signer
      ? { signer: context.signer, load: loadAttestation, save: saveAttestation }
      : undefined,
    sleep: ms => clock.sleep(ms),
    random: () => clock.random(),
    now: () => clock.now()
  }
}

/**
 * Publishes already-checked wheels to the production or test index. Before a production
 * upload a person at a terminal is asked (context.confirm), once there is something to upload.
 */
export async function publishChecked(
  settings: Settings,
  context: GateContext,
  wheels: readonly WheelInspection[],
  role: IndexRole
): Promise<void> {
  await publishGate(
    {
      ...publishOptions(settings, role),
      confirm: role === 'production' ? context.confirm : undefined,
      audience: context.audience
    },
    wheels,
    publishPorts(context),
    context.log,
    context.logger
  )
}

/**
 * Before the pipeline's test upload: stops with `closed` (or `conflict`) when production could
 * never take the wheels, so nothing is uploaded or verified in vain. Asks production's own index.
 */
export async function refuseUnpublishableOnProduction(
  settings: Settings,
  context: GateContext,
  wheels: readonly WheelInspection[]
): Promise<void> {
  await refuseUnpublishable(
    publishOptions(settings, 'production'),
    wheels,
    publishPorts(context),
    context.log
  )
}

/** The publish gate as the registry runs it. */
export async function runPublishGate(settings: Settings, context: GateContext): Promise<void> {
  const ready = await preflight(settings, context)
  // Never upload a file that was not checked in this very step: re-reading costs seconds.
  const { wheels } = await checkWheels(settings, context, ready.wheels)
  await publishChecked(settings, context, wheels, 'production')
  await keepAttestations(
    settings,
    context,
    wheels.map(w => w.path)
  )
}
