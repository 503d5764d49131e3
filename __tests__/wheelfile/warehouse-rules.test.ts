/**
 * PyPI's archive rules as check mirrors them: a corpus of wheels made here, each breaking exactly
 * one of Warehouse's rules (warehouse/utils/zipfiles.py, warehouse/forklift/legacy.py) and
 * failing with Warehouse's own message, and a wheel that breaks none, which check passes and
 * twine and pip take. Decompression bombs are refused before anything is inflated.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import zlib from 'node:zlib'
import { fileChunks, type ChunkSource } from '../../src/archive/read.js'
import { inspectWheel } from '../../src/wheelfile/inspect.js'
import { InvalidWheelError, type WheelInspection } from '../../src/wheel/types.js'
import { compressionRatioProblem, looksLikeTar } from '../../src/wheel/warehouse.js'
import { testPython } from '../helpers/python.js'
import { buildWheel } from '../helpers/wheels.js'
import {
  forgeWheel,
  unicodePathExtra,
  type ForgedEntry,
  type ForgeOptions,
  type ForgedWheelSpec
} from '../helpers/zip-forge.js'

const MiB = 1024 * 1024
const MODULE = { name: 'demo_pkg/__init__.py', data: Buffer.from('VALUE = 1\n') }
let dir: string
let counter = 0

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'warehouse-rules-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

async function write(spec: ForgedWheelSpec, options: ForgeOptions = {}): Promise<string> {
  const sub = path.join(dir, String(counter++))
  await mkdir(sub)
  const { filename, bytes } = forgeWheel(spec, options)
  const file = path.join(sub, filename)
  await writeFile(file, bytes)
  return file
}

async function inspect(files: ForgedEntry[], options: ForgeOptions = {}): Promise<WheelInspection> {
  return inspectWheel(await write({ files }, options), { maxFileSize: 100 * MiB })
}

/** The error a refused inspection throws (a passing one fails the test). */
async function refusal(pending: Promise<unknown>): Promise<Error> {
  try {
    await pending
  } catch (error) {
    return error as Error
  }
  throw new Error('expected the wheel to be refused')
}

const PYPI = 'PyPI: "Invalid distribution file. ZIP archive not accepted:'

describe("Warehouse's framing rules (zipfiles.py validate_zipfile), one wheel each", () => {
  const cases: [string, () => Promise<WheelInspection>][] = [
    [
      'ZIP contains a data descriptor',
      () => inspect([{ ...MODULE, method: 8, dataDescriptor: true }])
    ],
    ['Mis-matched data size', () => inspect([{ ...MODULE, localCompressed: 3 }])],
    ['Mis-matched file size', () => inspect([{ ...MODULE, method: 8, localUncompressed: 3 }])],
    [
      'Invalid duplicate extra in local file',
      () =>
        inspect([
          {
            ...MODULE,
            localExtra: Buffer.concat([
              unicodePathExtra(MODULE.name),
              unicodePathExtra(MODULE.name)
            ])
          }
        ])
    ],
    [
      'Invalid character in filename',
      () => inspect([MODULE, { name: 'demo_pkg/bell\x07.py', data: Buffer.from('x = 1\n') }])
    ],
    [
      'Filename not valid UTF-8',
      () => inspect([{ ...MODULE, localExtra: unicodePathExtra(Buffer.from([0x66, 0xff])) }])
    ],
    [
      'Comment in central directory',
      () => inspect([{ ...MODULE, comment: Buffer.from('made by hand') }])
    ],
    ['Unknown record signature', () => inspect([{ ...MODULE, gapAfter: Buffer.alloc(8) }])],
    ['Trailing data', () => inspect([MODULE], { trailing: Buffer.from('appended') })],
    [
      'ZIP64 extensible data not allowed',
      () => inspect([MODULE], { zip64: { extensible: Buffer.alloc(12) } })
    ]
  ]
  it.each(cases)('%s', async (rule, make) => {
    const result = await make()
    expect(result.problems.map(p => p.code)).toEqual(['zip-framing'])
    expect(result.problems[0]?.message).toContain(
      `${PYPI} ${rule}. See https://docs.pypi.org/archives`
    )
    expect(result.problems[0]?.hint).not.toBe('')
  })

  it('Filename not unicode: a name that is not UTF-8 in the local header', async () => {
    // Without the UTF-8 flag the central directory is read as code page 437 (as zipfile does).
    const raw = Buffer.from('demo_pkg/caf\xe9.py', 'latin1')
    const result = inspectWheel(
      await write({
        files: [MODULE, { name: raw, data: Buffer.from('x = 1\n') }],
        recordNames: [MODULE.name, 'demo_pkg/cafΘ.py']
      }),
      { maxFileSize: 100 * MiB }
    )
    const inspected = await result
    expect(inspected.problems.map(p => p.code)).toEqual(['zip-framing'])
    expect(inspected.problems[0]?.message).toContain(`${PYPI} Filename not unicode.`)
  })

  it('Duplicate filename in local headers', async () => {
    const result = await inspect([MODULE, MODULE])
    expect(result.problems.map(p => p.code)).toContain('zip-framing')
    expect(result.problems[0]?.message).toContain(`${PYPI} Duplicate filename in local headers.`)
  })

  it('Filename not in central directory: local and central names differ', async () => {
    // Our reader refuses to go on; the error carries PyPI's reason.
    const file = await write({ files: [{ ...MODULE, centralName: 'demo_pkg/other.py' }] })
    const error = await refusal(inspectWheel(file, { maxFileSize: 100 * MiB }))
    expect(error).toBeInstanceOf(InvalidWheelError)
    expect(error.message).toContain(`${PYPI} Filename not in central directory.`)
  })
})

