/**
 * The build's plan, decided before anything is built: the variant and its distribution name,
 * the interpreter and the source checkout, the tree's generation (a per-ISA variant is refused
 * on a runtime-dispatch tree), the target version, the build command and environment, the
 * changes that let vLLM run under the variant's distribution name, the platform tag, and the
 * wheel cache key that stands for all of them.
 */
import path from 'node:path'
import { wheelCacheDir, wheelCacheKey } from '../../build/cachekey.js'
import {
  buildArgv,
  buildEnvironment,
  DEFAULT_BUILD_COMMAND,
  targetVersion,
  type TargetVersion
} from '../../build/command.js'
import { probePython, readSourceState, type PythonInfo } from '../../build/probe.js'
import { readGeneration, type DetectedGeneration } from '../../build/generation.js'
import { describeChange, planRename, type RenamePlan } from '../../build/rename.js'
import { findVariant, loadVariants, type Variant } from '../../build/variants.js'
import type { SuffixChoice } from '../../plan/suffix.js'
import { wheelArtifactName } from '../../store/names.js'
import { GateError } from '../../util/errors.js'
import type { Logger } from '../../util/logger.js'
import type { ProcessRunner } from '../../util/process.js'
import { detectVersion, gitSource, inputSource } from '../../version/detect.js'
import { detectPorts } from '../version-ports.js'
import type { BuildOptions } from './gate.js'

/** Everything one build is decided by, and where it puts its output. */
export interface BuildPlan {
  readonly variant: Variant
  /** The tree's generation, read from its cmake/cpu_extension.cmake. */
  readonly generation: DetectedGeneration
  /** The lookups of the `vllm` distribution changed for the build; null when switched off. */
  readonly rename: RenamePlan | null
  readonly distribution: string
  readonly python: PythonInfo
  readonly commit: string
  readonly dirty: boolean
  readonly target: TargetVersion
  /** What `version-suffix: auto` chose, and why; null when the suffix was given. */
  readonly suffix: SuffixChoice | null
  readonly env: Record<string, string>
  readonly commandText: string
  /**
   * The platform-tag input, or undefined: then normalize chooses the tag from what the wheel's
   * objects need (wheel/platform-tag.ts), falling back on `python.glibc` without objects.
   */
  readonly platformTag: string | undefined
  readonly cacheKey: string
  readonly artifactName: string
  readonly sourceDir: string
  readonly workDir: string
  readonly wheelDir: string
}

/** Chooses the suffix of `version-suffix: auto` for a base version of a distribution. */
export type SuffixChooser = (base: string, distribution: string) => Promise<SuffixChoice>

/**
 * Decides the build from `options`, probing the interpreter and the checkout; throws GateError.
 * `chooseSuffix` answers `version-suffix: auto` (from what the indexes hold).
 */
export async function planBuild(
  options: BuildOptions,
  run: ProcessRunner,
  logger: Logger,
  chooseSuffix?: SuffixChooser
): Promise<BuildPlan> {
  const table = await loadVariants(options.variants, options.cwd)
  const variant = findVariant(table, options.variant)
  const distribution = options.packageName.trim() || variant.distribution
  const python = await probePython(run, options.python)
  if (!variant.platforms.includes(python.arch)) {
    throw new GateError(
      'build',
      `Variant '${variant.name}' exists for ${variant.platforms.join(', ')}, but this runner ` +
        `is ${python.arch}.`,
      'Run this variant on a runner of that architecture, or leave it out of the matrix here.'
    )
  }
  const sourceDir = path.resolve(options.cwd, options.vllmSource)
  const state = await readSourceState(run, sourceDir)
  const generation = await readGeneration(sourceDir)
  if (!variant.generations.includes(generation.generation)) {
    throw refuseGeneration(variant, generation, table, python.arch)
  }
  const rename = options.renameLookups === false ? null : await planRename(sourceDir, distribution)
  const detected = await detectVersion(
    {
      input: options.version,
      sourceDir,
      sourceDirExplicit: options.vllmSourceGiven,
      python: options.python,
      distribution,
      gate: 'build'
    },
    detectPorts(run),
    [inputSource, gitSource]
  )
  let suffix: SuffixChoice | null = null
  if (options.versionSuffix.trim() === 'auto') {
    if (!chooseSuffix) {
      throw new GateError('build', 'version-suffix: auto needs the package indexes to choose from.')
    }
    suffix = await chooseSuffix(detected.version, distribution)
    logger.info(`version-suffix auto: ${suffix.suffix || 'none'} (${suffix.reason})`)
  }
  const target = targetVersion(detected.version, suffix ? suffix.suffix : options.versionSuffix)
  if (target.droppedLocal) {
    logger.info(
      `Version ${detected.version} has the local label '+${target.droppedLocal}', which PyPI ` +
        `refuses; building ${target.version}.`
    )
  }
  const env = buildEnvironment(variant, target.version, generation.generation)
  const commandText = options.buildCommand.trim() || DEFAULT_BUILD_COMMAND
  buildArgv(commandText, options.python, 'outdir') // fail on a bad command before anything else
  const platformTag = options.platformTag.trim() || undefined
  const workDir = path.resolve(options.cwd, options.workDir)
  const cacheKey = wheelCacheKey({
    commit: state.commit,
    variant: variant.name,
    distribution,
    env,
    version: target.version,
    python,
    command: commandText,
    pythonCommand: options.python,
    // The chosen tag follows from the commit and the host (both in the key) when not given.
    platformTag: platformTag ?? '',
    generation: generation.generation,
    changes: rename ? rename.changes.map(describeChange) : []
  })
  return {
    variant,
    generation,
    rename,
    distribution,
    python,
    commit: state.commit,
    dirty: state.dirty,
    target,
    suffix,
    env,
    commandText,
    platformTag,
    cacheKey,
    artifactName: wheelArtifactName(variant.name, target.version, python.tag, python.arch),
    sourceDir,
    workDir,
    wheelDir: wheelCacheDir(workDir, variant.name)
  }
}

/** The error for a variant built from a tree of a generation it does not exist in. */
function refuseGeneration(
  variant: Variant,
  found: DetectedGeneration,
  table: readonly Variant[],
  arch: string
): GateError {
  const instead = table.find(
    v => v.generations.includes(found.generation) && v.platforms.includes(arch)
  )
  const use = instead ? `Use variant '${instead.name}' for this tree` : 'No variant fits this tree'
  if (found.generation === 'runtime-dispatch') {
    return new GateError(
      'build',
      `Variant '${variant.name}' is a per-ISA build, but vllm-source is a runtime-dispatch ` +
        `tree (${found.evidence}; the per-ISA variables are not read): it would publish the ` +
        `same wheel${instead ? ` as '${instead.name}'` : ''} under another name.`,
      `${use}: one wheel per architecture carries every ISA. The per-ISA variants are for ` +
        'vLLM 0.16 and older (before vllm-project/vllm#35466).'
    )
  }
  return new GateError(
    'build',
    `Variant '${variant.name}' is built from runtime-dispatch trees only, but vllm-source is ` +
      `a per-ISA tree (${found.evidence}).`,
    `${use}, or build a vLLM release with runtime dispatch (0.17 or later).`
  )
}
