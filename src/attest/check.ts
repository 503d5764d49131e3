/**
 * The local check an attestation passes before it is sent, so a mistake stops here with a
 * clear message rather than as PyPI's 400 after the upload: the statement names exactly this
 * file (name and sha256), at most one attestation per predicate type, and the certificate's
 * repository and top-level workflow (Build Config URI) are the ones the index will match
 * against its Trusted Publisher.
 */
import { GateError } from '../util/errors.js'
import type { Attestation } from './attestation.js'
import { certificateIdentity } from './certificate.js'
import { parseStatement } from './statement.js'

/** The GitHub identity the index expects: `owner/repo` and the workflow_ref claim. */
export interface ExpectedIdentity {
  readonly repository: string
  /** `owner/repo/.github/workflows/file.yml@refs/...` (the OIDC token's workflow_ref). */
  readonly workflowRef: string
}

/** The file an attestation must be about. */
export interface AttestedFile {
  readonly filename: string
  readonly sha256: string
}

const HINT =
  'Delete the stale .publish.attestation next to the wheel and re-run: a new one is made for this file and this workflow.'

/** Throws GateError when `attestations` are not fit to send with `file`. */
export function checkAttestations(
  attestations: readonly Attestation[],
  file: AttestedFile,
  expected: ExpectedIdentity
): void {
  const fail = (why: string, hint = HINT): never => {
    throw new GateError('publish', `${file.filename}: the attestation ${why}.`, hint)
  }
  const seen = new Set<string>()
  for (const attestation of attestations) {
    let statement
    try {
      statement = parseStatement(Buffer.from(attestation.envelope.statement, 'base64'))
    } catch (error) {
      return fail(`cannot be read: ${(error as Error).message}`)
    }
    // PyPI refuses a second attestation of one predicate type for one file.
    if (seen.has(statement.predicateType)) {
      return fail(
        `list holds two attestations of predicate type ${statement.predicateType}; PyPI takes at most one per type`,
        'Send one publish attestation per file.'
      )
    }
    seen.add(statement.predicateType)
    if (statement.subject.length !== 1) {
      return fail(`names ${statement.subject.length} subjects; PyPI takes exactly one`)
    }
    const subject = statement.subject[0]!
    if (subject.name !== file.filename) {
      return fail(`is for ${subject.name}, not for this file`)
    }
    if (subject.digest.sha256 !== file.sha256) {
      return fail(
        `names sha256 ${String(subject.digest.sha256)}, but the file's sha256 is ${file.sha256}`
      )
    }
    const identity = certificateIdentity(attestation.verification_material.certificate)
    const repositoryUri = `https://github.com/${expected.repository}`
    if (identity.sourceRepositoryUri !== repositoryUri) {
      return fail(
        `was signed for repository ${String(identity.sourceRepositoryUri)}, but the index will expect ${repositoryUri}`
      )
    }
    // The workflow file must match; the ref may differ between the jobs of one release.
    const workflow = `https://github.com/${expected.workflowRef.split('@')[0]}@`
    if (!identity.buildConfigUri?.startsWith(workflow)) {
      return fail(
        `was signed by workflow ${String(identity.buildConfigUri)}, but the index will expect ${workflow}…`
      )
    }
  }
}
