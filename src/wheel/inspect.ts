/**
 * inspectWheel: everything the check gate needs to know about one wheel, from one streaming
 * pass: the file's sha256, every entry verified against RECORD, METADATA and WHEEL parsed, and
 * the wheel's own statements (filename, dist-info, METADATA, WHEEL) checked against each other
 * and against PyPI's upload rules.
 */
import { createHash } from 'node:crypto'
import { open } from 'node:fs/promises'
import { hashFileInline, hashFileInWorker, type FileHasher } from './filehash.js'
import { parseTag, parseWheelFilename } from './filename.js'
import { getField, parseCoreMetadata } from './metadata.js'
import { normalizeName, normalizeVersion } from './names.js'
import { parseRecord, verifyRecord, type EntryDigest } from './record.js'
import { checkPyPIRules } from './rules.js'
import {
  InvalidWheelError,
  type CoreMetadata,
  type Problem,
  type WheelFilename,
  type WheelInfo,
  type WheelInspection
} from './types.js'
import { parseWheelInfo } from './wheelinfo.js'
import { readCentralDirectory, streamEntries, type ChunkSource, type ZipEntry } from './zip.js'

/** How to inspect. */
export interface InspectOptions {
  /** Per-file size limit in bytes; larger wheels get a `file-too-large` problem. */
  readonly maxFileSize: number
  /** Whole-file hasher; a worker thread by default, so it overlaps the entry pass. */
  readonly hashFile?: FileHasher
  /** Reads the archive for the entry pass; fs streams by default. */
  readonly source?: ChunkSource
  readonly chunkSize?: number
}

/** Files below this size are hashed on the calling thread. */
const WORKER_THRESHOLD = 16 * 1024 * 1024

/** dist-info files read into memory; anything bigger than this is not a real one. */
const MAX_DIST_INFO_FILE = 64 * 1024 * 1024

const REBUILD_HINT =
  'Rebuild the wheel with a standard build tool (pip wheel, python -m build, uv build).'

function findDistInfo(entries: readonly ZipEntry[], path: string): string {
  const dirs = new Set<string>()
  for (const entry of entries) {
    const top = entry.name.split('/')[0] ?? ''
    if (entry.name.includes('/') && top.endsWith('.dist-info')) dirs.add(top)
  }
  if (dirs.size === 0) {
    throw new InvalidWheelError(
      `'${path}' has no .dist-info directory, so it is not a wheel`,
      REBUILD_HINT
    )
  }
  if (dirs.size > 1) {
    throw new InvalidWheelError(
      `'${path}' has ${dirs.size} .dist-info directories (${[...dirs].sort().join(', ')}); ` +
        'a wheel has exactly one',
      'Two dist-info directories usually mean a stale build directory was packed in; clean ' +
        'the build tree (rm -rf build) and rebuild.'
    )
  }
  const dir = [...dirs][0] as string
  const names = new Set(entries.map(e => e.name))
  const missing = ['METADATA', 'WHEEL', 'RECORD'].filter(f => !names.has(`${dir}/${f}`))
  if (missing.length > 0) {
    throw new InvalidWheelError(
      `'${path}': ${dir} has no ${missing.join(', ')}; a wheel's dist-info needs METADATA, WHEEL and RECORD`,
      REBUILD_HINT
    )
  }
  return dir
}

function tagList(tags: readonly string[]): string {
  return tags.length === 0 ? '(none)' : tags.join(', ')
}

/** The consistency checks between what the filename, dist-info, METADATA and WHEEL say. */
export function checkConsistency(
  filename: WheelFilename,
  distInfoDir: string,
  metadata: CoreMetadata,
  wheel: WheelInfo
): Problem[] {
  const problems: Problem[] = []
  const fileVersion = normalizeVersion(filename.version)
  const name = getField(metadata, 'Name')?.trim()
  const version = getField(metadata, 'Version')?.trim()
  if (!name || !version) {
    problems.push({
      code: 'metadata-missing-field',
      message: `METADATA has no ${!name ? 'Name' : 'Version'} field`,
      hint: REBUILD_HINT
    })
  }
  if (name && normalizeName(name) !== filename.normalizedName) {
    problems.push({
      code: 'name-mismatch',
      message:
        `The filename names the distribution '${filename.name}', METADATA names it '${name}' ` +
        `('${filename.normalizedName}' vs '${normalizeName(name)}')`,
      hint:
        'The file was renamed by hand or built with another name; rebuild it with the ' +
        'intended name (package-name), do not rename wheel files.'
    })
  }
  if (version && normalizeVersion(version) !== fileVersion) {
    problems.push({
      code: 'version-mismatch',
      message: `The filename says version '${filename.version}', METADATA says '${version}'`,
      hint: 'Rebuild the wheel for the version you mean (or use normalize: true to rewrite both).'
    })
  }

  const stem = distInfoDir.slice(0, -'.dist-info'.length)
  const dash = stem.indexOf('-')
  const dirName = dash < 0 ? stem : stem.slice(0, dash)
  const dirVersion = dash < 0 ? '' : stem.slice(dash + 1)
  if (
    dash < 0 ||
    normalizeName(dirName) !== filename.normalizedName ||
    normalizeVersion(dirVersion) !== fileVersion
  ) {
    problems.push({
      code: 'dist-info-mismatch',
      message:
        `The dist-info directory is '${distInfoDir}', but the filename says ` +
        `'${filename.name}' version '${filename.version}'`,
      hint: 'Installers look for {name}-{version}.dist-info; rebuild rather than rename the wheel.'
    })
  }

  let wheelTags: string[] = []
  try {
    wheelTags = [...new Set(wheel.tags.flatMap(tag => parseTag(tag)))].sort()
  } catch (error) {
    problems.push({
      code: 'wheel-tags-invalid',
      message: `WHEEL has an invalid Tag line: ${error instanceof Error ? error.message : String(error)}`,
      hint: REBUILD_HINT
    })
  }
  const fileTags = filename.tags
  if (wheelTags.join('\n') !== fileTags.join('\n')) {
    problems.push({
      code: 'wheel-tags-mismatch',
      message:
        `The filename's tags are ${tagList(fileTags)}, but WHEEL's Tag lines say ` +
        `${tagList(wheelTags)}`,
      hint:
        'The wheel was renamed by hand (e.g. linux_x86_64 -> manylinux_...) while WHEEL still ' +
        'names the old tags. Retag it properly: `wheel tags --platform-tag ...`, auditwheel ' +
        'repair, or normalize: true.'
    })
  }

  const major = Number(wheel.wheelVersion.split('.')[0])
  if (!Number.isInteger(major) || major !== 1) {
    problems.push({
      code: 'wheel-version',
      message: `WHEEL declares Wheel-Version ${wheel.wheelVersion}; installers support 1.x`,
      hint: REBUILD_HINT
    })
  }
  const fileBuild = filename.buildTag
    ? `${filename.buildTag.number}${filename.buildTag.suffix}`
    : null
  if (wheel.build !== null && wheel.build !== fileBuild) {
    problems.push({
      code: 'build-tag-mismatch',
      message: `WHEEL says Build ${wheel.build}, the filename's build tag is ${fileBuild ?? '(none)'}`,
      hint: 'Rebuild rather than rename the wheel.'
    })
  }
  return problems
}

