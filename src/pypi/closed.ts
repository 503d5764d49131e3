/**
 * PyPI's closed releases: Warehouse refuses a new file for a release created more than 14 days
 * ago ("Uploading new files to releases older than 14 days is not allowed."). The index does not
 * publish a release's creation time; the earliest upload_time among the version's files (PyPI's
 * JSON API) is when its first file, and so the release, was created. Pure.
 */
import type { ExistingFile } from './read.js'

/**
 * warehouse/forklift/legacy.py MAXIMUM_AGE_FOR_NEW_UPLOADS_DAYS (pypi/warehouse main, 2026-07):
 * "After a release has been published for this number of days reject new uploaded files."
 */
export const MAXIMUM_AGE_FOR_NEW_UPLOADS_DAYS = 14
const DAY_MS = 24 * 60 * 60 * 1000

/** PyPI's refusal, word for word (legacy.py `file_upload`). */
export const CLOSED_RELEASE_MESSAGE = `Uploading new files to releases older than ${MAXIMUM_AGE_FOR_NEW_UPLOADS_DAYS} days is not allowed.`

/** When the release was created, as far as its files tell (ms since the epoch), or null. */
export function releaseCreatedAt(files: readonly ExistingFile[]): number | null {
  let earliest: number | null = null
  for (const file of files) {
    const at = file.uploadedAt
    if (typeof at === 'number' && Number.isFinite(at) && (earliest === null || at < earliest)) {
      earliest = at
    }
  }
  return earliest
}

/** The closed release's creation and age, or null while it still takes new files at `now`. */
export function closedRelease(
  files: readonly ExistingFile[],
  now: number
): { createdAt: number; ageDays: number } | null {
  const createdAt = releaseCreatedAt(files)
  // legacy.py: refused when release.created < now - MAXIMUM_AGE_FOR_NEW_UPLOADS_DAYS.
  if (createdAt === null || createdAt >= now - MAXIMUM_AGE_FOR_NEW_UPLOADS_DAYS * DAY_MS)
    return null
  return { createdAt, ageDays: Math.floor((now - createdAt) / DAY_MS) }
}
