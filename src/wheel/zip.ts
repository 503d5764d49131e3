/**
 * A streaming zip reader of our own: finds the End Of Central Directory (and the ZIP64
 * locator/record), reads the central directory, then walks the archive once, front to back,
 * in fixed-size chunks, handing each entry's uncompressed bytes to the caller while it checks
 * the entry's CRC-32 and size. Nothing larger than one chunk (plus a small entry's bytes) is held.
 */
import { open, type FileHandle } from 'node:fs/promises'
import zlib from 'node:zlib'
import { streamingGarbage } from '../util/memory.js'
import { InvalidWheelError } from './types.js'

/** One entry of the central directory. */
export interface ZipEntry {
  readonly name: string
  /** 0 stored, 8 deflate; others are rejected when the entry is read. */
  readonly method: number
  readonly flags: number
  readonly crc32: number
  readonly compressedSize: number
  readonly uncompressedSize: number
  readonly localHeaderOffset: number
  readonly isDirectory: boolean
}

/** The archive's table of contents. */
export interface ZipDirectory {
  readonly fileSize: number
  readonly entries: readonly ZipEntry[]
  readonly centralDirectoryOffset: number
  readonly centralDirectorySize: number
  readonly zip64: boolean
}

/**
 * Reads a file front to back in chunks of at most `chunkSize` bytes (the port tests instrument).
 * A chunk may be overwritten once the next one is pulled: consumers use it before that.
 */
export type ChunkSource = (path: string, chunkSize: number) => AsyncIterable<Buffer>

/** Receives one entry's bytes (each chunk valid only during the call); `end` runs once CRC and size passed. */
export interface EntryConsumer {
  data(chunk: Buffer): void
  end?(): void
}

/** How to walk the archive. */
export interface StreamOptions {
  /** Read size; 1 MiB by default. */
  readonly chunkSize?: number
  /** Called per entry in archive order; return a consumer for its bytes, or undefined to skip. */
  readonly onEntry: (entry: ZipEntry) => EntryConsumer | undefined
  /** Every byte of the file in order (e.g. for a whole-file hash); the whole file is then read. */
  readonly onRawChunk?: (chunk: Buffer) => void
  readonly source?: ChunkSource
}

/** Default read size: large enough for throughput, small enough to keep memory flat. */
export const DEFAULT_CHUNK_SIZE = 1024 * 1024
/** Entries up to this size (packed and unpacked) are inflated in one synchronous call. */
const SMALL_ENTRY = 256 * 1024

const SIG_LOCAL = 0x04034b50
const SIG_CENTRAL = 0x02014b50
const SIG_EOCD = 0x06054b50
const SIG_ZIP64_LOCATOR = 0x07064b50
const SIG_ZIP64_EOCD = 0x06064b50
const EOCD_SIZE = 22
const MAX_COMMENT = 0xffff

const METHOD_NAMES: Record<number, string> = {
  1: 'shrink',
  6: 'implode',
  9: 'deflate64',
  12: 'bzip2',
  14: 'lzma',
  93: 'zstd',
  95: 'xz'
}

const CP437_HIGH =
  'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐' +
  '└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0'

/**
 * Reads a file front to back into ONE reused buffer (the default ChunkSource): each chunk is
 * valid until the next one is pulled. Fresh buffers per chunk would leave hundreds of MB of
 * garbage that V8 only collects once ~64 MB of it has piled up.
 */
export const fileChunks: ChunkSource = async function* (path, chunkSize) {
  const file = await open(path, 'r')
  try {
    const buffer = Buffer.allocUnsafe(chunkSize)
    for (;;) {
      const { bytesRead } = await file.read(buffer, 0, chunkSize, null)
      if (bytesRead === 0) return
      // Inflating what was read makes garbage in proportion to it; keep that bounded.
      streamingGarbage.spend(bytesRead)
      yield buffer.subarray(0, bytesRead)
    }
  } finally {
    await file.close()
  }
}

function notZip(path: string, why: string): InvalidWheelError {
  return new InvalidWheelError(
    `'${path}' is not a zip archive (${why}), so it is not a wheel`,
    'Check that the path names the .whl file itself, not a log, an HTML error page or a ' +
      'Git LFS pointer; rebuild or download it again.'
  )
}

