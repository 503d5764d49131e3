/**
 * inspectWheel: everything the check gate needs to know about one wheel file, from one
 * streaming read. This module does the file work: it reads the archive (archive/) once, hashes
 * every byte it reads, measures every entry and keeps the dist-info files; what those
 * measurements mean (RECORD, consistency, PyPI's rules) is decided in wheel/inspection.ts.
 */
import { createHash } from 'node:crypto'
import type { ZipDirectory } from '../archive/central-directory.js'
import { streamEntries } from '../archive/entries.js'
import { FramingCheck, type CentralSizes } from '../archive/framing.js'
import { readDirectoryOf, type ChunkSource } from '../archive/read.js'
import { findDistInfo, REQUIRED_DIST_INFO_FILES } from '../wheel/dist-info.js'
import { ElfScanner, type ElfObject } from '../wheel/elf.js'
import { parseWheelFilename } from '../wheel/filename.js'
import { inspectionOf } from '../wheel/inspection.js'
import type { EntryDigest } from '../wheel/record.js'
import { framingProblem } from '../wheel/warehouse.js'
import { InvalidWheelError, type WheelInspection } from '../wheel/types.js'
import { refuseBeforeInflating } from './refuse.js'

/** How to inspect. */
export interface InspectOptions {
  /** Per-file size limit in bytes; larger wheels get a `file-too-large` problem. */
  readonly maxFileSize: number
  /** max-file-size as the user wrote it (`100MiB`), quoted when the wheel is over it. */
  readonly maxFileSizeText?: string
  /** Reads the archive for the entry pass; fs reads by default. */
  readonly source?: ChunkSource
  readonly chunkSize?: number
}

/** dist-info files read into memory; anything bigger than this is not a real one. */
const MAX_DIST_INFO_FILE = 64 * 1024 * 1024
/** The file's first bytes, kept for the tar-header rule (one tar block). */
const HEAD_SIZE = 512

/** What the central directory says of each name, as Python's zipfile keys it (last one wins). */
export function centralSizes(directory: ZipDirectory): CentralSizes {
  const sizes = new Map<string, { compressed: number; uncompressed: number }>()
  for (const entry of directory.entries) {
    sizes.set(entry.name, {
      compressed: entry.compressedSize,
      uncompressed: entry.uncompressedSize
    })
  }
  return sizes
}

/** Inspects a wheel in one streaming pass; throws InvalidWheelError when it is not a wheel. */
export async function inspectWheel(
  path: string,
  options: InspectOptions
): Promise<WheelInspection> {
  const filename = parseWheelFilename(path)
  const { directory, modifiedMs } = await readDirectoryOf(path).catch(
    (error: NodeJS.ErrnoException) => {
      if (error instanceof InvalidWheelError) throw error
      throw new InvalidWheelError(
        `Cannot read '${path}': ${error.code ?? error.message}`,
        'Check the wheel input: the path or glob must name an existing .whl file.'
      )
    }
  )
  refuseBeforeInflating(directory, path)
  const entryNames = directory.entries.map(entry => entry.name)
  const distInfoDir = findDistInfo(entryNames, path)
  const captured = new Map<string, Buffer[]>(
    REQUIRED_DIST_INFO_FILES.map(file => [`${distInfoDir}/${file}`, []])
  )
  // PyPI reads entry_points.txt where the filename's own name and version point.
  const [rawName, rawVersion] = filename.filename.split('-')
  const entryPointsName = `${rawName}-${rawVersion}.dist-info/entry_points.txt`
  captured.set(entryPointsName, [])
  const framing = new FramingCheck(directory.fileSize, centralSizes(directory))
  const head: Buffer[] = []
  let headSize = 0
  const binaries: ElfObject[] = []

  // The whole-file sha256 comes from the same read as the entries: one read of the file. (A
  // second read on a worker thread beside it cost a V8 isolate's memory and saved no time.)
  const fileHash = createHash('sha256')
  let hashedSize = 0

  const digests: EntryDigest[] = []
  await streamEntries(path, directory, {
    chunkSize: options.chunkSize,
    source: options.source,
    onRawChunk: chunk => {
      fileHash.update(chunk)
      hashedSize += chunk.length
      framing.push(chunk)
      if (headSize < HEAD_SIZE) {
        const piece = Buffer.from(chunk.subarray(0, HEAD_SIZE - headSize))
        head.push(piece)
        headSize += piece.length
      }
    },
    onEntry: entry => {
      if (entry.isDirectory) return undefined
      const hash = createHash('sha256')
      const parts = captured.get(entry.name)
      const elf = new ElfScanner(entry.name, entry.uncompressedSize)
      let size = 0
      return {
        data: chunk => {
          hash.update(chunk)
          size += chunk.length
          if (!elf.done) elf.push(chunk)
          if (!parts) return
          if (size > MAX_DIST_INFO_FILE) {
            throw new InvalidWheelError(
              `'${entry.name}' is over ${MAX_DIST_INFO_FILE} bytes; that is no real dist-info file`,
              'Rebuild the wheel with a standard build tool (pip wheel, python -m build, uv build).'
            )
          }
          // The chunk is a view of a reused buffer: keep a copy.
          parts.push(Buffer.from(chunk))
        },
        end: () => {
          digests.push({ name: entry.name, sha256: hash.digest('base64url'), size })
          const object = elf.finish()
          if (object) binaries.push(object)
        }
      }
    }
  }).catch((error: unknown) => {
    // Where our reader gives up, PyPI's framing rule has usually already said why: say it too.
    const broken = framing.broken
    if (!(error instanceof InvalidWheelError) || !broken) throw error
    const problem = framingProblem(broken)
    throw new InvalidWheelError(`${error.message}. ${problem.message}`, problem.hint)
  })
  if (hashedSize !== directory.fileSize) {
    throw new InvalidWheelError(
      `'${path}' changed while it was inspected (${directory.fileSize} then ${hashedSize} bytes)`,
      'Something is still writing the wheel; inspect it after the build has finished.'
    )
  }
  const bytesOf = (file: string): Buffer =>
    Buffer.concat(captured.get(`${distInfoDir}/${file}`) ?? [])
  return inspectionOf({
    path,
    filename,
    size: directory.fileSize,
    sha256: fileHash.digest('hex'),
    modifiedMs,
    distInfoDir,
    entryNames,
    entries: directory.entries.map(entry => ({ name: entry.name, mode: entry.mode })),
    framing: framing.finish(),
    head: Buffer.concat(head),
    entryPoints: captured.get(entryPointsName)?.length
      ? Buffer.concat(captured.get(entryPointsName)!)
      : null,
    binaries,
    metadata: bytesOf('METADATA'),
    wheel: bytesOf('WHEEL'),
    record: bytesOf('RECORD'),
    digests,
    maxFileSize: options.maxFileSize,
    maxFileSizeText: options.maxFileSizeText
  })
}
