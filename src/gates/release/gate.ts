/**
 * The `release` gate: the wheels of one version on the GitHub release of their tag, the way
 * GitHub's immutable releases need it: attached to a draft (made when absent; concurrent jobs
 * settle on one), and the draft published last, once (`release-finalize: true`, or the last
 * step of `gate: pipeline`). A re-run adds only what is missing and never keeps or replaces a
 * file that differs from the verified wheel without being told to. This module owns the gate's
 * inputs, refusals, outputs and overall decision; `attach.ts` and `finalize.ts` are the two
 * steps, `settle-release.ts` and `settle-asset.ts` their parts.
 */
import {
  GitHubApiError,
  isPermissionDenied,
  type ReleaseClient,
  type ReleaseInfo
} from '../../github/client.js'
import { renderNotes, type VerifySummary } from '../../github/notes.js'
import { parseGitHubRepository } from '../../github/repository.js'
import { renderTemplate, tagProblem } from '../../github/templates.js'
import type { Decision, DecisionLog } from '../../report/decisions.js'
import { GateError } from '../../util/errors.js'
import type { Logger } from '../../util/logger.js'
import { isPrerelease, isValidVersion } from '../../version/pep440.js'
import type { WheelInspection } from '../../wheel/types.js'
import { nameInput, type Audience } from '../hints.js'
import { AttachConflict, attachWheels } from './attach.js'
import { publishDraft } from './finalize.js'
import type { ReleaseRun } from './release-run.js'

/**
 * What the gate does: `attach` the wheels to the draft (gate: release), `finalize` (publish the
 * draft, release-finalize: true), or both in one step (`pipeline`).
 */
export type ReleaseMode = 'attach' | 'finalize' | 'pipeline'

/** What the release gate needs from settings and the Actions environment. */
export interface ReleaseOptions {
  readonly mode: ReleaseMode
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
  /** Who reads the hints: a workflow's author (the default) or a person at a shell. */
  readonly audience?: Audience
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

/** Sets the gate's outputs for `decision` and returns its result. */
function finish(
  log: DecisionLog,
  tag: string,
  decision: Decision,
  release: ReleaseInfo | null
): ReleaseResult {
  log.setOutput('decision', decision)
  log.setOutput('release-url', release?.htmlUrl ?? '')
  log.setOutput('release-id', release === null ? '' : release.id)
  return {
    decision,
    tag,
    releaseId: release?.id ?? null,
    releaseUrl: release?.htmlUrl ?? ''
  }
}

/** Runs the mode's steps; throws GateError on a conflict or a refusal. */
async function releaseWheels(
  mode: ReleaseMode,
  run: ReleaseRun,
  wheels: readonly WheelInspection[],
  log: DecisionLog
): Promise<ReleaseResult> {
  if (mode === 'finalize') {
    const published = await publishDraft(run, wheels)
    return finish(log, run.tag, published.decision, published.release)
  }
  let attached
  try {
    attached = await attachWheels(run, wheels)
  } catch (error) {
    if (!(error instanceof AttachConflict)) throw error
    finish(log, run.tag, 'conflict', error.release)
    throw error.error
  }
  if (mode === 'attach' || attached.release === null || !attached.release.draft) {
    return finish(log, run.tag, attached.decision, attached.release)
  }
  const published = await publishDraft(run, wheels)
  // The pipeline made the release when it created the draft; else publishing is the news.
  const decision =
    attached.created && published.decision === 'published' ? 'created' : published.decision
  return finish(log, run.tag, decision, published.release)
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

/** The hint for a token that may not write releases (the entry rewords it for the command line). */
export const PERMISSION_HINT =
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
  if (!first && !(options.mode === 'finalize' && options.version !== null)) {
    throw new GateError(
      GATE,
      'No wheel to release.',
      options.mode === 'finalize'
        ? options.audience === 'cli'
          ? 'Set --version (the tag is made from it), or point --wheel at the wheels.'
          : 'Set version (the tag is made from it), or point `wheel` or `wheel-artifact` at the wheels.'
        : `Point ${options.audience === 'cli' ? '--wheel' : '`wheel`'} at the wheel(s) to attach.`
    )
  }
  const version = options.version ?? first!.filename.version
  if (!isValidVersion(version)) {
    throw new GateError(
      GATE,
      `Cannot release version '${version}': it is not a PEP 440 version.`,
      'Release wheels that passed check, or set version to the PEP 440 version they carry.'
    )
  }
  const strays = wheels.filter(wheel => wheel.filename.version !== first!.filename.version)
  if (first && strays.length > 0) {
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
  parseGitHubRepository(options.repository)
  const run: ReleaseRun = {
    audience: options.audience,
    client,
    logger,
    tag,
    title,
    commit: options.commit,
    prerelease: isPrerelease(version),
    dryRun: options.dryRun,
    overwriteAssets: options.overwriteAssets,
    notes: held =>
      renderNotes({
        packageName: options.packageName,
        variant: options.variant,
        version,
        wheels: held,
        verify: options.verify,
        extra: options.releaseNotes
      }),
    record: (target, decision, reason) => {
      log.record({ gate: GATE, target, decision, reason })
      logger.info(`${target}: ${decision} (${reason})`)
    }
  }
  try {
    return await releaseWheels(options.mode, run, wheels, log)
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
          ? `Check ${nameInput(options.audience ?? 'actions', 'github-token')}, ${options.audience === 'cli' ? '--repository-name (or GITHUB_REPOSITORY)' : 'GITHUB_REPOSITORY'} and GITHUB_API_URL.`
          : 'Server errors were already retried; re-run the gate, it only does what is missing.'
      )
    }
    throw error
  }
}
