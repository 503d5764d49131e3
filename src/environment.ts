/**
 * The only reader of process.env. The variables a run depends on (where it runs, the runner's
 * directories, the repository and run, the API endpoints, the proxy, tokens the command line
 * takes from the environment) are parsed once, next to Settings, into a typed RunEnvironment
 * that the gate context carries. Everything below takes its values from there, so tests pass
 * an environment of their own instead of patching the process.
 */
import os from 'node:os'

/** A set of environment variables, as the process has them. */
export type Variables = Readonly<Record<string, string | undefined>>

/** Proxy settings as the toolkit reads them (upper or lower case). */
export interface ProxySettings {
  /** Proxy for http:// URLs (HTTP_PROXY / http_proxy), or '' for none. */
  readonly http: string
  /** Proxy for https:// URLs (HTTPS_PROXY / https_proxy), or '' for none. */
  readonly https: string
  /** Hosts that bypass the proxy (NO_PROXY / no_proxy), comma separated, or ''. */
  readonly noProxy: string
}

/** What a run knows about where it runs. */
export interface RunEnvironment {
  /** True inside a GitHub Actions job (GITHUB_ACTIONS=true). */
  readonly inActions: boolean
  /** The job's workspace (GITHUB_WORKSPACE); '' outside Actions. */
  readonly workspace: string
  /** Where temporary files go: RUNNER_TEMP in Actions, else the OS temp directory. */
  readonly tempDir: string
  /** `owner/name` of the repository the run belongs to (GITHUB_REPOSITORY); '' when unknown. */
  readonly repository: string
  /** The workflow run's id (GITHUB_RUN_ID); null outside Actions. */
  readonly runId: number | null
  /** The commit the run is for (GITHUB_SHA); '' when unknown. */
  readonly sha: string
  /** GitHub's REST API (GITHUB_API_URL), https://api.github.com by default. */
  readonly apiUrl: string
  /** GitHub's web address (GITHUB_SERVER_URL), https://github.com by default. */
  readonly serverUrl: string
  /** The job summary file (GITHUB_STEP_SUMMARY); '' outside Actions. */
  readonly stepSummary: string
  /** The program search path (PATH). */
  readonly path: string
  /** Debug logging asked for (RUNNER_DEBUG=1). */
  readonly debug: boolean
  /** Colour turned off (NO_COLOR set, https://no-color.org). */
  readonly noColor: boolean
  /**
   * True when the job may ask GitHub for an OIDC token (ACTIONS_ID_TOKEN_REQUEST_URL and
   * _TOKEN are set, which needs `permissions: id-token: write`): trusted publishing can work.
   */
  readonly oidc: boolean
  /** Proxy settings every HTTP request honours. */
  readonly proxy: ProxySettings
  /** Tokens the command line takes from the environment so they stay out of `ps`. */
  readonly tokens: {
    /** PYPI_TOKEN: the production index's API token. */
    readonly pypi: string
    /** TEST_PYPI_TOKEN: the test index's API token. */
    readonly testPypi: string
    /** GITHUB_TOKEN: for the release gate. */
    readonly github: string
  }
  /** Every variable, as inherited: the base environment of the programs a gate runs. */
  readonly variables: Variables
}

function first(variables: Variables, ...names: string[]): string {
  for (const name of names) {
    const value = variables[name]
    if (value !== undefined && value !== '') return value
  }
  return ''
}

/** Parses an environment; `process.env` unless a caller (a test) passes its own. */
export function parseEnvironment(variables: Variables = process.env): RunEnvironment {
  const runId = first(variables, 'GITHUB_RUN_ID')
  return Object.freeze({
    inActions: variables.GITHUB_ACTIONS === 'true',
    workspace: first(variables, 'GITHUB_WORKSPACE'),
    tempDir: first(variables, 'RUNNER_TEMP') || os.tmpdir(),
    repository: first(variables, 'GITHUB_REPOSITORY'),
    runId: /^\d+$/.test(runId) ? Number(runId) : null,
    sha: first(variables, 'GITHUB_SHA'),
    apiUrl: first(variables, 'GITHUB_API_URL') || 'https://api.github.com',
    serverUrl: first(variables, 'GITHUB_SERVER_URL') || 'https://github.com',
    stepSummary: first(variables, 'GITHUB_STEP_SUMMARY'),
    path: variables.PATH ?? '',
    debug: first(variables, 'RUNNER_DEBUG') !== '',
    noColor: variables.NO_COLOR !== undefined && variables.NO_COLOR !== '',
    oidc:
      first(variables, 'ACTIONS_ID_TOKEN_REQUEST_URL') !== '' &&
      first(variables, 'ACTIONS_ID_TOKEN_REQUEST_TOKEN') !== '',
    proxy: Object.freeze({
      http: first(variables, 'HTTP_PROXY', 'http_proxy'),
      https: first(variables, 'HTTPS_PROXY', 'https_proxy'),
      noProxy: first(variables, 'NO_PROXY', 'no_proxy')
    }),
    tokens: Object.freeze({
      pypi: first(variables, 'PYPI_TOKEN'),
      testPypi: first(variables, 'TEST_PYPI_TOKEN'),
      github: first(variables, 'GITHUB_TOKEN')
    }),
    variables: Object.freeze({ ...variables })
  })
}
