/**
 * The only reader of inputs. Action inputs and command-line flags share names; both arrive
 * here as a lookup function and leave as one typed, validated, frozen Settings.
 */
import { GATES, type Gate } from './gates/names.js'
import {
  parsePlatforms,
  parsePythonVersions,
  parseRunnerLabels,
  parseVersions,
  splitList,
  type PythonTarget
} from './plan/dimensions.js'
import { SettingError } from './util/errors.js'
import { hideUrlCredentials, urlCredentials } from './util/redact.js'

/** Reads one input by its action.yml name; returns '' when it was not given. */
export type InputReader = (name: string) => string

/** Everything a run needs to know, decided once. */
export interface Settings {
  /** Which gate this step runs. */
  readonly gate: Gate
  /** CPU variant: picks the distribution name and the build flags. */
  readonly variant: string
  /** True when variant was given (verify then takes it instead of the wheel's name). */
  readonly variantGiven: boolean
  /** Distribution name; defaults to the variant's name. */
  readonly packageName: string
  /** True when package-name was given: check then insists that the wheel carries that name. */
  readonly packageNameGiven: boolean
  /** Path or glob of the wheel(s) to act on. */
  readonly wheel: string
  /** Directory of the vLLM git checkout, for build and `git describe` version detection. */
  readonly vllmSource: string
  /** True when vllm-source was given: it must then be a git repository (the default may be absent). */
  readonly vllmSourceGiven: boolean
  /** Expected version (PEP 440) or null to detect it. */
  readonly version: string | null
  /** Interpreter used for builds, verify and installed-version detection. */
  readonly python: string
  /** Largest wheel `check` lets through, in bytes (PyPI's default per-file limit). */
  readonly maxFileSize: number
  /** max-file-size as written (`100MiB`, `1GB`), so messages quote the limit in the user's unit. */
  readonly maxFileSizeText?: string
  /** Decide and report, but write nothing anywhere. */
  readonly dryRun: boolean

  /** Variant table override: '' for the built-in table, inline JSON, or a JSON file path. */
  readonly variants: string
  /** Name of an artifact to take the wheel from instead of a path; '' for none. */
  readonly wheelArtifact: string
  /**
   * build: `.postN` or `.devN` appended to the version, to rebuild a version whose files exist;
   * `auto`: chosen from what the test and production indexes hold (plan/suffix.ts).
   */
  readonly versionSuffix: string
  /** build, check: rewrite the wheel so version and tags meet PyPI's rules. */
  readonly normalize: boolean
  /** build: the command that builds the wheel ('' for the default); `{python}`, `{outdir}` filled in. */
  readonly buildCommand: string
  /** build, normalize: platform tag that replaces `linux_<arch>`; '' picks manylinux for the build host. */
  readonly platformTag: string
  /** Where local caches, artifacts and build output live; the same on every run. */
  readonly workDir: string

  /** publish: pypi, testpypi, an upload URL or file://DIR; verify: the index installed from. */
  readonly repository: string
  /** Simple index to read (and install from, in verify); null derives it from repository. */
  readonly indexUrl: string | null
  /** API token for repository; null means trusted publishing (OIDC). */
  readonly token: string | null
  /** pipeline: the test index published to and verified from. */
  readonly testRepository: string
  /** pipeline: simple index of the test repository; null derives it. */
  readonly testIndexUrl: string | null
  /** pipeline: API token for the test index; null means trusted publishing. */
  readonly testToken: string | null
  /** publish: PEP 740 attestations; null (auto) means on with trusted publishing only. */
  readonly attestations: boolean | null

  /** verify: where dependencies come from (never the test index). */
  readonly dependencyIndexUrls: readonly string[]
  /** verify: seconds to wait for the index to show the file. */
  readonly waitTimeoutSeconds: number
  /** verify: the command run inside the verify environment. */
  readonly verifyCommand: string
  /** verify: true makes a CUDA PyTorch a failure instead of a warning. */
  readonly requireCpuTorch: boolean
  /** verify: true (default) fails a wheel on which vLLM does not detect its CPU platform. */
  readonly requireCpuPlatform: boolean

