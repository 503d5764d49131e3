/**
 * Whole-file sha256, the digest every gate pins and the upload form carries, and the one place
 * files are hashed (`sha256File`). For a large wheel, inspection hashes on a worker thread so
 * that it runs on the second core while the main thread inflates and hashes the entries: one
 * pass of wall time, not two. Both ways read into one reused buffer, so no garbage piles up.
 */
import { createHash } from 'node:crypto'
import { open } from 'node:fs/promises'
import { Worker } from 'node:worker_threads'

/** A file's sha256 (lower-case hex) and the number of bytes hashed. */
export interface FileDigest {
  readonly sha256: string
  readonly size: number
}

/** Hashes a whole file; the port inspectWheel takes, so tests can count or replace it. */
export type FileHasher = (path: string) => Promise<FileDigest>

/** Read size of both hashers. */
const CHUNK = 1024 * 1024

// Plain CommonJS evaluated inside the worker: a separate file would need its own place in the
// ncc bundle and a loader under Jest, while an inline script works the same everywhere.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads')
const { createHash } = require('node:crypto')
const fs = require('node:fs')
const hash = createHash('sha256')
const buffer = Buffer.allocUnsafe(workerData.chunkSize)
const fd = fs.openSync(workerData.path, 'r')
let size = 0
try {
  for (;;) {
    const n = fs.readSync(fd, buffer, 0, buffer.length, null)
    if (n === 0) break
    hash.update(buffer.subarray(0, n))
    size += n
  }
} finally {
  fs.closeSync(fd)
}
parentPort.postMessage({ sha256: hash.digest('hex'), size })
`

/** Hashes the file on a worker thread, reading it in `chunkSize` pieces. */
export function hashFileInWorker(chunkSize = CHUNK): FileHasher {
  return path =>
    new Promise((resolve, reject) => {
      const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { path, chunkSize } })
      let result: FileDigest | undefined
      worker.once('message', (message: FileDigest) => {
        result = message
      })
      worker.once('error', reject)
      worker.once('exit', code => {
        if (result) resolve(result)
        else reject(new Error(`hashing '${path}' stopped (worker exit code ${code})`))
      })
    })
}

/** Hashes the file on the calling thread (small files, tests, single-core machines). */
export const hashFileInline: FileHasher = async path => {
  const file = await open(path, 'r')
  try {
    const hash = createHash('sha256')
    // Small files (index listings hash many) get a buffer of their size, not a whole chunk.
    const buffer = Buffer.allocUnsafe(Math.max(1, Math.min(CHUNK, (await file.stat()).size)))
    let size = 0
    for (;;) {
      const { bytesRead } = await file.read(buffer, 0, buffer.length, null)
      if (bytesRead === 0) break
      hash.update(buffer.subarray(0, bytesRead))
      size += bytesRead
    }
    return { sha256: hash.digest('hex'), size }
  } finally {
    await file.close()
  }
}

/** The sha256 of a file, lower-case hex. */
export async function sha256File(path: string): Promise<string> {
  return (await hashFileInline(path)).sha256
}
