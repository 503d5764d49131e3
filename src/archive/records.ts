/**
 * The bytes of the zip records a writer emits: local file headers, central directory records
 * and the end records (ZIP64 when sizes, offsets or the entry count need it, or when forced).
 * Pure: archive/write.ts decides what to write and where; this only encodes it. Timestamps are
 * fixed, so the same content always gives the same bytes.
 */

/** Compression methods a wheel may use. */
export const STORED = 0
export const DEFLATED = 8

/** What the central directory records about one written entry. */
export interface CentralRecord {
  readonly name: Buffer
  readonly method: number
  readonly crc32: number
  readonly compressedSize: number
  readonly uncompressedSize: number
  readonly offset: number
  readonly mode: number
}

export const MAX32 = 0xffffffff
const MAX16 = 0xffff
// 1980-01-01 00:00:00, the earliest DOS time: reproducible archives, as SOURCE_DATE_EPOCH=315532800.
const DOS_TIME = 0
const DOS_DATE = (1 << 5) | 1
const VERSION_MADE_BY = (3 << 8) | 45

/** True when an entry of `size` bytes needs ZIP64 fields reserved before it is written. */
export function needsZip64(size: number): boolean {
  // Python's zipfile reserves ZIP64 when a file is within 5% of the limit: deflate may grow it.
  return size * 1.05 > MAX32
}

function isAscii(bytes: Buffer): boolean {
  return bytes.every(byte => byte < 0x80)
}

function versionNeeded(zip64: boolean, method: number): number {
  return zip64 ? 45 : method === DEFLATED ? 20 : 10
}

/** A local file header (with a ZIP64 extra field when `zip64`), name included. */
export function localHeader(
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
  header.writeUInt16LE(versionNeeded(zip64, method), 4)
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

/** One central directory record; ZIP64 fields for what overflows (or everything when forced). */
export function centralRecord(r: CentralRecord, force: boolean): Buffer {
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
  header.writeUInt16LE(versionNeeded(fields.length > 0, r.method), 6)
  header.writeUInt16LE(isAscii(r.name) ? 0 : 0x800, 8)
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
  return Buffer.concat([header, r.name, extra])
}

/**
 * The records after the central directory: a ZIP64 end record and locator when needed (or
 * forced), then the classic end record. `at` is the file position where they start.
 */
export function endRecords(
  count: number,
  cdStart: number,
  cdSize: number,
  at: number,
  force: boolean
): Buffer {
  const zip64 = force || count >= MAX16 || cdSize >= MAX32 || cdStart >= MAX32
  const parts: Buffer[] = []
  if (zip64) {
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
    locator.writeBigUInt64LE(BigInt(at), 8)
    locator.writeUInt32LE(1, 16)
    parts.push(record, locator)
  }
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(zip64 ? MAX16 : count, 8)
  end.writeUInt16LE(zip64 ? MAX16 : count, 10)
  end.writeUInt32LE(zip64 ? MAX32 : cdSize, 12)
  end.writeUInt32LE(zip64 ? MAX32 : cdStart, 16)
  end.writeUInt16LE(0, 20)
  parts.push(end)
  return Buffer.concat(parts)
}
