/**
 * A streaming zip writer of our own: entries go to disk as they come (buffers, deflated streams,
 * or already-compressed bytes copied from another archive), never the whole archive in memory.
 * ZIP64 records are written when sizes, offsets or the entry count need them (or when forced).
 * Timestamps are fixed, so the same content always gives the same bytes.
 */
import { open, type FileHandle } from 'node:fs/promises'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import zlib from 'node:zlib'

/** Compression methods a wheel may use. */
export const STORED = 0
export const DEFLATED = 8

/** How to write the archive. */
export interface ZipWriterOptions {
  /** zlib level 0..9 for deflated entries; 6 by default (what Python's zipfile uses). */
  readonly level?: number
  /** Write ZIP64 records for every entry and the end record, needed or not (for tests). */
  readonly forceZip64?: boolean
}

/** Per-entry settings. */
export interface EntryOptions {
  /** Unix mode bits (with file type); 0o100644 for files by default. */
  readonly mode?: number
  /** STORED or DEFLATED; DEFLATED by default. */
  readonly method?: number
}

/** An entry whose compressed bytes are copied as they are, with what describes them. */
export interface RawEntry {
  readonly method: number
  readonly crc32: number
  readonly compressedSize: number
  readonly uncompressedSize: number
}

interface CentralRecord {
  readonly name: Buffer
  readonly utf8: boolean
  readonly method: number
  readonly crc32: number
  readonly compressedSize: number
  readonly uncompressedSize: number
  readonly offset: number
  readonly mode: number
}

const MAX32 = 0xffffffff
const MAX16 = 0xffff
// 1980-01-01 00:00:00, the earliest DOS time: reproducible archives, as SOURCE_DATE_EPOCH=315532800.
const DOS_TIME = 0
const DOS_DATE = (1 << 5) | 1
const VERSION_MADE_BY = (3 << 8) | 45
const FLUSH_AT = 1024 * 1024

function needsZip64(size: number): boolean {
  // Python's zipfile reserves ZIP64 when a file is within 5% of the limit: deflate may grow it.
  return size * 1.05 > MAX32
}

function crc(data: Buffer, value: number): number {
  return zlib.crc32(data, value)
}

/** Writes one zip archive front to back; `close` writes the central directory. */
export class ZipWriter {
  private position = 0
  private pending: Buffer[] = []
  private pendingSize = 0
  private readonly records: CentralRecord[] = []
  private readonly names = new Set<string>()
  private closed = false

  private constructor(
    private readonly file: FileHandle,
    private readonly options: ZipWriterOptions
  ) {}

  /** Creates (or truncates) the archive file at `path`. */
  static async create(path: string, options: ZipWriterOptions = {}): Promise<ZipWriter> {
    return new ZipWriter(await open(path, 'w'), options)
  }

  private async flush(): Promise<void> {
    if (this.pendingSize === 0) return
    const data = Buffer.concat(this.pending, this.pendingSize)
    const start = this.position - this.pendingSize
    this.pending = []
    this.pendingSize = 0
    let done = 0
    while (done < data.length) {
      const { bytesWritten } = await this.file.write(data, done, data.length - done, start + done)
      done += bytesWritten
    }
  }

  private async out(data: Buffer): Promise<void> {
    this.pending.push(data)
    this.pendingSize += data.length
    this.position += data.length
    if (this.pendingSize >= FLUSH_AT) await this.flush()
  }

  private claim(name: string): Buffer {
    if (this.closed) throw new Error('zip writer is closed')
    if (name === '' || name.startsWith('/') || name.includes('\\')) {
      throw new Error(`invalid zip entry name '${name}'`)
    }
    if (this.names.has(name)) throw new Error(`duplicate zip entry '${name}'`)
    this.names.add(name)
    return Buffer.from(name, 'utf8')
  }

  private localHeader(
    name: Buffer,
    method: number,
    crc32: number,
    compressed: number,
    uncompressed: number,
    zip64: boolean
  ): Buffer {
    const extra = zip64 ? Buffer.alloc(20) : Buffer.alloc(0)
    if (zip64) {
      extra.writeUInt16LE(0x0001, 0)
      extra.writeUInt16LE(16, 2)
      extra.writeBigUInt64LE(BigInt(uncompressed), 4)
      extra.writeBigUInt64LE(BigInt(compressed), 12)
    }
    const header = Buffer.alloc(30)
    header.writeUInt32LE(0x04034b50, 0)
    header.writeUInt16LE(zip64 ? 45 : method === DEFLATED ? 20 : 10, 4)
    header.writeUInt16LE(isAscii(name) ? 0 : 0x800, 6)
    header.writeUInt16LE(method, 8)
    header.writeUInt16LE(DOS_TIME, 10)
    header.writeUInt16LE(DOS_DATE, 12)
    header.writeUInt32LE(crc32 >>> 0, 14)
    header.writeUInt32LE(zip64 ? MAX32 : compressed, 18)
    header.writeUInt32LE(zip64 ? MAX32 : uncompressed, 22)
    header.writeUInt16LE(name.length, 26)
    header.writeUInt16LE(extra.length, 28)
    return Buffer.concat([header, name, extra])
  }

