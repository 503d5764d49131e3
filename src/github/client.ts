/**
 * The release client port: the handful of GitHub REST calls the release gate needs, in the
 * gate's own terms, so the gate is tested with fakes and only the adapter talks HTTP.
 */

/** A release as the gate sees it (a subset of GitHub's `release` schema). */
export interface ReleaseInfo {
  readonly id: number
  readonly tagName: string
  readonly name: string | null
  readonly draft: boolean
  readonly prerelease: boolean
  /** True when the repository's immutable releases froze this published release. */
  readonly immutable: boolean
  readonly htmlUrl: string
  /** The uploads URL template, `https://uploads.github.com/.../assets{?name,label}`. */
  readonly uploadUrl: string
  /** Assets as embedded in the release listing; may be stale, list them before deciding. */
  readonly assetCount: number
}

/** A release asset (a subset of GitHub's `release-asset` schema). */
export interface AssetInfo {
  readonly id: number
  readonly name: string
  readonly size: number
  /** `sha256:<hex>` when GitHub computed it; null on servers (or old assets) without it. */
  readonly digest: string | null
  /** `uploaded` when complete; anything else is an upload that never finished. */
  readonly state: string
}

/** What a new release is created with. */
export interface NewRelease {
  readonly tagName: string
  readonly name: string
  readonly body: string
  readonly draft: boolean
  readonly prerelease: boolean
  /** The commit the tag is created at when the tag does not exist yet. */
  readonly targetCommitish: string
}

/** What publishing or refreshing a release changes; absent fields stay as they are. */
export interface ReleaseUpdate {
  /** false publishes a draft (GitHub then creates its tag at the draft's target commit). */
  readonly draft?: boolean
  readonly name?: string
  readonly body?: string
}

/** A local file to attach to a release. */
export interface AssetFile {
  readonly path: string
  readonly name: string
  readonly size: number
  readonly contentType: string
}

/** The GitHub calls the release gate makes; one adapter (Octokit) implements it. */
export interface ReleaseClient {
  /** Every release of the repository, drafts included, all pages. */
  listReleases(): Promise<ReleaseInfo[]>
  createRelease(release: NewRelease): Promise<ReleaseInfo>
  /** Changes a release: publishes a draft, or rewrites its notes. */
  updateRelease(releaseId: number, update: ReleaseUpdate): Promise<ReleaseInfo>
  deleteRelease(releaseId: number): Promise<void>
  /** Every asset of one release, all pages. */
  listAssets(releaseId: number): Promise<AssetInfo[]>
  uploadAsset(release: ReleaseInfo, file: AssetFile): Promise<AssetInfo>
  deleteAsset(assetId: number): Promise<void>
  /** Downloads an asset and returns the sha256 (lower-case hex) of its bytes. */
  hashAsset(assetId: number): Promise<string>
}

/** One entry of a 422 `errors` array (GitHub's `validation-error` schema). */
export interface ApiFieldError {
  readonly code: string
  readonly resource?: string
  readonly field?: string
  readonly message?: string
}

/** An HTTP error answer from GitHub, in a shape fakes can throw as well as the adapter. */
export class GitHubApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors: readonly ApiFieldError[] = [],
    /** Which call failed, e.g. `create release v1.0`. */
    readonly operation = ''
  ) {
    super(operation ? `${operation}: ${status} ${message}` : `${status} ${message}`)
    this.name = 'GitHubApiError'
  }

  /** The answer's own `message` (without the status and operation). */
  get apiMessage(): string {
    const prefix = this.operation ? `${this.operation}: ${this.status} ` : `${this.status} `
    return this.message.startsWith(prefix) ? this.message.slice(prefix.length) : this.message
  }
}

/** True for a 422 saying the resource (a release's tag, an asset's name) already exists. */
export function isAlreadyExists(error: unknown): boolean {
  return (
    error instanceof GitHubApiError &&
    error.status === 422 &&
    error.errors.some(entry => entry.code === 'already_exists')
  )
}

/** True for GitHub's refusal to add assets to a release frozen by immutable releases. */
export function isImmutableRefusal(error: unknown): boolean {
  return error instanceof GitHubApiError && error.status === 422 && /immutable/i.test(error.message)
}

/**
 * True for GitHub's refusal of a tag that an immutable release once used: after such a release
 * is deleted its tag name can never be released again (422, `tag_name was used by an immutable
 * release`).
 */
export function isBurnedTag(error: unknown): boolean {
  return (
    error instanceof GitHubApiError &&
    error.status === 422 &&
    error.errors.some(entry => /used by an immutable release/i.test(entry.message ?? ''))
  )
}

/** True when the token may read but not write (`contents: write` missing). */
export function isPermissionDenied(error: unknown): boolean {
  return (
    error instanceof GitHubApiError && error.status === 403 && !/rate limit/i.test(error.message)
  )
}
