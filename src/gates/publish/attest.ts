/**
 * The publish gate's attestation policy (PEP 740): whether this upload carries attestations,
 * the one publish attestation per file (made once, kept next to the wheel, and sent again
 * unchanged to the next index), the local check before it is sent, and the line that reports
 * the provenance the index then serves.
 */
import path from 'node:path'
import { attestationFromBundle, type Attestation } from '../../attest/attestation.js'
import { checkAttestations } from '../../attest/check.js'
import { attestationPath } from '../../attest/file.js'
import { logIndexes, type Provenance } from '../../attest/provenance.js'
import type { Signer } from '../../attest/sign.js'
import { publishStatement, statementBytes } from '../../attest/statement.js'
import type { IndexTarget } from '../../pypi/targets.js'
import { GateError } from '../../util/errors.js'
import type { Logger } from '../../util/logger.js'
import type { WheelInspection } from '../../wheel/types.js'
import { setInput, type Audience } from '../hints.js'

/** What attesting needs: the signer and the file kept next to each wheel. */
export interface AttestPorts {
  readonly signer: Signer
  load(wheelPath: string): Promise<Attestation | null>
  save(wheelPath: string, attestation: Attestation): Promise<void>
}

/**
 * Decides whether uploads to `target` carry attestations. `setting` null is the default: on
 * with Trusted Publishing, off (said in the log) with an API token, which PyPI refuses them with.
 */
export function attestationsEnabled(
  setting: boolean | null | undefined,
  target: IndexTarget,
  token: string | null,
  hasSigner: boolean,
  logger: Logger,
  audience: Audience = 'actions'
): boolean {
  if (setting === false) return false
  if (target.kind === 'file') {
    if (setting === true)
      logger.info(
        `attestations: ${target.label} is a directory, which keeps no attestations; none made`
      )
    return false
  }
  if (token) {
    if (setting === true) {
      throw new GateError(
        'publish',
        `attestations is true, but ${target.label} is given an API token: PyPI accepts attestations only with Trusted Publishing uploads.`,
        audience === 'actions'
          ? 'Remove the token input to publish with Trusted Publishing, or set attestations: false.'
          : `Set ${setInput(audience, 'attestations', 'false')}: Trusted Publishing works only inside a GitHub Actions job.`
      )
    }
    logger.info(
      `attestations: off, because ${target.label} is published to with an API token (PyPI accepts attestations only with Trusted Publishing)`
    )
    return false
  }
  if (!hasSigner) {
    if (setting === true) {
      throw new GateError(
        'publish',
        'attestations is true, but this run cannot sign.',
        `Set ${setInput(audience, 'attestations', 'false')}.`
      )
    }
    return false
  }
  return true
}

/**
 * The publish attestation for `wheel`: the one kept next to it when there is one, else a new
 * one signed now and kept. Either way it is checked against the file and this job's identity
 * before it is returned; a mismatch throws GateError, before anything is uploaded.
 */
export async function attestationFor(
  wheel: WheelInspection,
  ports: AttestPorts,
  logger: Logger,
  audience: Audience = 'actions'
): Promise<Attestation> {
  const filename = path.basename(wheel.path)
  const file = { filename, sha256: wheel.sha256 }
  const identity = await ports.signer.identity()
  const kept = await ports.load(wheel.path)
  if (kept) {
    checkAttestations([kept], file, identity)
    logger.info(
      `${filename}: sending the publish attestation kept in ${path.basename(attestationPath(wheel.path))}`
    )
    return kept
  }
  logger.info(`${filename}: signing a publish attestation as ${identity.workflowRef}`)
  let attestation: Attestation
  try {
    const bundle = await ports.signer.sign(statementBytes(publishStatement(filename, wheel.sha256)))
    attestation = attestationFromBundle(bundle)
  } catch (error) {
    throw new GateError(
      'publish',
      `${filename}: signing the publish attestation failed: ${(error as Error).message}`,
      audience === 'actions'
        ? 'The job needs `permissions: id-token: write`; re-run, or set attestations: false to publish without one.'
        : `Signing works only inside a GitHub Actions job; set ${setInput(audience, 'attestations', 'false')} to publish without one.`
    )
  }
  checkAttestations([attestation], file, identity)
  await ports.save(wheel.path, attestation)
  return attestation
}

/** One line on a file's provenance for its decision row: the Rekor entries and the publisher. */
export function provenanceText(provenance: Provenance | null): string {
  if (!provenance || provenance.attestation_bundles.length === 0)
    return 'no provenance on the index'
  const entries = logIndexes(provenance)
  const publisher = provenance.attestation_bundles[0]!.publisher
  const who = [publisher.kind, publisher.repository, publisher.workflow].filter(Boolean).join(' ')
  return `provenance: publish attestation, Rekor log entry ${entries.join(', ') || 'none'}${who ? `, publisher ${who}` : ''}`
}
