import { mkdtemp, open, readFile, rm, writeFile, mkdir } from 'node:fs/promises'
import { createHash } from 'node:crypto'
import os from 'node:os'
import path from 'node:path'
import { runPython } from '../helpers/python.js'
import { buildWheel } from '../helpers/wheels.js'
import type { ZipDirectory } from '../../src/archive/central-directory.js'
import { streamEntries } from '../../src/archive/entries.js'
import { fileChunks, readCentralDirectory, type ChunkSource } from '../../src/archive/read.js'
import { InvalidWheelError } from '../../src/wheel/types.js'

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'zip-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

async function directoryOf(file: string): Promise<ZipDirectory> {
  const handle = await open(file, 'r')
  try {
    return await readCentralDirectory(handle, (await handle.stat()).size, file)
  } finally {
    await handle.close()
  }
}

/** Reads every entry fully; returns name -> sha256 hex. */
async function readAll(file: string, source?: ChunkSource): Promise<Map<string, string>> {
  const out = new Map<string, string>()
  await streamEntries(file, await directoryOf(file), {
    source,
    onEntry: entry => {
      const hash = createHash('sha256')
      return { data: c => hash.update(c), end: () => out.set(entry.name, hash.digest('hex')) }
    }
  })
  return out
}

function makeZip(name: string, script: string): string {
  const file = path.join(dir, name)
  runPython(['-c', `import sys, zipfile\npath = sys.argv[1]\n${script}`, file])
  return file
}

async function failure(promise: Promise<unknown>): Promise<InvalidWheelError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(InvalidWheelError)
  expect((error as InvalidWheelError).hint).not.toBe('')
  return error as InvalidWheelError
}

/** Offset of a central directory record by entry name. */
function centralRecord(bytes: Buffer, name: string): number {
  let at = bytes.length
  for (;;) {
    at = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), at - 1)
    if (at < 0) throw new Error(`no central record for ${name}`)
    const length = bytes.readUInt16LE(at + 28)
    if (bytes.subarray(at + 46, at + 46 + length).toString() === name) return at
  }
}

