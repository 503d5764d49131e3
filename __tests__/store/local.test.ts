import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { localArtifactStore, localCacheStore } from '../../src/store/local.js'
import { ArtifactNotFoundError } from '../../src/store/ports.js'
import {
  invalidArtifactCharacters,
  sanitizeArtifactName,
  sanitizeCacheKey,
  wheelArtifactName
} from '../../src/store/names.js'

describe('localCacheStore', () => {
  let dir: string
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'local-cache-'))
  })
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('saves once per key, restores by exact key, then by newest prefix match', async () => {
    let clock = 1000
    const cache = localCacheStore(path.join(dir, 'store'), () => clock++)
    const target = path.join(dir, 'ccache')
    await mkdir(target)
    await writeFile(path.join(target, 'obj'), 'first')
    expect(await cache.save([target], 'cc-x86-aaa')).toBe(true)
    await writeFile(path.join(target, 'obj'), 'second')
    expect(await cache.save([target], 'cc-x86-aaa')).toBe(false)
    expect(await cache.save([target], 'cc-x86-bbb')).toBe(true)

    await rm(target, { recursive: true })
    expect(await cache.restore([target], ['cc-x86-aaa'])).toBe('cc-x86-aaa')
    expect(await readFile(path.join(target, 'obj'), 'utf8')).toBe('first')

    expect(await cache.restore([target], ['cc-x86-ccc', 'cc-arm-', 'cc-x86-'])).toBe('cc-x86-bbb')
    expect(await readFile(path.join(target, 'obj'), 'utf8')).toBe('second')
    expect(await cache.restore([target], ['nothing', 'no-'])).toBeNull()
  })

  it('lookupOnly answers without touching the paths', async () => {
    const cache = localCacheStore(path.join(dir, 'store'))
    const file = path.join(dir, 'w.whl')
    await writeFile(file, 'wheel')
    await cache.save([file], 'k')
    await rm(file)
    expect(await cache.restore([file], ['k'], { lookupOnly: true })).toBe('k')
    await expect(readFile(file)).rejects.toThrow()
  })
})

describe('localArtifactStore', () => {
  it('uploads by name, replaces a same-name upload, downloads, and refuses bad names', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'local-artifacts-'))
    try {
      const store = localArtifactStore(path.join(dir, 'artifacts'), '17')
      const wheel = path.join(dir, 'a-1.0-py3-none-any.whl')
      await writeFile(wheel, 'one')
      await store.upload('wheel-a', [wheel])
      await writeFile(wheel, 'two')
      await store.upload('wheel-a', [wheel])
      expect(await store.exists!('wheel-a')).toBe(true)
      expect(await store.exists!('wheel-b')).toBe(false)
      const got = await store.download('wheel-a', path.join(dir, 'in'))
      expect(got).toEqual([path.join(dir, 'in', 'a-1.0-py3-none-any.whl')])
      expect(await readFile(got[0] as string, 'utf8')).toBe('two')
      // another run's artifact, by run id
      const other = await store.download('wheel-a', path.join(dir, 'in2'), { runId: 17 })
      expect(other).toHaveLength(1)
      const missing = await store.download('wheel-a', dir, { runId: 18 }).catch((e: unknown) => e)
      expect(missing).toBeInstanceOf(ArtifactNotFoundError)
      expect((missing as Error).message).toMatch(/No artifact/)
      await expect(store.upload('wheel/a', [wheel])).rejects.toThrow(/refuses/)
      expect((await readdir(path.join(dir, 'artifacts', '17'))).sort()).toEqual(['wheel-a'])
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})

describe('store names', () => {
  it('keeps artifact names within @actions/artifact rules', () => {
    expect(wheelArtifactName('vllm-cpu', '0.6.3', 'cp312', 'x86_64')).toBe(
      'wheel-vllm-cpu-0.6.3-cp312-x86_64'
    )
    const odd = 'a"b:c<d>e|f*g?h\ri\nj\\k/l'
    expect(invalidArtifactCharacters(odd)).toHaveLength(11)
    expect(invalidArtifactCharacters(sanitizeArtifactName(odd))).toEqual([])
    expect(sanitizeCacheKey('a, b')).toBe('a_b')
    expect(sanitizeCacheKey('x'.repeat(600))).toHaveLength(512)
  })
})
