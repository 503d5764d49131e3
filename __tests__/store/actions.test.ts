/**
 * The Actions stores over the real toolkit (@actions/artifact, @actions/cache), against the local
 * stand-in of the Actions services and blob storage and the GitHub stand-in's artifact routes:
 * no module mocks. The toolkit reads its services from the process environment, so each test
 * sets the variables a job has (the runtime token names the run and the job) before calling it.
 * @actions/github takes GITHUB_API_URL when it is first loaded: the adapters are imported after.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { ArtifactClient } from '@actions/artifact'
import {
  ArtifactNotFoundError,
  type ArtifactStore,
  type CacheStore
} from '../../src/store/ports.js'
import { MemoryLogger } from '../../src/util/logger.js'
import { ActionsServices, type JobIdentity } from '../helpers/actions-services.js'
import { GitHubTestServer } from '../helpers/github-server.js'

let services: ActionsServices
let github: GitHubTestServer
let dir: string
let artifactStore: typeof import('../../src/store/actions-artifact.js')
let cacheStore: typeof import('../../src/store/actions-cache.js')
const saved = { ...process.env }

/** Makes this process a job of `runId` as GitHub's runner would (the toolkit reads env). */
function becomeJob(job: JobIdentity): void {
  for (const key of Object.keys(process.env)) {
    if (key.startsWith('ACTIONS_')) delete process.env[key]
  }
  Object.assign(process.env, services.jobEnvironment(job), {
    GITHUB_WORKSPACE: dir,
    RUNNER_TEMP: path.join(dir, 'runner-temp'),
    GITHUB_REPOSITORY: `${github.owner}/${github.repo}`
  })
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'actions-stores-'))
  await mkdir(path.join(dir, 'runner-temp'))
  ;[services, github] = await Promise.all([ActionsServices.start(), GitHubTestServer.start()])
  github.serveArtifacts(services)
  process.env.GITHUB_API_URL = github.apiUrl
  artifactStore = await import('../../src/store/actions-artifact.js')
  cacheStore = await import('../../src/store/actions-cache.js')
})

afterAll(async () => {
  for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key]
  Object.assign(process.env, saved)
  await Promise.all([services?.stop(), github?.stop()])
  await rm(dir, { recursive: true, force: true })
  expect(services.allViolations()).toEqual([])
  expect(github.violations).toEqual([])
})

async function wheelFile(name: string, content: string): Promise<string> {
  const folder = await mkdtemp(path.join(dir, 'wheel-'))
  const file = path.join(folder, name)
  await writeFile(file, content)
  return file
}

const sha256 = async (file: string): Promise<string> =>
  createHash('sha256')
    .update(await readFile(file))
    .digest('hex')

