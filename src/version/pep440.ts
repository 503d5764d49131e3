/**
 * PEP 440 versions, through @renovatebot/pep440: the one place the rest of the code asks
 * whether a string is a version, what its normalised and public forms are, and how two compare.
 *
 * `packaging.version.Version` (what pip, twine and PyPI run) is the oracle. The library's
 * version pattern is reused, and the wrapper fixes where the library disagrees with packaging:
 * - surrounding whitespace is allowed, and it is Python's whitespace (`\s` of `re`), which
 *   is not JavaScript's (`\x1c`-`\x1f` and `\x85` count, `\ufeff` does not);
 * - numbers are BigInt: the library's `Number()` rounds release segments such as
 *   `20240101123456789012` and reads local segments like `0x1`, `1e5` or `Infinity` as numbers;
 * - a number of more than 4300 digits is not a version (Python's int() refuses to read it).
 */
import renovateVersion from '@renovatebot/pep440/lib/version.js'

/** The pre-release kinds, in the order they sort. */
export type PreLabel = 'a' | 'b' | 'rc'

/** A parsed PEP 440 version; numbers are BigInt so that no digit is ever rounded away. */
export interface Pep440Version {
  readonly epoch: bigint
  readonly release: readonly bigint[]
  readonly pre: { readonly label: PreLabel; readonly number: bigint } | null
  readonly post: bigint | null
  readonly dev: bigint | null
  /** Local segments: digit-only parts as numbers, the rest lower case. */
  readonly local: readonly (bigint | string)[] | null
}

/** Thrown by the functions that need a version when they are given something else. */
export class InvalidVersionError extends Error {
  constructor(readonly text: string) {
    // packaging's own wording, so messages read the same as pip's and twine's.
    super(`Invalid version: '${text}'`)
    this.name = 'InvalidVersionError'
  }
}

// Python's `\s` for str patterns, which packaging strips around a version.
const PY_SPACE =
  '[\\t\\n\\v\\f\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]'

// No `u` flag on purpose: without it, case-insensitive matching never maps a non-ASCII
// character (Kelvin sign, long s, dotless i) onto an ASCII letter, which is what packaging's
// `(?a:...)` groups guarantee.
const VERSION_RE = new RegExp(`^${PY_SPACE}*${renovateVersion.VERSION_PATTERN}${PY_SPACE}*$`, 'i')

// Python's default int_max_str_digits: packaging cannot read a longer digit run.
const MAX_DIGITS = 4300

const LETTERS: Readonly<Record<string, PreLabel | 'post'>> = {
  a: 'a',
  alpha: 'a',
  b: 'b',
  beta: 'b',
  c: 'rc',
  rc: 'rc',
  pre: 'rc',
  preview: 'rc',
  post: 'post',
  rev: 'post',
  r: 'post'
}

function digits(text: string): bigint {
  if (text.length > MAX_DIGITS) throw new RangeError('too many digits')
  return BigInt(text)
}

function parseOrThrow(text: string): Pep440Version | null {
  const groups = VERSION_RE.exec(text)?.groups
  if (!groups || groups.release === undefined) return null
  const preLetter = groups.pre_l === undefined ? undefined : LETTERS[groups.pre_l.toLowerCase()]
  const postNumber = groups.post_n1 ?? groups.post_n2
  return {
    epoch: groups.epoch === undefined ? 0n : digits(groups.epoch),
    release: groups.release.split('.').map(digits),
    pre:
      preLetter === undefined || preLetter === 'post'
        ? null
        : { label: preLetter, number: groups.pre_n === undefined ? 0n : digits(groups.pre_n) },
    post:
      groups.post_l !== undefined || postNumber !== undefined
        ? postNumber === undefined
          ? 0n
          : digits(postNumber)
        : null,
    dev: groups.dev_l === undefined ? null : groups.dev_n === undefined ? 0n : digits(groups.dev_n),
    local:
      groups.local === undefined
        ? null
        : groups.local
            .split(/[._-]/)
            .map(part => (/^[0-9]+$/.test(part) ? digits(part) : part.toLowerCase()))
  }
}

/** Parses a version as packaging does; null when `text` is not a PEP 440 version. */
export function parseVersion(text: string): Pep440Version | null {
  try {
    return parseOrThrow(text)
  } catch (error) {
    if (error instanceof RangeError) return null
    throw error
  }
}

function parsed(text: string): Pep440Version {
  const version = parseVersion(text)
  if (version === null) throw new InvalidVersionError(text)
  return version
}

