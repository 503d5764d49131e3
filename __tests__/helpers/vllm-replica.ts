/**
 * The vLLM replica source tree (scripts/make-vllm-replica.py): a git repository, committed and
 * tagged, with vLLM's shapes where the gates meet them: setup.py's get_vllm_version (`+cpu` for
 * VLLM_TARGET_DEVICE=cpu), cmake/cpu_extension.cmake of either generation (run in script mode,
 * so per-ISA variables are read exactly as CMake reads them), a compiled `_C` whose object
 * records the instruction sets it was built for, the platform detection of vllm/platforms (the
 * installed `vllm` distribution's version must contain "cpu"), the `vllm` command whose parser
 * reads `importlib.metadata.version("vllm")`, and torch pinned as requirements/cpu.txt pins it.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { runPython } from './python.js'

/** Which cmake/cpu_extension.cmake the tree has. */
export type ReplicaGeneration = 'per-isa' | 'runtime-dispatch'

/** A replica checkout and how to remove it. */
export interface VllmReplica {
  readonly dir: string
  readonly generation: ReplicaGeneration
  /** The tag it was given, e.g. v0.17.0. */
  readonly tag: string
  /** `git rev-parse HEAD` of the tagged commit. */
  readonly commit: string
  cleanup(): Promise<void>
}

/** Options for the replica tree. */
export interface ReplicaOptions {
  /** runtime-dispatch (vLLM 0.17 and later) by default. */
  readonly generation?: ReplicaGeneration
  /** Tag to create (with the `v`); v0.9.2 or v0.17.0 by default. */
  readonly tag?: string
  /** Pin torch as vLLM does (to 2.13.0, which this machine's pip has); true by default. */
  readonly torch?: boolean
}

const DEFAULT_TAGS: Record<ReplicaGeneration, string> = {
  'per-isa': 'v0.9.2',
  'runtime-dispatch': 'v0.17.0'
}

/** Creates a replica tree in a fresh temporary directory, committed and tagged. */
export async function createVllmReplica(options: ReplicaOptions = {}): Promise<VllmReplica> {
  const generation = options.generation ?? 'runtime-dispatch'
  const tag = options.tag ?? DEFAULT_TAGS[generation]
  const dir = await mkdtemp(path.join(os.tmpdir(), `vllm-replica-${generation}-`))
  const args = ['scripts/make-vllm-replica.py', dir, '--generation', generation, '--tag', tag]
  if (options.torch === false) args.push('--no-torch')
  const commit = runPython(args).trim()
  return { dir, generation, tag, commit, cleanup: () => rm(dir, { recursive: true, force: true }) }
}

/** The instruction sets a replica object was compiled for, read from its bytes. */
export function replicaIsa(object: Buffer): string[] {
  const marker = Buffer.from('vllm-replica-isa:')
  const at = object.indexOf(marker)
  if (at < 0) return []
  const end = object.indexOf(0, at)
  return object
    .subarray(at + marker.length, end)
    .toString('latin1')
    .trim()
    .split(/\s+/)
    .filter(Boolean)
}

/** A fake /proc/cpuinfo with these flags, for VLLM_REPLICA_CPUINFO (the build host's CPU). */
export function cpuinfoText(
  flags: readonly string[],
  arch: 'x86_64' | 'aarch64' = 'x86_64'
): string {
  const line =
    arch === 'x86_64' ? `flags\t\t: ${flags.join(' ')}` : `Features\t: ${flags.join(' ')}`
  return `processor\t: 0\n${line}\n\nprocessor\t: 1\n${line}\n`
}
