import { jest } from '@jest/globals'
import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { ArtifactClient } from '@actions/artifact'
import { MemoryLogger } from '../../src/util/logger.js'

const isFeatureAvailable = jest.fn<() => boolean>()
const restoreCache =
  jest.fn<
    (
      paths: string[],
      key: string,
      restoreKeys?: string[],
      options?: { lookupOnly?: boolean }
    ) => Promise<string | undefined>
  >()
const saveCache = jest.fn<(paths: string[], key: string) => Promise<number>>()

jest.unstable_mockModule('@actions/cache', () => ({
  isFeatureAvailable,
  restoreCache,
  saveCache
}))

let currentClient: ArtifactClient | undefined
const DefaultArtifactClient = jest.fn(function (this: unknown) {
  return currentClient
})
jest.unstable_mockModule('@actions/artifact', () => ({ DefaultArtifactClient }))

const { actionsCacheStore } = await import('../../src/store/actions-cache.js')
const { actionsArtifactStore } = await import('../../src/store/actions-artifact.js')

describe('actionsCacheStore', () => {
  beforeEach(() => {
    isFeatureAvailable.mockReset().mockReturnValue(true)
    restoreCache.mockReset()
    saveCache.mockReset()
  })

  it('passes the primary key and the prefixes, and returns the matched key', async () => {
    restoreCache.mockResolvedValue('cc-x86-')
    const store = actionsCacheStore(new MemoryLogger())
    expect(
      await store.restore(['/w/ccache'], ['cc-x86-abc', 'cc-x86-'], { lookupOnly: true })
    ).toBe('cc-x86-')
    expect(restoreCache).toHaveBeenCalledWith(['/w/ccache'], 'cc-x86-abc', ['cc-x86-'], {
      lookupOnly: true
    })
    restoreCache.mockResolvedValue(undefined)
    expect(await store.restore(['/w/ccache'], ['k'])).toBeNull()
  })

  it('reports a save the service refused (id -1) as not saved', async () => {
    const store = actionsCacheStore(new MemoryLogger())
    saveCache.mockResolvedValueOnce(42).mockResolvedValueOnce(-1)
    expect(await store.save(['/w/wheel'], 'k')).toBe(true)
    expect(await store.save(['/w/wheel'], 'k')).toBe(false)
  })

  it('warns and skips when the cache service is not available', async () => {
    isFeatureAvailable.mockReturnValue(false)
    const logger = new MemoryLogger()
    const store = actionsCacheStore(logger)
    expect(await store.restore(['/w'], ['k'])).toBeNull()
    expect(await store.save(['/w'], 'k')).toBe(false)
    expect(restoreCache).not.toHaveBeenCalled()
    expect(saveCache).not.toHaveBeenCalled()
    expect(logger.text()).toMatch(/cache service is not available/)
  })
})

function fakeClient(existing: boolean) {
  const calls: { method: string; args: unknown[] }[] = []
  const record =
    (method: string, result: (...args: unknown[]) => unknown) =>
    async (...args: unknown[]) => {
      calls.push({ method, args })
      return result(...args)
    }
  const client = {
    uploadArtifact: record('uploadArtifact', () => ({ id: 7, size: 3 })),
    getArtifact: record('getArtifact', () => {
      if (!existing) throw new Error('Artifact not found')
      return { artifact: { id: 99, name: 'x', size: 3, digest: 'sha256:abc' } }
    }),
    deleteArtifact: record('deleteArtifact', () => ({ id: 99 })),
    listArtifacts: record('listArtifacts', () => ({ artifacts: [] })),
    downloadArtifact: record('downloadArtifact', async (...args: unknown[]) => {
      const options = args[1] as { path: string }
      await mkdir(path.join(options.path, 'sub'), { recursive: true })
      await writeFile(path.join(options.path, 'sub', 'w-1.0-py3-none-any.whl'), 'w')
      return { downloadPath: options.path }
    })
  }
  return { client: client as unknown as ArtifactClient, calls }
}

