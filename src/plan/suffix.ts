/**
 * `version-suffix: auto`: which `.postN` a rebuild of a version is published under, chosen from
 * the files the test and production indexes already hold for the distribution. Pure: callers
 * list the indexes (gates/build/suffix.ts for the build gate, the plan gate for its rows) and
 * hand the filenames in.
 *
 * The rule. Every file of the distribution whose version is the base or `base.postK` takes
 * that version, whatever its Python tag, platform or index, and whether it is a wheel or an
 * sdist: one version is one release (one GitHub release, one PyPI release page), so every job
 * of a matrix must land on the same number. A base no index holds is built as it is (no
 * suffix). Otherwise the suffix is one past the highest `.postK` held, not the first gap: pip
 * takes the highest version, so a rebuild under a lower number than one already out would
 * never be installed. Versions are compared in PEP 440 normal form, local labels ignored
 * (`0.6.3.post1+cpu` takes `.post1`: `==0.6.3.post1` would match it).
 */
import { normalizeName } from '../wheel/names.js'
import { formatVersion, parseVersion, type Pep440Version } from '../version/pep440.js'

/** What one index holds for the distribution: its name for messages and its filenames. */
export interface IndexHolding {
  /** How messages name the index, e.g. `pypi`, `testpypi` or its URL without credentials. */
  readonly index: string
  /** Every filename the index lists for the project (all versions; other files are ignored). */
  readonly filenames: readonly string[]
}

/** One version of the base's family that an index already holds. */
export interface TakenVersion {
  /** Normal form, e.g. `0.10.0.post1`. */
  readonly version: string
  /** Which indexes hold a file of it, in the order the holdings were given. */
  readonly indexes: readonly string[]
}

/** What `auto` settled on, and why. */
export interface SuffixChoice {
  /** `''` (the base is free everywhere) or `.postN`. */
  readonly suffix: string
  /** The version built: the base's public normal form plus the suffix. */
  readonly version: string
  /** The base and each `.postK` some index holds, in version order. */
  readonly taken: readonly TakenVersion[]
  /** One sentence for the decision row and the summary. */
  readonly reason: string
}

/** A base version `auto` cannot extend (it has a post or dev part already). */
export class SuffixError extends Error {
  constructor(
    message: string,
    readonly hint: string
  ) {
    super(message)
    this.name = 'SuffixError'
  }
}

const SDIST = /\.(tar\.gz|tgz|tar\.bz2|tar\.xz|zip)$/i

/**
 * The version in `filename` when it is a file of `distribution` (normalised name), else null.
 * Wheels split on `-` (names and versions in them cannot hold one); an sdist's name may, so
 * every split is tried until the name part is the distribution and the rest a version.
 */
export function versionOfFile(filename: string, distribution: string): Pep440Version | null {
  const name = normalizeName(distribution)
  if (filename.endsWith('.whl')) {
    const parts = filename.slice(0, -'.whl'.length).split('-')
    if (parts.length !== 5 && parts.length !== 6) return null
    if (normalizeName(parts[0]!) !== name) return null
    return parseVersion(parts[1]!)
  }
  const sdist = SDIST.exec(filename)
  if (!sdist) return null
  const stem = filename.slice(0, -sdist[0].length)
  for (let dash = stem.indexOf('-'); dash !== -1; dash = stem.indexOf('-', dash + 1)) {
    if (normalizeName(stem.slice(0, dash)) !== name) continue
    const version = parseVersion(stem.slice(dash + 1))
    if (version) return version
  }
  return null
}

/** The `.postN` a version carries (`0.10.0.post2` -> `.post2`), or '' without one. */
export function suffixOf(version: string): string {
  const parsed = parseVersion(version)
  return parsed?.post != null ? `.post${parsed.post}` : ''
}

function sameRelease(a: Pep440Version, b: Pep440Version): boolean {
  return (
    a.epoch === b.epoch &&
    a.release.length === b.release.length &&
    a.release.every((part, i) => part === b.release[i]) &&
    (a.pre === null) === (b.pre === null) &&
    (a.pre === null || (a.pre.label === b.pre!.label && a.pre.number === b.pre!.number))
  )
}

function listed(names: readonly string[]): string {
  return names.length <= 1
    ? (names[0] ?? '')
    : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`
}

/**
 * The suffix `version-suffix: auto` builds `base` (of `distribution`) with, given what the
 * indexes hold. Throws SuffixError when `base` is not a version or already has a post or dev
 * part (PEP 440 allows one post part, before any dev part).
 */
export function chooseVersionSuffix(
  base: string,
  distribution: string,
  holdings: readonly IndexHolding[]
): SuffixChoice {
  const parsed = parseVersion(base)
  if (parsed === null) {
    throw new SuffixError(
      `'${base}' is not a PEP 440 version.`,
      'Set version to a release such as 0.10.0, or fix the tag in vllm-source.'
    )
  }
  const release: Pep440Version = { ...parsed, local: null }
  const shown = formatVersion(release)
  if (parsed.post !== null || parsed.dev !== null) {
    throw new SuffixError(
      `version-suffix: auto cannot extend ${shown}: it already has a ${parsed.dev !== null ? 'dev' : 'post'} part, and PEP 440 allows only one post part, before any dev part.`,
      'Set version-suffix to an explicit value the version allows, or build from a final or pre-release tag.'
    )
  }
  // post number (-1 for the base itself) -> indexes holding a file of that version
  const held = new Map<bigint, string[]>()
  for (const holding of holdings) {
    for (const filename of holding.filenames) {
      const version = versionOfFile(filename, distribution)
      if (!version || version.dev !== null || !sameRelease(version, release)) continue
      const key = version.post ?? -1n
      const indexes = held.get(key) ?? []
      if (!indexes.includes(holding.index)) indexes.push(holding.index)
      held.set(key, indexes)
    }
  }
  const keys = [...held.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  const taken = keys.map(key => ({
    version: formatVersion({ ...release, post: key === -1n ? null : key }),
    indexes: held.get(key)!
  }))
  const searched = listed(holdings.map(h => h.index))
  if (taken.length === 0) {
    return {
      suffix: '',
      version: shown,
      taken,
      reason: `no file of ${shown} or a .postN of it is on ${searched}: built as ${shown}`
    }
  }
  const next = (keys.at(-1)! < 0n ? 0n : keys.at(-1)!) + 1n
  const version = formatVersion({ ...release, post: next })
  const where = taken.map(t => `${t.version} is on ${listed(t.indexes)}`).join('; ')
  return {
    suffix: `.post${next}`,
    version,
    taken,
    reason: `${where}; ${version} is the next .postN, on ${holdings.length === 2 ? 'neither index' : `none of ${searched}`}`
  }
}
