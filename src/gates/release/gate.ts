/**
 * The `release` gate: one GitHub release per tag, found including drafts, created when absent,
 * settled on one canonical release when concurrent jobs or older runs made several, and the
 * wheels attached so that a re-run adds only what is missing and never keeps or replaces an
 * asset that differs from the verified wheel without being told to.
 */
import {
  GitHubApiError,
  isAlreadyExists,
  isImmutableRefusal,
  isPermissionDenied,
  type AssetInfo,
  type ReleaseClient,
  type ReleaseInfo
} from '../../github/client.js'
import { renderNotes, type VerifySummary } from '../../github/notes.js'
import { parseRepository } from '../../github/repository.js'
import { renderTemplate, tagProblem } from '../../github/templates.js'
import type { Decision, DecisionLog } from '../../report/decisions.js'
import { GateError } from '../../util/errors.js'
import type { Logger } from '../../util/logger.js'
import { isPrerelease, isValidVersion } from '../../version/pep440.js'
import type { WheelInspection } from '../../wheel/types.js'

/** What the release gate needs from settings and the Actions environment. */
export interface ReleaseOptions {
  /** `github-token`; empty means none was given. */
  readonly token: string
  /** `GITHUB_API_URL`: https://api.github.com, or a GitHub Enterprise Server's API base. */
  readonly apiUrl: string
  /** `GITHUB_REPOSITORY`: owner/name. */
  readonly repository: string
  /** `GITHUB_SHA`: the commit a new tag points at. */
  readonly commit: string
  readonly packageName: string
  readonly variant: string
  /** The expected version, or null to take it from the wheels. */
  readonly version: string | null
  /** `release-tag` template. */
  readonly tagTemplate: string
  /** `release-title` template. */
  readonly titleTemplate: string
  /** `overwrite-assets`: replace an asset whose content differs instead of failing. */
  readonly overwriteAssets: boolean
  /** `release-notes`: extra text appended to the generated notes. */
  readonly releaseNotes: string
  readonly dryRun: boolean
  /** True when `gate: release` was asked for directly; false when the pipeline runs it. */
  readonly direct: boolean
  /** Verify results for these wheels when the pipeline has them; empty otherwise. */
  readonly verify: readonly VerifySummary[]
}

/** What the gate settled on; also written to the log as outputs. */
export interface ReleaseResult {
  readonly decision: Decision
  readonly tag: string
  /** Null when the gate was skipped or, in a dry run, the release does not exist yet. */
  readonly releaseId: number | null
  readonly releaseUrl: string
}

const GATE = 'release'
const WHEEL_CONTENT_TYPE = 'application/zip'
/** How often one asset is re-examined after concurrent jobs keep changing it under us. */
const ASSET_ROUNDS = 3

/** Orders releases of one tag: published before draft, then the lowest id (the oldest). */
export function canonicalOrder(a: ReleaseInfo, b: ReleaseInfo): number {
  if (a.draft !== b.draft) return a.draft ? 1 : -1
  return a.id - b.id
}

function sha256FromDigest(digest: string | null): string | null {
  const match = digest === null ? null : /^sha256:([0-9a-f]{64})$/i.exec(digest)
  return match ? match[1]!.toLowerCase() : null
}

class ReleaseRun {
  private readonly conflicts: string[] = []
  private uploaded = false
  private wouldChange = false

  constructor(
    private readonly options: ReleaseOptions,
    private readonly client: ReleaseClient,
    private readonly log: DecisionLog,
    private readonly logger: Logger,
    private readonly tag: string
  ) {}

  private record(target: string, decision: Decision, reason: string): void {
    this.log.record({ gate: GATE, target, decision, reason })
    this.logger.info(`${target}: ${decision} (${reason})`)
  }

  private async releasesForTag(): Promise<ReleaseInfo[]> {
    const all = await this.client.listReleases()
    return all.filter(release => release.tagName === this.tag).sort(canonicalOrder)
  }

