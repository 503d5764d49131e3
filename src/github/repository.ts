/**
 * The repository a release belongs to, from GITHUB_REPOSITORY (`owner/name`).
 */
import { GateError } from '../util/errors.js'

/** An `owner/name` pair. */
export interface RepositoryName {
  readonly owner: string
  readonly repo: string
}

/** Parses `owner/name`; anything else is a GateError that shows the expected form. */
export function parseGitHubRepository(text: string): RepositoryName {
  const match = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(text.trim())
  if (!match) {
    throw new GateError(
      'release',
      `Invalid repository '${text}'. Expected format {owner}/{repo}.`,
      'GITHUB_REPOSITORY is set by GitHub Actions; on the command line pass it as owner/name.'
    )
  }
  return { owner: match[1]!, repo: match[2]! }
}
