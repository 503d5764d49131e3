/**
 * The `publish` gate: for every wheel, ask the index what it already holds, and decide all of
 * them before the first upload: a conflict on any stops the gate with nothing uploaded. Then
 * upload, or skip as identical; never replace a file. After any failed or ambiguous upload the
 * index is asked again, because the upload may have landed anyway, or another run's upload of
 * the same file may have landed first (then this run reports it skipped, not uploaded).
 */
import path from 'node:path'
import type { Attestation } from '../../attest/attestation.js'
import type { DecisionLog } from '../../report/decisions.js'
import type { IndexClient } from '../../pypi/client.js'
import { closedRelease, CLOSED_RELEASE_MESSAGE } from '../../pypi/closed.js'
import type { ExistingFile } from '../../pypi/read.js'
import { explainRejection } from '../../pypi/rejections.js'
import { resolveTarget, type IndexTarget } from '../../pypi/targets.js'
import { UploadError, type Credentials } from '../../pypi/upload.js'
import { GateError } from '../../util/errors.js'
import type { Logger } from '../../util/logger.js'
import { retry } from '../../util/retry.js'
import { nameInput, type Audience } from '../hints.js'
import { attestationFor, attestationsEnabled, provenanceText, type AttestPorts } from './attest.js'
import { formatSize } from '../../util/size.js'
import type { WheelInspection } from '../../wheel/types.js'

/** What the publish gate needs from settings (inputs repository, index-url, token, dry-run). */
export interface PublishOptions {
  /** `pypi`, `testpypi`, an upload URL, or `file://DIR`. */
  readonly repository: string
  /** Simple index to read; null derives it from `repository`. */
  readonly indexUrl: string | null
  /** API token; null means trusted publishing (OIDC). Ignored for file:// targets. */
  readonly token: string | null
  /** Decide and report, upload nothing. */
  readonly dryRun: boolean
  /** Upload attempts per file, the first included (default 4). */
  readonly attempts?: number
  /** PEP 740 attestations: true, false, or null/absent for on with Trusted Publishing only. */
  readonly attestations?: boolean | null
  /**
   * Asks a person before the uploads, once there is something to upload; resolves false to
   * stop with nothing uploaded. Absent where nobody can answer.
   */
  readonly confirm?: (question: string) => Promise<boolean>
  /** Who reads the hints: a workflow's author (the default) or a person at a shell. */
  readonly audience?: Audience
}

/** The side effects of publishing: the index client and the clock (now, waits and jitter). */
export type PublishPorts = Pick<
  IndexClient,
  'listFiles' | 'upload' | 'mintToken' | 'provenance'
> & {
  readonly sleep: (ms: number) => Promise<void>
  readonly random: () => number
  /** Milliseconds since the epoch: how old a release is (the closed-release rule). */
  readonly now: () => number
  /** Signing and keeping attestations; absent where the run cannot sign. */
  readonly attest?: AttestPorts
}

const NEW_VERSION_HINT =
  'Rebuild with a new version: set version-suffix to .post1 (or auto for the next free .postN) so ' +
  'the wheel gets a new file name, then publish that.'

function conflictError(wheel: WheelInspection, existing: ExistingFile, where: string): GateError {
  const filename = path.basename(wheel.path)
  const smaller =
    typeof existing.size === 'number' && existing.size < wheel.size
      ? ` The index's file is smaller (${formatSize(existing.size)}, this one ` +
        `${formatSize(wheel.size)}): it may be a partly stored upload, cut off on the way.`
      : ''
  return new GateError(
    'publish',
    `${filename} already exists on ${where} with different content (index sha256 ${existing.sha256 ?? 'unknown'}, this file ${wheel.sha256}). A file name on the index can never be replaced, not even after deleting it.${smaller}`,
    smaller
      ? `${NEW_VERSION_HINT} (An index other than PyPI may let its admin delete the partial file; PyPI never lets the name be used again.)`
      : NEW_VERSION_HINT
  )
}

function cannotCompareError(wheel: WheelInspection, where: string): GateError {
  const filename = path.basename(wheel.path)
  return new GateError(
    'publish',
    `Cannot compare ${filename} with the file of that name on ${where}: the index lists it without a sha256, so it is unknown whether it is this wheel (sha256 ${wheel.sha256}). Nothing was uploaded.`,
    'Point index-url at an index page that states hashes (PEP 503 #sha256= links or PEP 691 JSON), ' +
      "or compare the index's file with this one by hand; if they differ, " +
      NEW_VERSION_HINT.charAt(0).toLowerCase() +
      NEW_VERSION_HINT.slice(1)
  )
}

