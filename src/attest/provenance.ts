/**
 * PyPI's integrity API (docs.pypi.org/api/integrity): the provenance of one file, the
 * attestation bundles it was published with, each under the Trusted Publisher that sent it.
 * 404 means the file has none.
 */
import { nodeFetch, type Fetch } from '../util/http.js'
import { parseAttestation, type Attestation } from './attestation.js'

/** One provenance object's bundle: who published and with which attestations. */
export interface AttestationBundle {
  readonly publisher: Record<string, unknown>
  readonly attestations: readonly Attestation[]
}

/** A file's provenance as the index serves it. */
export interface Provenance {
  readonly version: number
  readonly attestation_bundles: readonly AttestationBundle[]
}

/** The provenance URL of a file on an index whose web origin is `origin`. */
export function provenanceUrl(
  origin: string,
  project: string,
  version: string,
  filename: string
): string {
  const part = encodeURIComponent
  return `${origin}/integrity/${part(project)}/${part(version)}/${part(filename)}/provenance`
}

/** Reads a file's provenance; null when the index has none (404). */
export async function readProvenance(
  origin: string,
  project: string,
  version: string,
  filename: string,
  fetchFn: Fetch = nodeFetch
): Promise<Provenance | null> {
  const url = provenanceUrl(origin, project, version, filename)
  const response = await fetchFn(url, {
    headers: { Accept: 'application/vnd.pypi.integrity.v1+json' }
  })
  if (response.status === 404) return null
  if (!response.ok) throw new Error(`${url} answered ${response.status} ${response.statusText}`)
  const data = (await response.json()) as Partial<Provenance>
  if (!Array.isArray(data.attestation_bundles))
    throw new Error(`${url} gave no attestation_bundles`)
  return {
    version: Number(data.version ?? 1),
    attestation_bundles: data.attestation_bundles.map(bundle => ({
      publisher: bundle.publisher ?? {},
      attestations: (bundle.attestations ?? []).map(parseAttestation)
    }))
  }
}

/** The Rekor log index of each attestation in a provenance, for the summary. */
export function logIndexes(provenance: Provenance): string[] {
  return provenance.attestation_bundles.flatMap(bundle =>
    bundle.attestations.flatMap(a =>
      a.verification_material.transparency_entries.map(entry => String(entry.logIndex ?? '?'))
    )
  )
}
