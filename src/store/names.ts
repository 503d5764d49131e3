/**
 * Names the stores accept: artifact names without the characters @actions/artifact rejects,
 * and cache keys without commas (@actions/cache splits on them) and within 512 characters.
 */

// The characters @actions/artifact's validateArtifactName refuses (NTFS-safe names).
const ARTIFACT_FORBIDDEN = /[":<>|*?\r\n\\/]/g

/** The artifact name for a built wheel: `wheel-<variant>-<version>-<python tag>-<arch>`. */
export function wheelArtifactName(
  variant: string,
  version: string,
  pythonTag: string,
  arch: string
): string {
  return sanitizeArtifactName(`wheel-${variant}-${version}-${pythonTag}-${arch}`)
}

/** Replaces each character @actions/artifact refuses with `_`. */
export function sanitizeArtifactName(name: string): string {
  return name.replace(ARTIFACT_FORBIDDEN, '_')
}

/** The forbidden characters in `name` (empty when @actions/artifact accepts it). */
export function invalidArtifactCharacters(name: string): string[] {
  return [...new Set(name.match(ARTIFACT_FORBIDDEN) ?? [])]
}

/** Makes a cache key safe: no commas, no whitespace runs, at most 512 characters. */
export function sanitizeCacheKey(key: string): string {
  return key.replace(/[,\s]+/g, '_').slice(0, 512)
}
