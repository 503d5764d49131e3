/**
 * The identity a Fulcio certificate states for a GitHub Actions job, read from Fulcio's
 * extensions (github.com/sigstore/fulcio docs/oid-info.md): Source Repository URI
 * (1.3.6.1.4.1.57264.1.12), Build Config URI (…1.18, the top-level workflow, which PyPI
 * matches against the Trusted Publisher), Build Signer URI (…1.9, the workflow that ran,
 * a reusable one included) and the issuer (…1.8). Since version 2 of these OIDs their values
 * are DER UTF8Strings.
 */
import { X509Certificate } from '@sigstore/core'

/** What a Fulcio certificate says about who signed. */
export interface CertificateIdentity {
  readonly issuer: string | null
  readonly sourceRepositoryUri: string | null
  readonly buildConfigUri: string | null
  readonly buildSignerUri: string | null
  readonly subjectAltName: string | null
}

const OID = {
  issuer: '1.3.6.1.4.1.57264.1.8',
  buildSignerUri: '1.3.6.1.4.1.57264.1.9',
  sourceRepositoryUri: '1.3.6.1.4.1.57264.1.12',
  buildConfigUri: '1.3.6.1.4.1.57264.1.18'
} as const

/** Decodes a DER UTF8String (tag 0x0c); null when the bytes are not one. */
export function derUtf8(bytes: Buffer): string | null {
  if (bytes.length < 2 || bytes[0] !== 0x0c) return null
  let length = bytes[1]!
  let start = 2
  if (length & 0x80) {
    const count = length & 0x7f
    length = 0
    for (let i = 0; i < count; i++) length = (length << 8) | bytes[2 + i]!
    start = 2 + count
  }
  if (start + length > bytes.length) return null
  return bytes.subarray(start, start + length).toString('utf8')
}

/** Reads the identity from a certificate given as base64 DER. */
export function certificateIdentity(base64Der: string): CertificateIdentity {
  const cert = X509Certificate.parse(Buffer.from(base64Der, 'base64'))
  const read = (oid: string): string | null => {
    const extension = cert.extension(oid)
    return extension ? derUtf8(extension.value) : null
  }
  return {
    issuer: read(OID.issuer),
    sourceRepositoryUri: read(OID.sourceRepositoryUri),
    buildConfigUri: read(OID.buildConfigUri),
    buildSignerUri: read(OID.buildSignerUri),
    subjectAltName: cert.subjectAltName ?? null
  }
}
