/**
 * Cache keys. The wheel key covers everything that determines the wheel (source commit,
 * variant and its environment, distribution name, version, interpreter, architecture, build
 * command, platform tag), so a hit can stand in for a build. The compiler-cache key is looser:
 * a prefix fallback lets a new commit start from an older commit's objects.
 */
import { createHash } from 'node:crypto'
import path from 'node:path'
import { sanitizeCacheKey } from '../store/names.js'
import type { PythonInfo } from './probe.js'

/** Bump when the wheel a given set of inputs produces changes meaning (normalize rules, layout). */
export const WHEEL_KEY_SCHEMA = 2

/** Everything that determines the built wheel. */
export interface WheelKeyInputs {
  readonly commit: string
  readonly variant: string
  readonly distribution: string
  /** The full build environment the gate sets (variant flags, target device, version). */
  readonly env: Readonly<Record<string, string>>
  readonly version: string
  readonly python: PythonInfo
  /** The build command text (before `{outdir}` is filled in) and the python input. */
  readonly command: string
  readonly pythonCommand: string
  readonly platformTag: string
  /** The tree's generation (per-isa or runtime-dispatch). */
  readonly generation: string
  /** The lookup changes made to the tree (`file:line: code -> replacement`). */
  readonly changes: readonly string[]
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`
  }
  return JSON.stringify(value)
}

/**
 * The readable start of every wheel cache key of one variant, version, interpreter and
 * architecture: the plan gate looks it up as a prefix, since the digest needs the commit.
 */
export function wheelCacheKeyPrefix(
  variant: string,
  version: string,
  pythonTag: string,
  arch: string
): string {
  return sanitizeCacheKey(`vllm-cpu-publish-wheel-${variant}-${version}-${pythonTag}-${arch}-`)
}

/** Where the build gate keeps a variant's wheel for the cache (the cached path). */
export function wheelCacheDir(workDir: string, variant: string): string {
  return path.join(workDir, 'wheel', variant)
}

/** The wheel cache key: readable parts, then a digest of every input. */
export function wheelCacheKey(inputs: WheelKeyInputs): string {
  const digest = createHash('sha256')
    .update(canonical({ schema: WHEEL_KEY_SCHEMA, ...inputs }))
    .digest('hex')
    .slice(0, 32)
  const { variant, version, python } = inputs
  return sanitizeCacheKey(wheelCacheKeyPrefix(variant, version, python.tag, python.arch) + digest)
}

/** The compiler cache keys: exact (this commit) first, then the prefix for any commit. */
export function ccacheKeys(variant: string, python: PythonInfo, commit: string): string[] {
  const prefix = sanitizeCacheKey(
    `vllm-cpu-publish-ccache-${variant}-${python.tag}-${python.arch}-`
  )
  return [sanitizeCacheKey(prefix + commit), prefix]
}