  /** release: token for the GitHub API; '' means none. */
  readonly githubToken: string
  /** release: tag template ({version}, {variant}, {package}). */
  readonly releaseTag: string
  /** release: title template. */
  readonly releaseTitle: string
  /** release: replace an asset whose content differs instead of failing. */
  readonly overwriteAssets: boolean
  /** release: extra text added to the generated notes. */
  readonly releaseNotes: string
  /** release: publish the draft the attaching jobs filled, instead of attaching wheels. */
  readonly releaseFinalize: boolean

  /** pipeline, release-finalize: a JSON webhook told the outcome; null for none. A secret. */
  readonly notifyUrl: string | null
  /** How long the notification may take, in seconds, before it is given up with a warning. */
  readonly notifyTimeoutSeconds: number
  /** Every version the version input names: plan takes several, the other gates one or none. */
  readonly versions: readonly string[]
  /** plan: the variants to plan; empty for every variant built from the source's generation. */
  readonly variantNames: readonly string[]
  /** plan: the Python targets (`3.12` -> cp312-cp312, `abi3` -> cp38-abi3). */
  readonly pythonVersions: readonly PythonTarget[]
  /** plan: the architectures (`uname -m`) to plan for. */
  readonly platforms: readonly string[]
  /** plan: the runner label of each platform, for the matrix's `runs-on`. */
  readonly runnerLabels: Readonly<Record<string, string>>
}

/** Every input name settings reads: action.yml declares exactly these (a test checks). */
export const INPUT_NAMES = [
  'gate',
  'variant',
  'package-name',
  'wheel',
  'vllm-source',
  'version',
  'python',
  'max-file-size',
  'dry-run',
  'variants',
  'wheel-artifact',
  'version-suffix',
  'normalize',
  'build-command',
  'platform-tag',
  'work-dir',
  'repository',
  'index-url',
  'token',
  'test-repository',
  'test-index-url',
  'test-token',
  'attestations',
  'dependency-index-urls',
  'wait-timeout',
  'verify-command',
  'require-cpu-torch',
  'require-cpu-platform',
  'github-token',
  'release-tag',
  'release-title',
  'overwrite-assets',
  'release-notes',
  'release-finalize',
  'notify-url',
  'notify-timeout',
  'variant-names',
  'python-versions',
  'platforms',
  'runner-labels'
] as const

/** One input's name, as action.yml declares it. */
export type InputName = (typeof INPUT_NAMES)[number]

/** Inputs that carry secrets: masked as soon as they are read. */
export const SECRET_INPUTS = [
  'token',
  'test-token',
  'github-token',
  'notify-url'
] as const satisfies readonly InputName[]

/** Inputs that hold URLs, which may carry credentials (`https://user:password@host/`). */
export const URL_INPUTS = [
  'repository',
  'index-url',
  'test-repository',
  'test-index-url',
  'dependency-index-urls'
] as const

/** Inputs that are booleans: the command line takes them as --name, --no-name, --name=true|false. */
export const BOOLEAN_INPUTS = [
  'dry-run',
  'normalize',
  'require-cpu-torch',
  'require-cpu-platform',
  'overwrite-assets',
  'release-finalize'
] as const

/**
 * Every secret the inputs carry, read before they are parsed so that even a settings error
 * cannot print one: the secret inputs, and the credentials inside any URL input.
 */
export function inputSecrets(read: InputReader): string[] {
  const secrets: string[] = SECRET_INPUTS.map(name => read(name).trim()).filter(Boolean)
  for (const name of URL_INPUTS) secrets.push(...urlCredentials(read(name)))
  return secrets
}

