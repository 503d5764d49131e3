/**
 * Trusted publishing: the index's OIDC audience, a GitHub OIDC token for it, and the
 * exchange for a short-lived upload token, with failures that say which setting to change.
 */
import * as core from '@actions/core'
import { GateError } from '../util/errors.js'
import type { Logger } from '../util/logger.js'
import { nodeFetch, type Fetch, type FetchResponse } from '../util/http.js'

/** Gets a GitHub Actions OIDC token (a JWT) for an audience. */
export type IdTokenProvider = (audience: string) => Promise<string>

/** The production provider: @actions/core, which reads ACTIONS_ID_TOKEN_REQUEST_URL/TOKEN. */
export const githubIdToken: IdTokenProvider = audience => core.getIDToken(audience)

/** The claims of a GitHub OIDC token that decide whether a trusted publisher matches. */
export const RELEVANT_CLAIMS = [
  'sub',
  'repository',
  'repository_owner',
  'repository_owner_id',
  'workflow_ref',
  'job_workflow_ref',
  'ref',
  'environment'
] as const

/** Reads a JWT's payload without verifying it (only the index verifies; this is for messages). */
export function jwtClaims(token: string): Record<string, unknown> {
  const payload = token.split('.')[1]
  if (!payload) return {}
  try {
    const data: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'))
    return data && typeof data === 'object' ? (data as Record<string, unknown>) : {}
  } catch {
    return {}
  }
}

function claimsText(claims: Record<string, unknown>): string {
  return RELEVANT_CLAIMS.map(
    name => `  ${name}: ${claims[name] === undefined ? '(not set)' : String(claims[name])}`
  ).join('\n')
}

/** A reusable workflow runs as `job_workflow_ref`, which differs from the caller's `workflow_ref`. */
export function isReusableWorkflow(claims: Record<string, unknown>): boolean {
  const job = claims.job_workflow_ref
  const caller = claims.workflow_ref
  return typeof job === 'string' && typeof caller === 'string' && job !== caller
}

const CODE_HINTS: Record<string, string> = {
  'not-enabled': 'The index has trusted publishing switched off; use an API token (token input).',
  'invalid-payload':
    'The exchange request was malformed; this is a bug in vllm-cpu-publish, please report it.',
  'invalid-token':
    'The GitHub OIDC token was not accepted (expired or not for this audience); re-run the job.',
  'invalid-publisher':
    'No trusted publisher on the index matches these claims. Add one in the project settings (Publishing) with this repository, workflow file name and environment, or fix the workflow to match it.'
}

interface MintError {
  readonly code?: unknown
  readonly description?: unknown
}

/** Mints an upload token by trusted publishing at `origin` (e.g. https://pypi.org). */
export async function mintTrustedPublishingToken(
  origin: string,
  getIdToken: IdTokenProvider,
  logger: Logger,
  fetchFn: Fetch = nodeFetch
): Promise<string> {
  const audienceUrl = `${origin}/_/oidc/audience`
  let response: FetchResponse
  try {
    response = await fetchFn(audienceUrl, { headers: { Accept: 'application/json' } })
  } catch (error) {
    throw new GateError(
      'publish',
      `Trusted publishing: could not reach ${audienceUrl}: ${(error as Error).message}`,
      'Check the repository URL, or pass an API token (token input).'
    )
  }
  if (response.status === 403) {
    throw new GateError(
      'publish',
      `Trusted publishing is disabled on ${origin} (403 from ${audienceUrl}).`,
      'Pass an API token (token input) instead.'
    )
  }
  if (response.status === 404) {
    throw new GateError(
      'publish',
      `${origin} does not support trusted publishing (404 from ${audienceUrl}).`,
      'Pass an API token (token input) for this index.'
    )
  }
  if (!response.ok) {
    throw new GateError(
      'publish',
      `Trusted publishing: ${audienceUrl} answered ${response.status} ${response.statusText}.`,
      'Re-run later, or pass an API token (token input).'
    )
  }
  const audience = ((await response.json()) as { audience?: unknown }).audience
  if (typeof audience !== 'string' || !audience) {
    throw new GateError(
      'publish',
      `Trusted publishing: ${audienceUrl} gave no audience.`,
      'Pass an API token (token input) for this index.'
    )
  }

  let idToken: string
  try {
    idToken = await getIdToken(audience)
  } catch (error) {
    throw new GateError(
      'publish',
      `Trusted publishing: could not get a GitHub OIDC token for audience '${audience}': ${(error as Error).message}`,
      'Trusted publishing runs only in GitHub Actions and needs `permissions: id-token: write` on the job (a reusable workflow also needs it granted by its caller). Or pass an API token (token input).'
    )
  }
  logger.mask(idToken)
  const claims = jwtClaims(idToken)
  if (isReusableWorkflow(claims)) {
    logger.warning(
      `This job runs in a reusable workflow (${String(claims.job_workflow_ref)}, called from ${String(claims.workflow_ref)}). PyPI does not accept reusable workflows as trusted publishers, so the exchange is likely to fail; register the calling workflow or use an API token.`
    )
  }

  const mintUrl = `${origin}/_/oidc/mint-token`
  let minted: FetchResponse
  try {
    minted = await fetchFn(mintUrl, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ token: idToken })
    })
  } catch (error) {
    throw new GateError(
      'publish',
      `Trusted publishing: could not reach ${mintUrl}: ${(error as Error).message}`,
      'Re-run later, or pass an API token (token input).'
    )
  }
  const text = await minted.text()
  let data: { token?: unknown; message?: unknown; errors?: MintError[] } = {}
  try {
    data = JSON.parse(text) as typeof data
  } catch {
    // Not JSON: the status below explains it.
  }
  if (minted.ok && typeof data.token === 'string' && data.token) {
    logger.mask(data.token)
    return data.token
  }
  const errors = Array.isArray(data.errors) ? data.errors : []
  const codes = errors.map(error => String(error.code ?? 'unknown'))
  const details = errors
    .map(error => `  ${String(error.code ?? 'unknown')}: ${String(error.description ?? '')}`)
    .join('\n')
  const hints = [...new Set(codes.map(code => CODE_HINTS[code]).filter(Boolean))]
  if (isReusableWorkflow(claims)) {
    hints.push(
      'This job runs in a reusable workflow, which PyPI does not accept as a trusted publisher.'
    )
  }
  throw new GateError(
    'publish',
    `Trusted publishing exchange at ${mintUrl} failed (${minted.status}${typeof data.message === 'string' ? `: ${data.message}` : ''}).\n` +
      `${details || `  ${logger.redact(text).slice(0, 300)}`}\nThe token's claims that the publisher must match:\n${claimsText(claims)}`,
    hints.join(' ') ||
      'Check the trusted publisher settings on the index, or pass an API token (token input).'
  )
}
