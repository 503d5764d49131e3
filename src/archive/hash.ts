/**
 * The sha256 of a whole file, the digest every gate pins: the one place a file is hashed on
 * its own. Inspection does not call it: it hashes the bytes it reads anyway
 * (wheelfile/inspect.ts). One buffer per file, reused for every read.
 */
import { createHash } from 'node:crypto'
import { open } from 'node:fs/promises'

/** Read size. */
const CHUNK = 1024 * 1024

/** The sha256 of a file, lower-case hex. */
export async function sha256File(path: string): Promise<string> {
  const file = await open(path, 'r')
  try {
    const hash = createHash('sha256')
    // Small files (index listings hash many) get a buffer of their size, not a whole chunk.
    const buffer = Buffer.allocUnsafe(Math.max(1, Math.min(CHUNK, (await file.stat()).size)))
    for (;;) {
      const { bytesRead } = await file.read(buffer, 0, buffer.length, null)
      if (bytesRead === 0) break
      hash.update(buffer.subarray(0, bytesRead))
    }
    return hash.digest('hex')
  } finally {
    await file.close()
  }
}
