/**
 * PyPI's record-framing rule for zip archives, checked on the bytes as they stream past: the
 * file must read the same to a reader that trusts the central directory (pip, Python's
 * zipfile) and to one that walks the local headers front to back. This mirrors Warehouse's
 * `validate_zipfile` (warehouse/utils/zipfiles.py, pypi/warehouse main, 2026-07): records back
 * to back from byte 0 (no prefix, no gap, no data descriptor), local headers that agree with the
 * central directory, no duplicate names or ZIP64/Unicode-path extras, no unprintable name bytes,
 * no entry comments, no ZIP64 extensible data, an end record that agrees with what was walked,
 * nothing after it. The first break is kept with Warehouse's own words, as PyPI reports only
 * the first. No file access: the archive pass (wheelfile/inspect.ts) feeds every raw chunk.
 */

/** What the central directory says about each name (zipfile's `orig_filename` -> sizes). */
export type CentralSizes = ReadonlyMap<string, { compressed: number; uncompressed: number }>

/** The first framing rule the archive breaks, in Warehouse's words, and the entry concerned. */
export interface FramingBreak {
  /** Warehouse's message, e.g. `ZIP contains a data descriptor`. */
  readonly message: string
  /** The entry whose record broke the rule, when one did. */
  readonly entry?: string
  /** File offset of the record that broke it. */
  readonly offset: number
}

const SIG_LOCAL = 0x04034b50
const SIG_CENTRAL = 0x02014b50
const SIG_EOCD = 0x06054b50
const SIG_EOCD64 = 0x06064b50
const SIG_EOCD64_LOCATOR = 0x07064b50
const MAX32 = 0xffffffff
// Extras that may appear once per local header (DISALLOW_DUPLICATE_EXTRA_IDS).
const ZIP64_EXTRA = 0x0001
const UNICODE_PATH_EXTRA = 0x7075
const ZIP64_EXTRA_SIZES = new Set([0, 8, 16, 24, 28])

const utf8 = new TextDecoder('utf-8', { fatal: true })

/** Warehouse's UNPRINTABLE_CHARS: bytes 0x00-0x1f and 0x7f. */
export function hasUnprintable(bytes: Uint8Array): boolean {
  for (const byte of bytes) if (byte < 0x20 || byte === 0x7f) return true
  return false
}

function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return utf8.decode(bytes)
  } catch {
    return null
  }
}

function u64(buffer: Buffer, offset: number): number {
  // Sizes past 2^53 cannot be honest in a file this reader holds; saturate, never wrap.
  return Number(buffer.readBigUInt64LE(offset))
}

class Broken extends Error {
  constructor(
    readonly rule: string,
    readonly entry?: string
  ) {
    super(rule)
  }
}

type Step =
  | { kind: 'signature' }
  | { kind: 'local' }
  | {
      kind: 'local-tail'
      flags: number
      method: number
      compressed: number
      size: number
      nameLength: number
    }
  | { kind: 'central' }
  | { kind: 'central-tail' }
  | { kind: 'eocd' }
  | { kind: 'eocd64' }
  | { kind: 'locator' }
  | { kind: 'skip'; then: 'signature' | 'end' }
  | { kind: 'end' }

/**
 * Walks the archive's records as Warehouse does, fed the file's bytes in order through
 * `push`; `finish` (after the last byte) returns the first rule broken, or null.
 */
export class FramingCheck {
  private position = 0
  private step: Step = { kind: 'signature' }
  private need = 4
  private parts: Buffer[] = []
  private have = 0
  private skipLeft = 0
  private failure: FramingBreak | null = null
  private recordStart = 0
  private readonly localNames = new Set<string>()
  private readonly centralNames = new Set<string>()
  private centralRecords = 0
  private centralOffset: number | null = null
  private centralSize = 0
  private eocd: { records: number; size: number; offset: number } | null = null
  private eocd64Seen = false
  private locatorSeen = false
  private centralNameLength = 0
  private centralExtraLength = 0

  constructor(
    private readonly fileSize: number,
    private readonly central: CentralSizes
  ) {}

  /** The first break found so far (also before the last byte), or null. */
  get broken(): FramingBreak | null {
    return this.failure
  }

