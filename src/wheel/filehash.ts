/**
 * The whole-file digests: sha256 (what every gate pins) and BLAKE2b-256 (what the upload form
 * carries), computed on a worker thread so that they run on the second core while the main
 * thread inflates and hashes the archive's entries: one pass of wall time, not two. Computing
 * them here, once, also keeps hashing off the upload's critical path.
 */
import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { Worker } from 'node:worker_threads'
import { Blake2b, BLAKE2B_IV, BLAKE2B_STATE_SOURCE, blake2bModule } from '../util/blake2b.js'

/** A file's digests (lower-case hex) and the number of bytes hashed. */
export interface FileDigest {
  readonly sha256: string
  readonly blake2b256: string
  readonly size: number
}

/** Hashes a whole file; the port inspectWheel takes, so tests can count or replace it. */
export type FileHasher = (path: string) => Promise<FileDigest>

// Plain CommonJS evaluated inside the worker: a separate file would need its own place in the
// ncc bundle and a loader under Jest, while an inline script works the same everywhere. The
// BLAKE2b state comes as source and its compiled module through workerData.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads')
const { createHash } = require('node:crypto')
const fs = require('node:fs')
const makeState = new Function('return (' + workerData.blake.source + ')')()
const blake = makeState(
  new WebAssembly.Instance(workerData.blake.module).exports,
  workerData.blake.iv,
  32
)
const hash = createHash('sha256')
const buffer = Buffer.allocUnsafe(workerData.chunkSize)
const fd = fs.openSync(workerData.path, 'r')
let size = 0
try {
  for (;;) {
    const n = fs.readSync(fd, buffer, 0, buffer.length, null)
    if (n === 0) break
    const chunk = buffer.subarray(0, n)
    hash.update(chunk)
    blake.update(chunk)
    size += n
  }
} finally {
  fs.closeSync(fd)
}
parentPort.postMessage({
  sha256: hash.digest('hex'),
  blake2b256: Buffer.from(blake.digest()).toString('hex'),
  size
})
`

/** Hashes the file on a worker thread, reading it in `chunkSize` pieces. */
export function hashFileInWorker(chunkSize = 1024 * 1024): FileHasher {
  return path =>
    new Promise((resolve, reject) => {
      const blake = { source: BLAKE2B_STATE_SOURCE, module: blake2bModule(), iv: BLAKE2B_IV }
      const worker = new Worker(WORKER_SOURCE, {
        eval: true,
        workerData: { path, chunkSize, blake }
      })
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
export const hashFileInline: FileHasher = path =>
  new Promise((resolve, reject) => {
    const hash = createHash('sha256')
    const blake = new Blake2b(32)
    let size = 0
    createReadStream(path, { highWaterMark: 1024 * 1024 })
      .on('data', chunk => {
        const bytes = chunk as Buffer
        hash.update(bytes)
        blake.update(bytes)
        size += bytes.length
      })
      .once('error', reject)
      .once('end', () =>
        resolve({ sha256: hash.digest('hex'), blake2b256: blake.digest().toString('hex'), size })
      )
  })