/** Thrown when the index refuses new files for the release (decision `closed`). */
export class ClosedReleaseError extends GateError {}

type Found =
  | { readonly state: 'absent' }
  | { readonly state: 'identical'; readonly file: ExistingFile }
  | { readonly state: 'different'; readonly file: ExistingFile }
  | { readonly state: 'unknown'; readonly file: ExistingFile }

function find(files: readonly ExistingFile[], wheel: WheelInspection): Found {
  const filename = path.basename(wheel.path)
  const file = files.find(candidate => candidate.filename === filename)
  if (!file) return { state: 'absent' }
  if (file.sha256 === null) return { state: 'unknown', file }
  return file.sha256 === wheel.sha256 ? { state: 'identical', file } : { state: 'different', file }
}

/** What the index holds for each wheel's name and version, read once before anything is sent. */
interface Survey {
  readonly wheel: WheelInspection
  readonly files: readonly ExistingFile[]
  readonly found: Found
}

async function survey(
  target: IndexTarget,
  wheels: readonly WheelInspection[],
  ports: Pick<PublishPorts, 'listFiles'>
): Promise<Survey[]> {
  const out: Survey[] = []
  for (const wheel of wheels) {
    const files = await ports.listFiles(
      target,
      wheel.filename.normalizedName,
      wheel.filename.version
    )
    out.push({ wheel, files, found: find(files, wheel) })
  }
  return out
}

/**
 * Stops before any byte is sent when a wheel could never land: another file under its name
 * (`conflict`), a file that cannot be compared, or (on PyPI and TestPyPI, which run Warehouse)
 * a release closed to new files (`closed`). Files already there identically are not uploads,
 * so they pass even into a closed release.
 */
function refuseWhatCannotLand(
  target: IndexTarget,
  surveyed: readonly Survey[],
  now: () => number,
  log: DecisionLog
): void {
  const where = target.label
  for (const { wheel, found } of surveyed) {
    const filename = path.basename(wheel.path)
    if (found.state === 'different') {
      log.record({
        gate: 'publish',
        target: filename,
        decision: 'conflict',
        reason: `${where} holds another file under this name (sha256 ${found.file.sha256 ?? 'not given'})`
      })
      log.setOutput('decision', 'conflict')
      throw conflictError(wheel, found.file, where)
    }
    if (found.state === 'unknown') {
      log.record({
        gate: 'publish',
        target: filename,
        decision: 'failed',
        reason: `cannot compare: ${where} lists this name without a sha256`
      })
      throw cannotCompareError(wheel, where)
    }
  }
  // Only Warehouse (PyPI, TestPyPI: the targets with its JSON API) closes releases.
  if (target.kind === 'file' || !target.jsonApiUrl) return
  const absent = surveyed.filter(s => s.found.state === 'absent')
  if (absent.length === 0) return
  const closed = closedRelease(absent[0]!.files, now())
  if (!closed) return
  const { normalizedName, version } = absent[0]!.wheel.filename
  const created = new Date(closed.createdAt).toISOString()
  for (const { wheel, found } of surveyed) {
    log.record({
      gate: 'publish',
      target: path.basename(wheel.path),
      decision: found.state === 'absent' ? 'closed' : 'skipped-identical',
      reason:
        found.state === 'absent'
          ? `${where} refuses new files for ${normalizedName} ${version}: created ${created}, ${closed.ageDays} days ago`
          : `${where} already has this exact file (sha256 ${wheel.sha256})`
    })
  }
  log.setOutput('decision', 'closed')
  throw new ClosedReleaseError(
    'publish',
    `${where} refuses new files for ${normalizedName} ${version}: the release was created ${created}, ${closed.ageDays} days ago, and PyPI says: "${CLOSED_RELEASE_MESSAGE}" Nothing was uploaded (${absent.map(s => path.basename(s.wheel.path)).join(', ')}).`,
    `Publish these wheels as a new version: set version-suffix to .post1 (or auto for the next free .postN), rebuild and publish that; the files already in ${version} stay as they are.`
  )
}

/**
 * Before anything is uploaded anywhere (the pipeline's test upload included): refuses with
 * `conflict` or `closed` what `target` could never take. Records nothing when all can land.
 */
export async function refuseUnpublishable(
  options: Pick<PublishOptions, 'repository' | 'indexUrl'>,
  wheels: readonly WheelInspection[],
  ports: Pick<PublishPorts, 'listFiles' | 'now'>,
  log: DecisionLog
): Promise<void> {
  const target = resolveTarget(options.repository, options.indexUrl)
  refuseWhatCannotLand(target, await survey(target, wheels, ports), () => ports.now(), log)
}