function truncated(path: string, why: string): InvalidWheelError {
  return new InvalidWheelError(
    `'${path}' is a truncated zip archive: ${why}`,
    'The file is incomplete (an interrupted download, copy or artifact upload). ' +
      'Fetch or build it again and compare its size with the original.'
  )
}

function corrupt(path: string, why: string): InvalidWheelError {
  return new InvalidWheelError(
    `'${path}' is a corrupt zip archive: ${why}`,
    'Rebuild the wheel; if it was copied or downloaded, fetch it again.'
  )
}

function decodeName(bytes: Buffer, utf8: boolean): string {
  if (utf8) return bytes.toString('utf8')
  let out = ''
  for (const byte of bytes) out += byte < 0x80 ? String.fromCharCode(byte) : CP437_HIGH[byte - 0x80]
  return out
}

async function readAt(file: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length)
  let done = 0
  while (done < length) {
    const { bytesRead } = await file.read(buffer, done, length - done, position + done)
    if (bytesRead === 0) break
    done += bytesRead
  }
  return done === length ? buffer : buffer.subarray(0, done)
}

function u64(buffer: Buffer, offset: number): number {
  const value = buffer.readBigUInt64LE(offset)
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new RangeError('64-bit value out of range')
  return Number(value)
}

/** Reads the central directory; throws InvalidWheelError for a non-zip or truncated file. */
export async function readCentralDirectory(
  file: FileHandle,
  fileSize: number,
  path = 'file'
): Promise<ZipDirectory> {
  const head = await readAt(file, 0, Math.min(4, fileSize))
  const startsLikeZip = head.length === 4 && head.readUInt32LE(0) === SIG_LOCAL
  const lost = (why: string): InvalidWheelError =>
    startsLikeZip ? truncated(path, why) : notZip(path, why)
  if (fileSize < EOCD_SIZE) throw lost(`${fileSize} bytes, less than an empty zip`)

  const tailLength = Math.min(fileSize, EOCD_SIZE + MAX_COMMENT)
  const tailStart = fileSize - tailLength
  const tail = await readAt(file, tailStart, tailLength)
  let eocdAt = -1
  for (let i = tail.length - EOCD_SIZE; i >= 0; i--) {
    if (tail.readUInt32LE(i) !== SIG_EOCD) continue
    if (i + EOCD_SIZE + tail.readUInt16LE(i + 20) <= tail.length) {
      eocdAt = i
      break
    }
  }
  if (eocdAt < 0) throw lost('no end of central directory record at the end of the file')

  const eocd = tail.subarray(eocdAt, eocdAt + EOCD_SIZE)
  if (eocd.readUInt16LE(4) !== 0 || eocd.readUInt16LE(6) !== 0) {
    throw corrupt(path, 'it claims to be one part of a multi-disk (split) archive')
  }
  let count = eocd.readUInt16LE(10)
  let cdSize = eocd.readUInt32LE(12)
  let cdOffset = eocd.readUInt32LE(16)
  const eocdPosition = tailStart + eocdAt
  let zip64 = false
  const locatorPosition = eocdPosition - 20
  const locator = locatorPosition >= 0 ? await readAt(file, locatorPosition, 20) : Buffer.alloc(0)
  if (locator.length === 20 && locator.readUInt32LE(0) === SIG_ZIP64_LOCATOR) {
    zip64 = true
    const recordPosition = u64(locator, 8)
    const record = await readAt(file, recordPosition, 56)
    if (record.length < 56 || record.readUInt32LE(0) !== SIG_ZIP64_EOCD) {
      throw lost('the ZIP64 locator points to no ZIP64 end of central directory record')
    }
    count = u64(record, 32)
    cdSize = u64(record, 40)
    cdOffset = u64(record, 48)
  } else if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    throw lost('a ZIP64 archive whose ZIP64 end of central directory locator is missing')
  }
  if (cdOffset + cdSize > fileSize) {
    throw truncated(
      path,
      `the central directory should span bytes ${cdOffset}..${cdOffset + cdSize}, ` +
        `past the end of the ${fileSize}-byte file`
    )
  }

  const cd = await readAt(file, cdOffset, cdSize)
  const entries: ZipEntry[] = []
  let at = 0
  for (let n = 0; n < count; n++) {
    if (at + 46 > cd.length || cd.readUInt32LE(at) !== SIG_CENTRAL) {
      throw corrupt(path, `central directory entry ${n + 1} of ${count} is malformed`)
    }
    const flags = cd.readUInt16LE(at + 8)
    const method = cd.readUInt16LE(at + 10)
    const crc32 = cd.readUInt32LE(at + 16)
    let compressedSize = cd.readUInt32LE(at + 20)
    let uncompressedSize = cd.readUInt32LE(at + 24)
    const nameLength = cd.readUInt16LE(at + 28)
    const extraLength = cd.readUInt16LE(at + 30)
    const commentLength = cd.readUInt16LE(at + 32)
    let localHeaderOffset = cd.readUInt32LE(at + 42)
    const end = at + 46 + nameLength + extraLength + commentLength
    if (end > cd.length) throw corrupt(path, `central directory entry ${n + 1} overruns it`)
    const name = decodeName(cd.subarray(at + 46, at + 46 + nameLength), (flags & 0x800) !== 0)
    let extraAt = at + 46 + nameLength
    const extraEnd = extraAt + extraLength
    while (extraAt + 4 <= extraEnd) {
      const id = cd.readUInt16LE(extraAt)
      const size = cd.readUInt16LE(extraAt + 2)
      if (id === 0x0001) {
        // ZIP64 extended information: only the fields that overflowed, in this order.
        let field = extraAt + 4
        const take = (): number => {
          if (field + 8 > extraAt + 4 + size)
            throw corrupt(path, `'${name}' has a short ZIP64 field`)
          const value = u64(cd, field)
          field += 8
          return value
        }
        if (uncompressedSize === 0xffffffff) uncompressedSize = take()
        if (compressedSize === 0xffffffff) compressedSize = take()
        if (localHeaderOffset === 0xffffffff) localHeaderOffset = take()
        zip64 = true
      }
      extraAt += 4 + size
    }
    entries.push({
      name,
      method,
      flags,
      crc32,
      compressedSize,
      uncompressedSize,
      localHeaderOffset,
      isDirectory: name.endsWith('/')
    })
    at = end
  }
  return {
    fileSize,
    entries,
    centralDirectoryOffset: cdOffset,
    centralDirectorySize: cdSize,
    zip64
  }
}