  /** Finds or creates the release; returns null in a dry run when it does not exist. */
  async settleRelease(
    title: string,
    body: string,
    prerelease: boolean
  ): Promise<{ release: ReleaseInfo | null; created: boolean; duplicates: ReleaseInfo[] }> {
    const found = await this.releasesForTag()
    if (found.length > 0) {
      return { release: found[0]!, created: false, duplicates: found.slice(1) }
    }
    if (this.options.dryRun) {
      this.wouldChange = true
      this.record(
        this.tag,
        'dry-run',
        `would create release '${title}'${prerelease ? ' (prerelease)' : ''} with tag ${this.tag} at ${this.options.commit}`
      )
      return { release: null, created: false, duplicates: [] }
    }
    let mine: ReleaseInfo | null = null
    try {
      // Published, not draft: GitHub lets only one published release hold a tag and answers a
      // second create with 422 already_exists, while drafts of one tag pile up unchecked.
      mine = await this.client.createRelease({
        tagName: this.tag,
        name: title,
        body,
        draft: false,
        prerelease,
        targetCommitish: this.options.commit
      })
    } catch (error) {
      if (!isAlreadyExists(error)) throw error
      this.logger.info(`Another job created the release for ${this.tag} first; using it.`)
    }
    const listed = await this.releasesForTag()
    if (mine && !listed.some(release => release.id === mine.id)) {
      // The listing can lag behind a create; the release just made still counts.
      listed.push(mine)
      listed.sort(canonicalOrder)
    }
    const canonical = listed[0]
    if (!canonical) {
      throw new GateError(
        GATE,
        `GitHub answered that a release with tag ${this.tag} already exists, but no release with that tag is listed.`,
        'The token may not see draft releases (it needs contents: write), or a release was deleted meanwhile. Re-run the gate.'
      )
    }
    if (mine && canonical.id !== mine.id) {
      // Ours lost to an older release that appeared meanwhile; ours holds nothing yet.
      await this.deleteReleaseQuietly(mine)
      return {
        release: canonical,
        created: false,
        duplicates: listed.filter(r => r.id !== canonical.id && r.id !== mine.id)
      }
    }
    return {
      release: canonical,
      created: mine !== null,
      duplicates: listed.slice(1)
    }
  }

  private async deleteReleaseQuietly(release: ReleaseInfo): Promise<void> {
    try {
      await this.client.deleteRelease(release.id)
      this.logger.info(`Removed empty duplicate draft release ${release.id} of ${this.tag}.`)
    } catch (error) {
      // Another job settling the same duplicates may have removed it first.
      if (!(error instanceof GitHubApiError && error.status === 404)) throw error
    }
  }

  /** Removes duplicate drafts of the tag that hold no assets; others are only reported. */
  async removeDuplicates(duplicates: readonly ReleaseInfo[]): Promise<void> {
    for (const duplicate of duplicates) {
      const assets = duplicate.draft ? await this.client.listAssets(duplicate.id) : []
      if (!duplicate.draft || assets.length > 0) {
        this.logger.warning(
          `Release ${duplicate.id} (${duplicate.htmlUrl}) also has tag ${this.tag} and holds ${assets.length} asset(s); left alone. Delete it by hand if it is not needed.`
        )
      } else if (this.options.dryRun) {
        this.logger.info(`Would remove empty duplicate draft release ${duplicate.id}.`)
      } else {
        await this.deleteReleaseQuietly(duplicate)
      }
    }
  }

  private immutableError(release: ReleaseInfo, name: string): GateError {
    return new GateError(
      GATE,
      `Release ${this.tag} (${release.htmlUrl}) is immutable: GitHub refuses to add ${name} to it.`,
      'A published immutable release cannot change. Release the new files under another tag (release-tag), or a new version (.postN); to keep adding files after publishing, turn off immutable releases in the repository settings.'
    )
  }

