/**
 * The streaming uploader for PyPI's legacy upload API: one multipart POST per wheel, the file
 * read from disk in chunks (memory does not grow with the file), Content-Length known up front,
 * and the one digest sent, sha256, taken from the check or computed in the same pass as the
 * upload. Warehouse needs one of md5, sha256 and blake2_256 and checks each against its own
 * computation; sha256 is the strong one every gate already pins.
 * It goes out through util/http's openRequest, so a proxy the environment names carries it too.
 */
import { createHash, randomBytes } from 'node:crypto'
import { open, readFile, stat } from 'node:fs/promises'
import type http from 'node:http'
import path from 'node:path'
import type { WheelInspection } from '../wheel/types.js'
import { openRequest } from '../util/http.js'
import { hideUrlCredentials, redactWith } from '../util/redact.js'
import { metadataFields, type FormField } from './form.js'

/** Username and password for HTTP basic auth (`__token__` and the token for PyPI). */
export interface Credentials {
  readonly username: string
  readonly password: string
}

/** The secrets in credentials: what a server that echoes the request must not get printed. */
export function credentialSecrets(credentials: Credentials | null): string[] {
  if (!credentials) return []
  return [credentials.password, `${credentials.username}:${credentials.password}`]
}

/** Why an upload attempt did not end in a 200. */
export type UploadFailureKind = 'network' | 'server' | 'client' | 'redirect' | 'changed'

/** A failed upload attempt with what the server said, if anything. */
export class UploadError extends Error {
  constructor(
    message: string,
    readonly kind: UploadFailureKind,
    readonly status: number | null = null,
    /** The HTTP reason phrase; PyPI puts its error text here. */
    readonly reason: string = '',
    readonly body: string = '',
    readonly location: string | null = null
  ) {
    super(message)
    this.name = 'UploadError'
  }

  /** Network errors and 5xx may pass on a second try; 4xx and redirects will not. */
  get retryable(): boolean {
    return this.kind === 'network' || this.kind === 'server'
  }
}

/** Progress of one upload: bytes of the file sent so far and the total. */
export type ProgressListener = (sent: number, total: number) => void

/** What one upload needs besides the wheel. */
export interface UploadRequest {
  readonly url: string
  readonly credentials: Credentials | null
  readonly userAgent: string
  readonly onProgress?: ProgressListener
  /** Socket inactivity limit in milliseconds. */
  readonly timeoutMs?: number
  /** PEP 740 attestation objects sent in the `attestations` field. */
  readonly attestations?: readonly object[]
}

const CHUNK = 1024 * 1024
/** Wheels up to this size are sent in one write (see below). */
const ONE_WRITE = 1024 * 1024
const POOL = 4
const HEX_DIGEST_LENGTH = 64

function fieldPart(boundary: string, name: string, value: string): Buffer {
  return Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
    'utf8'
  )
}

/** The multipart layout around the file: everything but the file bytes and digest values. */
export interface MultipartLayout {
  readonly contentType: string
  readonly head: Buffer
  /** Builds the tail once the digest is known; its length does not depend on it. */
  tail(sha256: string): Buffer
  readonly contentLength: number
}

/**
 * Lays out the form. With the digests known in advance (the check computed them) they go
 * before the file, in twine's order. Otherwise they go after it, so they come from the same
 * read as the upload: servers parse the whole form before using it, and a hex digest's length
 * is fixed, so Content-Length is still known before the first byte.
 */
