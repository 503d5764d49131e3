/**
 * normalizeWheel: rewrites a wheel file so that everything it says about itself agrees and PyPI
 * takes it. This module does the file work: one pass over the archive (every entry hashed,
 * METADATA and WHEEL kept, every ELF object read for the glibc it needs), a platform tag from
 * wheel/platform-tag.ts and a plan from wheel/rewrite.ts (both pure), then a new archive where
 * unchanged entries are copied compressed as they are and RECORD is written anew from the
 * hashes taken while reading. An archive with an entry that would land outside the install
 * directory, or a decompression bomb, is refused before anything is read or written.
 */
import { createHash } from 'node:crypto'
import { open, rename, rm } from 'node:fs/promises'
import path from 'node:path'
import { streamEntries } from '../archive/entries.js'
import { compressedBytes, readDirectoryOf } from '../archive/read.js'
import { ZipWriter } from '../archive/write.js'
import { findDistInfo } from '../wheel/dist-info.js'
import { ElfScanner, type ElfObject } from '../wheel/elf.js'
import { unsafeEntries } from '../wheel/entry-paths.js'
import { parseWheelFilename } from '../wheel/filename.js'
import { chooseLinuxTag, explicitTagShortfall, linuxArchitecture } from '../wheel/platform-tag.js'
import { formatRecord, type EntryDigest } from '../wheel/record.js'
import { NormalizeError, planRewrite, type RewriteRequest } from '../wheel/rewrite.js'
import { InvalidWheelError } from '../wheel/types.js'
import { refuseBeforeInflating } from './refuse.js'

// Callers that normalize also catch its error; one import serves both.
export { NormalizeError } from '../wheel/rewrite.js'

/** What to change and where to write; anything not given keeps what the wheel says. */
export interface NormalizeOptions extends RewriteRequest {
  /**
   * The glibc of the host that built the wheel (e.g. `2.36`), asked only when a `linux_*`
   * wheel has no ELF objects to choose its manylinux tag from and no platformTag is given.
   */
  readonly hostGlibc?: () => Promise<string | null>
  /** Directory the rewritten wheel is written to. */
  readonly outDir: string
  /** zlib level for the rewritten small files; 6 by default. */
  readonly level?: number
}

/** What normalize did. */
export interface NormalizeResult {
  /** The wheel to use from now on: the rewritten one, or the input when nothing changed. */
  readonly path: string
  readonly filename: string
  readonly changed: boolean
  /** One line per change, for the log and the job summary. */
  readonly changes: readonly string[]
  /** The ELF objects the wheel holds, as read on the way. */
  readonly binaries: readonly ElfObject[]
}

// dist-info text files we rewrite are read into memory; a real one is a few kB.
const MAX_REWRITTEN = 64 * 1024 * 1024

/**
 * Rewrites the wheel at `wheelPath` into `options.outDir` so that name, version and tags agree
 * everywhere; returns the input unchanged (changed: false) when there is nothing to do.
 */
