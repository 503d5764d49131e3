/**
 * The real signer: a publish statement signed in a DSSE envelope with a short-lived Fulcio
 * certificate issued for the job's GitHub OIDC identity (audience `sigstore`) and witnessed by
 * a Rekor entry, through sigstore-js's @sigstore/sign; the bundle comes back serialized, as
 * the converter (attestation.ts) reads it. The endpoints default to the public-good instance;
 * tests point them at a local Fulcio and Rekor.
 */
import { bundleToJSON } from '@sigstore/bundle'
import { DSSEBundleBuilder, FulcioSigner, RekorWitness } from '@sigstore/sign'
import type { IdTokenProvider } from '../pypi/oidc.js'
import { jwtClaims } from '../pypi/oidc.js'
import type { SerializedBundleLike } from './attestation.js'
import type { ExpectedIdentity } from './check.js'
import { INTOTO_PAYLOAD_TYPE } from './statement.js'

/** Signs statements as this job and says who this job is. */
export interface Signer {
  /** The repository and workflow_ref of the job's OIDC identity (what the index matches). */
  identity(): Promise<ExpectedIdentity>
  /** Signs an in-toto statement; resolves the serialized Sigstore bundle. */
  sign(statement: Buffer): Promise<SerializedBundleLike>
}

/** Where the Sigstore services are and where the OIDC token comes from. */
export interface SigstoreSignerOptions {
  readonly getIdToken: IdTokenProvider
  /** Default https://fulcio.sigstore.dev. */
  readonly fulcioUrl?: string
  /** Default https://rekor.sigstore.dev. */
  readonly rekorUrl?: string
  /** Masks each token in the log as soon as it is fetched. */
  readonly mask?: (secret: string) => void
}

/** Fulcio's audience for GitHub's OIDC tokens. */
export const SIGSTORE_AUDIENCE = 'sigstore'

/** The signer over the public-good (or the given) Fulcio and Rekor. */
export function sigstoreSigner(options: SigstoreSignerOptions): Signer {
  const token = async (): Promise<string> => {
    const value = await options.getIdToken(SIGSTORE_AUDIENCE)
    options.mask?.(value)
    return value
  }
  return {
    identity: async () => {
      const claims = jwtClaims(await token())
      const repository = claims.repository
      const workflowRef = claims.workflow_ref
      if (typeof repository !== 'string' || typeof workflowRef !== 'string') {
        throw new Error('the OIDC token has no repository or workflow_ref claim')
      }
      return { repository, workflowRef }
    },
    sign: async statement => {
      const signer = new FulcioSigner({
        identityProvider: { getToken: token },
        ...(options.fulcioUrl ? { fulcioBaseURL: options.fulcioUrl } : {})
      })
      const witness = new RekorWitness({
        entryType: 'dsse',
        ...(options.rekorUrl ? { rekorBaseURL: options.rekorUrl } : {})
      })
      const builder = new DSSEBundleBuilder({ signer, witnesses: [witness] })
      const bundle = await builder.create({ data: statement, type: INTOTO_PAYLOAD_TYPE })
      return bundleToJSON(bundle) as SerializedBundleLike
    }
  }
}