/** Defaults, the single source: action.yml must declare the same (a test checks). */
export const DEFAULTS = {
  variant: 'vllm-cpu',
  wheel: 'dist/*.whl',
  'vllm-source': 'vllm',
  'package-name': '',
  python: 'python3',
  'max-file-size': '100MiB',
  'dry-run': 'false',
  normalize: 'false',
  'work-dir': '.vllm-cpu-publish',
  repository: 'pypi',
  'test-repository': 'testpypi',
  attestations: 'auto',
  'dependency-index-urls': 'https://pypi.org/simple/ https://download.pytorch.org/whl/cpu',
  'wait-timeout': '900',
  'verify-command': 'vllm --version',
  'require-cpu-torch': 'false',
  'require-cpu-platform': 'true',
  'release-tag': 'v{version}-{variant}',
  'release-title': 'vLLM CPU v{version} ({variant})',
  'overwrite-assets': 'false',
  'release-finalize': 'false',
  'notify-timeout': '10',
  'python-versions': 'abi3',
  platforms: 'x86_64 aarch64',
  'runner-labels': 'x86_64=ubuntu-latest aarch64=ubuntu-24.04-arm'
} as const

const TRUE_VALUES = ['true', 'True', 'TRUE']
const FALSE_VALUES = ['false', 'False', 'FALSE']

/** Parses a boolean the way @actions/core's getBooleanInput does: YAML 1.2 core schema only. */
export function parseBoolean(name: string, value: string): boolean {
  if (TRUE_VALUES.includes(value)) return true
  if (FALSE_VALUES.includes(value)) return false
  throw new SettingError(
    'settings',
    `Invalid ${name} '${value}'. Expected a boolean: true | True | TRUE | false | False | FALSE.`
  )
}

/** Parses a choice from a closed list, naming the list in the error. */
export function parseChoice<T extends string>(
  name: string,
  value: string,
  choices: readonly T[]
): T {
  if ((choices as readonly string[]).includes(value)) return value as T
  throw new SettingError(
    'settings',
    `Invalid ${name} '${value}'. Expected one of ${choices.join(', ')}.`
  )
}

const SIZE_UNITS: Record<string, number> = {
  '': 1,
  b: 1,
  kb: 1000,
  mb: 1000 ** 2,
  gb: 1000 ** 3,
  kib: 1024,
  mib: 1024 ** 2,
  gib: 1024 ** 3
}

/** Parses a byte size such as `100MiB`, `1GB` or `104857600`. */
export function parseSize(name: string, value: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(value)
  const unit = match ? SIZE_UNITS[match[2]!.toLowerCase()] : undefined
  if (!match || unit === undefined) {
    throw new SettingError(
      'settings',
      `Invalid ${name} '${value}'. Expected a size such as 100MiB, 1GiB, 500MB or a number of bytes.`
    )
  }
  const bytes = Math.floor(Number(match[1]) * unit)
  if (bytes <= 0) {
    throw new SettingError('settings', `Invalid ${name} '${value}'. The size must be above zero.`)
  }
  return bytes
}

/**
 * Why a file URL is not an absolute local directory, or null when it is. `file:dir` and
 * `file:./dir` parse as `/dir` and `file://dir` names a host called `dir`: none of them is
 * the relative directory the user meant, so they are refused rather than guessed.
 */
function fileUrlProblem(value: string): string | null {
  if (!/^file:\/\/(localhost)?\//i.test(value)) {
    return 'a file:// URL must name an absolute directory: file:///absolute/dir (three slashes)'
  }
  return null
}

/** Checks one URL input: http(s), or file:// naming an absolute directory. */
function checkUrl(name: string, value: string, expected: string): string {
  const shown = hideUrlCredentials(value)
  let url: URL | null = null
  try {
    url = new URL(value)
  } catch {
    url = null
  }
  if (url?.protocol === 'file:') {
    const problem = fileUrlProblem(value)
    if (problem) throw new SettingError('settings', `Invalid ${name} '${shown}': ${problem}.`)
    return value
  }
  if (url && ['http:', 'https:'].includes(url.protocol)) return value
  throw new SettingError('settings', `Invalid ${name} '${shown}'. Expected ${expected}.`)
}

