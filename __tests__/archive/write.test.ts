import { mkdtemp, open, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { streamEntries } from '../../src/archive/entries.js'
import { readCentralDirectory } from '../../src/archive/read.js'
import { DEFLATED, STORED, ZipWriter } from '../../src/archive/write.js'
import { runPython } from '../helpers/python.js'

const PY_READ = `
import json, sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
bad = z.testzip()
infos = z.infolist()
print(json.dumps({"bad": bad, "count": len(infos), "first": [i.filename for i in infos[:4]],
  "sizes": {i.filename: i.file_size for i in infos[:4]},
  "methods": {i.filename: i.compress_type for i in infos[:4]}}))
`

interface PyView {
  bad: string | null
  count: number
  first: string[]
  sizes: Record<string, number>
  methods: Record<string, number>
}

async function ourRead(file: string): Promise<{ zip64: boolean; contents: Map<string, Buffer> }> {
  const handle = await open(file, 'r')
  const { size } = await handle.stat()
  const directory = await readCentralDirectory(handle, size, file)
  await handle.close()
  const contents = new Map<string, Buffer>()
  await streamEntries(file, directory, {
    onEntry(entry) {
      const parts: Buffer[] = []
      return {
        data: chunk => parts.push(Buffer.from(chunk)),
        end: () => contents.set(entry.name, Buffer.concat(parts))
      }
    }
  })
  return { zip64: directory.zip64, contents }
}

async function* pieces(total: number, size: number): AsyncGenerator<Buffer> {
  for (let at = 0; at < total; at += size) {
    const chunk = Buffer.alloc(Math.min(size, total - at))
    for (let i = 0; i < chunk.length; i++) chunk[i] = (at + i) % 251
    yield chunk
  }
}

describe('ZipWriter', () => {
  let dir: string
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'zipwrite-'))
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('writes stored, deflated and streamed entries that Python and our reader accept', async () => {
    const file = path.join(dir, 'plain.zip')
    const zip = await ZipWriter.create(file)
    await zip.addBuffer('a/hello.txt', Buffer.from('hello '.repeat(1000)))
    await zip.addBuffer('a/stored.bin', Buffer.from([1, 2, 3]), { method: STORED })
    await zip.addBuffer('ünïcode.txt', Buffer.from('utf-8 name'))
    await zip.addStream('big.bin', pieces(5 * 1024 * 1024 + 7, 64 * 1024))
    await zip.close()

    const py = JSON.parse(runPython(['-c', PY_READ, file])) as PyView
    expect(py.bad).toBeNull()
    expect(py.first).toEqual(['a/hello.txt', 'a/stored.bin', 'ünïcode.txt', 'big.bin'])
    expect(py.sizes['big.bin']).toBe(5 * 1024 * 1024 + 7)
    expect(py.methods).toEqual({
      'a/hello.txt': DEFLATED,
      'a/stored.bin': STORED,
      'ünïcode.txt': DEFLATED,
      'big.bin': DEFLATED
    })
    const ours = await ourRead(file)
    expect(ours.zip64).toBe(false)
    expect(ours.contents.get('ünïcode.txt')?.toString()).toBe('utf-8 name')
    const big = ours.contents.get('big.bin') as Buffer
    expect(big.length).toBe(5 * 1024 * 1024 + 7)
    expect(big[300]).toBe(300 % 251)
  })

  it('writes ZIP64 records when forced, and both readers take them', async () => {
    const file = path.join(dir, 'forced.zip')
    const zip = await ZipWriter.create(file, { forceZip64: true })
    await zip.addBuffer('x.txt', Buffer.from('x'.repeat(5000)))
    await zip.addStream('y.bin', pieces(70000, 4096), { method: STORED })
    await zip.close()
    const py = JSON.parse(runPython(['-c', PY_READ, file])) as PyView
    expect(py.bad).toBeNull()
    expect(py.sizes).toEqual({ 'x.txt': 5000, 'y.bin': 70000 })
    const ours = await ourRead(file)
    expect(ours.zip64).toBe(true)
    expect(ours.contents.get('y.bin')?.length).toBe(70000)
  })

  it('switches to a ZIP64 end record by itself past 65535 entries', async () => {
    const file = path.join(dir, 'many.zip')
    const zip = await ZipWriter.create(file)
    const empty = Buffer.alloc(0)
    for (let i = 0; i < 65540; i++) await zip.addBuffer(`f/${i}`, empty, { method: STORED })
    await zip.close()
    const py = JSON.parse(runPython(['-c', PY_READ, file])) as PyView
    expect(py.count).toBe(65540)
    const handle = await open(file, 'r')
    const directory = await readCentralDirectory(handle, (await handle.stat()).size, file)
    await handle.close()
    expect(directory.zip64).toBe(true)
    expect(directory.entries).toHaveLength(65540)
  })

  it('refuses duplicate and unsafe names', async () => {
    const zip = await ZipWriter.create(path.join(dir, 'dup.zip'))
    await zip.addBuffer('a', Buffer.from('1'))
    await expect(zip.addBuffer('a', Buffer.from('2'))).rejects.toThrow(/duplicate/)
    await expect(zip.addBuffer('/abs', Buffer.from('2'))).rejects.toThrow(/invalid/)
    await zip.abort()
  })
})