  /** Brings one wheel's asset in line with the wheel: upload, keep, replace or report. */
  async settleAsset(
    release: ReleaseInfo,
    wheel: WheelInspection,
    existing: AssetInfo | undefined
  ): Promise<void> {
    const name = wheel.filename.filename
    let current = existing
    for (let round = 1; ; round++) {
      if (current && current.state === 'uploaded') {
        const sha256 = sha256FromDigest(current.digest) ?? (await this.client.hashAsset(current.id))
        if (sha256 === wheel.sha256) {
          this.record(name, 'unchanged', `already attached with sha256 ${sha256}`)
          return
        }
        if (!this.options.overwriteAssets) {
          this.conflicts.push(name)
          this.record(
            name,
            'conflict',
            `attached with sha256 ${sha256}, but the wheel's sha256 is ${wheel.sha256}`
          )
          return
        }
      }
      const replacing = current !== undefined
      if (this.options.dryRun) {
        this.wouldChange = true
        this.record(
          name,
          'dry-run',
          replacing
            ? `would replace the attached file (${current?.state === 'uploaded' ? 'different content' : 'incomplete upload'})`
            : `would upload (sha256 ${wheel.sha256})`
        )
        return
      }
      if (release.immutable) throw this.immutableError(release, name)
      if (current) await this.deleteAssetQuietly(current)
      try {
        const asset = await this.client.uploadAsset(release, {
          path: wheel.path,
          name,
          size: wheel.size,
          contentType: WHEEL_CONTENT_TYPE
        })
        const stored = sha256FromDigest(asset.digest)
        if (stored !== null && stored !== wheel.sha256) {
          throw new GateError(
            GATE,
            `GitHub stored ${name} with sha256 ${stored}, but the wheel's sha256 is ${wheel.sha256}.`,
            'The file changed during the upload or was corrupted on the way. Re-run the gate; it replaces nothing without overwrite-assets.'
          )
        }
        this.uploaded = true
        this.record(
          name,
          'updated',
          `${replacing ? 'replaced' : 'uploaded'} (sha256 ${wheel.sha256})`
        )
        return
      } catch (error) {
        if (isImmutableRefusal(error)) throw this.immutableError(release, name)
        if (!isAlreadyExists(error) || round >= ASSET_ROUNDS) throw error
        // A concurrent job attached a file of the same name: judge it like any existing asset.
        this.logger.info(`${name} appeared on the release meanwhile; comparing it.`)
        current = (await this.client.listAssets(release.id)).find(asset => asset.name === name)
      }
    }
  }

  private async deleteAssetQuietly(asset: AssetInfo): Promise<void> {
    try {
      await this.client.deleteAsset(asset.id)
    } catch (error) {
      if (!(error instanceof GitHubApiError && error.status === 404)) throw error
    }
  }

  async run(
    wheels: readonly WheelInspection[],
    title: string,
    body: string
  ): Promise<ReleaseResult> {
    // A PEP 440 pre or dev release becomes a GitHub prerelease.
    const prerelease = isPrerelease(this.versionOf(wheels))
    const { release, created, duplicates } = await this.settleRelease(title, body, prerelease)
    if (release === null) {
      for (const wheel of wheels) {
        this.record(wheel.filename.filename, 'dry-run', `would upload (sha256 ${wheel.sha256})`)
      }
      return this.finish('dry-run', null)
    }
    if (created) {
      this.record(
        this.tag,
        'created',
        `created release '${title}'${prerelease ? ' (prerelease)' : ''} at ${this.options.commit}`
      )
    }
    await this.removeDuplicates(duplicates)
    const assets = await this.client.listAssets(release.id)
    for (const wheel of wheels) {
      const existing = assets.find(asset => asset.name === wheel.filename.filename)
      await this.settleAsset(release, wheel, existing)
    }
    const decision: Decision = created
      ? 'created'
      : this.uploaded
        ? 'updated'
        : this.wouldChange
          ? 'dry-run'
          : 'unchanged'
    if (!created && this.conflicts.length === 0) {
      const draft = release.draft ? ' (a draft: publish it when every file is attached)' : ''
      this.record(this.tag, decision, `release ${release.htmlUrl}${draft}`)
    }
    if (this.conflicts.length > 0) {
      this.finish('conflict', release)
      throw new GateError(
        GATE,
        `Release ${this.tag} (${release.htmlUrl}) already has ${this.conflicts.join(', ')} with content other than the wheel that passed verification.`,
        'Set overwrite-assets: true to replace the attached file, or delete it from the release, or publish a new version (.postN).'
      )
    }
    return this.finish(decision, release)
  }

  private versionOf(wheels: readonly WheelInspection[]): string {
    return this.options.version ?? wheels[0]!.filename.version
  }

