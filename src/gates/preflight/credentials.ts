/**
 * The preflight's credentials: every index the run uploads to has a token, credentials in its
 * URL, or trusted publishing available (an Actions job with id-token: write); a release has a
 * GitHub token and knows its repository. Missing ones are SettingErrors (exit 2) whose hints
 * name the flags or the inputs, for the way in that is running.
 */
import { parseGitHubRepository, type RepositoryName } from '../../github/repository.js'
import type { IndexTarget } from '../../pypi/targets.js'
import type { Settings } from '../../settings.js'
import { SettingError } from '../../util/errors.js'
import type { GateContext } from '../context.js'
import { credentialsHint, nameInput, releasePermissionHint, repositoryHint } from '../hints.js'
import type { IndexRole } from '../options.js'

/** How the run will authenticate to one index, in words for the plan; throws when it cannot. */
export function indexCredentials(
  settings: Settings,
  context: GateContext,
  role: IndexRole,
  target: IndexTarget
): string {
  if (target.kind === 'file') return 'none needed (a directory)'
  const tokenInput = role === 'production' ? 'token' : 'test-token'
  const token = role === 'production' ? settings.token : settings.testToken
  if (token) return `the API token from ${nameInput(context.audience, tokenInput)}`
  if (target.credentials) return 'the credentials in the repository URL'
  if (context.env.oidc) return "trusted publishing (a token minted from the job's OIDC token)"
  const what = role === 'production' ? 'the index' : 'the test index'
  throw new SettingError(
    settings.gate,
    `No credentials for ${what} ${target.label}: ${nameInput(context.audience, tokenInput)} is empty` +
      (context.env.inActions
        ? ' and the job cannot use trusted publishing (it has no id-token: write).'
        : '.'),
    credentialsHint(context.audience, tokenInput)
  )
}

/**
 * `attestations: true` where they cannot be made: PyPI takes attestations only with trusted
 * publishing (never with an API token), and only a run that can sign makes them. Known before
 * any upload, so a setting error (the publish gate would refuse it only at that upload).
 */
export function checkAttestations(
  settings: Settings,
  context: GateContext,
  role: IndexRole,
  target: IndexTarget
): void {
  if (settings.attestations !== true || target.kind === 'file') return
  const tokenInput = role === 'production' ? 'token' : 'test-token'
  const token = role === 'production' ? settings.token : settings.testToken
  const attestations = nameInput(context.audience, 'attestations')
  if (token) {
    throw new SettingError(
      settings.gate,
      `${attestations} is true, but ${target.label} is given an API token (${nameInput(context.audience, tokenInput)}): PyPI accepts attestations only with trusted publishing uploads.`,
      context.audience === 'cli'
        ? `Publish from a GitHub Actions job with trusted publishing, or pass ${attestations}=false.`
        : `Remove the ${tokenInput} input to publish with trusted publishing, or set attestations: false.`
    )
  }
  if (!context.signer) {
    throw new SettingError(
      settings.gate,
      `${attestations} is true, but this run cannot sign: attestations are signed with the job's OIDC identity.`,
      context.audience === 'cli'
        ? `Pass ${attestations}=false (a shell has no OIDC identity to sign with).`
        : 'Give the job permissions: id-token: write, or set attestations: false.'
    )
  }
}

/**
 * The repository a release goes to, or null when the pipeline skips the release for lack of a
 * token. The release gate itself needs both.
 */
export function releaseRepository(
  settings: Settings,
  context: GateContext,
  mode: 'direct' | 'pipeline'
): RepositoryName | null {
  if (settings.githubToken === '') {
    if (mode === 'pipeline') return null
    throw new SettingError(
      settings.gate,
      `The release gate needs a GitHub token, and ${nameInput(context.audience, 'github-token')} is empty.`,
      releasePermissionHint(context.audience)
    )
  }
  const repository = context.env.repository
  if (repository === '') {
    throw new SettingError(
      settings.gate,
      'The release needs the GitHub repository (owner/name) it goes to, and none was given.',
      repositoryHint(context.audience) +
        (mode === 'pipeline' && context.audience === 'cli'
          ? ' Or leave GITHUB_TOKEN and --github-token unset: the pipeline then skips the release.'
          : '')
    )
  }
  try {
    return parseGitHubRepository(repository)
  } catch {
    throw new SettingError(
      settings.gate,
      `Invalid repository '${repository}' for the release. Expected format {owner}/{repo}.`,
      repositoryHint(context.audience)
    )
  }
}