describe('actionsArtifactStore through the real toolkit', () => {
  let store: ArtifactStore
  beforeEach(() => {
    becomeJob({ runId: 1001, job: 'build' })
    store = artifactStore.actionsArtifactStore(new MemoryLogger(), {
      token: 'read-token',
      repository: `${github.owner}/${github.repo}`
    })
  })

  it('uploads a wheel that a later job of the run downloads by name, byte for byte', async () => {
    const wheel = await wheelFile('w-1.0-py3-none-any.whl', 'wheel bytes')
    const { id } = await store.upload('wheel-w-1.0-py3-x86_64', [wheel])
    expect(id).toBe(services.runArtifacts(1001)[0]!.id)
    expect(services.blobs.requests.map(r => r.operation)).toEqual(
      expect.arrayContaining(['put-block', 'put-block-list'])
    )
    // Wheels are compressed already: the zip stores them as they are (method 0).
    const zip = services.blobs.blobs.get(services.runArtifacts(1001)[0]!.blob)!.content
    expect(zip.readUInt32LE(0)).toBe(0x04034b50)
    expect(zip.readUInt16LE(8)).toBe(0)

    becomeJob({ runId: 1001, job: 'verify' })
    const into = path.join(dir, 'later')
    const files = await store.download('wheel-w-1.0-py3-x86_64', into)
    expect(files).toEqual([path.join(into, 'w-1.0-py3-none-any.whl')])
    expect(await sha256(files[0]!)).toBe(await sha256(wheel))
  })

  it('says whether the run holds an artifact, without downloading it', async () => {
    await store.upload('wheel-seen', [await wheelFile('s-1.0-py3-none-any.whl', 'seen')])
    const downloads = services.blobs.requests.filter(r => r.operation === 'get-blob').length
    becomeJob({ runId: 1001, job: 'plan (attempt 2)' })
    expect(await store.exists!('wheel-seen')).toBe(true)
    expect(await store.exists!('wheel-never-built')).toBe(false)
    expect(services.blobs.requests.filter(r => r.operation === 'get-blob')).toHaveLength(downloads)
    becomeJob({ runId: 3003, job: 'plan' })
    expect(await store.exists!('wheel-seen')).toBe(false)
  })

  it('replaces the artifact of an earlier attempt of the same run', async () => {
    const logger = new MemoryLogger()
    const replacing = artifactStore.actionsArtifactStore(logger)
    await replacing.upload('wheel-again', [await wheelFile('a-1.0-py3-none-any.whl', 'first')])
    becomeJob({ runId: 1001, job: 'build (attempt 2)' })
    await replacing.upload('wheel-again', [await wheelFile('a-1.0-py3-none-any.whl', 'second')])
    expect(logger.text()).toMatch(/exists in this run .*replacing it/)
    const [file] = await replacing.download('wheel-again', path.join(dir, 'again'))
    expect(await readFile(file!, 'utf8')).toBe('second')
    expect(services.runArtifacts(1001).filter(a => a.name === 'wheel-again')).toHaveLength(1)
  })

  it("downloads another run's artifact by RUN_ID/NAME through GitHub's REST API", async () => {
    const wheel = await wheelFile('r-2.0-py3-none-any.whl', 'from run 1001')
    await store.upload('wheel-r', [wheel])
    becomeJob({ runId: 2002, job: 'release' })
    // Not found is its own error: the release gate then takes the wheel from the index.
    const missing = await store.download('wheel-r', path.join(dir, 'x')).catch((e: unknown) => e)
    expect(missing).toBeInstanceOf(ArtifactNotFoundError)
    expect((missing as Error).message).toMatch(/Artifact not found for name: wheel-r/)
    const files = await store.download('wheel-r', path.join(dir, 'other-run'), { runId: 1001 })
    expect(files.map(f => path.basename(f))).toEqual(['r-2.0-py3-none-any.whl'])
    expect(await sha256(files[0]!)).toBe(await sha256(wheel))
    expect(github.count('actions/list-workflow-run-artifacts')).toBeGreaterThan(0)
    expect(github.count('actions/download-artifact')).toBe(1)
  })

  it('refuses a name @actions/artifact rejects, and another run without token or repository', async () => {
    await expect(store.upload('wheel:a', [path.join(dir, 'a.whl')])).rejects.toThrow(/":"/)
    const bare = artifactStore.actionsArtifactStore(new MemoryLogger(), { repository: 'o/r' })
    await expect(bare.download('wheel-a', dir, { runId: 1 })).rejects.toThrow(/needs a token/)
    const noRepo = artifactStore.actionsArtifactStore(new MemoryLogger(), { token: 't' })
    await expect(noRepo.download('wheel-a', dir, { runId: 1 })).rejects.toThrow(/owner\/name/)
  })

  it('fails on a digest mismatch (a fault the services cannot stage: injected)', async () => {
    const client = {
      getArtifact: async () => ({ artifact: { id: 9, name: 'a', size: 1, digest: 'sha256:x' } }),
      downloadArtifact: async () => ({ downloadPath: dir, digestMismatch: true })
    } as unknown as ArtifactClient
    await expect(
      artifactStore.actionsArtifactStore(new MemoryLogger(), { client }).download('a', dir)
    ).rejects.toThrow(/different digest/)
  })
})

describe('actionsCacheStore through the real toolkit', () => {
  let store: CacheStore
  let logger: MemoryLogger
  beforeEach(() => {
    becomeJob({ runId: 3003, job: 'build' })
    logger = new MemoryLogger()
    store = cacheStore.actionsCacheStore(logger)
  })

  it('saves an entry once, restores it in a later job by key, by prefix, and looks it up', async () => {
    const saving = path.join(dir, 'cache-src', 'wheel')
    await mkdir(saving, { recursive: true })
    await writeFile(path.join(saving, 'x-1.0-py3-none-any.whl'), 'cached wheel')
    expect(await store.save([saving], 'wheel-x-abc123')).toBe(true)
    // Entries are immutable: a second save of the key is refused, reported as not saved.
    expect(await store.save([saving], 'wheel-x-abc123')).toBe(false)

    becomeJob({ runId: 4004, job: 'build (a later run)' })
    await rm(saving, { recursive: true, force: true })
    expect(await store.restore([saving], ['wheel-x-abc123'], { lookupOnly: true })).toBe(
      'wheel-x-abc123'
    )
    expect(await readdir(path.dirname(saving))).toEqual([])
    expect(await store.restore([saving], ['wheel-x-other', 'wheel-x-'])).toBe('wheel-x-abc123')
    expect(await readFile(path.join(saving, 'x-1.0-py3-none-any.whl'), 'utf8')).toBe('cached wheel')
    expect(await store.restore([saving], ['ccache-'])).toBeNull()
  })

  it('keeps scopes apart: a branch reads the default branch, not the other way round', async () => {
    const saving = path.join(dir, 'scoped')
    await mkdir(saving, { recursive: true })
    await writeFile(path.join(saving, 'f'), 'feature')
    becomeJob({
      runId: 5005,
      job: 'feature',
      scopes: [
        { scope: 'refs/heads/feature', permission: 3 },
        { scope: 'refs/heads/main', permission: 1 }
      ]
    })
    expect(await store.save([saving], 'scoped-key')).toBe(true)
    becomeJob({ runId: 5006, job: 'main' })
    expect(await store.restore([saving], ['scoped-key'], { lookupOnly: true })).toBeNull()
  })

  it('warns and goes on without a cache when the service is not there', async () => {
    delete process.env.ACTIONS_RESULTS_URL
    expect(await store.restore([dir], ['k'])).toBeNull()
    expect(await store.save([dir], 'k')).toBe(false)
    expect(logger.text()).toMatch(/cache service is not available/)
  })
})
