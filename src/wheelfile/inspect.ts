/**
 * inspectWheel: everything the check gate needs to know about one wheel file, from one
 * streaming read. This module does the file work: it reads the archive (archive/) once, hashes
 * every byte it reads, measures every entry and keeps the dist-info files; what those
 * measurements mean (RECORD, consistency, PyPI's rules) is decided in wheel/inspection.ts.
 */
import { createHash } from 'node:crypto'
import { streamEntries } from '../archive/entries.js'
import { readDirectoryOf, type ChunkSource } from '../archive/read.js'
import { findDistInfo, REQUIRED_DIST_INFO_FILES } from '../wheel/dist-info.js'
import { parseWheelFilename } from '../wheel/filename.js'
import { inspectionOf } from '../wheel/inspection.js'
import type { EntryDigest } from '../wheel/record.js'
import { InvalidWheelError, type WheelInspection } from '../wheel/types.js'

/** How to inspect. */
export interface InspectOptions {
  /** Per-file size limit in bytes; larger wheels get a `file-too-large` problem. */
  readonly maxFileSize: number
  /** Reads the archive for the entry pass; fs reads by default. */
  readonly source?: ChunkSource
  readonly chunkSize?: number
}

/** dist-info files read into memory; anything bigger than this is not a real one. */
const MAX_DIST_INFO_FILE = 64 * 1024 * 1024

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
  const entryNames = directory.entries.map(entry => entry.name)
  const distInfoDir = findDistInfo(entryNames, path)
  const captured = new Map<string, Buffer[]>(
    REQUIRED_DIST_INFO_FILES.map(file => [`${distInfoDir}/${file}`, []])
  )

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
    },
    onEntry: entry => {
      if (entry.isDirectory) return undefined
      const hash = createHash('sha256')
      const parts = captured.get(entry.name)
      let size = 0
      return {
        data: chunk => {
          hash.update(chunk)
          size += chunk.length
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
        }
      }
    }
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
    metadata: bytesOf('METADATA'),
    wheel: bytesOf('WHEEL'),
    record: bytesOf('RECORD'),
    digests,
    maxFileSize: options.maxFileSize
  })
}
