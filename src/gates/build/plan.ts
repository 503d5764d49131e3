/**
 * The build's plan, decided before anything is built: the variant and its distribution name,
 * the interpreter and the source checkout, the target version, the build command and
 * environment, the platform tag, and the wheel cache key that stands for all of them.
 */
import path from 'node:path'
import { wheelCacheKey } from '../../build/cachekey.js'
import {
  buildArgv,
  buildEnvironment,
  DEFAULT_BUILD_COMMAND,
  targetVersion,
  type TargetVersion
} from '../../build/command.js'
import { probePython, readSourceState, type PythonInfo } from '../../build/probe.js'
import { findVariant, loadVariants, type Variant } from '../../build/variants.js'
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
  readonly distribution: string
  readonly python: PythonInfo
  readonly commit: string
  readonly dirty: boolean
  readonly target: TargetVersion
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

/** Decides the build from `options`, probing the interpreter and the checkout; throws GateError. */
export async function planBuild(
  options: BuildOptions,
  run: ProcessRunner,
  logger: Logger
): Promise<BuildPlan> {
  const variant = findVariant(await loadVariants(options.variants, options.cwd), options.variant)
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
  const target = targetVersion(detected.version, options.versionSuffix)
  if (target.droppedLocal) {
    logger.info(
      `Version ${detected.version} has the local label '+${target.droppedLocal}', which PyPI ` +
        `refuses; building ${target.version}.`
    )
  }
  const env = buildEnvironment(variant, target.version)
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
    platformTag: platformTag ?? ''
  })
  return {
    variant,
    distribution,
    python,
    commit: state.commit,
    dirty: state.dirty,
    target,
    env,
    commandText,
    platformTag,
    cacheKey,
    artifactName: wheelArtifactName(variant.name, target.version, python.tag, python.arch),
    sourceDir,
    workDir,
    wheelDir: path.join(workDir, 'wheel', variant.name)
  }
}