export async function normalizeWheel(
  wheelPath: string,
  options: NormalizeOptions
): Promise<NormalizeResult> {
  const filename = parseWheelFilename(wheelPath)
  const { directory } = await readDirectoryOf(wheelPath)
  refuseBeforeInflating(directory, wheelPath)
  const unsafe = unsafeEntries(directory.entries)
  if (unsafe.length > 0) {
    throw new NormalizeError(
      `${filename.filename} holds ${unsafe.length} entr${unsafe.length === 1 ? 'y' : 'ies'} ` +
        `that must never be copied: ${unsafe.map(p => p.message).join(' ')}`,
      unsafe[0]?.hint ?? ''
    )
  }
  const names = directory.entries.map(entry => entry.name)
  const distInfo = findDistInfo(names, wheelPath)
  const metadataName = `${distInfo}/METADATA`
  const wheelName = `${distInfo}/WHEEL`
  const recordName = `${distInfo}/RECORD`

  const digests = new Map<string, EntryDigest>()
  const kept = new Map<string, Buffer>()
  const binaries: ElfObject[] = []
  await streamEntries(wheelPath, directory, {
    onEntry(entry) {
      if (entry.isDirectory) return undefined
      const hash = createHash('sha256')
      const elf = new ElfScanner(entry.name, entry.uncompressedSize)
      let size = 0
      const keep = entry.name === metadataName || entry.name === wheelName
      if (keep && entry.uncompressedSize > MAX_REWRITTEN) {
        throw new InvalidWheelError(`'${entry.name}' is too large to be a real dist-info file`)
      }
      const parts: Buffer[] = []
      return {
        data(chunk) {
          hash.update(chunk)
          size += chunk.length
          if (!elf.done) elf.push(chunk)
          if (keep) parts.push(Buffer.from(chunk))
        },
        end() {
          digests.set(entry.name, { name: entry.name, sha256: hash.digest('base64url'), size })
          if (keep) kept.set(entry.name, Buffer.concat(parts))
          const object = elf.finish()
          if (object) binaries.push(object)
        }
      }
    }
  })
  const { platformTag, why } = await platformTagFor(filename.platformTags, binaries, options)
  const plan = planRewrite(
    filename,
    distInfo,
    kept.get(metadataName) as Buffer,
    kept.get(wheelName) as Buffer,
    names,
    { ...options, platformTag }
  )
  if (plan.changes.length === 0) {
    return { path: wheelPath, filename: filename.filename, changed: false, changes: [], binaries }
  }
  const changes = plan.changes.map(change =>
    change.startsWith('platform tag ') && why ? `${change} (${why})` : change
  )

  const target = path.join(options.outDir, plan.filename)
  const temporary = path.join(options.outDir, `.${plan.filename}.${process.pid}.partial`)
  const file = await open(wheelPath, 'r')
  try {
    const writer = await ZipWriter.create(temporary, { level: options.level })
    try {
      const rows: EntryDigest[] = []
      for (const entry of directory.entries) {
        if (entry.name === recordName || plan.dropped.includes(entry.name)) continue
        const name = plan.rename(entry.name)
        const mode = entry.mode || undefined
        if (entry.name === metadataName || entry.name === wheelName) {
          const data = entry.name === metadataName ? plan.metadata : plan.wheel
          await writer.addBuffer(name, data, { mode })
          const sha256 = createHash('sha256').update(data).digest('base64url')
          rows.push({ name, sha256, size: data.length })
          continue
        }
        await writer.addRaw(name, entry, compressedBytes(file, entry, wheelPath), { mode })
        const digest = digests.get(entry.name)
        if (digest) rows.push({ ...digest, name })
      }
      const newRecord = plan.rename(recordName)
      await writer.addBuffer(newRecord, Buffer.from(formatRecord(rows, newRecord), 'utf8'))
      await writer.close()
      await rename(temporary, target)
    } catch (error) {
      await writer.abort()
      await rm(temporary, { force: true })
      throw error
    }
  } finally {
    await file.close()
  }
  return { path: target, filename: plan.filename, changed: true, changes, binaries }
}

/** The tag for a `linux_*` wheel (wheel/platform-tag.ts's policy) and why; refuses a tag that promises too little. */
async function platformTagFor(
  platformTags: readonly string[],
  binaries: readonly ElfObject[],
  options: NormalizeOptions
): Promise<{ platformTag: string | undefined; why: string }> {
  const arch = linuxArchitecture(platformTags)
  if (!arch) return { platformTag: options.platformTag, why: '' }
  if (options.platformTag) {
    const shortfall = explicitTagShortfall(options.platformTag, binaries)
    if (shortfall) {
      throw new NormalizeError(
        `Cannot tag the wheel '${options.platformTag}': ${shortfall}, so it would not load ` +
          'where the tag says it installs.',
        'Leave platform-tag empty (the tag is then chosen from what the objects need), set it ' +
          'to at least that glibc, or build in an older manylinux container.'
      )
    }
    return { platformTag: options.platformTag, why: 'platform-tag' }
  }
  const host = binaries.length === 0 && options.hostGlibc ? await options.hostGlibc() : null
  const chosen = chooseLinuxTag(arch, binaries, host)
  return { platformTag: chosen.tag, why: chosen.reason }
}
