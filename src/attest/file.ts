/**
 * The attestation that travels with a wheel: `<wheel>.publish.attestation` next to it, so the
 * one made for the test upload goes, unchanged, to production, in the same job or after the
 * wheel moved to another job as an artifact, and the GitHub release can carry it.
 */
import { readFile, writeFile } from 'node:fs/promises'
import { parseAttestation, type Attestation } from './attestation.js'

/** The suffix of the attestation file next to a wheel. */
export const ATTESTATION_SUFFIX = '.publish.attestation'

/** The attestation file's path for a wheel path. */
export function attestationPath(wheelPath: string): string {
  return `${wheelPath}${ATTESTATION_SUFFIX}`
}

/** Reads the attestation kept next to a wheel; null when there is none. */
export async function loadAttestation(wheelPath: string): Promise<Attestation | null> {
  let text: string
  try {
    text = await readFile(attestationPath(wheelPath), 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
  return parseAttestation(JSON.parse(text))
}

/** Writes the attestation next to its wheel. */
export async function saveAttestation(wheelPath: string, attestation: Attestation): Promise<void> {
  await writeFile(attestationPath(wheelPath), `${JSON.stringify(attestation)}\n`, 'utf8')
}
