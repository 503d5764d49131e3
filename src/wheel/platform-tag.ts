/**
 * The one platform-tag policy: a `linux_<arch>` wheel is retagged `manylinux_<glibc>_<arch>`
 * for the glibc of the host that built it (what its objects can need at most), unless the
 * platform-tag input names a tag. The build gate and check's normalize both use it. Pure.
 */

/** The architecture of the first `linux_<arch>` tag, or undefined when there is none. */
export function linuxArchitecture(platformTags: readonly string[]): string | undefined {
  for (const tag of platformTags) {
    const match = /^linux_(.+)$/.exec(tag)
    if (match) return match[1]
  }
  return undefined
}

/** `manylinux_<major>_<minor>_<arch>` for a glibc version such as `2.36`; undefined without one. */
export function manylinuxTag(glibc: string | null, arch: string): string | undefined {
  const match = /^(\d+)\.(\d+)/.exec(glibc ?? '')
  if (!match) return undefined
  return `manylinux_${match[1]}_${match[2]}_${arch}`
}
