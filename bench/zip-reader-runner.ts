/**
 * Benchmark runner for bench/zip-reader.sh: one pass over every entry of a wheel, each entry's
 * content sha256-hashed and CRC-32 checked (what check needs for RECORD), with our reader
 * (archive/) or with yauzl; or the whole inspection as check runs it. Prints the entry count
 * and the time on stderr; the script measures wall time and peak memory from outside.
 * Usage: zip-reader-runner <ours|yauzl|inspect> <wheel>
 */
import { createHash } from 'node:crypto'
import zlib from 'node:zlib'
import yauzl from 'yauzl'
import { streamEntries } from '../src/archive/entries.js'
import { readDirectoryOf } from '../src/archive/read.js'
import { inspectWheel } from '../src/wheelfile/inspect.js'

async function ours(path: string): Promise<number> {
  const { directory } = await readDirectoryOf(path)
  let count = 0
  await streamEntries(path, directory, {
    onEntry: entry => {
      if (entry.isDirectory) return undefined
      const hash = createHash('sha256')
      return { data: chunk => hash.update(chunk), end: () => void (count++, hash.digest()) }
    }
  })
  return count
}

// yauzl checks sizes but not CRC-32, so the consumer checks it, as ours does inside.
function viaYauzl(path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const options = { lazyEntries: true, autoClose: true, validateEntrySizes: true }
    yauzl.open(path, options, (error, zip) => {
      if (error || !zip) return reject(error)
      let count = 0
      zip.on('error', reject)
      zip.on('end', () => resolve(count))
      zip.on('entry', (entry: yauzl.Entry) => {
        if (entry.fileName.endsWith('/')) return zip.readEntry()
        zip.openReadStream(entry, (failure, stream) => {
          if (failure || !stream) return reject(failure)
          const hash = createHash('sha256')
          let crc = 0
          stream.on('data', (chunk: Buffer) => {
            hash.update(chunk)
            crc = zlib.crc32(chunk, crc)
          })
          stream.on('error', reject)
          stream.on('end', () => {
            if (crc >>> 0 !== entry.crc32 >>> 0)
              return reject(new Error(`CRC of ${entry.fileName}`))
            hash.digest()
            count++
            zip.readEntry()
          })
        })
      })
      zip.readEntry()
    })
  })
}

async function main(): Promise<void> {
  const [mode, path] = process.argv.slice(2)
  if (!path) throw new Error('usage: zip-reader-runner <ours|yauzl|inspect> <wheel>')
  const started = Date.now()
  let count: number
  if (mode === 'ours') count = await ours(path)
  else if (mode === 'yauzl') count = await viaYauzl(path)
  else if (mode === 'inspect') {
    const result = await inspectWheel(path, { maxFileSize: 2 ** 40 })
    if (result.problems.length > 0) throw new Error(result.problems[0]?.message)
    count = -1
  } else throw new Error(`unknown mode ${mode}`)
  process.stderr.write(`${mode}: ${count} entries in ${(Date.now() - started) / 1000} s\n`)
}

main().catch(error => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`)
  process.exit(1)
})
