/**
 * The zip format's table of contents, parsed from buffers: the End Of Central Directory record
 * (and its ZIP64 locator and record), then the central directory's entries. Pure: the caller
 * reads the bytes (archive/read.ts), so every rule here is tested on buffers alone.
 */
import type { InvalidWheelError } from '../wheel/types.js'
import { corrupt, notZip, truncated } from './errors.js'

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
  /** Unix mode bits (with the file type) when a Unix tool made the entry, else 0. */
  readonly mode: number
}

/** The archive's table of contents. */
export interface ZipDirectory {
  readonly fileSize: number
  readonly entries: readonly ZipEntry[]
  readonly centralDirectoryOffset: number
  readonly centralDirectorySize: number
  readonly zip64: boolean
}

/** Where the central directory is, as the end records say. */
export interface EndRecord {
  readonly count: number
  readonly size: number
  readonly offset: number
  /** File position of the ZIP64 locator, when one can precede the end record. */
  readonly locatorPosition: number
  /** True when a 32-bit field is saturated, so a ZIP64 record must exist. */
  readonly needsZip64: boolean
}

/** Builds the error for an archive whose end cannot be found. */
export type Lost = (why: string) => InvalidWheelError

export const SIG_LOCAL = 0x04034b50
const SIG_CENTRAL = 0x02014b50
const SIG_EOCD = 0x06054b50
const SIG_ZIP64_LOCATOR = 0x07064b50
const SIG_ZIP64_EOCD = 0x06064b50
export const EOCD_SIZE = 22
export const ZIP64_LOCATOR_SIZE = 20
export const ZIP64_END_SIZE = 56
/** The end record sits within this many bytes of the end (its comment is at most 64 KiB). */
export const MAX_TAIL = EOCD_SIZE + 0xffff
const UNIX = 3

const CP437_HIGH =
  'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐' +
  '└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0'

/** An entry name: UTF-8 when the entry's flag says so, else code page 437 (the zip default). */
export function decodeName(bytes: Buffer, utf8: boolean): string {
  if (utf8) return bytes.toString('utf8')
  let out = ''
  for (const byte of bytes) out += byte < 0x80 ? String.fromCharCode(byte) : CP437_HIGH[byte - 0x80]
  return out
}

function u64(buffer: Buffer, offset: number): number {
  const value = buffer.readBigUInt64LE(offset)
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new RangeError('64-bit value out of range')
  return Number(value)
}

/** How to report a missing end: a file that starts like a zip was cut short, else it is none. */
export function lostEnd(head: Buffer, path: string): Lost {
  const startsLikeZip = head.length >= 4 && head.readUInt32LE(0) === SIG_LOCAL
  return why => (startsLikeZip ? truncated(path, why) : notZip(path, why))
}

/** Finds the End Of Central Directory record in the file's last bytes (`tail` starts at `tailStart`). */
export function parseEndRecord(
  tail: Buffer,
  tailStart: number,
  path: string,
  lost: Lost
): EndRecord {
  let at = -1
  for (let i = tail.length - EOCD_SIZE; i >= 0; i--) {
    if (tail.readUInt32LE(i) !== SIG_EOCD) continue
    // A real record's comment ends exactly within the file; a stray signature's need not.
    if (i + EOCD_SIZE + tail.readUInt16LE(i + 20) <= tail.length) {
      at = i
      break
    }
  }
  if (at < 0) throw lost('no end of central directory record at the end of the file')
  const eocd = tail.subarray(at, at + EOCD_SIZE)
  if (eocd.readUInt16LE(4) !== 0 || eocd.readUInt16LE(6) !== 0) {
    throw corrupt(path, 'it claims to be one part of a multi-disk (split) archive')
  }
  const count = eocd.readUInt16LE(10)
  const size = eocd.readUInt32LE(12)
  const offset = eocd.readUInt32LE(16)
  return {
    count,
    size,
    offset,
    locatorPosition: tailStart + at - ZIP64_LOCATOR_SIZE,
    needsZip64: count === 0xffff || size === 0xffffffff || offset === 0xffffffff
  }
}

/** The ZIP64 end record's position, when `locator` is a ZIP64 locator; otherwise null. */
export function zip64EndPosition(locator: Buffer): number | null {
  if (locator.length < ZIP64_LOCATOR_SIZE || locator.readUInt32LE(0) !== SIG_ZIP64_LOCATOR) {
    return null
  }
  return u64(locator, 8)
}

/** The ZIP64 end record's count, size and offset of the central directory. */
export function parseZip64End(
  record: Buffer,
  lost: Lost
): Pick<EndRecord, 'count' | 'size' | 'offset'> {
  if (record.length < ZIP64_END_SIZE || record.readUInt32LE(0) !== SIG_ZIP64_EOCD) {
    throw lost('the ZIP64 locator points to no ZIP64 end of central directory record')
  }
  return { count: u64(record, 32), size: u64(record, 40), offset: u64(record, 48) }
}

/** Parses `count` central directory records from `cd`; `zip64` is true when any used ZIP64 fields. */
export function parseCentralEntries(
  cd: Buffer,
  count: number,
  path: string
): { entries: ZipEntry[]; zip64: boolean } {
  const entries: ZipEntry[] = []
  let zip64 = false
  let at = 0
  for (let n = 0; n < count; n++) {
    if (at + 46 > cd.length || cd.readUInt32LE(at) !== SIG_CENTRAL) {
      throw corrupt(path, `central directory entry ${n + 1} of ${count} is malformed`)
    }
    const madeBy = cd.readUInt16LE(at + 4) >> 8
    const flags = cd.readUInt16LE(at + 8)
    const method = cd.readUInt16LE(at + 10)
    const crc32 = cd.readUInt32LE(at + 16)
    let compressedSize = cd.readUInt32LE(at + 20)
    let uncompressedSize = cd.readUInt32LE(at + 24)
    const nameLength = cd.readUInt16LE(at + 28)
    const extraLength = cd.readUInt16LE(at + 30)
    const commentLength = cd.readUInt16LE(at + 32)
    const externalAttributes = cd.readUInt32LE(at + 38)
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
          if (field + 8 > extraAt + 4 + size) {
            throw corrupt(path, `'${name}' has a short ZIP64 field`)
          }
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
      isDirectory: name.endsWith('/'),
      mode: madeBy === UNIX ? externalAttributes >>> 16 : 0
    })
    at = end
  }
  return { entries, zip64 }
}
