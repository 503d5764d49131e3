/**
 * The framing walk on its own (archive/framing.ts): what Warehouse's validate_zipfile says of
 * archives whose end records lie, that stop short, or that Python's zipfile wrote with ZIP64
 * extras, whatever size the pieces arrive in.
 */
import { describe, expect, it } from '@jest/globals'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {
  parseCentralEntries,
  parseEndRecord,
  lostEnd
} from '../../src/archive/central-directory.js'
import { FramingCheck, type CentralSizes } from '../../src/archive/framing.js'
import { runPython } from '../helpers/python.js'
import { forgeZip } from '../helpers/zip-forge.js'

/** The central directory's sizes by name, as the reader parses them. */
function sizesOf(bytes: Buffer): CentralSizes {
  const end = parseEndRecord(bytes, 0, 'x', lostEnd(bytes, 'x'))
  const { entries } = parseCentralEntries(bytes.subarray(end.offset), end.count, 'x')
  return new Map(
    entries.map(e => [e.name, { compressed: e.compressedSize, uncompressed: e.uncompressedSize }])
  )
}

function verdict(bytes: Buffer, piece: number, sizes = sizesOf(bytes)): string | null {
  const check = new FramingCheck(bytes.length, sizes)
  for (let at = 0; at < bytes.length; at += piece) check.push(bytes.subarray(at, at + piece))
  return check.finish()?.message ?? null
}

const ENTRIES = [
  { name: 'a.py', data: Buffer.from('a = 1\n') },
  { name: 'b/', data: Buffer.alloc(0) },
  { name: 'b/c.txt', data: Buffer.alloc(3000, 0x63), method: 8 }
]

describe('FramingCheck', () => {
  it.each([1, 5, 64, 1 << 20])('passes a well-framed archive fed in %i-byte pieces', piece => {
    expect(verdict(forgeZip(ENTRIES), piece)).toBeNull()
    expect(verdict(forgeZip(ENTRIES, { zip64: {} }), piece, sizesOf(forgeZip(ENTRIES)))).toBeNull()
  })

  it('passes what Python zipfile writes with ZIP64 extras in every local header', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'framing-'))
    try {
      const file = path.join(dir, 'z.zip')
      runPython([
        '-c',
        `import sys, zipfile
with zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED) as z:
    for i in range(3):
        with z.open(f'f{i}.bin', 'w', force_zip64=True) as w:
            w.write(bytes(range(256)) * 50)`,
        file
      ])
      expect(verdict(await readFile(file), 4096)).toBeNull()
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  it('names end records that disagree with what was walked', () => {
    const bytes = forgeZip(ENTRIES)
    const sizes = sizesOf(bytes)
    const fewer = Buffer.from(bytes)
    fewer.writeUInt16LE(2, bytes.length - 22 + 8)
    fewer.writeUInt16LE(2, bytes.length - 22 + 10)
    expect(verdict(fewer, 100, sizes)).toBe('Mismatched central directory records')
    const elsewhere = Buffer.from(bytes)
    elsewhere.writeUInt32LE(bytes.readUInt32LE(bytes.length - 22 + 16) + 1, bytes.length - 22 + 16)
    expect(verdict(elsewhere, 100, sizes)).toBe('Mismatched central directory offset')
    const disks = Buffer.from(bytes)
    disks.writeUInt16LE(1, bytes.length - 22 + 8)
    expect(verdict(disks, 100, sizes)).toBe('Malformed zip file')
  })

  it('calls an archive that stops inside a record malformed', () => {
    const bytes = forgeZip(ENTRIES)
    const sizes = sizesOf(bytes)
    const cut = bytes.subarray(0, bytes.length - 30)
    expect(verdict(cut, 7, sizes)).toBe('Malformed zip file')
  })

  it('reports the first break with the record it was found at', () => {
    const bytes = forgeZip([ENTRIES[0]!, { ...ENTRIES[2]!, dataDescriptor: true }])
    const check = new FramingCheck(bytes.length, sizesOf(bytes))
    check.push(bytes)
    expect(check.finish()).toEqual({
      message: 'ZIP contains a data descriptor',
      entry: 'b/c.txt',
      offset: 30 + 4 + 6
    })
  })
})