describe('actionsArtifactStore', () => {
  let dir: string
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'actions-artifact-'))
  })
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('uploads uncompressed from the wheel directory', async () => {
    const { client, calls } = fakeClient(false)
    const store = actionsArtifactStore(new MemoryLogger(), { client })
    const wheel = path.join(dir, 'w-1.0-py3-none-any.whl')
    expect(await store.upload('wheel-w-1.0-cp312-x86_64', [wheel])).toEqual({ id: 7 })
    const upload = calls.find(c => c.method === 'uploadArtifact')
    expect(upload?.args).toEqual([
      'wheel-w-1.0-cp312-x86_64',
      [wheel],
      dir,
      { compressionLevel: 0 }
    ])
    expect(calls.some(c => c.method === 'deleteArtifact')).toBe(false)
  })

  it("uses the toolkit's DefaultArtifactClient when none is given", async () => {
    const { client, calls } = fakeClient(false)
    currentClient = client
    await actionsArtifactStore(new MemoryLogger()).upload('wheel-a', [path.join(dir, 'a.whl')])
    expect(DefaultArtifactClient).toHaveBeenCalledTimes(1)
    expect(calls.map(c => c.method)).toEqual(['getArtifact', 'uploadArtifact'])
  })

  it('replaces an artifact of the same name from an earlier attempt', async () => {
    const { client, calls } = fakeClient(true)
    const logger = new MemoryLogger()
    await actionsArtifactStore(logger, { client }).upload('wheel-a', [path.join(dir, 'a.whl')])
    expect(calls.map(c => c.method)).toEqual(['getArtifact', 'deleteArtifact', 'uploadArtifact'])
    expect(logger.text()).toMatch(/replacing it/)
  })

  it('refuses names @actions/artifact would reject before calling it', async () => {
    const { client, calls } = fakeClient(false)
    const store = actionsArtifactStore(new MemoryLogger(), { client })
    await expect(store.upload('wheel:a', [path.join(dir, 'a.whl')])).rejects.toThrow(/":"/)
    expect(calls).toEqual([])
  })

  it('downloads from another run with findBy and the stored digest', async () => {
    const { client, calls } = fakeClient(true)
    const store = actionsArtifactStore(new MemoryLogger(), {
      client,
      token: 'tok',
      repository: 'me/here'
    })
    const files = await store.download('wheel-a', path.join(dir, 'in'), {
      runId: 123,
      repository: 'org/repo'
    })
    expect(files).toEqual([path.join(dir, 'in', 'sub', 'w-1.0-py3-none-any.whl')])
    const findBy = {
      token: 'tok',
      workflowRunId: 123,
      repositoryOwner: 'org',
      repositoryName: 'repo'
    }
    expect(calls[0]).toEqual({ method: 'getArtifact', args: ['wheel-a', { findBy }] })
    expect(calls[1]).toEqual({
      method: 'downloadArtifact',
      args: [99, { path: path.join(dir, 'in'), expectedHash: 'sha256:abc', findBy }]
    })
  })

  it('needs a token and a repository for another run', async () => {
    const { client } = fakeClient(true)
    await expect(
      actionsArtifactStore(new MemoryLogger(), { client, repository: 'me/here' }).download(
        'wheel-a',
        dir,
        { runId: 1 }
      )
    ).rejects.toThrow(/needs a token/)
    await expect(
      actionsArtifactStore(new MemoryLogger(), { client, token: 't' }).download('wheel-a', dir, {
        runId: 1
      })
    ).rejects.toThrow(/owner\/name/)
  })

  it('fails on a digest mismatch', async () => {
    const { client } = fakeClient(true)
    ;(client as unknown as { downloadArtifact: unknown }).downloadArtifact = async () => ({
      downloadPath: dir,
      digestMismatch: true
    })
    await expect(
      actionsArtifactStore(new MemoryLogger(), { client }).download('a', dir)
    ).rejects.toThrow(/different digest/)
  })
})
