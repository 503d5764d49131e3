import { readFile } from 'node:fs/promises'
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import {
  GitHubApiError,
  isAlreadyExists,
  isBurnedTag,
  isImmutableRefusal,
  isPermissionDenied
} from '../../src/github/client.js'
import { OctokitReleaseClient } from '../../src/github/octokit.js'
import type { RetryPolicy } from '../../src/github/retry.js'
import { MemoryLogger } from '../../src/util/logger.js'
import { GitHubTestServer, type GitHubServerOptions } from '../helpers/github-server.js'
import { makeWheel, sha256, tempDir } from './fixtures.js'

const sleeps: number[] = []
const fastRetry: RetryPolicy = {
  attempts: 4,
  baseDelayMs: 100,
  maxDelayMs: 1000,
  sleep: async ms => {
    sleeps.push(ms)
  },
  random: () => 0.5
}

let dir: string
let cleanup: () => Promise<void>
let server: GitHubTestServer
const servers: GitHubTestServer[] = []

async function start(options: GitHubServerOptions = {}): Promise<GitHubTestServer> {
  server = await GitHubTestServer.start(options)
  servers.push(server)
  return server
}

function client(token = 'write-token', target = server): OctokitReleaseClient {
  return new OctokitReleaseClient({
    token,
    baseUrl: target.apiUrl,
    owner: target.owner,
    repo: target.repo,
    logger: new MemoryLogger(),
    retry: fastRetry
  })
}

beforeAll(async () => {
  ;({ dir, cleanup } = await tempDir())
})
afterAll(async () => {
  await cleanup()
})
afterEach(async () => {
  const stopped = servers.splice(0)
  await Promise.all(stopped.map(running => running.stop()))
  for (const running of stopped) expect(running.violations).toEqual([])
  sleeps.length = 0
})

