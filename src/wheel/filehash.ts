/**
 * The whole-file sha256, computed on a worker thread so that it runs on the second core while
 * the main thread inflates and hashes the archive's entries: one pass of wall time, not two.
 */
import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { Worker } from 'node:worker_threads'

/** A file's sha256 (lower-case hex) and the number of bytes hashed. */
export interface FileDigest {
  readonly sha256: string
  readonly size: number
}

/** Hashes a whole file; the port inspectWheel takes, so tests can count or replace it. */
export type FileHasher = (path: string) => Promise<FileDigest>

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
export function hashFileInWorker(chunkSize = 1024 * 1024): FileHasher {
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

/** Hashes the file on the calling thread (for tests and single-core machines). */
export const hashFileInline: FileHasher = path =>
  new Promise((resolve, reject) => {
    const hash = createHash('sha256')
    let size = 0
    createReadStream(path, { highWaterMark: 1024 * 1024 })
      .on('data', chunk => {
        hash.update(chunk)
        size += chunk.length
      })
      .once('error', reject)
      .once('end', () => resolve({ sha256: hash.digest('hex'), size }))
  })