/** Checks a package-index repository input: pypi, testpypi, an http(s) upload URL or file://DIR. */
export function parseIndexRepository(name: string, value: string): string {
  if (value === 'pypi' || value === 'testpypi') return value
  return checkUrl(name, value, 'pypi, testpypi, an http(s) upload URL, or file:///absolute/dir')
}

/** Checks an optional http(s) or file:// URL; '' is null. */
function parseOptionalUrl(name: string, value: string): string | null {
  if (value === '') return null
  return checkUrl(name, value, 'an http(s) or file:// URL of a simple index')
}

/** Checks each dependency source: an http(s) or file:// URL, or an absolute directory path. */
function parseSourceList(name: string, value: string): string[] {
  const entries = value.split(/[\s,]+/).filter(Boolean)
  for (const entry of entries) {
    if (!entry.startsWith('/'))
      checkUrl(name, entry, 'http(s) or file:// URLs, or absolute directories')
  }
  return entries
}

const DISTRIBUTION_NAME = /^([A-Z0-9]|[A-Z0-9][A-Z0-9._-]*[A-Z0-9])$/i

/** Checks package-name: '' or a valid distribution name (PEP 508). */
function parsePackageName(value: string): string {
  if (value === '' || DISTRIBUTION_NAME.test(value)) return value
  throw new SettingError(
    'settings',
    `Invalid package-name '${value}'. Expected a distribution name: letters, digits, '.', '_' and '-', starting and ending with a letter or digit.`
  )
}

/** Parses a whole number of seconds above zero. */
export function parseSeconds(name: string, value: string): number {
  if (!/^\d+$/.test(value) || Number(value) <= 0) {
    throw new SettingError(
      'settings',
      `Invalid ${name} '${value}'. Expected a whole number of seconds above 0.`
    )
  }
  return Number(value)
}

/** Checks version-suffix: empty, `.postN`, `.devN`, or `auto` (chosen from the indexes). */
export function parseVersionSuffix(value: string): string {
  if (value === '' || value === 'auto' || /^\.(post|dev)\d+$/.test(value)) return value
  throw new SettingError(
    'settings',
    `Invalid version-suffix '${value}'. Expected .postN or .devN (e.g. .post1), to rebuild a version whose files already exist, or auto.`
  )
}

