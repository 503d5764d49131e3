/**
 * A local stand-in for the Azure Blob Storage that the Actions results service signs URLs for:
 * path-style URLs (`http://127.0.0.1:PORT/<account>/<container>/<blob>`, as @azure/storage-blob
 * addresses an IP host), a SAS-like signature in the query (`sig`, `se`, `sp`), and the four
 * operations the toolkit uses: Put Blob (one shot, `x-ms-blob-type: BlockBlob`), Put Block
 * (`?comp=block&blockid=`), Put Block List (`?comp=blocklist`, XML body) and Get Blob. Errors
 * answer as Azure does: an XML `<Error>` with its code, and `x-ms-error-code`.
 */
import { createHmac, randomBytes, randomUUID } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'

/** A committed blob. */
export interface StoredBlob {
  readonly content: Buffer
  readonly contentType: string
  readonly etag: string
}

const ACCOUNT = 'actionsresults'
const CONTAINER = 'results'

/** The blob service: signed URLs out, blobs in. */
export class BlobStorage {
  readonly blobs = new Map<string, StoredBlob>()
  /** Requests that do not fit the Blob service's REST API as the toolkit uses it. */
  readonly violations: string[] = []
  readonly requests: { method: string; operation: string; status: number }[] = []
  url = ''
  private readonly staged = new Map<string, Map<string, Buffer>>()
  private readonly secret = randomBytes(32)
  private server: http.Server | null = null

  /** Starts the listener on 127.0.0.1. */
  async start(): Promise<void> {
    this.server = http.createServer((request, response) => {
      this.handle(request, response).catch((error: unknown) => {
        this.violations.push(`blob server error: ${String(error)}`)
        if (!response.headersSent) response.writeHead(500)
        response.end()
      })
    })
    await new Promise<void>(done => this.server!.listen(0, '127.0.0.1', done))
    const { port } = this.server.address() as AddressInfo
    this.url = `http://127.0.0.1:${port}`
  }

  /** Stops the listener. */
  async stop(): Promise<void> {
    if (!this.server) return
    this.server.closeAllConnections()
    await new Promise(done => this.server!.close(done))
  }

  private signature(blob: string, permission: string, expiry: string): string {
    return createHmac('sha256', this.secret)
      .update(`${permission}\n${blob}\n${expiry}`)
      .digest('base64')
  }

  /** A signed URL for `blob`: `w` to create it (once), `r` to read it, valid for an hour. */
  sign(blob: string, permission: 'r' | 'w'): string {
    const expiry = new Date(Date.now() + 3600_000).toISOString()
    const url = new URL(`${this.url}/${ACCOUNT}/${CONTAINER}/${blob}`)
    url.searchParams.set('sv', '2025-05-05')
    url.searchParams.set('sp', permission)
    url.searchParams.set('se', expiry)
    url.searchParams.set('sig', this.signature(blob, permission, expiry))
    return url.href
  }

  private error(response: http.ServerResponse, status: number, code: string, message: string) {
    response.writeHead(status, {
      'content-type': 'application/xml',
      'x-ms-error-code': code,
      'x-ms-request-id': randomUUID(),
      'x-ms-version': '2025-05-05'
    })
    response.end(
      `<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${message}</Message></Error>`
    )
  }

  private created(response: http.ServerResponse, etag: string | null): void {
    response.writeHead(201, {
      ...(etag ? { etag, 'last-modified': new Date().toUTCString() } : {}),
      'x-ms-request-id': randomUUID(),
      'x-ms-version': '2025-05-05',
      'x-ms-request-server-encrypted': 'true',
      'content-length': '0'
    })
    response.end()
  }

