/**
 * A small ELF reader for the shared objects inside a wheel: class, byte order, machine, and the
 * symbol versions it needs (`.gnu.version_r`: GLIBC_x.y, GLIBCXX_*, CXXABI_*, GCC_*), read from
 * the bytes as the archive pass streams them, so no object is ever read twice or held whole.
 *
 * Why our own: npm's ELF readers do not fit. elf-tools (1.1.2) parses headers and sections from
 * a whole Buffer but not the version-needs table; elf-cam (0.1.1, WebAssembly) only tells Go
 * from Rust binaries. What is needed here is about a hundred lines of the ELF spec (gABI and
 * the LSB's symbol versioning), over a stream.
 *
 * The stream problem: the version table and its strings sit near the start of an object, but
 * where exactly is said only by the dynamic section (mid-file) and the section headers (at the
 * end). So the scanner keeps the object's first bytes: up to its first executable segment (the
 * read-only metadata GNU ld and lld put first), else up to its dynamic section, and never more
 * than ELF_KEEP_LIMIT; the dynamic section itself is copied as it passes. One object is scanned
 * at a time, so the archive pass holds at most ELF_KEEP_LIMIT + DYNAMIC_LIMIT bytes for it.
 * An object whose table lies past what was kept is reported as unread, not guessed. Pure.
 */

/** The most of one object's first bytes kept while it streams past (see the header). */
export const ELF_KEEP_LIMIT = 32 * 1024 * 1024
/** The most of a dynamic section copied (real ones are a few hundred bytes). */
const DYNAMIC_LIMIT = 1024 * 1024

/** One symbol version an object needs, and from which library. */
export interface ElfNeed {
  readonly library: string
  readonly version: string
}

/** What the reader learned about one ELF object in the wheel. */
export interface ElfObject {
  /** The archive entry. */
  readonly name: string
  readonly bits: 32 | 64
  readonly endian: 'little' | 'big'
  /** e_machine (62 x86-64, 183 AArch64, ...). */
  readonly machine: number
  readonly needs: readonly ElfNeed[]
  /** Why the version needs could not be read, when they could not (then `needs` is empty). */
  readonly unread?: string
}

const MAGIC = 0x7f454c46
const PT_LOAD = 1
const PT_DYNAMIC = 2
const PF_X = 1
const DT_NULL = 0
const DT_STRTAB = 5
const DT_STRSZ = 10
const DT_VERNEED = 0x6ffffffe
const DT_VERNEEDNUM = 0x6fffffff

/** e_machine values and the names tags and messages use. */
export const MACHINE_NAMES: Readonly<Record<number, string>> = {
  3: 'i386',
  21: 'PowerPC64',
  22: 'S/390',
  40: 'ARM',
  62: 'x86-64',
  183: 'AArch64',
  243: 'RISC-V',
  258: 'LoongArch'
}

/** Reads fixed-size fields in the object's byte order and class. */
class Fields {
  constructor(
    readonly buffer: Buffer,
    readonly little: boolean,
    readonly wide: boolean
  ) {}
  u16(at: number): number {
    return this.little ? this.buffer.readUInt16LE(at) : this.buffer.readUInt16BE(at)
  }
  u32(at: number): number {
    return this.little ? this.buffer.readUInt32LE(at) : this.buffer.readUInt32BE(at)
  }
  /** A 64-bit field, or past 2^53 Infinity (no honest offset in a wheel is that large). */
  u64(at: number): number {
    const value = this.little ? this.buffer.readBigUInt64LE(at) : this.buffer.readBigUInt64BE(at)
    return value > BigInt(Number.MAX_SAFE_INTEGER) ? Infinity : Number(value)
  }
  /** An address-sized field. */
  word(at: number): number {
    return this.wide ? this.u64(at) : this.u32(at)
  }
}

interface Segment {
  readonly type: number
  readonly flags: number
  readonly offset: number
  readonly vaddr: number
  readonly filesz: number
}

interface Layout {
  readonly fields: Fields
  readonly segments: readonly Segment[]
}

