import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { sha256File } from '../../src/archive/hash.js'
import { runPython } from '../helpers/python.js'

describe('file hashing', () => {
  let dir: string
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'hash-'))
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it("agrees with Python's hashlib on an empty, a small and a multi-chunk file", async () => {
    const files = { empty: 0, small: 1000, large: 3 * 1024 * 1024 + 17 }
    for (const [name, size] of Object.entries(files)) {
      const file = path.join(dir, name)
      await writeFile(file, Buffer.alloc(size, name))
      const expected = runPython([
        '-c',
        'import hashlib, sys; print(hashlib.sha256(open(sys.argv[1], "rb").read()).hexdigest())',
        file
      ]).trim()
      expect(await sha256File(file)).toBe(expected)
    }
  })

  it('rejects for a missing file', async () => {
    await expect(sha256File(path.join(dir, 'missing'))).rejects.toThrow(/ENOENT/)
  })
})
