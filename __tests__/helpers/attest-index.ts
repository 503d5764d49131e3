/**
 * A local package index that does what pypiserver does not: Trusted Publishing's two OIDC
 * endpoints, uploads with PEP 740's `attestations` form field (checked as Warehouse checks
 * them: Trusted Publishing only, at most one per predicate type, the statement's one subject
 * naming the uploaded file and its sha256, the certificate's repository and workflow those
 * of the registered publisher), the PEP 691 simple API, and the integrity API's provenance.
 * It records every upload, so tests see what was sent.
 */
import { createHash } from 'node:crypto'
import http from 'node:http'

/** One upload the index received. */
export interface ReceivedUpload {
  readonly filename: string
  readonly attestations: unknown[] | null
  readonly status: number
  readonly reason: string
}

/** The publisher the index trusts (as on PyPI's publishing settings page). */
export interface TrustedPublisher {
  readonly repository: string
  /** Workflow file name, e.g. release.yml. */
  readonly workflow: string
}

/** A running index stand-in. */
export interface AttestIndex {
  readonly url: string
  readonly uploads: ReceivedUpload[]
  readonly files: Map<string, { sha256: string; provenance: object | null }>
  close(): Promise<void>
}

const MINTED = 'pypi-minted-upload-token'

// The DER of an OID, to find one of Fulcio's extensions in a certificate.
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

function extension(der: Buffer, oid: string): string | null {
  const at = der.indexOf(oidBytes(oid))
  if (at < 0) return null
  let i = at + oidBytes(oid).length
  if (der[i] === 0x01) i += 3
  const inner = i + 2
  return der.subarray(inner + 2, inner + 2 + der[inner + 1]!).toString('utf8')
}

interface Part {
  name: string
  filename: string | null
  data: Buffer
}

function parseMultipart(body: Buffer, boundary: string): Part[] {
  const parts: Part[] = []
  const delimiter = Buffer.from(`--${boundary}`)
  let at = body.indexOf(delimiter)
  while (at >= 0) {
    const start = at + delimiter.length
    if (body.subarray(start, start + 2).toString() === '--') break
    const headerEnd = body.indexOf('\r\n\r\n', start)
    const next = body.indexOf(Buffer.from(`\r\n--${boundary}`), headerEnd)
    const headers = body.subarray(start + 2, headerEnd).toString('utf8')
    const name = /name="([^"]*)"/.exec(headers)?.[1] ?? ''
    const filename = /filename="([^"]*)"/.exec(headers)?.[1] ?? null
    parts.push({ name, filename, data: body.subarray(headerEnd + 4, next) })
    at = next + 2
  }
  return parts
}

// Warehouse's checks on the `attestations` field; returns the error text or null.
function attestationProblem(
  attestations: unknown[],
  filename: string,
  sha256: string,
  publisher: TrustedPublisher
): string | null {
  const types = new Set<string>()
  for (const raw of attestations) {
    const attestation = raw as {
      verification_material: { certificate: string }
      envelope: { statement: string }
    }
    const statement = JSON.parse(
      Buffer.from(attestation.envelope.statement, 'base64').toString()
    ) as { subject: { name: string; digest: { sha256: string } }[]; predicateType: string }
    if (types.has(statement.predicateType)) {
      return 'Multiple attestations for the same file with the same predicate type'
    }
    types.add(statement.predicateType)
    const [subject, ...more] = statement.subject
    if (!subject || more.length) return 'Attestation must have exactly one subject'
    if (subject.name !== filename || subject.digest.sha256 !== sha256) {
      return 'Subject does not match distribution name or digest'
    }
    const der = Buffer.from(attestation.verification_material.certificate, 'base64')
    const repository = extension(der, '1.3.6.1.4.1.57264.1.12')
    const config = extension(der, '1.3.6.1.4.1.57264.1.18') ?? ''
    const workflow = `https://github.com/${publisher.repository}/.github/workflows/${publisher.workflow}@`
    if (
      repository !== `https://github.com/${publisher.repository}` ||
      !config.startsWith(workflow)
    ) {
      return 'Certificate does not match the Trusted Publisher'
    }
  }
  return null
}