/** Builds Settings from an input reader; throws a SettingError naming the bad input. */
export function parseSettings(read: InputReader): Settings {
  const input = (name: string, fallback = ''): string => {
    const value = read(name).trim()
    return value === '' ? fallback : value
  }
  const gateText = input('gate')
  if (gateText === '') {
    throw new SettingError(
      'settings',
      `Input 'gate' is required. Expected one of ${GATES.join(', ')}.`
    )
  }
  const gate = parseChoice('gate', gateText, GATES)
  const variant = input('variant', DEFAULTS.variant)
  const versionText = input('version')
  const versions = parseVersions(versionText, gate === 'plan')
  return Object.freeze({
    gate,
    variant,
    variantGiven: input('variant') !== '',
    packageName: parsePackageName(input('package-name')) || variant,
    packageNameGiven: input('package-name') !== '',
    wheel: input('wheel', DEFAULTS.wheel),
    vllmSource: input('vllm-source', DEFAULTS['vllm-source']),
    vllmSourceGiven: input('vllm-source') !== '',
    version: versions[0] ?? null,
    python: input('python', DEFAULTS.python),
    maxFileSize: parseSize('max-file-size', input('max-file-size', DEFAULTS['max-file-size'])),
    maxFileSizeText: input('max-file-size', DEFAULTS['max-file-size']),
    dryRun: parseBoolean('dry-run', input('dry-run', DEFAULTS['dry-run'])),
    variants: input('variants'),
    wheelArtifact: input('wheel-artifact'),
    versionSuffix: parseVersionSuffix(input('version-suffix')),
    normalize: parseBoolean('normalize', input('normalize', DEFAULTS.normalize)),
    buildCommand: input('build-command'),
    platformTag: input('platform-tag'),
    workDir: input('work-dir', DEFAULTS['work-dir']),
    repository: parseIndexRepository('repository', input('repository', DEFAULTS.repository)),
    indexUrl: parseOptionalUrl('index-url', input('index-url')),
    token: input('token') || null,
    testRepository: parseIndexRepository(
      'test-repository',
      input('test-repository', DEFAULTS['test-repository'])
    ),
    testIndexUrl: parseOptionalUrl('test-index-url', input('test-index-url')),
    testToken: input('test-token') || null,
    attestations: ((value: string): boolean | null =>
      value === 'auto' ? null : parseBoolean('attestations', value))(
      input('attestations', DEFAULTS.attestations)
    ),
    dependencyIndexUrls: parseSourceList(
      'dependency-index-urls',
      input('dependency-index-urls', DEFAULTS['dependency-index-urls'])
    ),
    waitTimeoutSeconds: parseSeconds(
      'wait-timeout',
      input('wait-timeout', DEFAULTS['wait-timeout'])
    ),
    verifyCommand: input('verify-command', DEFAULTS['verify-command']),
    requireCpuTorch: parseBoolean(
      'require-cpu-torch',
      input('require-cpu-torch', DEFAULTS['require-cpu-torch'])
    ),
    requireCpuPlatform: parseBoolean(
      'require-cpu-platform',
      input('require-cpu-platform', DEFAULTS['require-cpu-platform'])
    ),
    githubToken: input('github-token'),
    releaseTag: input('release-tag', DEFAULTS['release-tag']),
    releaseTitle: input('release-title', DEFAULTS['release-title']),
    overwriteAssets: parseBoolean(
      'overwrite-assets',
      input('overwrite-assets', DEFAULTS['overwrite-assets'])
    ),
    releaseNotes: read('release-notes').trim(),
    releaseFinalize: parseReleaseFinalize(
      gate,
      input('release-finalize', DEFAULTS['release-finalize'])
    ),
    notifyUrl: parseNotifyUrl(input('notify-url')),
    notifyTimeoutSeconds: parseSeconds(
      'notify-timeout',
      input('notify-timeout', DEFAULTS['notify-timeout'])
    ),
    versions,
    variantNames: splitList(input('variant-names')),
    pythonVersions: parsePythonVersions(input('python-versions', DEFAULTS['python-versions'])),
    platforms: parsePlatforms(input('platforms', DEFAULTS.platforms)),
    runnerLabels: parseRunnerLabels(input('runner-labels', DEFAULTS['runner-labels']))
  })
}

/**
 * Checks notify-url: '' (none) or an http(s) URL. The message never repeats the value: a
 * webhook's path is its secret (Slack's /services/T.../B.../...).
 */
export function parseNotifyUrl(value: string): string | null {
  if (value === '') return null
  let url: URL | null = null
  try {
    url = new URL(value)
  } catch {
    url = null
  }
  if (url && (url.protocol === 'https:' || url.protocol === 'http:')) return value
  throw new SettingError(
    'settings',
    `Invalid notify-url: expected an http(s) URL that takes a JSON POST (a Slack incoming webhook, or any JSON endpoint); the value is not repeated here because a webhook URL is a secret.`
  )
}

/** Parses release-finalize, which only `gate: release` takes (the pipeline always publishes). */
function parseReleaseFinalize(gate: Gate, value: string): boolean {
  const finalize = parseBoolean('release-finalize', value)
  if (finalize && gate !== 'release') {
    throw new SettingError(
      'settings',
      `release-finalize: true applies to gate: release only (this step runs gate: ${gate}).`,
      'Publish the draft in a job of its own with gate: release and release-finalize: true; gate: pipeline publishes its release itself.'
    )
  }
  return finalize
}
