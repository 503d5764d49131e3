/**
 * The stand-in vLLM source tree: a git repository tagged v0.6.3 whose pyproject names the
 * project "vllm" and whose setup.py behaves like vLLM's where the build gate looks: it reads
 * the CPU flags the way cmake/cpu_extension.cmake does (VLLM_CPU_DISABLE_AVX512 only when it is
 * exactly `true`, the others as CMake truth values), writes what it saw into the package, takes
 * its version from SETUPTOOLS_SCM_PRETEND_VERSION or `git describe`, and appends `+cpu` for
 * VLLM_TARGET_DEVICE=cpu as vLLM's get_vllm_version does. The wheel it builds is platform
 * specific (`linux_x86_64`) without compiling anything.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { runPython } from './python.js'

/** A stand-in checkout and how to remove it. */
export interface StandinSource {
  readonly dir: string
  /** `git rev-parse HEAD` of the tagged commit. */
  readonly commit: string
  cleanup(): Promise<void>
}

/** Options for the stand-in tree. */
export interface StandinOptions {
  /** Tag to create (with the `v`); v0.6.3 by default. */
  readonly tag?: string
  /** Declare a dependency on torch, as vLLM does; true by default. */
  readonly torchDependency?: boolean
}

/** Creates the stand-in tree in a fresh temporary directory, committed and tagged. */
export async function createStandinSource(options: StandinOptions = {}): Promise<StandinSource> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'standin-vllm-'))
  const args = ['scripts/make-standin-source.py', dir, options.tag ?? 'v0.6.3']
  if (options.torchDependency === false) args.push('--no-torch')
  const commit = runPython(args).trim()
  return { dir, commit, cleanup: () => rm(dir, { recursive: true, force: true }) }
}