/** Parses the ELF header and program headers from `head`; null until enough bytes are there. */
function parseLayout(head: Buffer): Layout | 'short' | 'not-elf' {
  if (head.length < 4) return 'short'
  if (head.readUInt32BE(0) !== MAGIC) return 'not-elf'
  if (head.length < 52) return 'short'
  const bits = head[4]
  const order = head[5]
  if ((bits !== 1 && bits !== 2) || (order !== 1 && order !== 2)) return 'not-elf'
  const wide = bits === 2
  if (wide && head.length < 64) return 'short'
  const fields = new Fields(head, order === 1, wide)
  const phoff = wide ? fields.u64(32) : fields.u32(28)
  const phentsize = fields.u16(wide ? 54 : 42)
  const phnum = fields.u16(wide ? 56 : 44)
  if (phnum === 0) return { fields, segments: [] }
  if (phentsize < (wide ? 56 : 32)) return { fields, segments: [] }
  if (phoff + phnum * phentsize > head.length) return 'short'
  const segments: Segment[] = []
  for (let i = 0; i < phnum; i++) {
    const at = phoff + i * phentsize
    segments.push(
      wide
        ? {
            type: fields.u32(at),
            flags: fields.u32(at + 4),
            offset: fields.u64(at + 8),
            vaddr: fields.u64(at + 16),
            filesz: fields.u64(at + 32)
          }
        : {
            type: fields.u32(at),
            offset: fields.u32(at + 4),
            vaddr: fields.u32(at + 8),
            filesz: fields.u32(at + 16),
            flags: fields.u32(at + 24)
          }
    )
  }
  return { fields, segments }
}

/** The file offset of virtual address `vaddr`, through the PT_LOAD segment that maps it. */
function fileOffset(segments: readonly Segment[], vaddr: number): number | null {
  for (const s of segments) {
    if (s.type === PT_LOAD && vaddr >= s.vaddr && vaddr < s.vaddr + s.filesz) {
      return vaddr - s.vaddr + s.offset
    }
  }
  return null
}

/**
 * Scans one archive entry as its bytes arrive (`push`, in order); `finish` says whether it was
 * an ELF object and what it needs. Bytes are copied out of each chunk: chunks may be reused.
 */
export class ElfScanner {
  private position = 0
  /** The kept first bytes: small pieces until the layout is known, then one buffer. */
  private readonly kept: Buffer[] = []
  private keptSize = 0
  private window: Buffer | null = null
  private keepEnd: number
  private layout: Layout | null = null
  private notElf = false
  private dynamic: { offset: number; size: number; bytes: Buffer; filled: number } | null = null

  constructor(
    private readonly name: string,
    size: number
  ) {
    this.keepEnd = Math.min(size, ELF_KEEP_LIMIT)
  }

  /** True once the first bytes showed this is no ELF object (the caller may stop feeding). */
  get done(): boolean {
    return this.notElf
  }

  /** Takes the entry's next bytes. */
  push(chunk: Buffer): void {
    if (this.notElf) return
    // Most entries are no ELF: decide on the first four bytes before copying anything.
    if (this.position === 0 && chunk.length >= 4 && chunk.readUInt32BE(0) !== MAGIC) {
      this.notElf = true
      return
    }
    const start = this.position
    const end = start + chunk.length
    this.position = end
    if (start < this.keepEnd) {
      const piece = chunk.subarray(0, Math.min(chunk.length, this.keepEnd - start))
      if (this.window) {
        // One buffer of the window's size: no per-chunk copies to gather, no concat at the end.
        piece.copy(this.window, start)
      } else {
        this.kept.push(Buffer.from(piece))
      }
      this.keptSize += piece.length
      if (!this.layout) this.readLayout()
    }
    const dyn = this.dynamic
    if (dyn && end > dyn.offset && start < dyn.offset + dyn.size) {
      const from = Math.max(start, dyn.offset)
      const to = Math.min(end, dyn.offset + dyn.size)
      chunk.copy(dyn.bytes, from - dyn.offset, from - start, to - start)
      dyn.filled += to - from
    }
  }

  private head(): Buffer {
    if (this.window) return this.window.subarray(0, this.keptSize)
    if (this.kept.length > 1) {
      const whole = Buffer.concat(this.kept, this.keptSize)
      this.kept.length = 0
      this.kept.push(whole)
    }
    return this.kept[0] ?? Buffer.alloc(0)
  }

