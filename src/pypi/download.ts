/**
 * Downloading one file an index lists, as the index holds it: streamed to disk (wheels are
 * hundreds of MB) while it is hashed, and kept only when its sha256 is the one the index
 * states. The file lands under a temporary name and is renamed into place once it matched,
 * so a half-written or lying download never looks like a wheel to a later glob.
 */
import { createHash, randomBytes } from 'node:crypto'
import { createReadStream, createWriteStream } from 'node:fs'
import { mkdir, rename, rm } from 'node:fs/promises'
import type { IncomingMessage } from 'node:http'
import path from 'node:path'
import { Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { fileURLToPath } from 'node:url'
import { openRequest } from '../util/http.js'
import { retry, type RetryOptions } from '../util/retry.js'
import type { ExistingFile } from './read.js'

/** Why a download failed; `retryable` for network failures and 5xx answers. */
export class IndexDownloadError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
    /** True when the bytes arrived but were not the file the index states (sha256, size). */
    readonly mismatch = false
  ) {
    super(message)
    this.name = 'IndexDownloadError'
  }
}

/** A file downloaded and matched against the index's digest. */
export interface DownloadedFile {
  readonly path: string
  readonly sha256: string
  readonly size: number
}

/** How a download is retried; tests pass a recorder for sleep. */
export type DownloadOptions = Pick<RetryOptions, 'attempts' | 'sleep' | 'random'>

const IDLE_TIMEOUT_MS = 120_000
const MAX_REDIRECTS = 5

/** `url` without user name and password: what logs and the summary may show. */
export function publicUrl(url: string): string {
  try {
    const parsed = new URL(url)
    parsed.username = ''
    parsed.password = ''
    return parsed.href
  } catch {
    return url
  }
}

/** Opens a GET and resolves with the response once its headers arrive. */
function get(url: URL): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    let request
    try {
      request = openRequest(url, {
        method: 'GET',
        headers: { 'Cache-Control': 'no-cache', 'Accept-Encoding': 'identity' },
        idleTimeoutMs: IDLE_TIMEOUT_MS
      })
    } catch (error) {
      reject(error as Error)
      return
    }
    request.once('response', resolve)
    request.once('error', reject)
    request.end()
  })
}

/** The response body of `url`, following redirects (a file host may send us to a CDN). */
async function openBody(url: string): Promise<NodeJS.ReadableStream> {
  let current = new URL(url)
  if (current.protocol === 'file:') return createReadStream(fileURLToPath(current))
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    let response: IncomingMessage
    try {
      response = await get(current)
    } catch (error) {
      throw new IndexDownloadError(`${(error as Error).message} (${publicUrl(current.href)})`, true)
    }
    const status = response.statusCode ?? 0
    if (status >= 300 && status < 400 && response.headers.location) {
      response.resume()
      const next = new URL(response.headers.location, current)
      // Credentials given for the index go to the index only, never to another host.
      if (next.origin !== current.origin) {
        next.username = ''
        next.password = ''
      }
      current = next
      continue
    }
    if (status < 200 || status >= 300) {
      response.resume()
      throw new IndexDownloadError(
        `HTTP ${status} ${response.statusMessage ?? ''} from ${publicUrl(current.href)}`.trim(),
        status >= 500 || status === 429
      )
    }
    return response
  }
  throw new IndexDownloadError(`too many redirects from ${publicUrl(url)}`, false)
}

/** One attempt: stream to `temp` while hashing and counting. */
async function fetchOnce(url: string, temp: string): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256')
  let size = 0
  const tap = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk)
      size += chunk.length
      done(null, chunk)
    }
  })
  const body = await openBody(url)
  try {
    await pipeline(body, tap, createWriteStream(temp))
  } catch (error) {
    if (error instanceof IndexDownloadError) throw error
    throw new IndexDownloadError(`${(error as Error).message} (${publicUrl(url)})`, true)
  }
  return { sha256: hash.digest('hex'), size }
}

/**
 * Downloads `file` into the directory `into` under its own name and returns it, once its
 * sha256 (and size, where stated) are the index's; on a mismatch nothing is left behind.
 * An index that states no sha256 is refused: nothing could show the file is the published one.
 */
export async function downloadIndexFile(
  file: ExistingFile,
  into: string,
  options: DownloadOptions = { attempts: 3 }
): Promise<DownloadedFile> {
  if (file.sha256 === null) {
    throw new IndexDownloadError(
      `the index states no sha256 for ${file.filename}, so the download could not be matched to it`,
      false,
      true
    )
  }
  const name = path.basename(file.filename)
  await mkdir(into, { recursive: true })
  const target = path.join(into, name)
  const temp = path.join(into, `.${name}.${randomBytes(6).toString('hex')}.part`)
  try {
    const got = await retry(() => fetchOnce(file.url, temp), {
      baseDelayMs: 1000,
      maxDelayMs: 15000,
      ...options,
      retryable: error => error instanceof IndexDownloadError && error.retryable
    })
    if (got.sha256 !== file.sha256) {
      throw new IndexDownloadError(
        `${name} from ${publicUrl(file.url)} has sha256 ${got.sha256}, but the index states ${file.sha256}`,
        false,
        true
      )
    }
    if (typeof file.size === 'number' && got.size !== file.size) {
      throw new IndexDownloadError(
        `${name} from ${publicUrl(file.url)} has ${got.size} bytes, but the index states ${file.size}`,
        false,
        true
      )
    }
    await rename(temp, target)
    return { path: target, ...got }
  } finally {
    await rm(temp, { force: true })
  }
}
