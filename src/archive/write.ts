/**
 * A streaming zip writer of our own: entries go to disk as they come (buffers, deflated streams,
 * or already-compressed bytes copied from another archive: the raw copy no zip library offers),
 * never the whole archive in memory. The records' bytes come from archive/records.ts; this
 * module owns the file and the order of writes.
 */
import { open, type FileHandle } from 'node:fs/promises'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import zlib from 'node:zlib'
import {
  centralRecord,
  DEFLATED,
  endRecords,
  localHeader,
  MAX32,
  needsZip64,
  type CentralRecord
} from './records.js'

export { DEFLATED, STORED } from './records.js'

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

const FLUSH_AT = 1024 * 1024

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

  /** Adds an entry whose whole content is in memory. */
  async addBuffer(name: string, data: Buffer, options: EntryOptions = {}): Promise<void> {
    const encoded = this.claim(name)
    const method = options.method ?? DEFLATED
    const body =
      method === DEFLATED ? zlib.deflateRawSync(data, { level: this.options.level ?? 6 }) : data
    const value = zlib.crc32(data, 0)
    const zip64 = Boolean(this.options.forceZip64) || needsZip64(data.length)
    const offset = this.position
    await this.out(localHeader(encoded, method, value, body.length, data.length, zip64))
    await this.out(body)
    this.records.push({
      name: encoded,
      method,
      crc32: value,
      compressedSize: body.length,
      uncompressedSize: data.length,
      offset,
      mode: modeOf(name, options)
    })
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
    await this.out(localHeader(encoded, method, 0, 0, 0, zip64))
    let value = 0
    let uncompressed = 0
    let compressed = 0
    const counted = async function* (): AsyncGenerator<Buffer> {
      for await (const chunk of chunks) {
        value = zlib.crc32(chunk, value)
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
    const header = localHeader(encoded, method, value, compressed, uncompressed, zip64)
    await this.file.write(header, 0, header.length, offset)
    this.records.push({
      name: encoded,
      method,
      crc32: value,
      compressedSize: compressed,
      uncompressedSize: uncompressed,
      offset,
      mode: modeOf(name, options)
    })
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
      localHeader(encoded, raw.method, raw.crc32, raw.compressedSize, raw.uncompressedSize, zip64)
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
    this.records.push({
      name: encoded,
      method: raw.method,
      crc32: raw.crc32,
      compressedSize: raw.compressedSize,
      uncompressedSize: raw.uncompressedSize,
      offset,
      mode: modeOf(name, options)
    })
  }

  /** Writes the central directory and end records and closes the file; returns its size. */
  async close(): Promise<number> {
    if (this.closed) throw new Error('zip writer is closed')
    this.closed = true
    try {
      const force = Boolean(this.options.forceZip64)
      const cdStart = this.position
      for (const record of this.records) await this.out(centralRecord(record, force))
      const cdSize = this.position - cdStart
      await this.out(endRecords(this.records.length, cdStart, cdSize, this.position, force))
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

function modeOf(name: string, options: EntryOptions): number {
  if (options.mode !== undefined) return options.mode
  return name.endsWith('/') ? 0o040755 : 0o100644
}