/** Pulls chunks from a source and serves exact byte ranges of the file, in order. */
class Cursor {
  private readonly iterator: AsyncIterator<Buffer>
  private chunk: Buffer = Buffer.alloc(0)
  private chunkStart = 0
  private done = false
  position = 0

  constructor(
    source: AsyncIterable<Buffer>,
    private readonly onRaw: ((chunk: Buffer) => void) | undefined,
    private readonly path: string
  ) {
    this.iterator = source[Symbol.asyncIterator]()
  }

  private async fill(): Promise<boolean> {
    if (this.done) return false
    const next = await this.iterator.next()
    if (next.done) {
      this.done = true
      return false
    }
    this.chunkStart += this.chunk.length
    this.chunk = next.value
    this.onRaw?.(next.value)
    return true
  }

  /** Calls `take` with consecutive slices covering the next `length` bytes. */
  async forEach(length: number, take: (slice: Buffer) => void | Promise<void>): Promise<void> {
    let left = length
    while (left > 0) {
      const offset = this.position - this.chunkStart
      if (offset >= this.chunk.length) {
        if (!(await this.fill())) {
          throw truncated(
            this.path,
            `the file ends inside data that should reach byte ${this.position + left}`
          )
        }
        continue
      }
      const slice = this.chunk.subarray(offset, offset + Math.min(left, this.chunk.length - offset))
      this.position += slice.length
      left -= slice.length
      await take(slice)
    }
  }

  /** The next `length` bytes as one buffer, valid until the cursor is used again. */
  async read(length: number): Promise<Buffer> {
    const offset = this.position - this.chunkStart
    if (offset >= 0 && offset + length <= this.chunk.length) {
      this.position += length
      return this.chunk.subarray(offset, offset + length)
    }
    // Spans chunks: copy each piece out before the reused chunk buffer is refilled.
    const out = Buffer.allocUnsafe(length)
    let at = 0
    await this.forEach(length, slice => {
      at += slice.copy(out, at)
    })
    return out
  }

  async skipTo(target: number): Promise<void> {
    await this.forEach(target - this.position, () => undefined)
  }