/**
 * Runs the publish gate over `wheels`. Records one decision per wheel (uploaded,
 * skipped-identical, conflict, dry-run) and sets the outputs decision, uploaded, sha256, version.
 * Throws GateError on a conflict (before any upload) or an upload the index refused.
 */
export async function publishGate(
  options: PublishOptions,
  wheels: readonly WheelInspection[],
  ports: PublishPorts,
  log: DecisionLog,
  logger: Logger
): Promise<void> {
  if (wheels.length === 0) {
    throw new GateError(
      'publish',
      'No wheel to publish.',
      `Point ${nameInput(options.audience ?? 'actions', 'wheel')} at a built wheel.`
    )
  }
  const target = resolveTarget(options.repository, options.indexUrl)
  if (options.token) logger.mask(options.token)
  const where = target.label
  log.setOutput('sha256', wheels.map(w => w.sha256).join(' '))
  log.setOutput('version', [...new Set(wheels.map(w => w.filename.version))].join(' '))
  log.setOutput('uploaded', false)
  const attest = attestationsEnabled(
    options.attestations,
    target,
    options.token,
    ports.attest !== undefined,
    logger,
    options.audience
  )
  // Set only when attesting, so runs without attestations keep their outputs as they were.
  if (attest) log.setOutput('attested', false)
  let attestedAll = attest
  // The provenance the index serves for a file, for its decision row and the attested output.
  const provenanceOf = async (wheel: WheelInspection): Promise<string> => {
    const read = ports.provenance
    const provenance = read
      ? await read(
          target,
          wheel.filename.normalizedName,
          wheel.filename.version,
          path.basename(wheel.path)
        ).catch((error: unknown) => {
          logger.warning(
            `${path.basename(wheel.path)}: could not read its provenance: ${(error as Error).message}`
          )
          return null
        })
      : null
    if (!provenance?.attestation_bundles.length) attestedAll = false
    return provenanceText(provenance)
  }

  let credentials: Credentials | null | undefined
  const getCredentials = async (): Promise<Credentials | null> => {
    if (credentials !== undefined) return credentials
    if (target.kind === 'file') credentials = null
    else if (options.token) credentials = { username: '__token__', password: options.token }
    else if (target.credentials) credentials = target.credentials
    else {
      logger.info(`No token given: using trusted publishing with ${where}`)
      const token = await ports.mintToken(target)
      logger.mask(token)
      credentials = { username: '__token__', password: token }
    }
    return credentials
  }

  const surveyed = await survey(target, wheels, ports)
  refuseWhatCannotLand(target, surveyed, () => ports.now(), log)
  const missing = surveyed.filter(s => s.found.state === 'absent').map(s => s.wheel)
  if (missing.length > 0 && options.confirm && !options.dryRun) {
    const names = missing.map(w => path.basename(w.path)).join(', ')
    const yes = await options.confirm(`Upload ${names} to ${where}? This cannot be undone.`)
    if (!yes) {
      for (const wheel of missing) {
        log.record({
          gate: 'publish',
          target: path.basename(wheel.path),
          decision: 'failed',
          reason: `the upload to ${where} was declined at the prompt; nothing was uploaded`
        })
      }
      log.setOutput('decision', 'failed')
      throw new GateError(
        'publish',
        `The production upload to ${where} was declined.`,
        'Nothing was uploaded to production. Re-run and answer yes, or pass --yes for unattended runs.'
      )
    }
  }

  const decisions: string[] = []
  for (const { wheel, found: before } of surveyed) {
    const filename = path.basename(wheel.path)
    if (before.state === 'identical') {
      log.record({
        gate: 'publish',
        target: filename,
        decision: 'skipped-identical',
        reason: `${where} already has this exact file (sha256 ${wheel.sha256})${attest ? `; ${await provenanceOf(wheel)}` : ''}`
      })
      logger.info(`${filename}: already on ${where} with the same sha256; not uploading again`)
      decisions.push('skipped-identical')
      continue
    }
    if (options.dryRun) {
      log.record({
        gate: 'publish',
        target: filename,
        decision: 'dry-run',
        reason: `would upload ${formatSize(wheel.size)} to ${where} (not there yet)${attest ? `; would attest ${filename} (sha256 ${wheel.sha256}) as this job, nothing signed` : ''}`
      })
      attestedAll = false
      logger.info(`${filename}: dry run, would upload ${formatSize(wheel.size)} to ${where}`)
      decisions.push('dry-run')
      continue
    }
    // Signed and checked before the upload starts: a bad attestation stops here.
    const attestations =
      attest && ports.attest
        ? [await attestationFor(wheel, ports.attest, logger, options.audience)]
        : undefined
    const auth = await getCredentials()
    const outcome = await uploadChecked(target, wheel, auth, options, ports, logger, attestations)
    log.record({
      gate: 'publish',
      target: filename,
      decision: outcome.decision,
      reason:
        attest && outcome.decision === 'uploaded'
          ? `${outcome.reason}; ${await provenanceOf(wheel)}`
          : outcome.reason
    })
    if (outcome.decision === 'uploaded') log.setOutput('uploaded', true)
    decisions.push(outcome.decision)
  }
  const decision = decisions.includes('uploaded')
    ? 'uploaded'
    : decisions.includes('dry-run')
      ? 'dry-run'
      : 'skipped-identical'
  log.setOutput('decision', decision)
  if (attest) log.setOutput('attested', attestedAll)
}

