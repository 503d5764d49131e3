/**
 * The in-toto v1 statement PyPI's publish attestation signs: exactly one subject, the file's
 * exact name and its sha256, and the publish predicate type with an empty predicate
 * (docs.pypi.org/attestations/publish/v1). Pure: no I/O.
 */

/** in-toto Statement v1's `_type`. */
export const STATEMENT_TYPE = 'https://in-toto.io/Statement/v1'
/** PyPI's publish predicate type. */
export const PUBLISH_PREDICATE_TYPE = 'https://docs.pypi.org/attestations/publish/v1'
/** The DSSE payload type of an in-toto statement. */
export const INTOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json'

/** An in-toto v1 statement as PyPI reads it. */
export interface Statement {
  readonly _type: string
  readonly subject: readonly { readonly name: string; readonly digest: Record<string, string> }[]
  readonly predicateType: string
  readonly predicate: Record<string, unknown> | null
}

/** The publish statement for one file. */
export function publishStatement(filename: string, sha256: string): Statement {
  return {
    _type: STATEMENT_TYPE,
    subject: [{ name: filename, digest: { sha256 } }],
    predicateType: PUBLISH_PREDICATE_TYPE,
    predicate: {}
  }
}

/** The statement's bytes as signed (compact JSON, UTF-8). */
export function statementBytes(statement: Statement): Buffer {
  return Buffer.from(JSON.stringify(statement), 'utf8')
}

/** Parses signed statement bytes; throws with a reason when they are not a v1 statement. */
export function parseStatement(bytes: Buffer): Statement {
  let data: unknown
  try {
    data = JSON.parse(bytes.toString('utf8'))
  } catch {
    throw new Error('the signed statement is not JSON')
  }
  const s = data as Partial<Statement> | null
  if (!s || typeof s !== 'object' || s._type !== STATEMENT_TYPE) {
    throw new Error(
      `the signed statement is not an in-toto v1 statement (_type ${String(s?._type)})`
    )
  }
  if (!Array.isArray(s.subject) || typeof s.predicateType !== 'string') {
    throw new Error('the signed statement has no subject list or predicate type')
  }
  return s as Statement
}