  private record(
    name: Buffer,
    method: number,
    crc32: number,
    compressedSize: number,
    uncompressedSize: number,
    offset: number,
    mode: number
  ): void {
    this.records.push({
      name,
      utf8: !isAscii(name),
      method,
      crc32,
      compressedSize,
      uncompressedSize,
      offset,
      mode
    })
  }

  /** Adds an entry whose whole content is in memory. */
  async addBuffer(name: string, data: Buffer, options: EntryOptions = {}): Promise<void> {
    const encoded = this.claim(name)
    const method = options.method ?? DEFLATED
    const body =
      method === DEFLATED ? zlib.deflateRawSync(data, { level: this.options.level ?? 6 }) : data
    const value = crc(data, 0)
    const zip64 = Boolean(this.options.forceZip64) || needsZip64(data.length)
    const offset = this.position
    await this.out(this.localHeader(encoded, method, value, body.length, data.length, zip64))
    await this.out(body)
    this.record(encoded, method, value, body.length, data.length, offset, modeOf(name, options))
  }

  /**
   * Adds an entry from a stream of chunks, deflating as it goes; the local header is patched
   * with the CRC and sizes afterwards. `sizeHint` (the expected size) decides whether ZIP64
   * fields are reserved up front, as Python's zipfile does.
   */
  async addStream(
    name: string,
    chunks: AsyncIterable<Buffer>,
    options: EntryOptions & { readonly sizeHint?: number } = {}
  ): Promise<void> {
    const encoded = this.claim(name)
    const method = options.method ?? DEFLATED
    const zip64 = Boolean(this.options.forceZip64) || needsZip64(options.sizeHint ?? 0)
    const offset = this.position
    await this.out(this.localHeader(encoded, method, 0, 0, 0, zip64))
    let value = 0
    let uncompressed = 0
    let compressed = 0
    const counted = async function* (): AsyncGenerator<Buffer> {
      for await (const chunk of chunks) {
        value = crc(chunk, value)
        uncompressed += chunk.length
        yield chunk
      }
    }
    const sink = async (source: AsyncIterable<Buffer>): Promise<void> => {
      for await (const chunk of source) {
        compressed += chunk.length
        await this.out(chunk)
      }
    }
    if (method === DEFLATED) {
      await pipeline(
        Readable.from(counted()),
        zlib.createDeflateRaw({ level: this.options.level ?? 6 }),
        sink
      )
    } else {
      await sink(counted())
    }
    if (!zip64 && (uncompressed > MAX32 || compressed > MAX32)) {
      throw new Error(
        `zip entry '${name}' grew past 4 GiB without ZIP64 fields reserved; pass a sizeHint`
      )
    }
    await this.flush()
    const header = this.localHeader(encoded, method, value, compressed, uncompressed, zip64)
    await this.file.write(header, 0, header.length, offset)
    this.record(encoded, method, value, compressed, uncompressed, offset, modeOf(name, options))
  }

  /** Adds an entry by copying its compressed bytes as they are (no inflate, no deflate). */
  async addRaw(
    name: string,
    raw: RawEntry,
    chunks: AsyncIterable<Buffer>,
    options: EntryOptions = {}
  ): Promise<void> {
    const encoded = this.claim(name)
    const zip64 =
      Boolean(this.options.forceZip64) ||
      raw.compressedSize >= MAX32 ||
      raw.uncompressedSize >= MAX32
    const offset = this.position
    await this.out(
      this.localHeader(
        encoded,
        raw.method,
        raw.crc32,
        raw.compressedSize,
        raw.uncompressedSize,
        zip64
      )
    )
    let copied = 0
    for await (const chunk of chunks) {
      copied += chunk.length
      await this.out(chunk)
    }
    if (copied !== raw.compressedSize) {
      throw new Error(
        `zip entry '${name}': copied ${copied} compressed bytes, expected ${raw.compressedSize}`
      )
    }
    this.record(
      encoded,
      raw.method,
      raw.crc32,
      raw.compressedSize,
      raw.uncompressedSize,
      offset,
      modeOf(name, options)
    )
  }

