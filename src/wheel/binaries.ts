/**
 * Whether a wheel's compiled objects keep its platform tag's promise: every ELF object built for
 * the tag's machine, and no object needing a newer glibc (its highest GLIBC_x.y symbol version)
 * than a manylinux tag promises (PEP 600; manylinux1 = 2.5, manylinux2010 = 2.12,
 * manylinux2014 = 2.17). Also which glibc a wheel needs and which distributions have it, for
 * the summary. Pure: the objects come from wheel/elf.ts via the archive pass.
 */
import { MACHINE_NAMES, type ElfObject } from './elf.js'
import type { Problem } from './types.js'

/** A glibc version as numbers, e.g. [2, 34] or [2, 2, 5]. */
export type GlibcVersion = readonly number[]

/** The machine, class and byte order each Linux platform tag's architecture means. */
const ARCHES: Readonly<
  Record<string, { machine: number; bits: 32 | 64; endian: 'little' | 'big' }>
> = {
  x86_64: { machine: 62, bits: 64, endian: 'little' },
  i686: { machine: 3, bits: 32, endian: 'little' },
  aarch64: { machine: 183, bits: 64, endian: 'little' },
  armv7l: { machine: 40, bits: 32, endian: 'little' },
  ppc64le: { machine: 21, bits: 64, endian: 'little' },
  ppc64: { machine: 21, bits: 64, endian: 'big' },
  s390x: { machine: 22, bits: 64, endian: 'big' },
  riscv64: { machine: 243, bits: 64, endian: 'little' },
  loongarch64: { machine: 258, bits: 64, endian: 'little' }
}

/** The glibc each legacy manylinux alias promises (PEP 600's mapping). */
const LEGACY_MANYLINUX: Readonly<Record<string, GlibcVersion>> = {
  manylinux1: [2, 5],
  manylinux2010: [2, 12],
  manylinux2014: [2, 17]
}

/**
 * The oldest manylinux_x_y installers know per architecture: pip and packaging start x86 at
 * glibc 2.5 (manylinux1) and every other architecture at 2.17 (manylinux2014).
 */
const OLDEST_GLIBC: Readonly<Record<string, GlibcVersion>> = { x86_64: [2, 5], i686: [2, 5] }
const OLDEST_OTHER: GlibcVersion = [2, 17]

/**
 * Releases and their glibc, oldest first (from mayeut/pep600_compliance's analysis of each
 * distribution's own libc, 2026): what "installs on" means in the summary.
 */
export const DISTRIBUTION_GLIBC: readonly {
  readonly family: string
  readonly releases: readonly (readonly [string, GlibcVersion])[]
}[] = [
  {
    family: 'Ubuntu',
    releases: [
      ['18.04', [2, 27]],
      ['20.04', [2, 31]],
      ['22.04', [2, 35]],
      ['24.04', [2, 39]],
      ['25.04', [2, 41]]
    ]
  },
  {
    family: 'Debian',
    releases: [
      ['10', [2, 28]],
      ['11', [2, 31]],
      ['12', [2, 36]],
      ['13', [2, 41]]
    ]
  },
  {
    family: 'RHEL',
    releases: [
      ['7', [2, 17]],
      ['8', [2, 28]],
      ['9', [2, 34]],
      ['10', [2, 39]]
    ]
  },
  {
    family: 'Amazon Linux',
    releases: [
      ['2', [2, 26]],
      ['2023', [2, 34]]
    ]
  }
]

/** Compares two versions numerically (missing parts count as 0). */
export function compareGlibc(a: GlibcVersion, b: GlibcVersion): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0)
    if (d !== 0) return d
  }
  return 0
}

/** `2.34` for [2, 34]. */
export function formatGlibc(version: GlibcVersion): string {
  return version.join('.')
}

/** The version in a `GLIBC_2.34` symbol version, or null for another (GLIBCXX_, GLIBC_PRIVATE). */
export function parseGlibcSymbol(symbol: string): GlibcVersion | null {
  const match = /^GLIBC_(\d+(?:\.\d+)+)$/.exec(symbol)
  return match ? (match[1] as string).split('.').map(Number) : null
}

/** The architecture of a Linux platform tag (`linux_`, `manylinux*`, `musllinux_`), or null. */
export function linuxTagArchitecture(tag: string): string | null {
  const match =
    /^(?:linux|manylinux1|manylinux2010|manylinux2014|(?:many|musl)linux_\d+_\d+)_(.+)$/.exec(tag)
  return match ? (match[1] as string) : null
}

/** The glibc a manylinux tag promises the wheel needs at most, or null for other tags. */
export function promisedGlibc(tag: string): GlibcVersion | null {
  const modern = /^manylinux_(\d+)_(\d+)_/.exec(tag)
  if (modern) return [Number(modern[1]), Number(modern[2])]
  const legacy = /^(manylinux1|manylinux2010|manylinux2014)_/.exec(tag)
  return legacy ? (LEGACY_MANYLINUX[legacy[1] as string] ?? null) : null
}

/** The highest GLIBC_x.y any object needs, with the object and symbol version that need it. */
export function glibcNeeded(
  objects: readonly ElfObject[]
): { version: GlibcVersion; object: string; symbol: string } | null {
  let best: { version: GlibcVersion; object: string; symbol: string } | null = null
  for (const object of objects) {
    for (const need of object.needs) {
      const version = parseGlibcSymbol(need.version)
      if (version && (!best || compareGlibc(version, best.version) > 0)) {
        best = { version, object: object.name, symbol: need.version }
      }
    }
  }
  return best
}