  /** Stops reading (closes the file) when the walk ends early or fails. */
  async close(): Promise<void> {
    if (!this.done) await this.iterator.return?.()
    this.done = true
  }

  /** Reads to the end of the file, so that the raw consumer sees every byte. */
  async drain(): Promise<void> {
    while (await this.fill()) this.position = this.chunkStart + this.chunk.length
  }
}

/** Checks what an entry produced against the central directory. */
class EntryCheck {
  crc = 0
  size = 0
  constructor(
    private readonly entry: ZipEntry,
    private readonly consumer: EntryConsumer | undefined,
    private readonly path: string
  ) {}

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

async function inflateStreaming(
  cursor: Cursor,
  entry: ZipEntry,
  check: EntryCheck,
  path: string
): Promise<void> {
  const inflate = zlib.createInflateRaw({ chunkSize: 1024 * 1024 })
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
  // Each slice is a view of the reader's reused buffer: wait until zlib has consumed it.
  await cursor.forEach(entry.compressedSize, async slice => {
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

/**
 * Walks every entry in archive order: checks each local header, inflates (stored or deflate),
 * verifies CRC-32 and size, and feeds the consumer `onEntry` returns. Throws InvalidWheelError.
 */
export async function streamEntries(
  path: string,
  directory: ZipDirectory,
  options: StreamOptions
): Promise<void> {
  const chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE
  const source = (options.source ?? fileChunks)(path, chunkSize)
  const cursor = new Cursor(source, options.onRawChunk, path)
  try {
    const ordered = [...directory.entries].sort((a, b) => a.localHeaderOffset - b.localHeaderOffset)
    for (const entry of ordered) {
      if (entry.localHeaderOffset < cursor.position) {
        throw corrupt(path, `'${entry.name}' overlaps the entry before it`)
      }
      if (entry.localHeaderOffset + 30 + entry.compressedSize > directory.centralDirectoryOffset) {
        throw truncated(path, `'${entry.name}' would run into the central directory`)
      }
      if ((entry.flags & 0x1) !== 0) {
        throw corrupt(path, `'${entry.name}' is encrypted; a wheel cannot contain encrypted files`)
      }
      if (entry.method !== 0 && entry.method !== 8) {
        const name = METHOD_NAMES[entry.method] ?? 'unknown'
        throw new InvalidWheelError(
          `'${path}': '${entry.name}' uses unsupported compression method ${entry.method} (${name})`,
          'Wheels must use stored or deflate compression (what pip and PyPI read everywhere); ' +
            'rebuild it with a standard wheel build tool.'
        )
      }
      await cursor.skipTo(entry.localHeaderOffset)
      const header = await cursor.read(30)
      if (header.readUInt32LE(0) !== SIG_LOCAL) {
        throw corrupt(path, `no local file header where '${entry.name}' should start`)
      }
      const nameLength = header.readUInt16LE(26)
      const extraLength = header.readUInt16LE(28)
      const localName = decodeName(
        await cursor.read(nameLength),
        (header.readUInt16LE(6) & 0x800) !== 0
      )
      if (localName !== entry.name) {
        throw corrupt(
          path,
          `the local header names '${localName}' where the central directory names '${entry.name}'`
        )
      }
      await cursor.skipTo(cursor.position + extraLength)
      if (cursor.position + entry.compressedSize > directory.centralDirectoryOffset) {
        throw truncated(path, `'${entry.name}' would run into the central directory`)
      }
      const check = new EntryCheck(entry, options.onEntry(entry), path)
      if (entry.method === 0) {
        if (entry.compressedSize !== entry.uncompressedSize) {
          throw corrupt(
            path,
            `stored entry '${entry.name}' has different stored and real sizes (entry size mismatch)`
          )
        }
        await cursor.forEach(entry.compressedSize, slice => check.data(slice))
      } else if (entry.compressedSize <= SMALL_ENTRY && entry.uncompressedSize <= SMALL_ENTRY) {
        const packed = await cursor.read(entry.compressedSize)
        let plain: Buffer
        try {
          plain = zlib.inflateRawSync(packed, {
            maxOutputLength: Math.max(1, entry.uncompressedSize + 1)
          })
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
        check.data(plain)
      } else {
        await inflateStreaming(cursor, entry, check, path)
      }
      check.finish()
    }
    if (options.onRawChunk) await cursor.drain()
  } finally {
    await cursor.close()
  }
}
