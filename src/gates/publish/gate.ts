/**
 * The `publish` gate: for every wheel, ask the index what it already holds, and decide all of
 * them before the first upload: a conflict on any stops the gate with nothing uploaded. Then
 * upload, or skip as identical; never replace a file. After any failed or ambiguous upload the
 * index is asked again, because the upload may have landed anyway, or another run's upload of
 * the same file may have landed first (then this run reports it skipped, not uploaded).
 */
import path from 'node:path'
import type { DecisionLog } from '../../report/decisions.js'
import type { IndexClient } from '../../pypi/client.js'
import type { ExistingFile } from '../../pypi/read.js'
import { explainRejection } from '../../pypi/rejections.js'
import { resolveTarget, type IndexTarget } from '../../pypi/targets.js'
import { UploadError, type Credentials } from '../../pypi/upload.js'
import { GateError } from '../../util/errors.js'
import type { Logger } from '../../util/logger.js'
import { retry } from '../../util/retry.js'
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
  /**
   * Asks a person before the uploads, once there is something to upload; resolves false to
   * stop with nothing uploaded. Absent where nobody can answer.
   */
  readonly confirm?: (question: string) => Promise<boolean>
}

/** The side effects of publishing: the index client and the clock's waits and jitter. */
export type PublishPorts = Pick<IndexClient, 'listFiles' | 'upload' | 'mintToken'> & {
  readonly sleep: (ms: number) => Promise<void>
  readonly random: () => number
}

function megabytes(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`
}

function conflictError(wheel: WheelInspection, existing: ExistingFile, where: string): GateError {
  const filename = path.basename(wheel.path)
  return new GateError(
    'publish',
    `${filename} already exists on ${where} with different content (index sha256 ${existing.sha256 ?? 'unknown'}, this file ${wheel.sha256}). A file name on the index can never be replaced, not even after deleting it.`,
    `Rebuild with a new version: set version-suffix to .post1 (or the next free .postN) so the wheel gets a new file name, then publish that.`
  )
}

type Found =
  | { readonly state: 'absent' }
  | { readonly state: 'identical'; readonly file: ExistingFile }
  | { readonly state: 'different'; readonly file: ExistingFile }

function find(files: readonly ExistingFile[], wheel: WheelInspection): Found {
  const filename = path.basename(wheel.path)
  const file = files.find(candidate => candidate.filename === filename)
  if (!file) return { state: 'absent' }
  return file.sha256 === wheel.sha256 ? { state: 'identical', file } : { state: 'different', file }
}

/** What the index holds of each wheel, asked for all of them before anything is uploaded. */
async function findAll(
  target: IndexTarget,
  wheels: readonly WheelInspection[],
  ports: Pick<PublishPorts, 'listFiles'>
): Promise<{ wheel: WheelInspection; found: Found }[]> {
  const decided = []
  for (const wheel of wheels) {
    const files = await ports.listFiles(
      target,
      wheel.filename.normalizedName,
      wheel.filename.version
    )
    decided.push({ wheel, found: find(files, wheel) })
  }
  return decided
}

/** Records every conflict and throws for the first: a file name on an index is forever. */
function stopOnConflicts(
  decided: readonly { wheel: WheelInspection; found: Found }[],
  where: string,
  log: DecisionLog
): void {
  const conflicts = decided.filter(d => d.found.state === 'different')
  if (conflicts.length === 0) return
  for (const { wheel, found } of conflicts) {
    const file = (found as { file: ExistingFile }).file
    log.record({
      gate: 'publish',
      target: path.basename(wheel.path),
      decision: 'conflict',
      reason: `${where} holds another file under this name (sha256 ${file.sha256 ?? 'not given'}); nothing was uploaded`
    })
  }
  log.setOutput('decision', 'conflict')
  const first = conflicts[0]!
  throw conflictError(first.wheel, (first.found as { file: ExistingFile }).file, where)
}

/**
 * Asks the index of `options` about every wheel and throws a conflict error when any name is
 * taken by other content: the pipeline asks the production index this before its first upload
 * to the test index, so a conflict there stops the run with nothing written anywhere.
 */
export async function assertPublishable(
  options: Pick<PublishOptions, 'repository' | 'indexUrl'>,
  wheels: readonly WheelInspection[],
  ports: Pick<PublishPorts, 'listFiles'>,
  log: DecisionLog
): Promise<void> {
  const target = resolveTarget(options.repository, options.indexUrl)
  stopOnConflicts(await findAll(target, wheels, ports), target.label, log)
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
      'Point the wheel input at a built wheel.'
    )
  }
  const target = resolveTarget(options.repository, options.indexUrl)
  if (options.token) logger.mask(options.token)
  const where = target.label
  log.setOutput('sha256', wheels.map(w => w.sha256).join(' '))
  log.setOutput('version', [...new Set(wheels.map(w => w.filename.version))].join(' '))
  log.setOutput('uploaded', false)

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

  // Every wheel is decided before the first upload: a conflict on one uploads none.
  const decided = await findAll(target, wheels, ports)
  stopOnConflicts(decided, where, log)
  const missing = decided.filter(d => d.found.state === 'absent').map(d => d.wheel)
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
  for (const { wheel, found } of decided) {
    const filename = path.basename(wheel.path)
    if (found.state === 'identical') {
      log.record({
        gate: 'publish',
        target: filename,
        decision: 'skipped-identical',
        reason: `${where} already has this exact file (sha256 ${wheel.sha256})`
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
        reason: `would upload ${megabytes(wheel.size)} to ${where} (not there yet)`
      })
      logger.info(`${filename}: dry run, would upload ${megabytes(wheel.size)} to ${where}`)
      decisions.push('dry-run')
      continue
    }
    const auth = await getCredentials()
    const outcome = await uploadChecked(target, wheel, auth, options, ports, logger)
    log.record({
      gate: 'publish',
      target: filename,
      decision: outcome.decision,
      reason: outcome.reason
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
  logger: Logger
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
          `${filename}: uploading ${megabytes(wheel.size)} to ${where}${attempt > 1 ? ` (attempt ${attempt})` : ''}`
        )
        try {
          await ports.upload(target, wheel, credentials)
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
      const explained = explainRejection(error)
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