describe("legacy.py's other refusals knowable from the file", () => {
  it('File is both a zip and a tar file: a first block that is also a valid tar header', async () => {
    // The tar checksum (bytes 148-155) counts those eight bytes as spaces, so it does not
    // depend on them: forge once with spaces there, then write the sum into the name.
    // Name bytes 70..117 are the header's numeric fields (mode, uid, gid, size, mtime).
    const prefix =
      'demo_pkg/' + 'a'.repeat(100 - 30 - 9) + '0000644 0000000 0000000 00000000000 00000000000 '
    const entry = (field: string): ForgedEntry => ({
      name: `${prefix}${field}0tail.py`,
      data: Buffer.alloc(600, 0x20)
    })
    const draft = forgeWheel({ files: [entry('        ')] }).bytes
    let sum = 256
    for (let i = 0; i < 512; i++) sum += i >= 148 && i < 156 ? 0 : (draft[i] as number)
    const field = `${sum.toString(8).padStart(6, '0')}  `
    const file = await write({ files: [entry(field)] })
    const { bytes } = forgeWheel({ files: [entry(field)] })
    expect(looksLikeTar(bytes)).toBe(true)
    const tar = spawnSync(
      testPython(),
      ['-c', 'import sys, tarfile; print(tarfile.is_tarfile(sys.argv[1]))', file],
      {
        encoding: 'utf8'
      }
    )
    expect(tar.stdout.trim()).toBe('True') // Python's tarfile agrees: it is a tar file too
    const result = await inspectWheel(file, { maxFileSize: 100 * MiB })
    expect(result.problems.map(p => p.code)).toEqual(['zip-and-tar'])
    expect(result.problems[0]?.message).toBe(
      'PyPI: "Invalid distribution file. File is both a zip and a tar file"'
    )
  })

  it('File does not use a supported compression type', async () => {
    const file = await write({ files: [{ ...MODULE, method: 12 }] })
    const error = await refusal(inspectWheel(file, { maxFileSize: 100 * MiB }))
    expect(error).toBeInstanceOf(InvalidWheelError)
    expect(error.message).toContain(
      '\'demo_pkg/__init__.py\' uses compression method 12. PyPI: "Invalid distribution file. File does not use a supported compression type"'
    )
  })

  it('the filename must carry the normalized project name', async () => {
    const sub = path.join(dir, String(counter++))
    await mkdir(sub)
    const wheel = await buildWheel(sub, {
      name: 'Demo.Pkg',
      version: '1.0',
      filename: 'Demo.Pkg-1.0-py3-none-any.whl',
      distInfo: 'Demo.Pkg-1.0.dist-info'
    })
    const result = await inspectWheel(wheel, { maxFileSize: 100 * MiB })
    expect(result.problems.map(p => p.code)).toEqual(['filename-not-normalized'])
    expect(result.problems[0]?.message).toBe(
      `PyPI: "Filename 'Demo.Pkg-1.0-py3-none-any.whl' should contain the normalized project name 'demo_pkg', not 'Demo.Pkg'."`
    )
  })

  it('License-File must be in the wheel; entry point names must be plain', async () => {
    const sub = path.join(dir, String(counter++))
    await mkdir(sub)
    const wheel = await buildWheel(sub, {
      name: 'demo-pkg',
      version: '1.0',
      metadataVersion: '2.4',
      metadata: [['License-File', 'LICENSE']],
      files: [
        MODULE_SPEC,
        {
          path: 'demo_pkg-1.0.dist-info/entry_points.txt',
          content: '[console_scripts]\n../evil = demo_pkg:main\n'
        }
      ]
    })
    const result = await inspectWheel(wheel, { maxFileSize: 100 * MiB })
    expect(result.problems.map(p => p.code).sort()).toEqual([
      'entry-points',
      'license-file-missing'
    ])
    expect(result.problems.map(p => p.message)).toEqual(
      expect.arrayContaining([
        'PyPI: "License-File LICENSE does not exist in distribution file demo_pkg-1.0-py3-none-any.whl at demo_pkg-1.0.dist-info/licenses/LICENSE"',
        `PyPI: "Wheel 'demo_pkg-1.0-py3-none-any.whl' has invalid entry points defined in the entry_points.txt file" (Invalid entry point name '../evil' in 'console_scripts')`
      ])
    )
  })
})