export function multipartLayout(
  fields: readonly FormField[],
  filename: string,
  fileSize: number,
  boundary = randomBytes(16).toString('hex'),
  digests: { readonly sha256: string } | null = null
): MultipartLayout {
  const head = Buffer.concat([
    ...fields.map(([name, value]) => fieldPart(boundary, name, value)),
    ...(digests ? [fieldPart(boundary, 'sha256_digest', digests.sha256)] : []),
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="content"; filename="${filename}"\r\n` +
        'Content-Type: application/octet-stream\r\n\r\n',
      'utf8'
    )
  ])
  const tail = (sha256: string): Buffer =>
    Buffer.concat([
      Buffer.from('\r\n'),
      ...(digests ? [] : [fieldPart(boundary, 'sha256_digest', sha256)]),
      Buffer.from(`--${boundary}--\r\n`)
    ])
  const placeholder = '0'.repeat(HEX_DIGEST_LENGTH)
  return {
    contentType: `multipart/form-data; boundary=${boundary}`,
    head,
    tail,
    contentLength: head.length + fileSize + tail(placeholder).length
  }
}

/**
 * Every form field of an upload except the digests and the file. `attestations`, when given,
 * is PEP 740's field: a JSON array of attestation objects (Trusted Publishing uploads only).
 */
export function uploadFields(
  wheel: WheelInspection,
  attestations?: readonly object[]
): FormField[] {
  return [
    ...metadataFields(wheel),
    [':action', 'file_upload'],
    ['protocol_version', '1'],
    ...(attestations?.length ? [['attestations', JSON.stringify(attestations)] as const] : [])
  ]
}

// Callers race this with the request's failure: an error emitted before the listener was
// attached would otherwise leave it waiting forever.
function waitDrain(request: http.ClientRequest): Promise<void> {
  return new Promise((resolve, reject) => {
    const onDrain = (): void => {
      request.off('error', onError)
      resolve()
    }
    const onError = (error: Error): void => {
      request.off('drain', onDrain)
      reject(error)
    }
    request.once('drain', onDrain)
    request.once('error', onError)
  })
}

/** What the server answered to a completed POST. */
export interface UploadResponse {
  readonly status: number
  readonly reason: string
  readonly body: string
}

/**
 * POSTs the wheel once. Resolves on 200; rejects with an UploadError for anything else,
 * including a redirect (which would silently drop the body, as twine also refuses).
 */
export async function uploadOnce(
  wheel: WheelInspection,
  request: UploadRequest
): Promise<UploadResponse> {
  const filename = path.basename(wheel.path)
  // The check hashed this file; when it says when the file was last changed, the upload only
  // proves the file is still the one checked (size and modification time) and keeps hashing
  // off the path of the bytes. Otherwise it hashes as it sends.
  const known = wheel.modifiedMs !== undefined
  const layout = multipartLayout(
    uploadFields(wheel, request.attestations),
    filename,
    wheel.size,
    undefined,
    known ? { sha256: wheel.sha256 } : null
  )
  const url = new URL(request.url)
  // Everything the server sends back is scrubbed of the credentials before it reaches an error:
  // proxies and broken mirrors echo the Authorization header in their error pages.
  const secrets = credentialSecrets(request.credentials)
  const scrub = (text: string): string => redactWith(text, secrets)
  const shownUrl = hideUrlCredentials(request.url)
  const headers: Record<string, string | number> = {
    'Content-Type': layout.contentType,
    'Content-Length': layout.contentLength,
    'User-Agent': request.userAgent,
    Accept: '*/*'
  }
  if (request.credentials) {
    const { username, password } = request.credentials
    headers.Authorization = `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`
  }
  const req = openRequest(url, {
    method: 'POST',
    headers,
    idleTimeoutMs: request.timeoutMs ?? 300_000
  })

  const response = new Promise<UploadResponse>((resolve, reject) => {
    req.on('error', error =>
      reject(new UploadError(`Upload to ${shownUrl} failed: ${scrub(error.message)}`, 'network'))
    )
    req.on('response', res => {
      const chunks: Buffer[] = []
      let size = 0
      res.on('data', (chunk: Buffer) => {
        // Error pages can be large; the start is what explains them.
        if (size < 65536) chunks.push(chunk)
        size += chunk.length
      })
      res.on('error', error =>
        reject(new UploadError(`Upload to ${shownUrl} failed: ${scrub(error.message)}`, 'network'))
      )
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          reason: scrub(res.statusMessage ?? ''),
          body: scrub(Buffer.concat(chunks).toString('utf8')).slice(0, 65536)
        })
      )
      if (res.statusCode && res.statusCode >= 300 && res.statusCode < 400) {
        const location = scrub(res.headers.location ?? '')
        reject(
          new UploadError(
            `${shownUrl} answered the upload with a redirect (${res.statusCode}) to ${location || 'nowhere'}; the upload URL must be the upload endpoint itself.`,
            'redirect',
            res.statusCode,
            scrub(res.statusMessage ?? ''),
            '',
            location
          )
        )
      }
    })
  })
  // The response promise may reject while the body is still being written; keep it observed.
  response.catch(() => undefined)

  const sha = known ? null : createHash('sha256')
  const unchanged = async (): Promise<boolean> => {
    const now = await stat(wheel.path)
    return now.size === wheel.size && now.mtimeMs === wheel.modifiedMs
  }
  const refuseChanged = (detail: string): never => {
    req.destroy()
    throw new UploadError(
      `${filename} changed on disk after it was checked (${detail}); nothing was uploaded.`,
      'changed'
    )
  }
  let sent = 0
  // Settles only if the request fails, so no wait below can outlive a dead socket.
  // An answer while the body is still going out (401, 413) also ends the sending: a server
  // that has answered may stop reading, and the writes would then never flush.
  const failed = new Promise<never>((_, reject) => {
    req.once('error', reject)
    req.once('response', () => reject(new Error('the index answered before the upload was sent')))
  })
  failed.catch(() => undefined)
  const finish = async (): Promise<UploadResponse> => {
    const answer = await response
    if (answer.status === 200) return answer
    const kind = answer.status >= 500 ? 'server' : 'client'
    throw new UploadError(
      `Upload to ${shownUrl} answered ${answer.status} ${answer.reason}`.trim(),
      kind,
      answer.status,
      answer.reason,
      answer.body
    )
  }
  try {
    if (known && !(await unchanged())) refuseChanged('its size or modification time differs')
    if (wheel.size <= ONE_WRITE) {
      // A small form goes out in one write: a server that refuses it at once (a wrong
      // token) then has the whole body, so its answer is read instead of a broken pipe.
      const data = await readFile(wheel.path)
      const sha256 = createHash('sha256').update(data).digest('hex')
      if (data.length !== wheel.size || sha256 !== wheel.sha256) {
        refuseChanged(`sha256 ${sha256}, checked ${wheel.sha256}`)
      }
      req.end(Buffer.concat([layout.head, data, layout.tail(sha256)]))
      request.onProgress?.(data.length, wheel.size)
      return await finish()
    }
    if (!req.write(layout.head)) await Promise.race([waitDrain(req), failed])
    const file = await open(wheel.path, 'r')
    try {
      // A few reused buffers instead of one new Buffer per chunk: fresh chunks pile up as
      // garbage faster than the collector returns them, and memory would grow with the file.
      // A buffer is refilled only after the socket has flushed it (the write callback).
      const pool = Array.from({ length: POOL }, () => ({
        buffer: Buffer.allocUnsafe(CHUNK),
        flushed: Promise.resolve()
      }))
      for (let turn = 0; ; turn++) {
        const slot = pool[turn % POOL]!
        await Promise.race([slot.flushed, failed])
        const { bytesRead } = await file.read(slot.buffer, 0, CHUNK, null)
        if (bytesRead === 0) break
        const chunk = slot.buffer.subarray(0, bytesRead)
        sha?.update(chunk)
        sent += bytesRead
        request.onProgress?.(sent, wheel.size)
        let flushed!: () => void
        slot.flushed = new Promise<void>(resolve => (flushed = resolve))
        // The callback also runs with an error when the socket dies; 'error' reports that.
        const below = req.write(chunk, () => flushed())
        if (!below) await Promise.race([waitDrain(req), failed])
      }
      await Promise.race([Promise.all(pool.map(slot => slot.flushed)), failed])
    } finally {
      await file.close()
    }
    const sha256 = sha ? sha.digest('hex') : wheel.sha256
    if (sent !== wheel.size || sha256 !== wheel.sha256 || (known && !(await unchanged()))) {
      refuseChanged(`sha256 ${sha256}, size ${sent}; checked ${wheel.sha256}, ${wheel.size} bytes`)
    }
    req.end(layout.tail(sha256))
  } catch (error) {
    if (error instanceof UploadError) throw error
    // A write failure is usually the server giving up early (413, 401 before the body was
    // read); its answer, when it came, says more than the broken pipe does.
    const early = await Promise.race([
      response.then(
        answer => answer,
        () => null
      ),
      new Promise<null>(resolve => setTimeout(() => resolve(null), 2000).unref())
    ])
    req.destroy()
    if (!early) {
      throw new UploadError(
        `Upload to ${shownUrl} failed: ${scrub((error as Error).message)}`,
        'network'
      )
    }
  }

  return finish()
}
