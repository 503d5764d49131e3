/**
 * Turning one entry's compressed bytes into its content and proving it whole: raw deflate
 * inflated in one call for small entries, streamed through zlib for large ones, and every byte
 * counted and CRC-32 checked against the central directory. No file access: the bytes come in.
 */
import zlib from 'node:zlib'
import { InvalidWheelError } from '../wheel/types.js'
import type { ZipEntry } from './central-directory.js'
import { corrupt } from './errors.js'

/** Receives one entry's bytes (each chunk valid only during the call); `end` runs once CRC and size passed. */
export interface EntryConsumer {
  data(chunk: Buffer): void
  end?(): void
}

/** Hands an entry's compressed bytes to `take`, slice by slice, waiting for each to be used. */
export type CompressedFeed = (take: (slice: Buffer) => void | Promise<void>) => Promise<void>

/** Entries up to this size (packed and unpacked) are inflated in one synchronous call. */
export const SMALL_ENTRY = 256 * 1024
/**
 * zlib's output piece for streamed entries. node:zlib hands out a fresh buffer per piece, so
 * inflating makes garbage as large as the content; V8 collects it once its young generation
 * holds 2 x its largest semi-space of dead buffers (32 MB on Node 20, 64 MB on Node 24). That
 * allowance, not the entry's size, bounds memory; node:zlib cannot inflate into a reused buffer.
 */
const INFLATE_CHUNK = 1024 * 1024

/** Checks what an entry produced against the central directory, then passes it on. */
export class EntryCheck {
  private crc = 0
  private size = 0
  constructor(
    private readonly entry: ZipEntry,
    private readonly consumer: EntryConsumer | undefined,
    private readonly path: string
  ) {}

  /** Counts and checksums one piece of content; throws as soon as it overruns the entry. */
  data(chunk: Buffer): void {
    this.crc = zlib.crc32(chunk, this.crc)
    this.size += chunk.length
    if (this.size > this.entry.uncompressedSize) {
      throw corrupt(
        this.path,
        `'${this.entry.name}' inflates to more than the ${this.entry.uncompressedSize} bytes ` +
          'its directory entry declares (entry size mismatch)'
      )
    }
    this.consumer?.data(chunk)
  }

  /** Throws unless size and CRC-32 match the directory; then ends the consumer. */
  finish(): void {
    if (this.size !== this.entry.uncompressedSize) {
      throw corrupt(
        this.path,
        `'${this.entry.name}' holds ${this.size} bytes, but its directory entry declares ` +
          `${this.entry.uncompressedSize} (entry size mismatch)`
      )
    }
    if (this.crc >>> 0 !== this.entry.crc32 >>> 0) {
      throw corrupt(
        this.path,
        `'${this.entry.name}' fails its CRC-32 check (CRC mismatch: ` +
          `${(this.crc >>> 0).toString(16).padStart(8, '0')} read, ` +
          `${(this.entry.crc32 >>> 0).toString(16).padStart(8, '0')} expected)`
      )
    }
    this.consumer?.end?.()
  }
}

/** Inflates a small entry's raw deflate bytes in one call, refusing more than it declares. */
export function inflateWhole(packed: Buffer, entry: ZipEntry, path: string): Buffer {
  try {
    return zlib.inflateRawSync(packed, { maxOutputLength: Math.max(1, entry.uncompressedSize + 1) })
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error)
    if (/maxOutputLength|buffer/i.test(why)) {
      throw corrupt(
        path,
        `'${entry.name}' inflates to more than its declared ${entry.uncompressedSize} bytes (entry size mismatch)`
      )
    }
    throw corrupt(path, `'${entry.name}' has corrupt deflate data (${why})`)
  }
}

/** Inflates a large entry as its compressed bytes arrive, handing each piece to `check`. */
export async function inflateStreaming(
  feed: CompressedFeed,
  entry: ZipEntry,
  check: EntryCheck,
  path: string
): Promise<void> {
  const inflate = zlib.createInflateRaw({ chunkSize: INFLATE_CHUNK })
  let failure: unknown = null
  inflate.on('data', (chunk: Buffer) => {
    if (failure) return
    try {
      check.data(chunk)
    } catch (error) {
      failure = error
      inflate.destroy()
    }
  })
  inflate.on('error', error => {
    failure ??= error
  })
  const closed = new Promise<void>(resolve => inflate.once('close', () => resolve()))
  // Each slice may be a view of the reader's reused buffer: wait until zlib has consumed it.
  await feed(async slice => {
    if (failure) return
    await new Promise<void>(resolve => {
      const onClose = (): void => resolve()
      inflate.once('close', onClose)
      inflate.write(slice, () => {
        inflate.off('close', onClose)
        resolve()
      })
    })
  })
  if (!failure) inflate.end()
  await closed
  if (failure instanceof InvalidWheelError) throw failure
  if (failure) {
    const why = failure instanceof Error ? failure.message : String(failure)
    throw corrupt(path, `'${entry.name}' has corrupt deflate data (${why})`)
  }
}
