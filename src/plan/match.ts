/**
 * Which listed file is a row's wheel: same distribution (PEP 503), same version (PEP 440), the
 * row's python and ABI tags, and a glibc Linux platform tag of the row's architecture at any
 * manylinux level (the build chooses the level from what its objects need, so a file of any
 * level is this row's wheel, and PyPI would not take a second one of another level as new
 * work). Pure.
 */
import { InvalidWheelError } from '../wheel/types.js'
import { parseWheelFilename } from '../wheel/filename.js'
import { normalizeName } from '../wheel/names.js'
import { compareVersions, isValidVersion } from '../version/pep440.js'
import type { PlanRow } from './rows.js'

// PEP 513/571/599 legacy aliases, PEP 600 perennial tags, and the plain linux tag.
const LINUX_TAG = /^(?:manylinux1|manylinux2010|manylinux2014|manylinux_\d+_\d+|linux)_(.+)$/

/** PEP 440 equality (`0.17` is `0.17.0`), as Warehouse compares a release's versions. */
export function sameVersion(a: string, b: string): boolean {
  return isValidVersion(a) && isValidVersion(b) && compareVersions(a, b) === 0
}

/** True when `platformTag` is a glibc Linux tag for `arch` (any manylinux level, or linux). */
export function isLinuxTagFor(platformTag: string, arch: string): boolean {
  const match = LINUX_TAG.exec(platformTag.toLowerCase())
  return match !== null && match[1] === arch.toLowerCase()
}

/** True when `filename` names a wheel of `row` (any manylinux level of its architecture). */
export function matchesRow(filename: string, row: PlanRow): boolean {
  let parsed
  try {
    parsed = parseWheelFilename(filename)
  } catch (error) {
    // sdists and foreign files on an index are not this row's wheel
    if (error instanceof InvalidWheelError) return false
    throw error
  }
  const lower = (tags: readonly string[]): string[] => tags.map(t => t.toLowerCase())
  return (
    parsed.normalizedName === normalizeName(row.distribution) &&
    sameVersion(parsed.version, row.version) &&
    lower(parsed.pythonTags).includes(row.python.pythonTag) &&
    lower(parsed.abiTags).includes(row.python.abiTag) &&
    parsed.platformTags.some(tag => isLinuxTagFor(tag, row.platform))
  )
}

/** The files of `version` among `filenames` of one project (a simple index lists every version). */
export function filesOfVersion<T extends { filename: string }>(
  files: readonly T[],
  distribution: string,
  version: string
): T[] {
  return files.filter(file => {
    if (!file.filename.endsWith('.whl')) {
      // An sdist counts too: it opened the release as much as a wheel did.
      const stem = /^(.+)-([^-]+)\.(?:tar\.gz|zip)$/.exec(file.filename)
      return (
        stem !== null &&
        normalizeName(stem[1]!) === normalizeName(distribution) &&
        sameVersion(stem[2]!, version)
      )
    }
    try {
      const parsed = parseWheelFilename(file.filename)
      return (
        parsed.normalizedName === normalizeName(distribution) &&
        sameVersion(parsed.version, version)
      )
    } catch {
      return false
    }
  })
}