  /** Consumes the next bytes of the file; the chunk is not kept. */
  push(chunk: Buffer): void {
    let at = 0
    while (at < chunk.length && !this.failure) {
      if (this.step.kind === 'skip') {
        const take = Math.min(this.skipLeft, chunk.length - at)
        this.skipLeft -= take
        at += take
        this.position += take
        if (this.skipLeft === 0) this.enter(this.step.then)
        continue
      }
      if (this.step.kind === 'end') {
        // Bytes after the end record: Warehouse compares its position with the file's end.
        this.fail('Trailing data')
        return
      }
      const take = Math.min(this.need - this.have, chunk.length - at)
      this.parts.push(chunk.subarray(at, at + take))
      this.have += take
      at += take
      this.position += take
      if (this.have === this.need) {
        const record =
          this.parts.length === 1 ? Buffer.from(this.parts[0]!) : Buffer.concat(this.parts)
        this.parts = []
        this.have = 0
        try {
          this.advance(record)
        } catch (error) {
          if (!(error instanceof Broken)) throw error
          this.fail(error.rule, error.entry)
        }
      }
    }
  }

  /** After the last byte: the first rule the archive broke, or null when it passes. */
  finish(): FramingBreak | null {
    if (this.failure) return this.failure
    if (this.step.kind === 'end') return null
    if (this.step.kind === 'skip' && this.step.then === 'end') {
      // The end record's comment reaches past the file: the position is not the file's end.
      return this.fail('Trailing data')
    }
    // Warehouse's _read_check: a record (or the next signature) the file ends inside.
    return this.fail('Malformed zip file')
  }

  private fail(rule: string, entry?: string): FramingBreak {
    this.failure ??= { message: rule, entry, offset: this.recordStart }
    return this.failure
  }

  private expect(step: Step, bytes: number): void {
    this.step = step
    this.need = bytes
    // An empty name and extra: nothing more to wait for.
    if (bytes === 0) this.advance(Buffer.alloc(0))
  }

  private enter(next: 'signature' | 'end'): void {
    if (next === 'end') {
      this.step = { kind: 'end' }
      if (this.position !== this.fileSize) this.fail('Trailing data')
      return
    }
    this.recordStart = this.position
    this.expect({ kind: 'signature' }, 4)
  }

  private skip(bytes: number, then: 'signature' | 'end'): void {
    this.skipLeft = bytes
    this.step = { kind: 'skip', then }
    if (bytes === 0) this.enter(then)
  }

  private advance(record: Buffer): void {
    const step = this.step
    switch (step.kind) {
      case 'signature':
        return this.dispatch(record.readUInt32LE(0))
      case 'local':
        return this.expect(
          {
            kind: 'local-tail',
            flags: record.readUInt16LE(2),
            method: record.readUInt16LE(4),
            compressed: record.readUInt32LE(14),
            size: record.readUInt32LE(18),
            nameLength: record.readUInt16LE(22)
          },
          record.readUInt16LE(22) + record.readUInt16LE(24)
        )
      case 'local-tail':
        return this.localTail(step, record)
      case 'central':
        return this.centralHead(record)
      case 'central-tail':
        return this.centralTail(record)
      case 'eocd':
        return this.endRecord(record)
      case 'eocd64':
        return this.zip64EndRecord(record)
      case 'locator':
        this.locatorSeen = true
        return this.enter('signature')
      default:
        return undefined
    }
  }

  private dispatch(signature: number): void {
    // Only accept an end record after a ZIP64 end record once its locator was seen.
    if (signature === SIG_EOCD && this.eocd64Seen && !this.locatorSeen) {
      throw new Broken('Malformed zip file')
    }
    switch (signature) {
      case SIG_CENTRAL:
        this.centralOffset ??= this.position - 4
        this.centralRecords += 1
        return this.expect({ kind: 'central' }, 42)
      case SIG_LOCAL:
        return this.expect({ kind: 'local' }, 26)
      case SIG_EOCD:
        this.centralOffset ??= this.position - 4
        return this.expect({ kind: 'eocd' }, 18)
      case SIG_EOCD64:
        this.eocd64Seen = true
        return this.expect({ kind: 'eocd64' }, 52)
      case SIG_EOCD64_LOCATOR:
        return this.expect({ kind: 'locator' }, 16)
      default:
        // Data descriptors between entries, a prepended stub, padding: none is a record here.
        throw new Broken('Unknown record signature')
    }
  }