  /** Writes the central directory and end records and closes the file; returns its size. */
  async close(): Promise<number> {
    if (this.closed) throw new Error('zip writer is closed')
    this.closed = true
    try {
      const force = Boolean(this.options.forceZip64)
      const cdStart = this.position
      for (const r of this.records) {
        const bigUncompressed = force || r.uncompressedSize >= MAX32
        const bigCompressed = force || r.compressedSize >= MAX32
        const bigOffset = force || r.offset >= MAX32
        const fields: bigint[] = []
        if (bigUncompressed) fields.push(BigInt(r.uncompressedSize))
        if (bigCompressed) fields.push(BigInt(r.compressedSize))
        if (bigOffset) fields.push(BigInt(r.offset))
        const extra = Buffer.alloc(fields.length > 0 ? 4 + 8 * fields.length : 0)
        if (fields.length > 0) {
          extra.writeUInt16LE(0x0001, 0)
          extra.writeUInt16LE(8 * fields.length, 2)
          fields.forEach((field, i) => extra.writeBigUInt64LE(field, 4 + 8 * i))
        }
        const header = Buffer.alloc(46)
        header.writeUInt32LE(0x02014b50, 0)
        header.writeUInt16LE(VERSION_MADE_BY, 4)
        header.writeUInt16LE(fields.length > 0 ? 45 : r.method === DEFLATED ? 20 : 10, 6)
        header.writeUInt16LE(r.utf8 ? 0x800 : 0, 8)
        header.writeUInt16LE(r.method, 10)
        header.writeUInt16LE(DOS_TIME, 12)
        header.writeUInt16LE(DOS_DATE, 14)
        header.writeUInt32LE(r.crc32 >>> 0, 16)
        header.writeUInt32LE(bigCompressed ? MAX32 : r.compressedSize, 20)
        header.writeUInt32LE(bigUncompressed ? MAX32 : r.uncompressedSize, 24)
        header.writeUInt16LE(r.name.length, 28)
        header.writeUInt16LE(extra.length, 30)
        header.writeUInt16LE(0, 32)
        header.writeUInt16LE(0, 34)
        header.writeUInt16LE(0, 36)
        const dosDirectory = (r.mode & 0o170000) === 0o040000 ? 0x10 : 0
        header.writeUInt32LE((((r.mode & 0xffff) << 16) | dosDirectory) >>> 0, 38)
        header.writeUInt32LE(bigOffset ? MAX32 : r.offset, 42)
        await this.out(Buffer.concat([header, r.name, extra]))
      }
      const cdSize = this.position - cdStart
      const count = this.records.length
      const zip64 = force || count >= MAX16 || cdSize >= MAX32 || cdStart >= MAX32
      if (zip64) {
        const recordAt = this.position
        const record = Buffer.alloc(56)
        record.writeUInt32LE(0x06064b50, 0)
        record.writeBigUInt64LE(44n, 4)
        record.writeUInt16LE(VERSION_MADE_BY, 12)
        record.writeUInt16LE(45, 14)
        record.writeUInt32LE(0, 16)
        record.writeUInt32LE(0, 20)
        record.writeBigUInt64LE(BigInt(count), 24)
        record.writeBigUInt64LE(BigInt(count), 32)
        record.writeBigUInt64LE(BigInt(cdSize), 40)
        record.writeBigUInt64LE(BigInt(cdStart), 48)
        const locator = Buffer.alloc(20)
        locator.writeUInt32LE(0x07064b50, 0)
        locator.writeUInt32LE(0, 4)
        locator.writeBigUInt64LE(BigInt(recordAt), 8)
        locator.writeUInt32LE(1, 16)
        await this.out(Buffer.concat([record, locator]))
      }
      const end = Buffer.alloc(22)
      end.writeUInt32LE(0x06054b50, 0)
      end.writeUInt16LE(zip64 ? MAX16 : count, 8)
      end.writeUInt16LE(zip64 ? MAX16 : count, 10)
      end.writeUInt32LE(zip64 ? MAX32 : cdSize, 12)
      end.writeUInt32LE(zip64 ? MAX32 : cdStart, 16)
      end.writeUInt16LE(0, 20)
      await this.out(end)
      await this.flush()
      return this.position
    } finally {
      await this.file.close()
    }
  }

  /** Closes the file without finishing the archive (the caller removes it). */
  async abort(): Promise<void> {
    if (this.closed) return
    this.closed = true
    await this.file.close()
  }
}

function isAscii(bytes: Buffer): boolean {
  return bytes.every(byte => byte < 0x80)
}

function modeOf(name: string, options: EntryOptions): number {
  if (options.mode !== undefined) return options.mode
  return name.endsWith('/') ? 0o040755 : 0o100644
}
