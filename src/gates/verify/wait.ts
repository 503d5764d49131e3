/**
 * Waiting for the test index to show the checked file: polling with backoff up to the
 * wait-timeout, saying what the index showed meanwhile, and refusing a file of the same name
 * with another sha256 at once.
 */
import { GateError } from '../../util/errors.js'
import type { Logger } from '../../util/logger.js'
import type { IndexLister, ListedFile } from '../../python/listing.js'

/** What to wait for, where, and how long. */
export interface WaitOptions {
  readonly project: string
  readonly version: string
  readonly filename: string
  readonly sha256: string
  readonly timeoutSeconds: number
  readonly indexLabel: string
  readonly initialDelayMs: number
  readonly maxDelayMs: number
  /** Return null after the first look instead of waiting. */
  readonly once: boolean
}

function seenText(files: readonly ListedFile[], version: string): string {
  const ofVersion = files.filter(f => f.filename.split('-')[1] === version.replace(/-/g, '_'))
  if (ofVersion.length === 0) {
    return files.length === 0
      ? 'it lists no files of this project'
      : `it lists ${files.length} file(s) of this project, none of version ${version}`
  }
  const shown = ofVersion.slice(0, 8).map(f => `${f.filename} (sha256 ${f.sha256 ?? 'not given'})`)
  const more = ofVersion.length > 8 ? ` and ${ofVersion.length - 8} more` : ''
  return `it lists ${shown.join(', ')}${more}`
}

/** Milliseconds as seconds with one decimal, the way the wait reports them (`7s`, `2.5s`). */
export function seconds(ms: number): string {
  return `${Math.round(ms / 100) / 10}s`
}

/**
 * Polls `list` with backoff until it shows `filename`. A listed sha256 other than the expected
 * one is refused at once: the index will never serve another file under that name.
 */
export async function waitForFile(
  list: IndexLister,
  options: WaitOptions,
  clock: { now: () => number; sleep: (ms: number) => Promise<void> },
  logger: Logger
): Promise<{ file: ListedFile; waitedMs: number; looks: number } | null> {
  const start = clock.now()
  const deadline = start + options.timeoutSeconds * 1000
  let delay = options.initialDelayMs
  for (let looks = 1; ; looks++) {
    let seen: string
    try {
      const files = await list(options.project, options.version)
      const file = files.find(f => f.filename === options.filename)
      if (file) {
        if (file.sha256 !== null && file.sha256 !== options.sha256) {
          throw new GateError(
            'verify',
            `${options.indexLabel} holds ${options.filename} with sha256 ${file.sha256}, but the checked file has sha256 ${options.sha256}. Refusing to install a file other than the one that was checked.`,
            'Files on an index can never be replaced: the one there comes from another build. Verify that build, or publish this build under a new version (version-suffix: .post1).'
          )
        }
        return { file, waitedMs: clock.now() - start, looks }
      }
      seen = seenText(files, options.version)
    } catch (error) {
      if (error instanceof GateError && error.gate === 'verify') throw error
      seen = `reading it failed: ${(error as Error).message}`
    }
    if (options.once) {
      logger.info(`${options.indexLabel} does not show ${options.filename} yet: ${seen}.`)
      return null
    }
    const now = clock.now()
    if (now >= deadline) {
      throw new GateError(
        'verify',
        `Timed out after ${seconds(now - start)} (wait-timeout ${options.timeoutSeconds}s, ${looks} looks) waiting for ${options.indexLabel} to show ${options.filename} of ${options.project} ${options.version}: ${seen}.`,
        "TestPyPI's simple pages can stay stale for a long time: re-run verify later or raise wait-timeout. If the publish gate did not upload the file (check its decision), publish it first."
      )
    }
    const wait = Math.max(0, Math.min(delay, deadline - now))
    logger.info(
      `${options.indexLabel} does not show ${options.filename} yet: ${seen}. Waiting ${seconds(wait)} (${seconds(now - start)} of ${options.timeoutSeconds}s).`
    )
    await clock.sleep(wait)
    delay = Math.min(delay * 2, options.maxDelayMs)
  }
}