const MODULE_SPEC = { path: 'demo_pkg/__init__.py', content: 'VALUE = 1\n' }

describe('the compression ratio (legacy.py COMPRESSION_RATIO_MIN_SIZE, _THRESHOLD)', () => {
  it('takes both thresholds: more than 64 MiB and more than 50 times the file', () => {
    expect(compressionRatioProblem(64 * MiB, 1000)).toBeNull() // not more than 64 MiB
    expect(compressionRatioProblem(64 * MiB + 1, 2 * MiB)).toBeNull() // ratio 32
    expect(compressionRatioProblem(100 * MiB, 2 * MiB)).toBeNull() // ratio exactly 50
    expect(compressionRatioProblem(100 * MiB + 1, 2 * MiB)?.message).toContain(
      'PyPI: "Invalid distribution file. File exceeds compression ratio of 50"'
    )
  })

  /** Raw deflate of `size` zero bytes, streamed (never `size` bytes in memory). */
  async function deflatedZeros(size: number): Promise<Buffer> {
    const zero = Buffer.alloc(MiB)
    const parts: Buffer[] = []
    const deflate = zlib.createDeflateRaw({ level: 1 })
    deflate.on('data', (chunk: Buffer) => parts.push(chunk))
    await pipeline(
      Readable.from(
        (function* () {
          for (let left = size; left > 0; left -= MiB)
            yield left >= MiB ? zero : zero.subarray(0, left)
        })()
      ),
      deflate
    )
    return Buffer.concat(parts)
  }

  /** A ChunkSource that counts what it reads. */
  function counting(): { source: ChunkSource; read: () => number } {
    let read = 0
    return {
      source: async function* (file, size) {
        for await (const chunk of fileChunks(file, size)) {
          read += chunk.length
          yield chunk
        }
      },
      read: () => read
    }
  }

  it('refuses a 1.2 GB bomb before inflating a byte (bounded time and memory)', async () => {
    const size = 1200 * MiB
    const packed = await deflatedZeros(size)
    const crc = 0 // never checked: nothing is inflated
    const file = await write({
      files: [MODULE, { name: 'demo_pkg/zeros.bin', data: packed, method: 99 }]
    })
    // Rewrite the bomb entry as deflate with its true size (forge stored the packed bytes).
    const bytes = await import('node:fs/promises').then(fs => fs.readFile(file))
    patchEntry(bytes, 'demo_pkg/zeros.bin', { method: 8, uncompressedSize: size, crc })
    await writeFile(file, bytes)
    const counter = counting()
    const before = process.memoryUsage().rss
    const started = Date.now()
    const error = await refusal(
      inspectWheel(file, {
        maxFileSize: 100 * MiB,
        source: counter.source
      })
    )
    expect(Date.now() - started).toBeLessThan(2000)
    expect(process.memoryUsage().rss - before).toBeLessThan(64 * MiB)
    expect(error).toBeInstanceOf(InvalidWheelError)
    expect(error.message).toContain(
      'PyPI: "Invalid distribution file. File exceeds compression ratio of 50"'
    )
    expect(counter.read()).toBe(0)
  })

  it('stops inflating a bomb whose directory understates it, at the declared size', async () => {
    const packed = await deflatedZeros(1200 * MiB)
    const file = await write({
      files: [MODULE, { name: 'demo_pkg/zeros.bin', data: packed, method: 99 }]
    })
    const bytes = await import('node:fs/promises').then(fs => fs.readFile(file))
    patchEntry(bytes, 'demo_pkg/zeros.bin', { method: 8, uncompressedSize: 1000, crc: 0 })
    await writeFile(file, bytes)
    const started = Date.now()
    const error = await refusal(inspectWheel(file, { maxFileSize: 100 * MiB }))
    expect(Date.now() - started).toBeLessThan(2000)
    expect(error.message).toMatch(/inflates to more than .*1000 bytes/)
  })
})

