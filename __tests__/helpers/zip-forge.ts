/**
 * A zip writer for tests that can break any framing rule on purpose: raw name bytes, chosen
 * flags and extras, local sizes that disagree with the central directory, data descriptors,
 * gaps, comments, a ZIP64 end record with extensible data, bytes before or after the archive.
 * `forgeWheel` wraps it into a wheel whose dist-info and RECORD are right, so that a wheel
 * breaks exactly the one rule a test chooses. (Python's zipfile cannot write most of these.)
 */
import { createHash } from 'node:crypto'
import zlib from 'node:zlib'

/** One entry, with every way to make it lie. */
export interface ForgedEntry {
  /** The name, or its raw bytes. */
  readonly name: string | Buffer
  /** Another name for the central directory than the local header's. */
  readonly centralName?: string
  readonly data: Buffer
  /** 0 stored (default), 8 deflate, or any number written as is (with the data stored). */
  readonly method?: number
  /** General purpose flags; the UTF-8 flag (0x800) is added for a string name. */
  readonly flags?: number
  readonly localExtra?: Buffer
  readonly centralExtra?: Buffer
  /** The central directory's comment for this entry. */
  readonly comment?: Buffer
  /** Sizes written in the local header instead of the true ones. */
  readonly localCompressed?: number
  readonly localUncompressed?: number
  /** Set flag bit 3 and write a data descriptor after the data, as streaming writers do. */
  readonly dataDescriptor?: boolean
  /** Unix mode with file type; 0o100644 by default. */
  readonly mode?: number
  /** Bytes written after this entry's data, before the next record. */
  readonly gapAfter?: Buffer
  /** Declared uncompressed size in both headers instead of the true one (for bombs that lie). */
  readonly declaredSize?: number
}

/** What surrounds the entries. */
export interface ForgeOptions {
  readonly prefix?: Buffer
  readonly trailing?: Buffer
  /** Write ZIP64 end records; `extensible` bytes make the ZIP64 end record longer than 44. */
  readonly zip64?: { readonly extensible?: Buffer }
}

function nameBytes(entry: ForgedEntry): Buffer {
  return typeof entry.name === 'string' ? Buffer.from(entry.name, 'utf8') : entry.name
}

/** Writes the archive; returns its bytes. */
export function forgeZip(entries: readonly ForgedEntry[], options: ForgeOptions = {}): Buffer {
  const parts: Buffer[] = []
  let at = 0
  const push = (buffer: Buffer): void => {
    parts.push(buffer)
    at += buffer.length
  }
  if (options.prefix) push(options.prefix)
  const central: Buffer[] = []
  for (const entry of entries) {
    const name = nameBytes(entry)
    const method = entry.method ?? 0
    const packed = method === 8 ? zlib.deflateRawSync(entry.data) : entry.data
    const crc = zlib.crc32(entry.data) >>> 0
    const size = entry.declaredSize ?? entry.data.length
    const flags =
      (entry.flags ?? 0) |
      (typeof entry.name === 'string' ? 0x800 : 0) |
      (entry.dataDescriptor ? 0x08 : 0)
    const localExtra = entry.localExtra ?? Buffer.alloc(0)
    const offset = at
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(flags, 6)
    local.writeUInt16LE(method, 8)
    local.writeUInt32LE(0x58210000, 10)
    local.writeUInt32LE(entry.dataDescriptor ? 0 : crc, 14)
    local.writeUInt32LE(
      entry.dataDescriptor ? 0 : (entry.localCompressed ?? packed.length) >>> 0,
      18
    )
    local.writeUInt32LE(entry.dataDescriptor ? 0 : (entry.localUncompressed ?? size) >>> 0, 22)
    local.writeUInt16LE(name.length, 26)
    local.writeUInt16LE(localExtra.length, 28)
    push(Buffer.concat([local, name, localExtra, packed]))
    if (entry.dataDescriptor) {
      const descriptor = Buffer.alloc(16)
      descriptor.writeUInt32LE(0x08074b50, 0)
      descriptor.writeUInt32LE(crc, 4)
      descriptor.writeUInt32LE(packed.length, 8)
      descriptor.writeUInt32LE(size, 12)
      push(descriptor)
    }
    if (entry.gapAfter) push(entry.gapAfter)
    const centralName = entry.centralName ? Buffer.from(entry.centralName, 'utf8') : name
    const centralExtra = entry.centralExtra ?? Buffer.alloc(0)
    const comment = entry.comment ?? Buffer.alloc(0)
    const record = Buffer.alloc(46)
    record.writeUInt32LE(0x02014b50, 0)
    record.writeUInt16LE((3 << 8) | 20, 4)
    record.writeUInt16LE(20, 6)
    record.writeUInt16LE(flags, 8)
    record.writeUInt16LE(method, 10)
    record.writeUInt32LE(0x58210000, 12)
    record.writeUInt32LE(crc, 16)
    record.writeUInt32LE(packed.length, 20)
    record.writeUInt32LE(size, 24)
    record.writeUInt16LE(centralName.length, 28)
    record.writeUInt16LE(centralExtra.length, 30)
    record.writeUInt16LE(comment.length, 32)
    record.writeUInt32LE(((entry.mode ?? 0o100644) << 16) >>> 0, 38)
    record.writeUInt32LE(offset, 42)
    central.push(Buffer.concat([record, centralName, centralExtra, comment]))
  }
  const cdOffset = at
  for (const record of central) push(record)
  const cdSize = at - cdOffset
  if (options.zip64) {
    const extensible = options.zip64.extensible ?? Buffer.alloc(0)
    const end64 = Buffer.alloc(56)
    end64.writeUInt32LE(0x06064b50, 0)
    end64.writeBigUInt64LE(BigInt(44 + extensible.length), 4)
    end64.writeUInt16LE(45, 12)
    end64.writeUInt16LE(45, 14)
    end64.writeBigUInt64LE(BigInt(entries.length), 24)
    end64.writeBigUInt64LE(BigInt(entries.length), 32)
    end64.writeBigUInt64LE(BigInt(cdSize), 40)
    end64.writeBigUInt64LE(BigInt(cdOffset), 48)
    const end64At = at
    push(Buffer.concat([end64, extensible]))
    const locator = Buffer.alloc(20)
    locator.writeUInt32LE(0x07064b50, 0)
    locator.writeBigUInt64LE(BigInt(end64At), 8)
    locator.writeUInt32LE(1, 16)
    push(locator)
  }
  const eocd = Buffer.alloc(22)
  eocd.writeUInt32LE(0x06054b50, 0)
  eocd.writeUInt16LE(options.zip64 ? 0xffff : entries.length, 8)
  eocd.writeUInt16LE(options.zip64 ? 0xffff : entries.length, 10)
  eocd.writeUInt32LE(options.zip64 ? 0xffffffff : cdSize, 12)
  eocd.writeUInt32LE(options.zip64 ? 0xffffffff : cdOffset, 16)
  push(eocd)
  if (options.trailing) push(options.trailing)
  return Buffer.concat(parts)
}

