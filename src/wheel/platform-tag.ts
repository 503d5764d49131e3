/**
 * The one platform-tag policy, used by the build gate and by check's normalize: a plain
 * `linux_<arch>` wheel is retagged with the oldest `manylinux_x_y_<arch>` its ELF objects allow
 * (their highest GLIBC_x.y, as auditwheel's policy does for glibc), so the tag promises exactly
 * what the binaries need and not what the build host happened to have. A wheel without ELF
 * objects (nothing to measure) keeps the former rule: the build host's glibc. An explicit
 * platform-tag wins, unless it promises an older glibc than the objects need. Pure.
 */
import {
  formatGlibc,
  glibcNeeded,
  oldestManylinuxTag,
  promisedGlibc,
  compareGlibc
} from './binaries.js'
import type { ElfObject } from './elf.js'

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

/** The tag a `linux_<arch>` wheel gets, and why (for the log). */
export interface ChosenTag {
  readonly tag: string | undefined
  readonly reason: string
}

/**
 * The platform tag for a `linux_<arch>` wheel with these objects: the explicit tag when given,
 * else the oldest manylinux tag the objects allow, else (no objects) the host's glibc.
 */
export function chooseLinuxTag(
  arch: string,
  objects: readonly ElfObject[],
  hostGlibc: string | null,
  explicit?: string
): ChosenTag {
  if (explicit) return { tag: explicit, reason: 'platform-tag' }
  if (objects.length > 0) {
    const needed = glibcNeeded(objects)
    return {
      tag: oldestManylinuxTag(arch, needed?.version ?? null),
      reason: needed
        ? `its objects need glibc ${formatGlibc(needed.version)} (${needed.object}: ${needed.symbol})`
        : 'its objects need no versioned glibc symbol'
    }
  }
  const host = manylinuxTag(hostGlibc, arch)
  return { tag: host, reason: `no ELF objects; the build host has glibc ${hostGlibc ?? 'unknown'}` }
}

/**
 * Why an explicit manylinux tag cannot be given to these objects (it promises an older glibc
 * than they need), or null when it can.
 */
export function explicitTagShortfall(tag: string, objects: readonly ElfObject[]): string | null {
  const promised = promisedGlibc(tag)
  const needed = glibcNeeded(objects)
  if (!promised || !needed || compareGlibc(needed.version, promised) <= 0) return null
  return (
    `platform-tag '${tag}' promises glibc ${formatGlibc(promised)}, but ${needed.object} ` +
    `needs ${needed.symbol}`
  )
}
