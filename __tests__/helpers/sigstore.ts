/**
 * A local Sigstore: Fulcio's signingCert and Rekor's log-entries endpoints on one HTTP server,
 * answered by @sigstore/mock's CA and transparency log (which follow the services' APIs), and a
 * local OIDC token issuer in the shape of GitHub Actions' ID-token endpoint, whose claims the
 * test sets. The issuer signs RS256 JWTs with a key of its own.
 */
import { generateKeyPairSync, createSign } from 'node:crypto'
import http from 'node:http'
import {
  fulcioHandler,
  initializeCA,
  initializeCTLog,
  initializeTLog,
  rekorHandler
} from '@sigstore/mock'
import type { IdTokenProvider } from '../../src/pypi/oidc.js'

/** A running local Sigstore and OIDC issuer. */
export interface LocalSigstore {
  readonly url: string
  /** The CA's root certificate, DER. */
  readonly rootCertificate: Buffer
  /** Claims of the next tokens the issuer hands out. */
  claims: Record<string, unknown>
  /** How many certificates and log entries were made. */
  readonly counts: { certificates: number; entries: number; tokens: number }
  /** The ID-token provider over the local issuer (as @actions/core's getIDToken would fetch). */
  readonly idToken: IdTokenProvider
  close(): Promise<void>
}

/** GitHub OIDC claims for a job of `repository` running `workflow` at `ref`. */
export function githubClaims(
  repository: string,
  workflow = '.github/workflows/release.yml',
  ref = 'refs/tags/v1'
): Record<string, unknown> {
  return {
    iss: 'https://token.actions.githubusercontent.com',
    sub: `repo:${repository}:ref:${ref}`,
    repository,
    repository_owner: repository.split('/')[0],
    ref,
    sha: 'a'.repeat(40),
    workflow_ref: `${repository}/${workflow}@${ref}`,
    job_workflow_ref: `${repository}/${workflow}@${ref}`,
    event_name: 'push',
    runner_environment: 'github-hosted'
  }
}

function jwt(
  claims: Record<string, unknown>,
  key: ReturnType<typeof generateKeyPairSync>['privateKey']
): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')
  const input = `${part({ alg: 'RS256', typ: 'JWT' })}.${part(claims)}`
  const signature = createSign('RSA-SHA256').update(input).sign(key).toString('base64url')
  return `${input}.${signature}`
}

/** Starts the local Sigstore and issuer. */
export async function startLocalSigstore(): Promise<LocalSigstore> {
  const ec = () => generateKeyPairSync('ec', { namedCurve: 'P-256' })
  const ca = await initializeCA(ec(), await initializeCTLog(ec()))
  let url = ''
  const issuerKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey
  const counts = { certificates: 0, entries: 0, tokens: 0 }
  const handlers: Record<
    string,
    (
      body: string
    ) => Promise<{ statusCode: number; response: string | ArrayBufferView; contentType?: string }>
  > = {}
  const state: LocalSigstore = {
    url: '',
    rootCertificate: Buffer.from(
      ca.rootCertificate.buffer,
      ca.rootCertificate.byteOffset,
      ca.rootCertificate.byteLength
    ),
    claims: {},
    counts,
    idToken: async audience => {
      const response = await fetch(`${url}/token?audience=${encodeURIComponent(audience)}`)
      return ((await response.json()) as { value: string }).value
    },
    close: async () => undefined
  }
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const path = new URL(req.url ?? '/', 'http://localhost')
      if (req.method === 'GET' && path.pathname === '/token') {
        counts.tokens++
        const audience = path.searchParams.get('audience')
        res.setHeader('Content-Type', 'application/json')
        res.end(
          JSON.stringify({
            value: jwt(
              { ...state.claims, aud: audience, exp: Math.floor(Date.now() / 1000) + 300 },
              issuerKey
            )
          })
        )
        return
      }
      const handler = req.method === 'POST' ? handlers[path.pathname] : undefined
      if (!handler) {
        res.statusCode = 404
        res.end('not found')
        return
      }
      if (path.pathname.includes('signingCert')) counts.certificates++
      else counts.entries++
      handler(Buffer.concat(chunks).toString('utf8')).then(
        answer => {
          res.statusCode = answer.statusCode
          res.setHeader('Content-Type', answer.contentType ?? 'text/plain')
          res.end(answer.response)
        },
        (error: Error) => {
          res.statusCode = 500
          res.end(error.message)
        }
      )
    })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(server.address() as { port: number }).port}`
  const tlog = await initializeTLog(url, ec())
  for (const handler of [fulcioHandler(ca), rekorHandler(tlog)]) handlers[handler.path] = handler.fn
  ;(state as { url: string }).url = url
  state.close = () => new Promise(resolve => server.close(() => resolve()))
  return state
}
