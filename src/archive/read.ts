/**
 * Reading a zip archive's bytes from disk: the central directory (parsed by
 * archive/central-directory.ts), the file front to back in chunks of one reused buffer, and an
 * entry's compressed bytes for copying. The file I/O of archives lives here and in write.ts.
 */
import { open, type FileHandle } from 'node:fs/promises'
import {
  EOCD_SIZE,
  lostEnd,
  MAX_TAIL,
  parseCentralEntries,
  parseEndRecord,
  parseZip64End,
  ZIP64_END_SIZE,
  ZIP64_LOCATOR_SIZE,
  zip64EndPosition,
  type ZipDirectory,
  type ZipEntry
} from './central-directory.js'
import { truncated } from './errors.js'

/**
 * Reads a file front to back in chunks of at most `chunkSize` bytes (the port tests instrument).
 * A chunk may be overwritten once the next one is pulled: consumers use it before that.
 */
export type ChunkSource = (path: string, chunkSize: number) => AsyncIterable<Buffer>

async function readAt(file: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length)
  let done = 0
  while (done < length) {
    const { bytesRead } = await file.read(buffer, done, length - done, position + done)
    if (bytesRead === 0) break
    done += bytesRead
  }
  return done === length ? buffer : buffer.subarray(0, done)
}

/** Reads the central directory; throws InvalidWheelError for a non-zip or truncated file. */
export async function readCentralDirectory(
  file: FileHandle,
  fileSize: number,
  path = 'file'
): Promise<ZipDirectory> {
  const lost = lostEnd(await readAt(file, 0, Math.min(4, fileSize)), path)
  if (fileSize < EOCD_SIZE) throw lost(`${fileSize} bytes, less than an empty zip`)
  const tailStart = fileSize - Math.min(fileSize, MAX_TAIL)
  const end = parseEndRecord(
    await readAt(file, tailStart, fileSize - tailStart),
    tailStart,
    path,
    lost
  )
  let { count, size, offset } = end
  let zip64 = false
  const recordAt =
    end.locatorPosition >= 0
      ? zip64EndPosition(await readAt(file, end.locatorPosition, ZIP64_LOCATOR_SIZE))
      : null
  if (recordAt !== null) {
    zip64 = true
    ;({ count, size, offset } = parseZip64End(await readAt(file, recordAt, ZIP64_END_SIZE), lost))
  } else if (end.needsZip64) {
    throw lost('a ZIP64 archive whose ZIP64 end of central directory locator is missing')
  }
  if (offset + size > fileSize) {
    throw truncated(
      path,
      `the central directory should span bytes ${offset}..${offset + size}, ` +
        `past the end of the ${fileSize}-byte file`
    )
  }
  const parsed = parseCentralEntries(await readAt(file, offset, size), count, path)
  return {
    fileSize,
    entries: parsed.entries,
    centralDirectoryOffset: offset,
    centralDirectorySize: size,
    zip64: zip64 || parsed.zip64
  }
}

/** Opens `path`, reads its central directory and modification time, and closes it again. */
export async function readDirectoryOf(
  path: string
): Promise<{ directory: ZipDirectory; modifiedMs: number }> {
  const file = await open(path, 'r')
  try {
    const { size, mtimeMs } = await file.stat()
    return { directory: await readCentralDirectory(file, size, path), modifiedMs: mtimeMs }
  } finally {
    await file.close()
  }
}

/**
 * Reads a file front to back into two reused buffers (the default ChunkSource): while the
 * caller works on one chunk, the next is read into the other, so reading overlaps hashing and
 * inflating. Each chunk is valid until the next one is pulled. A fresh buffer per chunk would
 * be garbage in proportion to the file, collected only when V8 gets round to it.
 */
export const fileChunks: ChunkSource = async function* (path, chunkSize) {
  const file = await open(path, 'r')
  const buffers = [Buffer.allocUnsafe(chunkSize), Buffer.allocUnsafe(chunkSize)]
  const readInto = (buffer: Buffer): Promise<Buffer> =>
    file.read(buffer, 0, chunkSize, null).then(({ bytesRead }) => buffer.subarray(0, bytesRead))
  let next = readInto(buffers[0] as Buffer)
  try {
    for (let turn = 1; ; turn++) {
      const chunk = await next
      if (chunk.length === 0) return
      // The other buffer was handed out the turn before: the caller is done with it now.
      next = readInto(buffers[turn % 2] as Buffer)
      yield chunk
    }
  } finally {
    // A read may still be filling a buffer; let it finish before the file is closed.
    await next.catch(() => undefined)
    await file.close()
  }
}

const COPY_CHUNK = 1024 * 1024

/**
 * An entry's compressed bytes as they are in the archive, for copying them unchanged. Each
 * chunk is a new buffer, because a writer may hold it until its next flush.
 */
export async function* compressedBytes(
  file: FileHandle,
  entry: ZipEntry,
  path = 'file'
): AsyncGenerator<Buffer> {
  const header = await readAt(file, entry.localHeaderOffset, 30)
  if (header.length < 30) throw truncated(path, `'${entry.name}' has no local header`)
  let at = entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28)
  let left = entry.compressedSize
  while (left > 0) {
    const chunk = Buffer.allocUnsafe(Math.min(COPY_CHUNK, left))
    const { bytesRead } = await file.read(chunk, 0, chunk.length, at)
    if (bytesRead === 0) throw truncated(path, `'${entry.name}' ends early`)
    at += bytesRead
    left -= bytesRead
    yield chunk.subarray(0, bytesRead)
  }
}