describe('zip reader', () => {
  it('reads stored and deflated entries exactly as Python wrote them', async () => {
    const file = makeZip(
      'ok.zip',
      `with zipfile.ZipFile(path, 'w') as z:
    z.writestr('a.txt', 'hello ' * 1000, compress_type=zipfile.ZIP_DEFLATED)
    z.writestr('dir/', '')
    z.writestr('b.bin', bytes(range(256)) * 4000, compress_type=zipfile.ZIP_STORED)
    z.writestr('big.txt', ('line %d\\n' * 1) * 0 + ''.join('line %d\\n' % i for i in range(200000)), compress_type=zipfile.ZIP_DEFLATED)
    z.writestr('caf\\u00e9.txt', 'utf-8 name')`
    )
    const expected = JSON.parse(
      runPython([
        '-c',
        `import sys, json, zipfile, hashlib
z = zipfile.ZipFile(sys.argv[1])
print(json.dumps({i.filename: hashlib.sha256(z.read(i)).hexdigest() for i in z.infolist()}))`,
        file
      ])
    ) as Record<string, string>
    const directory = await directoryOf(file)
    expect(directory.entries.map(e => e.name)).toEqual(Object.keys(expected))
    expect(directory.entries.find(e => e.name === 'dir/')?.isDirectory).toBe(true)
    expect(Object.fromEntries(await readAll(file))).toEqual(expected)
  })

  it('reports a file that is not a zip', async () => {
    const file = path.join(dir, 'page.whl')
    await writeFile(file, '<html>404 Not Found</html>\n'.repeat(10))
    const error = await failure(directoryOf(file))
    expect(error.message).toMatch(/is not a zip archive \(no end of central directory record/)
  })

  it('reports a truncated zip (end of central directory missing)', async () => {
    const sub = path.join(dir, 'trunc')
    await mkdir(sub)
    const wheel = await buildWheel(sub, { name: 'pkg', version: '1.0' })
    const bytes = await readFile(wheel)
    await writeFile(wheel, bytes.subarray(0, Math.floor(bytes.length / 2)))
    const error = await failure(directoryOf(wheel))
    expect(error.message).toMatch(/is a truncated zip archive: no end of central directory record/)
  })

  it('reports a central directory that points past the end of the file', async () => {
    const sub = path.join(dir, 'past')
    await mkdir(sub)
    const wheel = await buildWheel(sub, { name: 'pkg', version: '1.0' })
    const bytes = await readFile(wheel)
    const eocd = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
    bytes.writeUInt32LE(bytes.length - 10, eocd + 16)
    await writeFile(wheel, bytes)
    const error = await failure(directoryOf(wheel))
    expect(error.message).toMatch(
      /truncated zip archive: the central directory should span .* past the end/
    )
  })

  it('reports an unsupported compression method', async () => {
    const file = makeZip(
      'bz.zip',
      `with zipfile.ZipFile(path, 'w') as z:
    z.writestr('a.txt', 'hello', compress_type=zipfile.ZIP_BZIP2)`
    )
    const error = await failure(readAll(file))
    expect(error.message).toMatch(/'a\.txt' uses unsupported compression method 12 \(bzip2\)/)
  })

  it('reports a CRC mismatch', async () => {
    const file = makeZip(
      'crc.zip',
      `with zipfile.ZipFile(path, 'w') as z:
    z.writestr('a.txt', 'hello world', compress_type=zipfile.ZIP_STORED)`
    )
    const bytes = await readFile(file)
    const at = bytes.indexOf('hello world')
    bytes[at] = 'j'.charCodeAt(0)
    await writeFile(file, bytes)
    const error = await failure(readAll(file))
    expect(error.message).toMatch(/'a\.txt' fails its CRC-32 check \(CRC mismatch/)
  })

  it('reports an entry whose size differs from its directory entry', async () => {
    const file = makeZip(
      'size.zip',
      `with zipfile.ZipFile(path, 'w') as z:
    z.writestr('a.txt', 'hello world ' * 100, compress_type=zipfile.ZIP_DEFLATED)`
    )
    const bytes = await readFile(file)
    const at = centralRecord(bytes, 'a.txt')
    bytes.writeUInt32LE(bytes.readUInt32LE(at + 24) + 5, at + 24)
    await writeFile(file, bytes)
    const error = await failure(readAll(file))
    expect(error.message).toMatch(
      /'a\.txt' holds 1200 bytes, but its directory entry declares 1205 \(entry size mismatch\)/
    )
  })

  it('reads a ZIP64 archive (more than 65535 entries)', async () => {
    const file = makeZip(
      'many.zip',
      `with zipfile.ZipFile(path, 'w', allowZip64=True) as z:
    for i in range(65540):
        z.writestr('f%d' % i, '')
    z.writestr('last.txt', 'the end', compress_type=zipfile.ZIP_DEFLATED)`
    )
    const directory = await directoryOf(file)
    expect(directory.zip64).toBe(true)
    expect(directory.entries).toHaveLength(65541)
    const hashes = await readAll(file)
    expect(hashes.get('last.txt')).toBe(createHash('sha256').update('the end').digest('hex'))
  })

  it('never hands out a chunk larger than its chunk size, even for a 50 MB entry', async () => {
    const sub = path.join(dir, 'big')
    await mkdir(sub)
    const wheel = await buildWheel(sub, {
      name: 'pkg',
      version: '1.0',
      compressLevel: 1,
      files: [
        { path: 'pkg/_C.so', randomBytes: 40 * 1024 * 1024, seed: 3 },
        { path: 'pkg/zeros.bin', base64: Buffer.alloc(10 * 1024 * 1024).toString('base64') }
      ]
    })
    const chunkSize = 256 * 1024
    let largestRead = 0
    let largestData = 0
    let reads = 0
    const source: ChunkSource = async function* (p, size) {
      for await (const chunk of fileChunks(p, size)) {
        largestRead = Math.max(largestRead, chunk.length)
        reads++
        yield chunk
      }
    }
    await streamEntries(wheel, await directoryOf(wheel), {
      chunkSize,
      source,
      onEntry: () => ({ data: c => void (largestData = Math.max(largestData, c.length)) })
    })
    expect(largestRead).toBeLessThanOrEqual(chunkSize)
    expect(reads).toBeGreaterThan(40 * 4)
    // inflate hands out at most its 1 MiB output chunk, never a whole entry
    expect(largestData).toBeLessThanOrEqual(1024 * 1024)
  })
})