/** True when `text` is a valid PEP 440 version (leading `v`, case, separators, whitespace allowed). */
export function isValidVersion(text: string): boolean {
  return parseVersion(text) !== null
}

/** The canonical form of a parsed version, as `str(packaging.version.Version(...))` prints it. */
export function formatVersion(version: Pep440Version): string {
  let out = version.epoch === 0n ? '' : `${version.epoch}!`
  out += version.release.join('.')
  if (version.pre) out += `${version.pre.label}${version.pre.number}`
  if (version.post !== null) out += `.post${version.post}`
  if (version.dev !== null) out += `.dev${version.dev}`
  if (version.local) out += `+${version.local.join('.')}`
  return out
}

/** The normalised form of `text` (`V1.0-1` -> `1.0.post1`), or null when it is not a version. */
export function normalizeVersion(text: string): string | null {
  const version = parseVersion(text)
  return version === null ? null : formatVersion(version)
}

/** The normalised form of a text that must be a version; throws InvalidVersionError. */
export function requireNormalVersion(text: string): string {
  return formatVersion(parsed(text))
}

/** True when `text` is already in normalised form (no whitespace, `v`, spellings to fix). */
export function isNormalizedVersion(text: string): boolean {
  const version = parseVersion(text)
  return version !== null && formatVersion(version) === text
}

/** The normalised version without its local label (`1.0+cpu` -> `1.0`); throws InvalidVersionError. */
export function publicVersion(text: string): string {
  return formatVersion({ ...parsed(text), local: null })
}

/** The normalised local label (`1.0+CPU_1` -> `cpu.1`), or null; throws InvalidVersionError. */
export function localLabel(text: string): string | null {
  return parsed(text).local?.join('.') ?? null
}

/** True for pre-releases and development releases, as packaging's `is_prerelease`. */
export function isPrerelease(text: string): boolean {
  const version = parsed(text)
  return version.pre !== null || version.dev !== null
}

function compareNumbers(a: bigint, b: bigint): number {
  return a < b ? -1 : a > b ? 1 : 0
}

// Python tuple order: element by element, then the shorter one first.
function compareSequences<T>(
  a: readonly T[],
  b: readonly T[],
  each: (x: T, y: T) => number
): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const order = each(a[i] as T, b[i] as T)
    if (order !== 0) return order
  }
  return Math.sign(a.length - b.length)
}

// Trailing zeros do not count: 1.0.0 == 1.
function trimmedRelease(release: readonly bigint[]): readonly bigint[] {
  let end = release.length
  while (end > 0 && release[end - 1] === 0n) end--
  return release.slice(0, end)
}

const PRE_RANK: Readonly<Record<PreLabel, bigint>> = { a: 0n, b: 1n, rc: 2n }

// (pre rank, pre number, post rank, post number, dev rank, dev number), as packaging's _cmpkey:
// a dev-only release sorts before every pre-release, a final release after rc.
function suffixKey(version: Pep440Version): bigint[] {
  const preRank = version.pre
    ? PRE_RANK[version.pre.label]
    : version.post === null && version.dev !== null
      ? -1n
      : 3n
  return [
    preRank,
    version.pre?.number ?? 0n,
    version.post === null ? 0n : 1n,
    version.post ?? 0n,
    version.dev === null ? 1n : 0n,
    version.dev ?? 0n
  ]
}

// Local segments: any string sorts before any number, strings by code point.
function compareLocalParts(a: bigint | string, b: bigint | string): number {
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0
  if (typeof a === 'string') return -1
  if (typeof b === 'string') return 1
  return compareNumbers(a, b)
}

/** PEP 440 order of two parsed versions: negative, zero or positive. */
export function compareParsed(a: Pep440Version, b: Pep440Version): number {
  return (
    compareNumbers(a.epoch, b.epoch) ||
    compareSequences(trimmedRelease(a.release), trimmedRelease(b.release), compareNumbers) ||
    compareSequences(suffixKey(a), suffixKey(b), compareNumbers) ||
    (a.local === null
      ? b.local === null
        ? 0
        : -1
      : b.local === null
        ? 1
        : compareSequences(a.local, b.local, compareLocalParts))
  )
}

/** PEP 440 order of two version strings (-1, 0, 1), as packaging sorts; throws InvalidVersionError. */
export function compareVersions(a: string, b: string): -1 | 0 | 1 {
  return Math.sign(compareParsed(parsed(a), parsed(b))) as -1 | 0 | 1
}