  finish(decision: Decision, release: ReleaseInfo | null): ReleaseResult {
    this.log.setOutput('decision', decision)
    this.log.setOutput('release-url', release?.htmlUrl ?? '')
    this.log.setOutput('release-id', release === null ? '' : release.id)
    return {
      decision,
      tag: this.tag,
      releaseId: release?.id ?? null,
      releaseUrl: release?.htmlUrl ?? ''
    }
  }
}

function skip(
  options: ReleaseOptions,
  log: DecisionLog,
  tag: string,
  reason: string,
  hint: string
): ReleaseResult {
  if (options.direct) throw new GateError(GATE, `Cannot release: ${reason}.`, hint)
  log.record({ gate: GATE, target: tag, decision: 'skipped', reason })
  log.setOutput('decision', 'skipped')
  log.setOutput('release-url', '')
  log.setOutput('release-id', '')
  return { decision: 'skipped', tag, releaseId: null, releaseUrl: '' }
}

const PERMISSION_HINT =
  'Give the job `permissions: contents: write` and pass `github-token: ${{ github.token }}` (or a token allowed to write releases).'

/** Runs the release gate for `wheels` (all of one version) through `client`. */
export async function releaseGate(
  options: ReleaseOptions,
  wheels: readonly WheelInspection[],
  client: ReleaseClient,
  log: DecisionLog,
  logger: Logger
): Promise<ReleaseResult> {
  const first = wheels[0]
  if (!first) {
    throw new GateError(GATE, 'No wheel to release.', 'Point `wheel` at the wheel(s) to attach.')
  }
  const version = options.version ?? first.filename.version
  if (!isValidVersion(version)) {
    throw new GateError(
      GATE,
      `Cannot release version '${version}': it is not a PEP 440 version.`,
      'Release wheels that passed check, or set version to the PEP 440 version they carry.'
    )
  }
  const strays = wheels.filter(wheel => wheel.filename.version !== first.filename.version)
  if (strays.length > 0) {
    throw new GateError(
      GATE,
      `The wheels have different versions: ${first.filename.filename} and ${strays.map(w => w.filename.filename).join(', ')}.`,
      'One release holds one version; release each version in its own step.'
    )
  }
  for (const result of options.verify) {
    const wheel = wheels.find(w => w.filename.filename === result.filename)
    if (wheel && wheel.sha256 !== result.sha256) {
      throw new GateError(
        GATE,
        `${result.filename} has sha256 ${wheel.sha256}, but verify passed a file with sha256 ${result.sha256}.`,
        'Release exactly the wheel that was verified: take it from the same artifact as verify did.'
      )
    }
  }
  const values = { version, variant: options.variant, package: options.packageName }
  const tag = renderTemplate('release-tag', options.tagTemplate, values)
  const title = renderTemplate('release-title', options.titleTemplate, values)
  const problem = tagProblem(tag)
  if (problem) {
    throw new GateError(
      GATE,
      `Invalid release tag '${tag}' (from release-tag '${options.tagTemplate}'): ${problem}.`,
      'Change release-tag so it makes a valid git tag name.'
    )
  }
  if (options.token === '') {
    return skip(options, log, tag, 'no GitHub token (github-token is empty)', PERMISSION_HINT)
  }
  logger.mask(options.token)
  parseRepository(options.repository)
  const body = renderNotes({
    packageName: options.packageName,
    variant: options.variant,
    version,
    wheels: wheels.map(wheel => ({ filename: wheel.filename.filename, sha256: wheel.sha256 })),
    verify: options.verify,
    extra: options.releaseNotes
  })
  const run = new ReleaseRun(options, client, log, logger, tag)
  try {
    return await run.run(wheels, title, body)
  } catch (error) {
    if (isPermissionDenied(error)) {
      const message = error instanceof Error ? error.message : String(error)
      return skip(
        options,
        log,
        tag,
        `the GitHub token may not write releases (${message})`,
        PERMISSION_HINT
      )
    }
    if (error instanceof GitHubApiError) {
      throw new GateError(
        GATE,
        `GitHub API error for ${options.repository} at ${options.apiUrl}: ${error.message}`,
        error.status === 404 || error.status === 401
          ? 'Check github-token, GITHUB_REPOSITORY and GITHUB_API_URL.'
          : 'Server errors were already retried; re-run the gate, it only does what is missing.'
      )
    }
    throw error
  }
}
