/**
 * The Octokit adapter of the release client port: GitHub's REST API through @actions/github,
 * with the API base from GITHUB_API_URL (GitHub Enterprise Server), uploads streamed from disk
 * to the release's own `upload_url`, every call under the retry policy, and every request
 * through util/http's proxyFetch, so it takes the same proxy route as the project's others.
 */
import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { getOctokit } from '@actions/github'
import { proxyFetch } from '../util/http.js'
import type { Logger } from '../util/logger.js'
import {
  GitHubApiError,
  type ApiFieldError,
  type AssetFile,
  type AssetInfo,
  type NewRelease,
  type ReleaseClient,
  type ReleaseInfo,
  type ReleaseUpdate
} from './client.js'
import { DEFAULT_RETRY_POLICY, withRetry, type RetryPolicy } from './retry.js'

/** Where and as whom the adapter talks to GitHub. */
export interface OctokitClientOptions {
  readonly token: string
  /** REST API base, e.g. https://api.github.com or https://ghes.example.com/api/v3. */
  readonly baseUrl: string
  readonly owner: string
  readonly repo: string
  readonly logger: Logger
  readonly retry?: RetryPolicy
}

type Octokit = ReturnType<typeof getOctokit>

interface RawRelease {
  id: number
  tag_name: string
  name: string | null
  draft: boolean
  prerelease: boolean
  immutable?: boolean
  html_url: string
  upload_url: string
  assets?: unknown[]
}

interface RawAsset {
  id: number
  name: string
  size: number
  digest?: string | null
  state: string
}

function toRelease(raw: RawRelease): ReleaseInfo {
  return {
    id: raw.id,
    tagName: raw.tag_name,
    name: raw.name,
    draft: raw.draft,
    prerelease: raw.prerelease,
    immutable: raw.immutable === true,
    htmlUrl: raw.html_url,
    uploadUrl: raw.upload_url,
    assetCount: raw.assets?.length ?? 0
  }
}