/** Starts an index that trusts `publisher`; `apiToken` is an ordinary API token it also takes. */
export async function startAttestIndex(
  publisher: TrustedPublisher,
  apiToken = 'pypi-api-token'
): Promise<AttestIndex> {
  const uploads: ReceivedUpload[] = []
  const files = new Map<string, { sha256: string; provenance: object | null }>()
  let url = ''
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname)
      const json = (status: number, value: unknown, reason?: string) => {
        res.writeHead(status, reason ?? http.STATUS_CODES[status], {
          'Content-Type': 'application/json'
        })
        res.end(JSON.stringify(value))
      }
      if (path === '/_/oidc/audience') return json(200, { audience: 'pypi' })
      if (path === '/_/oidc/mint-token') return json(200, { success: true, token: MINTED })
      const simple = /^\/simple\/([^/]+)\/$/.exec(path)
      if (simple) {
        const project = simple[1]!.replace(/[-_.]+/g, '-')
        const held = [...files.entries()].filter(([name]) =>
          name.toLowerCase().replace(/_/g, '-').startsWith(`${project}-`)
        )
        if (held.length === 0) return json(404, { message: 'not found' })
        res.writeHead(200, { 'Content-Type': 'application/vnd.pypi.simple.v1+json' })
        res.end(
          JSON.stringify({
            meta: { 'api-version': '1.1' },
            name: project,
            files: held.map(([filename, file]) => ({
              filename,
              url: `${url}/files/${filename}`,
              hashes: { sha256: file.sha256 },
              provenance: file.provenance ? `${url}/integrity/…/${filename}/provenance` : null
            }))
          })
        )
        return
      }
      const integrity = /^\/integrity\/([^/]+)\/([^/]+)\/([^/]+)\/provenance$/.exec(path)
      if (integrity) {
        const provenance = files.get(integrity[3]!)?.provenance
        return provenance
          ? json(200, provenance)
          : json(404, { message: 'No provenance available' })
      }
      if (path === '/legacy/' && req.method === 'POST') {
        const boundary = /boundary=(.+)$/.exec(req.headers['content-type'] ?? '')?.[1] ?? ''
        const parts = parseMultipart(Buffer.concat(chunks), boundary)
        const content = parts.find(part => part.name === 'content')!
        const filename = content.filename ?? ''
        const sha256 = createHash('sha256').update(content.data).digest('hex')
        const field = parts.find(part => part.name === 'attestations')
        const attestations = field ? (JSON.parse(field.data.toString()) as unknown[]) : null
        const auth = Buffer.from((req.headers.authorization ?? '').replace(/^Basic /, ''), 'base64')
          .toString()
          .split(':')[1]
        const refuse = (status: number, reason: string) => {
          uploads.push({ filename, attestations, status, reason })
          res.writeHead(status, reason)
          res.end(reason)
        }
        if (auth !== MINTED && auth !== apiToken)
          return refuse(403, 'Invalid or non-existent authentication information.')
        if (files.has(filename)) return refuse(400, 'File already exists.')
        if (attestations && auth !== MINTED) {
          return refuse(
            400,
            'Invalid attestations supplied during upload: Attestations are only supported when using Trusted Publishing'
          )
        }
        const problem = attestations
          ? attestationProblem(attestations, filename, sha256, publisher)
          : null
        if (problem) return refuse(400, `Invalid attestations supplied during upload: ${problem}`)
        files.set(filename, {
          sha256,
          provenance: attestations
            ? {
                version: 1,
                attestation_bundles: [
                  {
                    publisher: {
                      kind: 'GitHub',
                      repository: publisher.repository,
                      workflow: publisher.workflow,
                      environment: null
                    },
                    attestations
                  }
                ]
              }
            : null
        })
        uploads.push({ filename, attestations, status: 200, reason: 'OK' })
        res.end('OK')
        return
      }
      json(404, { message: 'not found' })
    })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(server.address() as { port: number }).port}`
  return {
    url,
    uploads,
    files,
    close: () => new Promise(resolve => server.close(() => resolve()))
  }
}
