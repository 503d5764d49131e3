/**
 * The plan's dimensions as the inputs write them: Python targets (`3.12`, or `abi3` for the one
 * cp38-abi3 wheel vLLM builds), platforms (`uname -m` names), runner labels per platform, and
 * the versions. Parsing only; settings.ts calls these and reports errors as setting errors. Pure.
 */
import { SettingError } from '../util/errors.js'
import { isValidVersion } from '../version/pep440.js'

/** What one `python-versions` entry means for the wheel and for the job that builds it. */
export interface PythonTarget {
  /** As written in the input: `3.12` or `abi3`. */
  readonly name: string
  /** The wheel's python tag: `cp312`, or `cp38` for abi3. */
  readonly pythonTag: string
  /** The wheel's ABI tag: `cp312`, or `abi3`. */
  readonly abiTag: string
  /** The interpreter the build job sets up (`3.12`); the artifact and cache names carry it. */
  readonly buildPython: string
}

/**
 * vLLM's wheels use the stable ABI of Python 3.8 (`vllm-0.20.0-cp38-abi3-manylinux_2_35_x86_64.whl`
 * on PyPI; vLLM's docs: "the wheels are built with Python 3.8 ABI ... compatible with Python 3.8
 * and later"), so one wheel per architecture serves every Python.
 */
export const ABI3 = { pythonTag: 'cp38', abiTag: 'abi3' } as const

/** The interpreter an abi3 wheel is built with: vLLM's CPU images build with Python 3.12. */
export const ABI3_BUILD_PYTHON = '3.12'

/** Default runner label per platform: GitHub's hosted x86_64 and arm64 Ubuntu runners. */
export const DEFAULT_RUNNER_LABELS: Readonly<Record<string, string>> = {
  x86_64: 'ubuntu-latest',
  aarch64: 'ubuntu-24.04-arm'
}

/** Splits a list input on whitespace and commas, dropping empty words. */
export function splitList(value: string): string[] {
  return value.split(/[\s,]+/).filter(Boolean)
}

/** The Python target one `python-versions` entry names. */
export function pythonTarget(name: string): PythonTarget {
  if (name === 'abi3') return { name, ...ABI3, buildPython: ABI3_BUILD_PYTHON }
  const match = /^3\.(\d{1,2})$/.exec(name)
  if (!match) {
    throw new SettingError(
      'settings',
      `Invalid python-versions entry '${name}'. Expected 3.X versions such as 3.10 3.11 3.12, or abi3 (one cp38-abi3 wheel, as vLLM builds it).`
    )
  }
  const tag = `cp3${match[1]}`
  return { name, pythonTag: tag, abiTag: tag, buildPython: name }
}

/** Parses `python-versions`: a list of 3.X versions and/or `abi3`, each once. */
export function parsePythonVersions(value: string): PythonTarget[] {
  const names = unique('python-versions', splitList(value))
  const targets = names.map(pythonTarget)
  // The build names its artifact after the interpreter that ran it: two targets built by the
  // same Python (abi3 is built by 3.12) would upload one artifact name with two wheels.
  for (const [i, target] of targets.entries()) {
    const twin = targets.slice(0, i).find(t => t.buildPython === target.buildPython)
    if (twin) {
      throw new SettingError(
        'settings',
        `python-versions lists ${twin.name} and ${target.name}, which are both built by Python ${target.buildPython}: their build legs would upload one artifact name.`,
        `Plan one of them: abi3 (one cp38-abi3 wheel for every Python, as vLLM builds it) or ${target.buildPython}.`
      )
    }
  }
  return targets
}

const PLATFORM_RE = /^[a-z0-9_]+$/

/** Parses `platforms`: architecture names as `uname -m` prints them (x86_64, aarch64). */
export function parsePlatforms(value: string): string[] {
  const names = unique('platforms', splitList(value))
  for (const name of names) {
    if (!PLATFORM_RE.test(name)) {
      throw new SettingError(
        'settings',
        `Invalid platforms entry '${name}'. Expected architectures as uname -m names them: x86_64, aarch64.`
      )
    }
  }
  return names
}

/**
 * Parses `runner-labels` (`x86_64=ubuntu-latest aarch64=my-arm-runner`) over the defaults: a
 * platform it names gets that label, the others keep theirs.
 */
export function parseRunnerLabels(value: string): Record<string, string> {
  const labels: Record<string, string> = { ...DEFAULT_RUNNER_LABELS }
  for (const pair of splitList(value)) {
    const match = /^([a-z0-9_]+)=(\S+)$/.exec(pair)
    if (!match) {
      throw new SettingError(
        'settings',
        `Invalid runner-labels entry '${pair}'. Expected PLATFORM=LABEL pairs such as x86_64=ubuntu-latest aarch64=ubuntu-24.04-arm.`
      )
    }
    labels[match[1]!] = match[2]!
  }
  return labels
}

/** Parses `version`: one PEP 440 version, or (plan only) several separated by spaces or commas. */
export function parseVersions(value: string, severalAllowed: boolean): string[] {
  const versions = unique('version', splitList(value))
  for (const version of versions) {
    if (!isValidVersion(version)) {
      throw new SettingError(
        'settings',
        `Invalid version '${version}'. Expected a PEP 440 version such as 0.6.3, 0.6.3.post1 or 0.7.0rc1.`
      )
    }
  }
  if (versions.length > 1 && !severalAllowed) {
    throw new SettingError(
      'settings',
      `version '${value}' names ${versions.length} versions, but only gate: plan takes several.`,
      'Give one version here; let a plan step list the versions and feed each matrix row its own.'
    )
  }
  return versions
}

function unique(input: string, names: readonly string[]): string[] {
  const seen = new Set<string>()
  for (const name of names) {
    if (seen.has(name)) throw new SettingError('settings', `${input} lists '${name}' twice.`)
    seen.add(name)
  }
  return [...seen]
}