interface Captured {
  chunks: Buffer[]
  size: number
}

/** Inspects a wheel in one streaming pass; throws InvalidWheelError when it is not a wheel. */
export async function inspectWheel(
  path: string,
  options: InspectOptions
): Promise<WheelInspection> {
  const filename = parseWheelFilename(path)
  const file = await open(path, 'r').catch((error: NodeJS.ErrnoException) => {
    throw new InvalidWheelError(
      `Cannot read '${path}': ${error.code ?? error.message}`,
      'Check the wheel input: the path or glob must name an existing .whl file.'
    )
  })
  let directory
  let fileSize = 0
  let modifiedMs = 0
  try {
    const { size, mtimeMs } = await file.stat()
    fileSize = size
    modifiedMs = mtimeMs
    directory = await readCentralDirectory(file, size, path)
  } finally {
    await file.close()
  }
  const distInfoDir = findDistInfo(directory.entries, path)
  const capture = new Map<string, Captured>(
    ['METADATA', 'WHEEL', 'RECORD'].map(f => [`${distInfoDir}/${f}`, { chunks: [], size: 0 }])
  )

  // A worker overlaps the whole-file hash with the entry pass; for a small file starting one
  // costs more than it saves.
  const hasher =
    options.hashFile ??
    (fileSize < WORKER_THRESHOLD ? hashFileInline : hashFileInWorker(options.chunkSize))
  const wholeFile = hasher(path)
  // Keep a rejection from surfacing as unhandled while the entry pass is still running.
  wholeFile.catch(() => undefined)

  const digests: EntryDigest[] = []
  const seen = new Set<string>()
  const problems: Problem[] = []
  await streamEntries(path, directory, {
    chunkSize: options.chunkSize,
    source: options.source,
    onEntry: entry => {
      if (entry.isDirectory) return undefined
      if (seen.has(entry.name)) {
        problems.push({
          code: 'duplicate-entry',
          message: `The archive holds '${entry.name}' more than once`,
          hint: 'Installers disagree on which copy wins; rebuild the wheel.'
        })
      }
      seen.add(entry.name)
      const hash = createHash('sha256')
      const captured = capture.get(entry.name)
      let size = 0
      return {
        data: chunk => {
          hash.update(chunk)
          size += chunk.length
          if (captured) {
            captured.size += chunk.length
            if (captured.size > MAX_DIST_INFO_FILE) {
              throw new InvalidWheelError(
                `'${entry.name}' is over ${MAX_DIST_INFO_FILE} bytes; that is no real dist-info file`,
                REBUILD_HINT
              )
            }
            captured.chunks.push(Buffer.from(chunk))
          }
        },
        end: () => {
          digests.push({ name: entry.name, sha256: hash.digest('base64url'), size })
        }
      }
    }
  })
  const { sha256, blake2b256, size: hashedSize } = await wholeFile
  if (hashedSize !== directory.fileSize) {
    throw new InvalidWheelError(
      `'${path}' changed while it was inspected (${directory.fileSize} then ${hashedSize} bytes)`,
      'Something is still writing the wheel; inspect it after the build has finished.'
    )
  }

  const bytesOf = (name: string): Buffer =>
    Buffer.concat(capture.get(`${distInfoDir}/${name}`)?.chunks ?? [])
  const metadataBytes = bytesOf('METADATA')
  const metadata = parseCoreMetadata(metadataBytes)
  const wheel = parseWheelInfo(bytesOf('WHEEL'))
  const record = parseRecord(bytesOf('RECORD').toString('utf8'))

  problems.push(...verifyRecord(record, digests, distInfoDir))
  problems.push(...checkConsistency(filename, distInfoDir, metadata, wheel))
  problems.push(
    ...checkPyPIRules({
      filename,
      metadata,
      size: directory.fileSize,
      maxFileSize: options.maxFileSize
    })
  )
  return {
    path,
    filename,
    size: directory.fileSize,
    sha256,
    blake2b256,
    modifiedMs,
    distInfoDir,
    metadata,
    metadataBytes,
    wheel,
    problems
  }
}
