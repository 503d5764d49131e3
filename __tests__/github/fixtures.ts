/**
 * Test fixtures for the release side: stand-in wheel files with their inspections, and an
 * in-memory ReleaseClient that behaves like GitHub where the gate's logic depends on it.
 */
import { createHash } from 'node:crypto'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {
  GitHubApiError,
  type AssetFile,
  type AssetInfo,
  type NewRelease,
  type ReleaseClient,
  type ReleaseInfo,
  type ReleaseUpdate
} from '../../src/github/client.js'
import type { WheelInspection } from '../../src/wheel/types.js'

/** A temporary directory, removed by `cleanup`. */
export async function tempDir(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'release-test-'))
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) }
}

/** The sha256 of `content`, hex. */
export function sha256(content: Buffer | string): string {
  return createHash('sha256').update(content).digest('hex')
}

/** Writes a stand-in wheel file and returns the inspection the gate takes. */
export async function makeWheel(
  dir: string,
  filename: string,
  content: string | Buffer = `wheel ${filename} ${Math.random()}`
): Promise<WheelInspection> {
  const file = path.join(dir, filename)
  const bytes = Buffer.isBuffer(content) ? content : Buffer.from(content)
  await writeFile(file, bytes)
  const [name = '', version = '', python = '', abi = '', platform = ''] = filename
    .replace(/\.whl$/, '')
    .split('-')
  return {
    path: file,
    filename: {
      filename,
      name,
      normalizedName: name.toLowerCase().replace(/[-_.]+/g, '-'),
      version,
      buildTag: null,
      pythonTags: [python],
      abiTags: [abi],
      platformTags: [platform],
      tags: [`${python}-${abi}-${platform}`]
    },
    size: bytes.length,
    sha256: sha256(bytes),
    distInfoDir: `${name}-${version}.dist-info`,
    metadata: { metadataVersion: '2.1', headers: [], body: '' },
    metadataBytes: Buffer.alloc(0),
    wheel: { wheelVersion: '1.0', rootIsPurelib: false, tags: [], build: null },
    problems: []
  }
}

interface FakeRelease extends ReleaseInfo {
  draft: boolean
  immutable: boolean
  body: string
  assets: (AssetInfo & { sha256: string })[]
}

/**
 * An in-memory GitHub: one published release per tag, drafts unchecked, published releases of
 * an `immutable` client frozen, calls recorded.
 */
export class FakeReleaseClient implements ReleaseClient {
  readonly releases: FakeRelease[] = []
  readonly calls: string[] = []
  private nextId = 1
  /** Files as uploaded, by asset id, to answer hashAsset. */
  private readonly contents = new Map<number, string>()
  /** Thrown by the next write, once (e.g. a 403 for a read-only token). */
  failWritesWith: Error | null = null
  /** Releases published through updateRelease become immutable (GitHub's repository setting). */
  immutable = false

  private write(call: string): void {
    this.calls.push(call)
    if (this.failWritesWith) throw this.failWritesWith
  }

  /** Adds a release as an earlier run would have left it. */
  seed(tagName: string, draft: boolean, immutable = false): FakeRelease {
    const id = this.nextId++
    const release: FakeRelease = {
      id,
      tagName,
      name: tagName,
      draft,
      prerelease: false,
      immutable,
      htmlUrl: `https://github.example/releases/${id}`,
      uploadUrl: `https://uploads.example/releases/${id}/assets{?name,label}`,
      assetCount: 0,
      body: '',
      assets: []
    }
    this.releases.push(release)
    return release
  }

  /** Adds an asset with the given sha256 (digest shown, as GitHub does). */
  seedAsset(release: FakeRelease, name: string, hex: string, digest = true): void {
    const id = this.nextId++
    release.assets.push({
      id,
      name,
      size: 1,
      digest: digest ? `sha256:${hex}` : null,
      state: 'uploaded',
      sha256: hex
    })
    this.contents.set(id, hex)
  }

  async listReleases(): Promise<ReleaseInfo[]> {
    this.calls.push('listReleases')
    return this.releases.map(r => ({ ...r, assetCount: r.assets.length }))
  }

  async createRelease(input: NewRelease): Promise<ReleaseInfo> {
    this.write(`createRelease ${input.tagName} draft=${input.draft} pre=${input.prerelease}`)
    if (!input.draft && this.releases.some(r => r.tagName === input.tagName && !r.draft)) {
      throw new GitHubApiError(422, 'Validation Failed', [
        { resource: 'Release', code: 'already_exists', field: 'tag_name' }
      ])
    }
    const release = this.seed(input.tagName, input.draft)
    return { ...release }
  }

  async updateRelease(releaseId: number, update: ReleaseUpdate): Promise<ReleaseInfo> {
    const draft = update.draft === undefined ? '' : ` draft=${update.draft}`
    this.write(`updateRelease ${releaseId}${draft}${update.body === undefined ? '' : ' body'}`)
    const release = this.releases.find(r => r.id === releaseId)
    if (!release) throw new GitHubApiError(404, 'Not Found')
    if (update.draft === false && release.draft) {
      release.draft = false
      release.immutable = this.immutable
    }
    if (update.body !== undefined) release.body = update.body
    return { ...release, assetCount: release.assets.length }
  }

  async deleteRelease(releaseId: number): Promise<void> {
    this.write(`deleteRelease ${releaseId}`)
    const index = this.releases.findIndex(r => r.id === releaseId)
    if (index < 0) throw new GitHubApiError(404, 'Not Found')
    this.releases.splice(index, 1)
  }

  async listAssets(releaseId: number): Promise<AssetInfo[]> {
    this.calls.push(`listAssets ${releaseId}`)
    const release = this.releases.find(r => r.id === releaseId)
    if (!release) throw new GitHubApiError(404, 'Not Found')
    return release.assets.map(({ sha256: _sha, ...asset }) => asset)
  }

  async uploadAsset(release: ReleaseInfo, file: AssetFile): Promise<AssetInfo> {
    this.write(`uploadAsset ${release.id} ${file.name}`)
    const stored = this.releases.find(r => r.id === release.id)
    if (!stored) throw new GitHubApiError(404, 'Not Found')
    if (stored.immutable) {
      throw new GitHubApiError(422, 'Cannot upload assets to an immutable release.')
    }
    if (stored.assets.some(a => a.name === file.name)) {
      throw new GitHubApiError(422, 'Validation Failed', [
        { resource: 'ReleaseAsset', code: 'already_exists', field: 'name' }
      ])
    }
    const { readFile } = await import('node:fs/promises')
    this.seedAsset(stored, file.name, sha256(await readFile(file.path)))
    const asset = stored.assets[stored.assets.length - 1]!
    return {
      id: asset.id,
      name: asset.name,
      size: file.size,
      digest: asset.digest,
      state: 'uploaded'
    }
  }

  async deleteAsset(assetId: number): Promise<void> {
    this.write(`deleteAsset ${assetId}`)
    for (const release of this.releases) {
      const index = release.assets.findIndex(a => a.id === assetId)
      if (index >= 0) {
        release.assets.splice(index, 1)
        return
      }
    }
    throw new GitHubApiError(404, 'Not Found')
  }

  async hashAsset(assetId: number): Promise<string> {
    this.calls.push(`hashAsset ${assetId}`)
    const hex = this.contents.get(assetId)
    if (hex === undefined) throw new GitHubApiError(404, 'Not Found')
    return hex
  }

  /** The calls that would change something on GitHub. */
  writes(): string[] {
    return this.calls.filter(call => /^(create|update|delete|upload)/.test(call))
  }
}
