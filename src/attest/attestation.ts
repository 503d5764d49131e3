/**
 * PEP 740's attestation object and its conversion from a Sigstore bundle (our own converter,
 * following trailofbits/pypi-attestations' `Attestation.from_bundle`): the leaf certificate
 * (base64 DER), the bundle's transparency log entries as they are serialized in the bundle,
 * and the DSSE envelope reduced to its statement and single signature. Pure: no I/O.
 */
import { INTOTO_PAYLOAD_TYPE } from './statement.js'

/** A PEP 740 attestation object (version 1). */
export interface Attestation {
  readonly version: 1
  readonly verification_material: {
    /** The signing certificate, base64 of its DER. */
    readonly certificate: string
    /** The Rekor entries, as Sigstore bundles serialize TransparencyLogEntry. */
    readonly transparency_entries: readonly Record<string, unknown>[]
  }
  readonly envelope: {
    /** The signed in-toto statement, base64. */
    readonly statement: string
    /** The DSSE signature over it, base64. */
    readonly signature: string
  }
}

/** The parts of a serialized (JSON) Sigstore bundle the converter reads. */
export interface SerializedBundleLike {
  readonly mediaType?: string
  readonly verificationMaterial?: {
    readonly certificate?: { readonly rawBytes?: string }
    readonly x509CertificateChain?: { readonly certificates?: readonly { rawBytes?: string }[] }
    readonly tlogEntries?: readonly Record<string, unknown>[]
  }
  readonly dsseEnvelope?: {
    readonly payload?: string
    readonly payloadType?: string
    readonly signatures?: readonly { readonly sig?: string }[]
  }
}

/** Converts a serialized Sigstore bundle with a DSSE envelope to a PEP 740 attestation. */
export function attestationFromBundle(bundle: SerializedBundleLike): Attestation {
  const material = bundle.verificationMaterial
  const certificate =
    material?.certificate?.rawBytes ?? material?.x509CertificateChain?.certificates?.[0]?.rawBytes
  if (!certificate) throw new Error('the Sigstore bundle carries no signing certificate')
  const entries = material?.tlogEntries ?? []
  // PyPI needs a transparency log entry: a bundle without one proves nothing about when.
  if (entries.length === 0) throw new Error('the Sigstore bundle carries no transparency log entry')
  const envelope = bundle.dsseEnvelope
  if (!envelope?.payload) throw new Error('the Sigstore bundle carries no DSSE envelope')
  if (envelope.payloadType !== INTOTO_PAYLOAD_TYPE) {
    throw new Error(
      `the DSSE payload type is ${String(envelope.payloadType)}, not ${INTOTO_PAYLOAD_TYPE}`
    )
  }
  const signatures = envelope.signatures ?? []
  // PEP 740 keeps one signature; an envelope with more would lose the others silently.
  if (signatures.length !== 1 || !signatures[0]?.sig) {
    throw new Error(
      `the DSSE envelope has ${signatures.length} signatures, PEP 740 takes exactly one`
    )
  }
  return {
    version: 1,
    verification_material: { certificate, transparency_entries: entries },
    envelope: { statement: envelope.payload, signature: signatures[0].sig }
  }
}

/** Parses a stored or served attestation object; throws with a reason when malformed. */
export function parseAttestation(data: unknown): Attestation {
  const a = data as Partial<Attestation> | null
  if (!a || typeof a !== 'object' || a.version !== 1) {
    throw new Error('not a PEP 740 attestation (version 1)')
  }
  const m = a.verification_material
  const e = a.envelope
  if (!m || typeof m.certificate !== 'string' || !Array.isArray(m.transparency_entries)) {
    throw new Error('the attestation has no certificate or transparency entries')
  }
  if (!e || typeof e.statement !== 'string' || typeof e.signature !== 'string') {
    throw new Error('the attestation has no statement or signature')
  }
  return a as Attestation
}
