/**
 * Walking an archive's entries in one front-to-back read: each entry's local header checked
 * against the central directory, its content inflated (archive/inflate.ts) and handed to the
 * caller, optionally every raw byte of the file too. Nothing larger than one read chunk (plus a
 * small entry's bytes) is held, so memory does not grow with the archive.
 */
import { decodeName, SIG_LOCAL, type ZipDirectory, type ZipEntry } from './central-directory.js'
import { corrupt, truncated } from './errors.js'
import {
  EntryCheck,
  inflateStreaming,
  inflateWhole,
  SMALL_ENTRY,
  type EntryConsumer
} from './inflate.js'
import { fileChunks, type ChunkSource } from './read.js'
import { InvalidWheelError } from '../wheel/types.js'

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

const METHOD_NAMES: Record<number, string> = {
  1: 'shrink',
  6: 'implode',
  9: 'deflate64',
  12: 'bzip2',
  14: 'lzma',
  93: 'zstd',
  95: 'xz'
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

/** Refuses what no wheel may hold before a byte of the entry is read. */
function checkReadable(path: string, entry: ZipEntry, directory: ZipDirectory, from: number): void {
  if (entry.localHeaderOffset < from) {
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
}

/** Reads the entry's local header and checks it names the same file as the directory. */
async function skipLocalHeader(cursor: Cursor, entry: ZipEntry, path: string): Promise<void> {
  await cursor.skipTo(entry.localHeaderOffset)
  const header = await cursor.read(30)
  if (header.readUInt32LE(0) !== SIG_LOCAL) {
    throw corrupt(path, `no local file header where '${entry.name}' should start`)
  }
  const nameLength = header.readUInt16LE(26)
  const extraLength = header.readUInt16LE(28)
  const utf8 = (header.readUInt16LE(6) & 0x800) !== 0
  const localName = decodeName(await cursor.read(nameLength), utf8)
  if (localName !== entry.name) {
    throw corrupt(
      path,
      `the local header names '${localName}' where the central directory names '${entry.name}'`
    )
  }
  await cursor.skipTo(cursor.position + extraLength)
}

/** Feeds one entry's content through `check`: stored, small deflate, or streamed deflate. */
async function readContent(
  cursor: Cursor,
  entry: ZipEntry,
  check: EntryCheck,
  path: string
): Promise<void> {
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.uncompressedSize) {
      throw corrupt(
        path,
        `stored entry '${entry.name}' has different stored and real sizes (entry size mismatch)`
      )
    }
    await cursor.forEach(entry.compressedSize, slice => check.data(slice))
  } else if (entry.compressedSize <= SMALL_ENTRY && entry.uncompressedSize <= SMALL_ENTRY) {
    check.data(inflateWhole(await cursor.read(entry.compressedSize), entry, path))
  } else {
    await inflateStreaming(take => cursor.forEach(entry.compressedSize, take), entry, check, path)
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
      checkReadable(path, entry, directory, cursor.position)
      await skipLocalHeader(cursor, entry, path)
      if (cursor.position + entry.compressedSize > directory.centralDirectoryOffset) {
        throw truncated(path, `'${entry.name}' would run into the central directory`)
      }
      const check = new EntryCheck(entry, options.onEntry(entry), path)
      await readContent(cursor, entry, check, path)
      check.finish()
    }
    if (options.onRawChunk) await cursor.drain()
  } finally {
    await cursor.close()
  }
}
