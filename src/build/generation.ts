/**
 * Which generation of vLLM's CPU build a source tree is, read from the tree itself (its
 * cmake/cpu_extension.cmake), never from a table of version numbers: a fork, a backport or a
 * release candidate says what it is by what its CMake file does.
 *  - runtime-dispatch: the file builds `_C_AVX2` beside `_C` (vLLM 0.17 and later,
 *    vllm-project/vllm#35466): one x86_64 wheel carries every ISA and picks at run time.
 *  - per-isa: the file reads the per-ISA variables (`$ENV{VLLM_CPU_DISABLE_AVX512}`,
 *    `$ENV{VLLM_CPU_AVX512BF16}`, ...): one wheel per instruction set (vLLM 0.4 to 0.16).
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { GateError } from '../util/errors.js'
import type { Generation } from './variants.js'

/** The file the generation is read from, relative to vllm-source. */
export const CPU_EXTENSION_CMAKE = 'cmake/cpu_extension.cmake'

/** A tree's generation and the evidence for it (for the summary). */
export interface DetectedGeneration {
  readonly generation: Generation
  readonly evidence: string
}

// CMake comments run from `#` to the end of the line (bracket comments are not used there).
function stripComments(text: string): string {
  return text.replace(/#[^\n]*/g, '')
}

/** Tells the generation from cmake/cpu_extension.cmake's text; null when it shows neither. */
export function generationOf(cmakeText: string): DetectedGeneration | null {
  const code = stripComments(cmakeText)
  if (/\b_C_AVX2\b/.test(code)) {
    return {
      generation: 'runtime-dispatch',
      evidence: `${CPU_EXTENSION_CMAKE} builds _C_AVX2 beside _C and vLLM picks one at run time`
    }
  }
  const perIsa = /ENV\{(VLLM_CPU_(?:DISABLE_AVX512|AVX512BF16|AVX512VNNI|AMXBF16))\}/.exec(code)
  if (perIsa) {
    return {
      generation: 'per-isa',
      evidence: `${CPU_EXTENSION_CMAKE} reads ${perIsa[1]} and builds one _C for the chosen ISA`
    }
  }
  return null
}

/** Reads the generation of the tree in `sourceDir`; throws GateError when it cannot be told. */
export async function readGeneration(sourceDir: string): Promise<DetectedGeneration> {
  const file = path.join(sourceDir, CPU_EXTENSION_CMAKE)
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch {
    throw new GateError(
      'build',
      `vllm-source has no ${CPU_EXTENSION_CMAKE}, so it is not a vLLM checkout with a CPU build.`,
      'Point vllm-source at a checkout of vllm-project/vllm (0.4 or later).'
    )
  }
  const found = generationOf(text)
  if (!found) {
    throw new GateError(
      'build',
      `Cannot tell which generation of vLLM's CPU build ${CPU_EXTENSION_CMAKE} is: it neither ` +
        'builds _C_AVX2 (runtime dispatch, vLLM 0.17 and later) nor reads ' +
        '$ENV{VLLM_CPU_DISABLE_AVX512} or another per-ISA variable (vLLM 0.4 to 0.16).',
      'This vLLM changed its CPU build in a way this action does not know yet; open an issue ' +
        'with the vLLM version.'
    )
  }
  return found
}
