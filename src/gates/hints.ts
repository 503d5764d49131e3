/**
 * Hints written for the way in that is running. A workflow author fixes a run with action
 * inputs and job permissions; a person at a shell with flags and environment variables. A
 * hint that names the wrong one cannot be followed, so the few that differ are made here.
 */

/** Who reads a hint: the author of a workflow (`actions`) or a person at a shell (`cli`). */
export type Audience = 'actions' | 'cli'

/** The environment variables the command line also takes tokens from (they stay out of `ps`). */
export const TOKEN_VARIABLES: Readonly<Record<string, string>> = {
  token: 'PYPI_TOKEN',
  'test-token': 'TEST_PYPI_TOKEN',
  'github-token': 'GITHUB_TOKEN'
}

/** How to name one input: `the \`token\` input` in Actions, `--token (or PYPI_TOKEN)` on a shell. */
export function nameInput(audience: Audience, input: string): string {
  if (audience === 'actions') return `the \`${input}\` input`
  const variable = TOKEN_VARIABLES[input]
  return variable ? `--${input} (or ${variable})` : `--${input}`
}

/** How to set one input to a value: `input: value` in a workflow, `--input value` on a shell. */
export function setInput(audience: Audience, input: string, value: string): string {
  return audience === 'actions' ? `\`${input}: ${value}\`` : `--${input} ${value}`
}

/** Where the GitHub repository of a release comes from. */
export function repositoryHint(audience: Audience): string {
  return audience === 'actions'
    ? 'GITHUB_REPOSITORY is set by GitHub Actions for the repository the workflow runs in.'
    : 'Pass --repository-name owner/name (or set GITHUB_REPOSITORY=owner/name).'
}

/** What a token needs to write releases. */
export function releasePermissionHint(audience: Audience): string {
  return audience === 'actions'
    ? 'Give the job `permissions: contents: write` and pass `github-token: ${{ github.token }}` (or a token allowed to write releases).'
    : 'Set GITHUB_TOKEN (or --github-token) to a token that may write releases of the repository (a fine-grained token with Contents: write, or a classic token with the repo scope).'
}

/** How to give an index's credentials when none were given. */
export function credentialsHint(audience: Audience, tokenInput: string): string {
  return audience === 'actions'
    ? `Pass an API token in ${nameInput(audience, tokenInput)} (from a secret), or use trusted publishing: give the job \`permissions: id-token: write\` and register this workflow as a trusted publisher on the index.`
    : `Pass an API token with ${nameInput(audience, tokenInput)}; trusted publishing works only inside a GitHub Actions job.`
}

/** How to turn a boolean input on: `input: true` in a workflow, the bare `--input` on a shell. */
export function setSwitch(audience: Audience, input: string): string {
  return audience === 'actions' ? `\`${input}: true\`` : `--${input}`
}

/** How to run a gate: a `gate: release` step in a workflow, `vllm-cpu-publish release` on a shell. */
export function runGate(audience: Audience, gate: string): string {
  return audience === 'actions' ? `\`gate: ${gate}\`` : `\`vllm-cpu-publish ${gate}\``
}

/** How to upload without an API token: trusted publishing, which only an Actions job can do. */
export function withoutTokenHint(audience: Audience): string {
  return audience === 'actions'
    ? ', or use trusted publishing'
    : ' (trusted publishing works only inside a GitHub Actions job)'
}
