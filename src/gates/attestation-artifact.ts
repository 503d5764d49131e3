/**
 * How a wheel's `.publish.attestation` travels between jobs with the wheel: the publish gate
 * uploads the attestation files as a small artifact of their own, named after the wheel's
 * artifact (`<name>-publish-attestation`), so the big wheel is not uploaded again; every gate
 * that downloads the wheel artifact also fetches that one into the same directory, when it
 * exists, and the attestation lies next to its wheel again.
 */
import { access } from 'node:fs/promises'
import { attestationPath } from '../attest/file.js'
import type { Settings } from '../settings.js'
import { sanitizeArtifactName } from '../store/names.js'
import type { Stores } from '../store/select.js'
import type { GateContext } from './context.js'
import { workDirOf } from './options.js'
import { parseArtifactReference } from './wheels.js'

/** The artifact that carries the attestations of wheel artifact `name`. */
export function attestationArtifactName(name: string): string {
  return sanitizeArtifactName(`${name}-publish-attestation`)
}

/** Fetches the attestation artifact of `name` into `into`; absent is not an error. */
export async function fetchAttestations(
  stores: Stores,
  name: string,
  into: string,
  runId: number | undefined,
  context: GateContext
): Promise<void> {
  try {
    await stores.artifacts.download(
      attestationArtifactName(name),
      into,
      runId ? { runId } : undefined
    )
    context.logger.info(`Downloaded the publish attestations of '${name}'`)
  } catch {
    // No attestation was made yet (or attestations are off): the wheel travels alone.
  }
}

/** After publishing: uploads the wheels' attestation files when the wheels came as an artifact. */
export async function keepAttestations(
  settings: Settings,
  context: GateContext,
  wheelPaths: readonly string[]
): Promise<void> {
  if (!settings.wheelArtifact || settings.dryRun) return
  const files: string[] = []
  for (const wheel of wheelPaths) {
    const file = attestationPath(wheel)
    if (
      await access(file).then(
        () => true,
        () => false
      )
    )
      files.push(file)
  }
  if (files.length === 0) return
  const { name } = parseArtifactReference(settings.wheelArtifact)
  const stores = await context.stores(workDirOf(settings, context.cwd))
  await stores.artifacts.upload(attestationArtifactName(name), files)
  context.logger.info(
    `Uploaded the publish attestations as artifact '${attestationArtifactName(name)}'`
  )
}