/** How one upload ended: stored by this run, or found stored by another run first. */
interface UploadOutcome {
  readonly decision: 'uploaded' | 'skipped-identical'
  readonly reason: string
}

// Uploads with retries; after every failure the index is asked whether the file landed. An
// index that refused the upload (4xx) but holds this exact file got it from another run: this
// run did not store it, so it is a skip. After a network or server error the bytes may well
// have been stored by this very request: then it counts as this run's upload.
async function uploadChecked(
  target: IndexTarget,
  wheel: WheelInspection,
  credentials: Credentials | null,
  options: PublishOptions,
  ports: PublishPorts,
  logger: Logger,
  attestations?: readonly Attestation[]
): Promise<UploadOutcome> {
  const filename = path.basename(wheel.path)
  const where = target.label
  const recheck = async (): Promise<Found> =>
    find(
      await ports.listFiles(target, wheel.filename.normalizedName, wheel.filename.version),
      wheel
    )
  let landedAnyway: 'ours' | 'theirs' | null = null
  try {
    await retry(
      async attempt => {
        logger.info(
          `${filename}: uploading ${formatSize(wheel.size)} to ${where}${attempt > 1 ? ` (attempt ${attempt})` : ''}`
        )
        try {
          await ports.upload(target, wheel, credentials, attestations)
        } catch (error) {
          const now = await recheck()
          if (now.state === 'identical') {
            const refused = error instanceof UploadError && error.kind === 'client'
            landedAnyway = refused ? 'theirs' : 'ours'
            logger.info(
              refused
                ? `${filename}: ${where} refused the upload and holds this exact file: another run stored it first`
                : `${filename}: the upload reported an error, but ${where} now holds this exact file`
            )
            return
          }
          if (now.state === 'different') throw conflictError(wheel, now.file, where)
          throw error
        }
      },
      {
        attempts: options.attempts ?? 4,
        baseDelayMs: 2000,
        maxDelayMs: 30000,
        sleep: ports.sleep,
        random: ports.random,
        retryable: error => error instanceof UploadError && error.retryable,
        onRetry: (error, attempt, delay) =>
          logger.warning(
            `${filename}: attempt ${attempt} failed (${(error as Error).message}); retrying in ${(delay / 1000).toFixed(1)} s`
          )
      }
    )
  } catch (error) {
    if (error instanceof GateError) throw error
    if (error instanceof UploadError) {
      const explained = explainRejection(error, options.audience)
      throw new GateError(
        'publish',
        `${filename} was not uploaded to ${where}: ${explained.message}`,
        explained.hint
      )
    }
    throw new GateError(
      'publish',
      `${filename} was not uploaded to ${where}: ${(error as Error).message}`,
      'Re-run the gate: it uploads only what is missing.'
    )
  }
  // Assigned inside the retried callback, which TypeScript's flow analysis does not follow.
  const landed = landedAnyway as 'ours' | 'theirs' | null
  if (landed === 'theirs') {
    return {
      decision: 'skipped-identical',
      reason: `another upload stored this exact file on ${where} first (sha256 ${wheel.sha256}); the index refused this run's copy`
    }
  }
  return {
    decision: 'uploaded',
    reason:
      landed === 'ours'
        ? `the upload reported an error, but ${where} now holds this exact file (sha256 ${wheel.sha256})`
        : `uploaded to ${where} (sha256 ${wheel.sha256})`
  }
}