  private localTail(head: Extract<Step, { kind: 'local-tail' }>, record: Buffer): void {
    let { compressed, size } = head
    const nameLength = head.nameLength
    const nameBytes = record.subarray(0, nameLength)
    const entry = decodeUtf8(nameBytes) ?? nameBytes.toString('latin1')
    if (hasUnprintable(nameBytes)) throw new Broken('Invalid character in filename', entry)
    let extra = record.subarray(nameLength)
    const seen = new Set<number>()
    while (extra.length > 0) {
      if (extra.length < 4) throw new Broken('Malformed zip file', entry)
      const id = extra.readUInt16LE(0)
      const dataSize = extra.readUInt16LE(2)
      if (dataSize + 4 > extra.length) throw new Broken('Malformed zip file', entry)
      if (seen.has(id) && (id === ZIP64_EXTRA || id === UNICODE_PATH_EXTRA)) {
        throw new Broken('Invalid duplicate extra in local file', entry)
      }
      seen.add(id)
      if (id === ZIP64_EXTRA) {
        if (!ZIP64_EXTRA_SIZES.has(dataSize)) throw new Broken('Malformed zip file', entry)
        if (dataSize === 0) {
          if (compressed === MAX32 || size === MAX32) throw new Broken('Malformed zip file', entry)
        } else if (dataSize === 8) {
          // Only the real size: the data must be stored so that both sizes are that one.
          if (head.method !== 0) throw new Broken('Malformed zip file', entry)
          const real = u64(extra, 4)
          compressed = real
          if (size === MAX32) size = real
        } else {
          if (size === MAX32) size = u64(extra, 4)
          compressed = u64(extra, 12)
        }
      } else if (id === UNICODE_PATH_EXTRA) {
        const unicodeName = extra.subarray(9, 4 + dataSize)
        if (hasUnprintable(unicodeName)) throw new Broken('Invalid character in filename', entry)
        if (decodeUtf8(unicodeName) === null) throw new Broken('Filename not valid UTF-8', entry)
      }
      extra = extra.subarray(dataSize + 4)
    }
    if ((head.flags & 0x08) !== 0) throw new Broken('ZIP contains a data descriptor', entry)
    const name = decodeUtf8(nameBytes)
    if (name === null) throw new Broken('Filename not unicode', entry)
    const expected = this.central.get(name)
    if (!expected) throw new Broken('Filename not in central directory', name)
    if (expected.compressed !== compressed) throw new Broken('Mis-matched data size', name)
    if (expected.uncompressed !== size) throw new Broken('Mis-matched file size', name)
    const key = nameBytes.toString('latin1')
    if (this.localNames.has(key)) throw new Broken('Duplicate filename in local headers', name)
    this.localNames.add(key)
    this.recordStart = this.position + compressed
    this.skip(compressed, 'signature')
  }

  private centralHead(record: Buffer): void {
    const nameLength = record.readUInt16LE(24)
    const extraLength = record.readUInt16LE(26)
    const commentLength = record.readUInt16LE(28)
    if (commentLength !== 0) throw new Broken('Comment in central directory')
    this.centralNameLength = nameLength
    this.centralExtraLength = extraLength
    this.expect({ kind: 'central-tail' }, nameLength + extraLength)
  }

  private centralTail(record: Buffer): void {
    const nameBytes = record.subarray(0, this.centralNameLength)
    const entry = decodeUtf8(nameBytes) ?? nameBytes.toString('latin1')
    if (hasUnprintable(nameBytes)) throw new Broken('Invalid character in filename', entry)
    this.centralSize += 46 + this.centralNameLength + this.centralExtraLength
    const key = nameBytes.toString('latin1')
    if (this.centralNames.has(key)) {
      throw new Broken('Duplicate filename in central directory', entry)
    }
    if (!this.localNames.has(key)) throw new Broken('Missing filename in local headers', entry)
    this.centralNames.add(key)
    this.enter('signature')
  }

  private endRecord(record: Buffer): void {
    const onDisk = record.readUInt16LE(4)
    const total = record.readUInt16LE(6)
    if (onDisk !== total) throw new Broken('Malformed zip file')
    // A ZIP64 archive's counts come from its ZIP64 end record; this one is 0xFF-filled.
    if (!(this.locatorSeen && this.eocd)) {
      this.eocd = { records: total, size: record.readUInt32LE(8), offset: record.readUInt32LE(12) }
    }
    if (this.eocd.records !== this.centralRecords) {
      throw new Broken('Mismatched central directory records')
    }
    if (this.centralOffset === null || this.eocd.offset !== this.centralOffset) {
      throw new Broken('Mismatched central directory offset')
    }
    if (this.eocd.size !== this.centralSize) throw new Broken('Mismatched central directory size')
    this.skip(record.readUInt16LE(16), 'end')
  }

  private zip64EndRecord(record: Buffer): void {
    const recordSize = u64(record, 0)
    const onDisk = u64(record, 20)
    const total = u64(record, 28)
    if (onDisk !== total) throw new Broken('Malformed zip file')
    if (recordSize !== 44) throw new Broken('ZIP64 extensible data not allowed')
    this.eocd = { records: total, size: u64(record, 36), offset: u64(record, 44) }
    this.enter('signature')
  }
}