/** The highest version of each other versioned library (GLIBCXX, CXXABI, GCC), e.g. `GLIBCXX_3.4.30`. */
export function otherVersionsNeeded(objects: readonly ElfObject[]): string[] {
  const highest = new Map<string, { version: GlibcVersion; text: string }>()
  for (const object of objects) {
    for (const need of object.needs) {
      const match = /^(GLIBCXX|CXXABI|GCC)_(\d+(?:\.\d+)*)$/.exec(need.version)
      if (!match) continue
      const version = (match[2] as string).split('.').map(Number)
      const seen = highest.get(match[1] as string)
      if (!seen || compareGlibc(version, seen.version) > 0) {
        highest.set(match[1] as string, { version, text: need.version })
      }
    }
  }
  return [...highest.values()].map(v => v.text).sort()
}

/** `Ubuntu 20.04+, Debian 10+, RHEL 8+, Amazon Linux 2023` for a glibc; '' when none has it. */
export function distributionsWith(glibc: GlibcVersion): string {
  const names: string[] = []
  for (const { family, releases } of DISTRIBUTION_GLIBC) {
    const first = releases.find(([, version]) => compareGlibc(version, glibc) >= 0)
    if (!first) continue
    names.push(`${family} ${first[0]}+`)
  }
  return names.join(', ')
}

/** The `manylinux_x_y_<arch>` tag that promises exactly what the objects need (never older than installers know). */
export function oldestManylinuxTag(arch: string, needed: GlibcVersion | null): string {
  const floor = OLDEST_GLIBC[arch] ?? OLDEST_OTHER
  const version = needed && compareGlibc(needed, floor) > 0 ? needed : floor
  return `manylinux_${version[0]}_${version[1] ?? 0}_${arch}`
}

function machineName(object: ElfObject): string {
  const name = MACHINE_NAMES[object.machine] ?? `machine ${object.machine}`
  return `${name}, ${object.bits}-bit ${object.endian}-endian`
}

/** Every way the objects break their platform tags' promises, naming object and symbol version. */
export function checkBinaries(
  platformTags: readonly string[],
  objects: readonly ElfObject[]
): Problem[] {
  const problems: Problem[] = []
  for (const object of objects) {
    if (object.unread) {
      problems.push({
        code: 'elf-unread',
        message: `Cannot read which symbol versions '${object.name}' needs: ${object.unread}.`,
        hint:
          'check vouches only for binaries it has read; an object laid out this way is unusual ' +
          '(a hand-made or stripped-in-place file): rebuild it with a standard toolchain.'
      })
    }
  }
  for (const tag of new Set(platformTags)) {
    const arch = linuxTagArchitecture(tag)
    const expected = arch ? ARCHES[arch] : undefined
    if (expected) {
      for (const object of objects) {
        if (
          object.machine === expected.machine &&
          object.bits === expected.bits &&
          object.endian === expected.endian
        ) {
          continue
        }
        problems.push({
          code: 'elf-machine',
          message:
            `'${object.name}' is built for ${machineName(object)}, but the platform tag ` +
            `'${tag}' says ${arch}: it cannot load there.`,
          hint:
            `Build the wheel on (or cross-compile for) ${arch}, or tag it for the machine its ` +
            'objects are built for; a stale object from another build may have been packed in.'
        })
      }
    }
    const promised = promisedGlibc(tag)
    if (!promised) continue
    for (const object of objects) {
      const versions = object.needs
        .map(need => ({ symbol: need.version, version: parseGlibcSymbol(need.version) }))
        .filter(
          (v): v is { symbol: string; version: GlibcVersion } =>
            v.version !== null && compareGlibc(v.version, promised) > 0
        )
        .sort((a, b) => compareGlibc(b.version, a.version))
      const worst = versions[0]
      if (!worst) continue
      problems.push({
        code: 'elf-glibc',
        message:
          `'${object.name}' needs ${worst.symbol}, but the platform tag '${tag}' promises it ` +
          `runs with glibc ${formatGlibc(promised)}: it fails to load on ` +
          `${distributionsWith(promised) || `glibc ${formatGlibc(promised)}`} and any system ` +
          `older than glibc ${formatGlibc(worst.version)}.`,
        hint:
          `Tag the wheel ${oldestManylinuxTag(arch ?? 'x86_64', worst.version)} (what its objects ` +
          'need: leave platform-tag empty and the build gate and normalize choose it), or build ' +
          `in an older manylinux container so that it needs no more than glibc ${formatGlibc(promised)}.`
      })
    }
  }
  return problems
}

/** One line for the summary: the glibc the wheel needs and the distributions that have it. */
export function describeBinaries(objects: readonly ElfObject[]): string {
  const needed = glibcNeeded(objects)
  const others = otherVersionsNeeded(objects)
  const count = `${objects.length} ELF object${objects.length === 1 ? '' : 's'}`
  const glibc = needed
    ? `glibc ${formatGlibc(needed.version)}: ${distributionsWith(needed.version) || 'no listed distribution yet'} ` +
      `(${needed.object} needs ${needed.symbol})`
    : 'no versioned glibc symbols'
  return `${glibc}; ${count}${others.length > 0 ? `; also ${others.join(', ')}` : ''}`
}
