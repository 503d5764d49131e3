/**
 * Each row's plan value from what the indexes, the GitHub release and the stores hold for it,
 * with the reason a user reads in the table. The order of the rules is the point: a file on the
 * production index is never built again (PyPI keeps filenames forever); a closed production
 * release can take no new file, so the row says to publish a `.postN`; a wheel built before only
 * needs publishing; a file on the test index alone still needs the whole way. Pure.
 */
import { closedRelease, MAXIMUM_AGE_FOR_NEW_UPLOADS_DAYS } from '../pypi/closed.js'
import type { ExistingFile } from '../pypi/read.js'
import type { PlanRow } from './rows.js'

/** The plan values, from the most work to none. */
export const PLAN_VALUES = ['build', 'publish', 'release-only', 'closed', 'done'] as const
export type PlanValue = (typeof PLAN_VALUES)[number]

/** The plan values a build matrix runs: the ones this workflow can finish by itself. */
export const WORK_VALUES: readonly PlanValue[] = ['build', 'publish', 'release-only']

/** What the GitHub release of the row's tag holds for it. */
export type ReleaseState =
  /** A published release has the row's wheel attached. */
  | { readonly state: 'present'; readonly asset: string }
  /** A draft has it attached; publishing the draft is still to do. */
  | { readonly state: 'draft'; readonly asset: string }
  /** There is no release of the tag, or it lacks the wheel. */
  | { readonly state: 'missing'; readonly why: string }
  /** A published immutable release lacks the wheel: it can never take it. */
  | { readonly state: 'frozen'; readonly why: string }
  /** Not looked at: no token, or GitHub would not answer. */
  | { readonly state: 'unknown'; readonly why: string }

/** Where a wheel of the row was built before. */
export interface BuiltBefore {
  readonly where: 'cache' | 'artifact'
  /** The cache key or artifact name. */
  readonly name: string
}

/** Everything looked up for one row. */
export interface RowEvidence {
  /** The row's file on the test index, or null. */
  readonly test: ExistingFile | null
  /** The row's file on the production index, or null. */
  readonly production: ExistingFile | null
  /** Every file of the row's version on the production index (the release's age). */
  readonly productionRelease: readonly ExistingFile[]
  readonly release: ReleaseState
  /** A wheel of the row in the cache or an artifact; null when none was found (or, for a row
   * on the production index, not looked for). */
  readonly built: BuiltBefore | null
}

/** A row's plan and why. */
export interface RowDecision {
  readonly plan: PlanValue
  readonly reason: string
}

/** The next free `.postN` of `version` as a hint (the suffix chooser decides for real). */
function postHint(version: string): string {
  const post = /\.post(\d+)/.exec(version)
  const base = version.replace(/\.post\d+/, '').replace(/\.dev\d+$/, '')
  return `${base}.post${post ? Number(post[1]) + 1 : 1}`
}

/** Decides one row's plan from its evidence at `now` (ms since the epoch). */
export function decideRow(row: PlanRow, evidence: RowEvidence, now: number): RowDecision {
  const { production, test, release, built } = evidence
  if (production) {
    const on = `on the production index as ${production.filename}`
    switch (release.state) {
      case 'present':
        return { plan: 'done', reason: `${on} and on release ${row.releaseTag}` }
      case 'unknown':
        return {
          plan: 'done',
          reason: `${on}; release ${row.releaseTag} not checked (${release.why})`
        }
      case 'draft':
        return {
          plan: 'release-only',
          reason: `${on}; release ${row.releaseTag} is still a draft: publish it (the wheel is attached)`
        }
      case 'frozen':
        return {
          plan: 'closed',
          reason: `${on}, missing from release ${row.releaseTag}, which is published and immutable (GitHub takes no new asset there): publish the wheel as a new version, e.g. version-suffix .post1 (${postHint(row.version)})`
        }
      case 'missing':
        return {
          plan: 'release-only',
          reason: `${on}, missing from release ${row.releaseTag} (${release.why}): the release takes the production index's file, nothing is built`
        }
    }
  }
  const closed = closedRelease(evidence.productionRelease, now)
  if (closed) {
    return {
      plan: 'closed',
      reason:
        `production's release ${row.version} was created ${closed.ageDays} days ago and PyPI ` +
        `takes no new file after ${MAXIMUM_AGE_FOR_NEW_UPLOADS_DAYS} days, so this wheel can never ` +
        `join it: publish it as a new version, e.g. version-suffix .post1 (${postHint(row.version)})`
    }
  }
  const onTest = test ? `; on the test index as ${test.filename}, still to verify and publish` : ''
  if (built) {
    const from =
      built.where === 'cache' ? `the wheel cache (${built.name})` : `artifact ${built.name}`
    return {
      plan: 'publish',
      reason: `built before (${from}), not on the production index${onTest}`
    }
  }
  return {
    plan: 'build',
    reason: test
      ? `on the test index only (${test.filename}) and built nowhere this run can reach: build, verify and publish; the rebuild must be byte for byte that file, or the test index refuses it as a conflict (version-suffix: auto builds the next .postN instead)`
      : 'on neither index and built nowhere: build, check, publish, verify, release'
  }
}

/** The plan value that stands for a whole plan: the most work any row needs. */
export function overallPlan(values: readonly PlanValue[]): PlanValue {
  for (const value of PLAN_VALUES) if (values.includes(value)) return value
  return 'done'
}