/** A wheel to forge: its package files (any lies included) and the rest made right. */
export interface ForgedWheelSpec {
  readonly name?: string
  readonly version?: string
  readonly tags?: string
  readonly files: readonly ForgedEntry[]
  /** RECORD rows for these file names instead of the entries' names (e.g. as a reader decodes them). */
  readonly recordNames?: readonly string[]
}

/** The archive bytes and filename of a wheel whose dist-info and RECORD describe `files`. */
export function forgeWheel(
  spec: ForgedWheelSpec,
  options: ForgeOptions = {}
): { filename: string; bytes: Buffer } {
  const name = spec.name ?? 'demo_pkg'
  const version = spec.version ?? '1.0'
  const tags = spec.tags ?? 'py3-none-any'
  const distInfo = `${name}-${version}.dist-info`
  const metadata = Buffer.from(
    `Metadata-Version: 2.1\nName: ${name.replace(/_/g, '-')}\nVersion: ${version}\n`
  )
  const [py, abi, plat] = tags.split('-')
  const wheel = Buffer.from(
    `Wheel-Version: 1.0\nGenerator: forge\nRoot-Is-Purelib: ${plat === 'any'}\nTag: ${py}-${abi}-${plat}\n`
  )
  const listed: { name: string; data: Buffer }[] = spec.files.map((file, i) => ({
    name: spec.recordNames?.[i] ?? file.centralName ?? nameBytes(file).toString('utf8'),
    data: file.data
  }))
  listed.push(
    { name: `${distInfo}/METADATA`, data: metadata },
    { name: `${distInfo}/WHEEL`, data: wheel }
  )
  const rows = listed.map(
    ({ name: path, data }) =>
      `${path.includes(',') ? `"${path}"` : path},sha256=${createHash('sha256').update(data).digest('base64url')},${data.length}`
  )
  rows.push(`${distInfo}/RECORD,,`)
  const entries: ForgedEntry[] = [
    ...spec.files,
    { name: `${distInfo}/METADATA`, data: metadata, method: 8 },
    { name: `${distInfo}/WHEEL`, data: wheel, method: 8 },
    { name: `${distInfo}/RECORD`, data: Buffer.from(rows.join('\n') + '\n'), method: 8 }
  ]
  return { filename: `${name}-${version}-${tags}.whl`, bytes: forgeZip(entries, options) }
}

/** A ZIP64 extended information extra field with the given 8-byte values. */
export function zip64Extra(...values: number[]): Buffer {
  const extra = Buffer.alloc(4 + values.length * 8)
  extra.writeUInt16LE(0x0001, 0)
  extra.writeUInt16LE(values.length * 8, 2)
  values.forEach((v, i) => extra.writeBigUInt64LE(BigInt(v), 4 + i * 8))
  return extra
}

/** An Info-ZIP Unicode Path extra field holding `name` (raw bytes allowed). */
export function unicodePathExtra(name: string | Buffer): Buffer {
  const bytes = typeof name === 'string' ? Buffer.from(name, 'utf8') : name
  const extra = Buffer.alloc(9 + bytes.length)
  extra.writeUInt16LE(0x7075, 0)
  extra.writeUInt16LE(5 + bytes.length, 2)
  extra[4] = 1
  extra.writeUInt32LE(zlib.crc32(bytes) >>> 0, 5)
  bytes.copy(extra, 9)
  return extra
}