  private async handle(request: http.IncomingMessage, response: http.ServerResponse) {
    const url = new URL(request.url ?? '/', this.url)
    const method = request.method ?? 'GET'
    const chunks: Buffer[] = []
    for await (const chunk of request) chunks.push(chunk as Buffer)
    const body = Buffer.concat(chunks)
    const comp = url.searchParams.get('comp') ?? ''
    const operation =
      method === 'GET' || method === 'HEAD'
        ? 'get-blob'
        : comp === 'block'
          ? 'put-block'
          : comp === 'blocklist'
            ? 'put-block-list'
            : 'put-blob'
    const record = (status: number) => this.requests.push({ method, operation, status })
    const prefix = `/${ACCOUNT}/${CONTAINER}/`
    if (!url.pathname.startsWith(prefix)) {
      record(404)
      return this.error(
        response,
        404,
        'ContainerNotFound',
        'The specified container does not exist.'
      )
    }
    const blob = decodeURIComponent(url.pathname.slice(prefix.length))
    const permission = url.searchParams.get('sp') ?? ''
    const expiry = url.searchParams.get('se') ?? ''
    const wanted = operation === 'get-blob' ? 'r' : 'w'
    if (
      permission !== wanted ||
      url.searchParams.get('sig') !== this.signature(blob, permission, expiry) ||
      Date.parse(expiry) < Date.now()
    ) {
      record(403)
      return this.error(
        response,
        403,
        'AuthenticationFailed',
        'Server failed to authenticate the request. Make sure the value of Authorization header is formed correctly including the signature.'
      )
    }
    if (operation === 'get-blob') {
      const stored = this.blobs.get(blob)
      if (!stored) {
        record(404)
        return this.error(response, 404, 'BlobNotFound', 'The specified blob does not exist.')
      }
      record(200)
      response.writeHead(200, {
        'content-type': stored.contentType,
        'content-length': String(stored.content.length),
        etag: stored.etag,
        'x-ms-blob-type': 'BlockBlob'
      })
      response.end(method === 'HEAD' ? undefined : stored.content)
      return
    }
    if (method !== 'PUT') {
      record(405)
      return this.error(response, 405, 'UnsupportedHttpVerb', `${method} is not supported here.`)
    }
    // A signed upload URL writes one blob once: the service signs a fresh name per upload.
    if (this.blobs.has(blob)) {
      record(409)
      return this.error(response, 409, 'BlobAlreadyExists', 'The specified blob already exists.')
    }
    const length = Number(request.headers['content-length'] ?? body.length)
    if (length !== body.length) {
      this.violations.push(`${operation} ${blob}: content-length ${length}, ${body.length} bytes`)
    }
    if (operation === 'put-block') {
      const id = url.searchParams.get('blockid')
      if (!id) {
        record(400)
        return this.error(response, 400, 'InvalidQueryParameterValue', 'blockid is missing.')
      }
      const blocks = this.staged.get(blob) ?? new Map<string, Buffer>()
      blocks.set(id, body)
      this.staged.set(blob, blocks)
      record(201)
      return this.created(response, null)
    }
    const contentType =
      (request.headers['x-ms-blob-content-type'] as string | undefined) ??
      (operation === 'put-blob' ? request.headers['content-type'] : undefined) ??
      'application/octet-stream'
    let content = body
    if (operation === 'put-block-list') {
      const staged = this.staged.get(blob) ?? new Map<string, Buffer>()
      const ids = [...body.toString('utf8').matchAll(/<(Latest|Committed|Uncommitted)>([^<]*)</g)]
      const parts: Buffer[] = []
      for (const [, , id] of ids) {
        const block = staged.get(id!)
        if (!block) {
          record(400)
          return this.error(
            response,
            400,
            'InvalidBlockList',
            'The specified block list is invalid.'
          )
        }
        parts.push(block)
      }
      content = Buffer.concat(parts)
      this.staged.delete(blob)
    } else if (request.headers['x-ms-blob-type'] !== 'BlockBlob') {
      record(400)
      return this.error(response, 400, 'MissingRequiredHeader', 'x-ms-blob-type is required.')
    }
    const etag = `"0x${randomBytes(8).toString('hex').toUpperCase()}"`
    this.blobs.set(blob, { content, contentType, etag })
    record(201)
    this.created(response, etag)
  }
}