describe('OctokitReleaseClient against the local GitHub', () => {
  it('lists every release over several pages, drafts included', async () => {
    await start({ maxPerPage: 2 })
    for (let i = 0; i < 5; i++) server.addRelease({ tagName: `v${i}`, draft: i % 2 === 0 })
    const releases = await client().listReleases()
    expect(releases.map(r => r.tagName).sort()).toEqual(['v0', 'v1', 'v2', 'v3', 'v4'])
    expect(releases.filter(r => r.draft)).toHaveLength(3)
    expect(server.count('repos/list-releases')).toBe(3)
  })

  it('creates a published release whose new tag points at the given commit', async () => {
    await start()
    const release = await client().createRelease({
      tagName: 'v1.0-cpu',
      name: 'title',
      body: 'notes',
      draft: false,
      prerelease: true,
      targetCommitish: 'abc123'
    })
    expect(release).toMatchObject({ tagName: 'v1.0-cpu', draft: false, prerelease: true })
    expect(release.uploadUrl.startsWith(server.uploadsUrl)).toBe(true)
    expect(server.refs.get('refs/tags/v1.0-cpu')).toBe('abc123')
    expect(server.releases[0]).toMatchObject({ name: 'title', body: 'notes' })
  })

  it('turns a second published create into an already_exists error', async () => {
    await start()
    server.addRelease({ tagName: 'v1' })
    const error = await client()
      .createRelease({
        tagName: 'v1',
        name: 'v1',
        body: '',
        draft: false,
        prerelease: false,
        targetCommitish: 'abc'
      })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(GitHubApiError)
    expect(isAlreadyExists(error)).toBe(true)
    expect(server.count('repos/create-release')).toBe(1)
  })

  it('streams an upload to the uploads origin and reports its digest', async () => {
    await start()
    const stored = server.addRelease({ tagName: 'v1' })
    const wheel = await makeWheel(dir, 'pkg-1.0-cp312-cp312-linux_x86_64.whl', 'x'.repeat(70000))
    const api = client()
    const [release] = await api.listReleases()
    const asset = await api.uploadAsset(release!, {
      path: wheel.path,
      name: wheel.filename.filename,
      size: wheel.size,
      contentType: 'application/zip'
    })
    expect(asset).toMatchObject({ name: wheel.filename.filename, state: 'uploaded' })
    expect(asset.digest).toBe(`sha256:${wheel.sha256}`)
    expect(stored.assets[0]!.content.equals(await readFile(wheel.path))).toBe(true)
    expect(await api.listAssets(stored.id)).toEqual([asset])
  })

  it('hashes an asset by downloading it through the redirect when no digest is given', async () => {
    await start({ digest: false })
    const release = server.addRelease({ tagName: 'v1' })
    const content = Buffer.alloc(200000, 7)
    const asset = server.addAsset(release, 'a.whl', content)
    const [listed] = await client().listAssets(release.id)
    expect(listed!.digest).toBeNull()
    expect(await client().hashAsset(asset.id)).toBe(sha256(content))
    expect(server.count('download')).toBe(1)
  })

  it('retries 5xx answers with backoff and then succeeds', async () => {
    await start()
    server.addRelease({ tagName: 'v1' })
    server.failNext('repos/list-releases', 502, 2)
    const releases = await client().listReleases()
    expect(releases).toHaveLength(1)
    expect(server.count('repos/list-releases')).toBe(3)
    expect(sleeps).toEqual([50, 100])
  })

  it('gives up after the last attempt on lasting 5xx', async () => {
    await start()
    server.failNext('repos/list-releases', 503, 10)
    const error = await client()
      .listReleases()
      .catch((e: unknown) => e)
    expect(error).toMatchObject({ status: 503 })
    expect(server.count('repos/list-releases')).toBe(4)
  })

  it('does not retry 4xx answers', async () => {
    await start()
    const error = await client()
      .deleteRelease(424242)
      .catch((e: unknown) => e)
    expect(error).toMatchObject({ status: 404 })
    expect(server.count('repos/delete-release')).toBe(1)
    expect(sleeps).toEqual([])
  })

  it('retries network failures', async () => {
    const gone = await start()
    const api = client('write-token', gone)
    await gone.stop()
    servers.splice(servers.indexOf(gone), 1)
    const error = await api.listReleases().catch((e: unknown) => e)
    expect(error).toBeInstanceOf(GitHubApiError)
    expect(sleeps).toHaveLength(3)
  })

  it('reports an immutable release refusing uploads and a read-only token', async () => {
    await start({ immutable: true })
    server.addRelease({ tagName: 'v1' })
    const wheel = await makeWheel(dir, 'pkg-1.0-py3-none-any.whl')
    const file = {
      path: wheel.path,
      name: 'x.whl',
      size: wheel.size,
      contentType: 'application/zip'
    }
    const [release] = await client().listReleases()
    expect(release!.immutable).toBe(true)
    const refused = await client()
      .uploadAsset(release!, file)
      .catch((e: unknown) => e)
    expect(isImmutableRefusal(refused)).toBe(true)
    const denied = await client('read-token')
      .deleteRelease(release!.id)
      .catch((e: unknown) => e)
    expect(isPermissionDenied(denied)).toBe(true)
  })

  it('publishes a draft: its tag is made then, and in immutable mode the release freezes', async () => {
    await start({ immutable: true })
    const wheel = await makeWheel(dir, 'pkg-1.0-py3-none-any.whl')
    const file = {
      path: wheel.path,
      name: 'pkg.whl',
      size: wheel.size,
      contentType: 'application/zip'
    }
    const draft = await client().createRelease({
      tagName: 'v1',
      name: 'one',
      body: 'draft notes',
      draft: true,
      prerelease: false,
      targetCommitish: 'c0ffee'
    })
    expect(draft).toMatchObject({ draft: true, immutable: false })
    expect(server.refs.has('refs/tags/v1')).toBe(false)
    const asset = await client().uploadAsset(draft, file)
    const published = await client().updateRelease(draft.id, { draft: false, body: 'final' })
    expect(published).toMatchObject({ draft: false, immutable: true })
    expect(published.htmlUrl).toMatch(/\/releases\/tag\/v1$/)
    expect(server.refs.get('refs/tags/v1')).toBe('c0ffee')
    expect(server.releasesFor('v1')[0]!.body).toBe('final')

    // Frozen: no file in or out, no way back to a draft; notes stay editable.
    expect(
      isImmutableRefusal(
        await client()
          .uploadAsset(published, { ...file, name: 'b.whl' })
          .catch((e: unknown) => e)
      )
    ).toBe(true)
    const deleting = (await client()
      .deleteAsset(asset.id)
      .catch((e: unknown) => e)) as GitHubApiError
    expect(deleting).toMatchObject({ status: 422 })
    expect(deleting.errors[0]?.message).toBe('Cannot delete asset from an immutable release')
    const back = (await client()
      .updateRelease(draft.id, { draft: true })
      .catch((e: unknown) => e)) as GitHubApiError
    expect(back).toMatchObject({ status: 422 })
    expect((await client().updateRelease(draft.id, { body: 'edited' })).immutable).toBe(true)

    // Deleting it burns the tag: neither a published create nor a publish may use it again.
    await client().deleteRelease(draft.id)
    const create = await client()
      .createRelease({
        tagName: 'v1',
        name: 'again',
        body: '',
        draft: false,
        prerelease: false,
        targetCommitish: 'c0ffee'
      })
      .catch((e: unknown) => e)
    expect(isBurnedTag(create)).toBe(true)
    const second = await client().createRelease({
      tagName: 'v1',
      name: 'again',
      body: '',
      draft: true,
      prerelease: false,
      targetCommitish: 'c0ffee'
    })
    expect(
      isBurnedTag(
        await client()
          .updateRelease(second.id, { draft: false })
          .catch((e: unknown) => e)
      )
    ).toBe(true)
  })
})