function toAsset(raw: RawAsset): AssetInfo {
  return {
    id: raw.id,
    name: raw.name,
    size: raw.size,
    digest: raw.digest ?? null,
    state: raw.state
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}

/** Turns Octokit's RequestError (or a network failure, status 500) into a GitHubApiError. */
export function toApiError(error: unknown, operation: string): unknown {
  if (!isRecord(error) || typeof error.status !== 'number') return error
  const data = isRecord(error.response) ? error.response.data : undefined
  const message =
    isRecord(data) && typeof data.message === 'string'
      ? data.message
      : error instanceof Error
        ? error.message
        : 'request failed'
  const errors: ApiFieldError[] = []
  if (isRecord(data) && Array.isArray(data.errors)) {
    for (const entry of data.errors) {
      if (isRecord(entry) && typeof entry.code === 'string') {
        errors.push({
          code: entry.code,
          resource: typeof entry.resource === 'string' ? entry.resource : undefined,
          field: typeof entry.field === 'string' ? entry.field : undefined,
          message: typeof entry.message === 'string' ? entry.message : undefined
        })
      }
    }
  }
  return new GitHubApiError(error.status, message, errors, operation)
}

/** The production ReleaseClient. */
export class OctokitReleaseClient implements ReleaseClient {
  private client: Octokit | null = null
  private readonly options: OctokitClientOptions
  private readonly repoParams: { owner: string; repo: string }
  private readonly policy: RetryPolicy
  private readonly logger: Logger

  constructor(options: OctokitClientOptions) {
    this.logger = options.logger
    this.policy = options.retry ?? DEFAULT_RETRY_POLICY
    this.repoParams = { owner: options.owner, repo: options.repo }
    this.options = options
  }

  // Built on first use, so a client can be wired up before anyone knows whether a token exists.
  private get octokit(): Octokit {
    if (this.client === null) {
      // Octokit's default log writes to the console; route it through the Logger port instead.
      this.client = getOctokit(this.options.token, {
        baseUrl: this.options.baseUrl.replace(/\/+$/, ''),
        // Replaces @actions/github's fetch, whose proxy was chosen for GITHUB_API_URL at load.
        request: { fetch: proxyFetch },
        log: {
          debug: (message: string) => this.logger.debug(message),
          info: (message: string) => this.logger.debug(message),
          warn: (message: string) => this.logger.warning(message),
          error: (message: string) => this.logger.warning(message)
        }
      })
    }
    return this.client
  }

  private call<T>(operation: string, fn: () => Promise<T>): Promise<T> {
    return withRetry(
      async () => {
        try {
          return await fn()
        } catch (error) {
          throw toApiError(error, operation)
        }
      },
      this.policy,
      (error, retry, delayMs) =>
        this.logger.warning(
          `${error instanceof Error ? error.message : String(error)}; retry ${retry} in ${delayMs} ms`
        )
    )
  }

  async listReleases(): Promise<ReleaseInfo[]> {
    const raw = await this.call('list releases', () =>
      this.octokit.paginate(this.octokit.rest.repos.listReleases, {
        ...this.repoParams,
        per_page: 100
      })
    )
    return (raw as RawRelease[]).map(toRelease)
  }

  async createRelease(release: NewRelease): Promise<ReleaseInfo> {
    const response = await this.call(`create release ${release.tagName}`, () =>
      this.octokit.rest.repos.createRelease({
        ...this.repoParams,
        tag_name: release.tagName,
        name: release.name,
        body: release.body,
        draft: release.draft,
        prerelease: release.prerelease,
        target_commitish: release.targetCommitish
      })
    )
    return toRelease(response.data as RawRelease)
  }

  async updateRelease(releaseId: number, update: ReleaseUpdate): Promise<ReleaseInfo> {
    const response = await this.call(`update release ${releaseId}`, () =>
      this.octokit.rest.repos.updateRelease({
        ...this.repoParams,
        release_id: releaseId,
        ...(update.draft === undefined ? {} : { draft: update.draft }),
        ...(update.name === undefined ? {} : { name: update.name }),
        ...(update.body === undefined ? {} : { body: update.body })
      })
    )
    return toRelease(response.data as RawRelease)
  }

  async deleteRelease(releaseId: number): Promise<void> {
    await this.call(`delete release ${releaseId}`, () =>
      this.octokit.rest.repos.deleteRelease({ ...this.repoParams, release_id: releaseId })
    )
  }

  async listAssets(releaseId: number): Promise<AssetInfo[]> {
    const raw = await this.call(`list assets of release ${releaseId}`, () =>
      this.octokit.paginate(this.octokit.rest.repos.listReleaseAssets, {
        ...this.repoParams,
        release_id: releaseId,
        per_page: 100
      })
    )
    return (raw as RawAsset[]).map(toAsset)
  }

  async uploadAsset(release: ReleaseInfo, file: AssetFile): Promise<AssetInfo> {
    // A fresh stream per attempt: a retried upload must send the whole file again.
    const response = await this.call(`upload ${file.name}`, () =>
      this.octokit.request({
        method: 'POST',
        url: release.uploadUrl,
        name: file.name,
        headers: { 'content-type': file.contentType, 'content-length': file.size },
        data: createReadStream(file.path)
      })
    )
    return toAsset(response.data as RawAsset)
  }

  async deleteAsset(assetId: number): Promise<void> {
    await this.call(`delete asset ${assetId}`, () =>
      this.octokit.rest.repos.deleteReleaseAsset({ ...this.repoParams, asset_id: assetId })
    )
  }

  async hashAsset(assetId: number): Promise<string> {
    return this.call(`download asset ${assetId}`, async () => {
      // GitHub answers with a redirect to the file; fetch follows it and drops the token
      // when the redirect leaves the API's origin.
      const response = await this.octokit.request(
        'GET /repos/{owner}/{repo}/releases/assets/{asset_id}',
        {
          ...this.repoParams,
          asset_id: assetId,
          headers: { accept: 'application/octet-stream' },
          request: { parseSuccessResponseBody: false }
        }
      )
      const hash = createHash('sha256')
      const body = response.data as unknown as AsyncIterable<Uint8Array> | null
      if (body) for await (const chunk of body) hash.update(chunk)
      return hash.digest('hex')
    })
  }
}