/** Rewrites an entry's method, CRC and uncompressed size in both its headers. */
function patchEntry(
  bytes: Buffer,
  name: string,
  change: { method: number; uncompressedSize: number; crc: number }
): void {
  const key = Buffer.from(name)
  for (let at = 0; at + 46 < bytes.length; at++) {
    const sig = bytes.readUInt32LE(at)
    if (sig === 0x04034b50 && bytes.subarray(at + 30, at + 30 + key.length).equals(key)) {
      bytes.writeUInt16LE(change.method, at + 8)
      bytes.writeUInt32LE(change.crc, at + 14)
      bytes.writeUInt32LE(change.uncompressedSize, at + 22)
    }
    if (sig === 0x02014b50 && bytes.subarray(at + 46, at + 46 + key.length).equals(key)) {
      bytes.writeUInt16LE(change.method, at + 10)
      bytes.writeUInt32LE(change.crc, at + 16)
      bytes.writeUInt32LE(change.uncompressedSize, at + 24)
    }
  }
}

describe('a wheel that breaks none of the rules', () => {
  it('passes check, twine check and pip install', async () => {
    const forged = await write({
      files: [MODULE, { name: 'demo_pkg/data.txt', data: Buffer.alloc(5000, 0x61), method: 8 }]
    })
    const sub = path.join(dir, String(counter++))
    await mkdir(sub)
    const built = await buildWheel(sub, { name: 'demo-pkg', version: '1.0', files: [MODULE_SPEC] })
    for (const wheel of [forged, built]) {
      const result = await inspectWheel(wheel, { maxFileSize: 100 * MiB })
      expect(result.problems).toEqual([])
      const twine = spawnSync(testPython(), ['-m', 'twine', 'check', wheel], {
        encoding: 'utf8'
      })
      expect(twine.stdout + twine.stderr).toMatch(/PASSED/)
      const target = path.join(path.dirname(wheel), 'site')
      const pip = spawnSync(
        testPython(),
        ['-m', 'pip', 'install', '--quiet', '--no-deps', '--no-index', '--target', target, wheel],
        { encoding: 'utf8' }
      )
      expect({ status: pip.status, stderr: pip.stderr }).toMatchObject({ status: 0 })
      expect(await readdir(path.join(target, 'demo_pkg'))).toContain('__init__.py')
    }
  }, 60000)
})