  private readLayout(): void {
    const layout = parseLayout(this.head())
    if (layout === 'not-elf') {
      this.notElf = true
      this.kept.length = 0
      return
    }
    if (layout === 'short') return
    this.layout = layout
    const loads = layout.segments.filter(s => s.type === PT_LOAD)
    const firstExecutable = loads.find(s => (s.flags & PF_X) !== 0)
    const dyn = layout.segments.find(s => s.type === PT_DYNAMIC)
    // The version table comes before the code and before the dynamic section it is named in.
    if (firstExecutable && firstExecutable.offset > 0) {
      this.keepEnd = Math.min(this.keepEnd, firstExecutable.offset)
    }
    if (dyn) {
      this.keepEnd = Math.max(this.keptSize, Math.min(this.keepEnd, dyn.offset))
      const size = Math.min(dyn.filesz, DYNAMIC_LIMIT)
      if (dyn.offset >= this.position) {
        this.dynamic = { offset: dyn.offset, size, bytes: Buffer.alloc(size), filled: 0 }
      }
    }
    if (this.keepEnd > this.keptSize) {
      const window = Buffer.allocUnsafe(this.keepEnd)
      this.head().copy(window)
      this.window = window
      this.kept.length = 0
    }
  }

  /** What the entry was: null when not an ELF object. */
  finish(): ElfObject | null {
    if (this.notElf) return null
    const head = this.head()
    const layout = this.layout ?? parseLayout(head)
    if (layout === 'not-elf' || layout === 'short') {
      return head.length >= 4 && head.readUInt32BE(0) === MAGIC
        ? this.object(null, [], 'its ELF header is cut short')
        : null
    }
    const { fields } = layout
    const needs: ElfNeed[] = []
    const dyn = layout.segments.find(s => s.type === PT_DYNAMIC)
    if (!dyn) return this.object(layout, needs)
    const dynamic =
      this.dynamic && this.dynamic.filled === this.dynamic.size
        ? this.dynamic.bytes
        : dyn.offset + dyn.filesz <= head.length
          ? head.subarray(dyn.offset, dyn.offset + dyn.filesz)
          : null
    if (!dynamic) return this.object(layout, needs, 'its dynamic section could not be read')
    const d = new Fields(dynamic, fields.little, fields.wide)
    const entrySize = fields.wide ? 16 : 8
    let strtab = -1
    let strsz = 0
    let verneed = -1
    let verneednum = 0
    for (let at = 0; at + entrySize <= dynamic.length; at += entrySize) {
      const tag = d.word(at)
      const value = d.word(at + entrySize / 2)
      if (tag === DT_NULL) break
      if (tag === DT_STRTAB) strtab = value
      else if (tag === DT_STRSZ) strsz = value
      else if (tag === DT_VERNEED) verneed = value
      else if (tag === DT_VERNEEDNUM) verneednum = value
    }
    if (verneed < 0 || verneednum === 0) return this.object(layout, needs)
    const tableAt = fileOffset(layout.segments, verneed)
    const stringsAt = strtab < 0 ? null : fileOffset(layout.segments, strtab)
    if (tableAt === null || stringsAt === null) {
      return this.object(layout, needs, 'its version table is not mapped by any segment')
    }
    const h = new Fields(head, fields.little, fields.wide)
    const limit = `the first ${head.length} bytes kept while reading it`
    const text = (index: number): string | null => {
      const from = stringsAt + index
      if (index >= strsz || from >= head.length) return null
      const end = head.indexOf(0, from)
      return end < 0 ? null : head.toString('utf8', from, end)
    }
    let at = tableAt
    for (let n = 0; n < verneednum; n++) {
      if (at + 16 > head.length)
        return this.object(layout, [], `its version table lies past ${limit}`)
      const count = h.u16(at + 2)
      const library = text(h.u32(at + 4))
      if (library === null) return this.object(layout, [], `its string table lies past ${limit}`)
      let aux = at + h.u32(at + 8)
      for (let k = 0; k < count; k++) {
        if (aux + 16 > head.length) {
          return this.object(layout, [], `its version table lies past ${limit}`)
        }
        const version = text(h.u32(aux + 8))
        if (version === null) return this.object(layout, [], `its string table lies past ${limit}`)
        needs.push({ library, version })
        const next = h.u32(aux + 12)
        if (next === 0) break
        aux += next
      }
      const next = h.u32(at + 12)
      if (next === 0) break
      at += next
    }
    return this.object(layout, needs)
  }

  private object(layout: Layout | null, needs: ElfNeed[], unread?: string): ElfObject {
    const head = this.head()
    const wide = head[4] === 2
    const little = head[5] !== 2
    const machine = head.length >= 20 ? (little ? head.readUInt16LE(18) : head.readUInt16BE(18)) : 0
    return {
      name: this.name,
      bits: layout ? (layout.fields.wide ? 64 : 32) : wide ? 64 : 32,
      endian: little ? 'little' : 'big',
      machine,
      needs,
      ...(unread ? { unread } : {})
    }
  }
}
