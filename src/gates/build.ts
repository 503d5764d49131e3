/**
 * The build gate: builds one CPU variant of vLLM from `vllm-source` into a wheel PyPI accepts
 * (variant's flags, explicit version, the variant's name, no local label, a manylinux tag),
 * reuses the wheel from the cache when every input is the same, keeps the compiler cache warm,
 * and hands the wheel to later jobs as an artifact.
 */
import { randomUUID } from 'node:crypto'
import { copyFile, mkdir, readdir, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import { ccacheKeys, wheelCacheKey } from '../build/cachekey.js'
import {
  buildArgv,
  buildEnvironment,
  DEFAULT_BUILD_COMMAND,
  targetVersion,
  type TargetVersion
} from '../build/command.js'
import { probePython, readSourceState, type PythonInfo } from '../build/probe.js'
import { findVariant, loadVariants, type Variant } from '../build/variants.js'
import type { DecisionLog } from '../report/decisions.js'
import { wheelArtifactName } from '../store/names.js'
import type { ArtifactStore, CacheStore } from '../store/ports.js'
import { GateError } from '../util/errors.js'
import type { Logger } from '../util/logger.js'
import { ProcessStartError, type ProcessRunner } from '../util/process.js'
import { detectVersion, gitSource, inputSource } from '../version/detect.js'
import { normalizeName } from '../wheel/names.js'
import { NormalizeError, normalizeWheel } from '../wheelfile/normalize.js'
import { InvalidWheelError, type WheelInspection } from '../wheel/types.js'

/** What the build gate needs to know (the lead maps Settings onto this). */
export interface BuildOptions {
  /** `variant`: a name from the variant table. */
  readonly variant: string
  /** `variants`: '' for the built-in table, inline JSON, or a JSON file's path. */
  readonly variants: string
  /** `package-name`: distribution name override; '' for the variant's. */
  readonly packageName: string
  /** `vllm-source`: the vLLM git checkout (relative to cwd). */
  readonly vllmSource: string
  /** True when vllm-source was given explicitly. */
  readonly vllmSourceGiven: boolean
  /** `version`: '' to take it from the checkout's tag (`git describe`). */
  readonly version: string
  /** `version-suffix`: '' or `.postN` / `.devN`. */
  readonly versionSuffix: string
  /** `python`: interpreter that builds (has torch, cmake and the build requirements). */
  readonly python: string
  /** `build-command`: '' for DEFAULT_BUILD_COMMAND; `{python}`, `{outdir}` are filled in. */
  readonly buildCommand: string
  /** `platform-tag`: replaces `linux_<arch>`; '' for manylinux_<build host glibc>_<arch>. */
  readonly platformTag: string
  /** `work-dir`: local caches, artifacts and build output live under it. */
  readonly workDir: string
  /** Largest wheel the check accepts (max-file-size), in bytes. */
  readonly maxFileSize: number
  /** `dry-run`: decide and report, build and write nothing. */
  readonly dryRun: boolean
  /** Directory relative paths resolve against. */
  readonly cwd: string
}

/** The side effects the build gate uses. */
export interface BuildPorts {
  readonly run: ProcessRunner
  readonly cache: CacheStore
  readonly artifacts: ArtifactStore
  /** inspectWheel with the max-file-size bound in: the check every produced wheel must pass. */
  readonly inspect: (wheel: string) => Promise<WheelInspection>
}

/** What the build produced (also set as step outputs). */
export interface BuildResult {
  /** Path of the wheel, or null in a dry run. */
  readonly wheel: string | null
  readonly packageName: string
  readonly version: string
  readonly sha256: string | null
  readonly artifactName: string
  readonly cacheHit: boolean
  readonly cacheKey: string | null
}

/** manylinux_<glibc>_<arch> for the build host, or undefined when it has no glibc. */
export function defaultPlatformTag(python: PythonInfo): string | undefined {
  if (!python.glibc) return undefined
  const [major, minor] = python.glibc.split('.')
  if (!major || !minor) return undefined
  return `manylinux_${major}_${minor}_${python.arch}`
}

const isDirectory = async (dir: string): Promise<boolean> =>
  stat(dir).then(
    s => s.isDirectory(),
    () => false
  )

async function wheelsIn(dir: string, since = 0): Promise<string[]> {
  let names: string[]
  try {
    names = await readdir(dir)
  } catch {
    return []
  }
  const found: string[] = []
  for (const name of names.filter(n => n.endsWith('.whl')).sort()) {
    const full = path.join(dir, name)
    if ((await stat(full)).mtimeMs >= since) found.push(full)
  }
  return found
}

function describeProblems(inspection: WheelInspection): string {
  return inspection.problems.map(p => `- [${p.code}] ${p.message}\n  ${p.hint}`).join('\n')
}

function rethrowWheelError(error: unknown): never {
  if (error instanceof InvalidWheelError || error instanceof NormalizeError) {
    throw new GateError('build', error.message, error.hint)
  }
  throw error
}

interface Plan {
  readonly variant: Variant
  readonly distribution: string
  readonly python: PythonInfo
  readonly commit: string
  readonly dirty: boolean
  readonly target: TargetVersion
  readonly env: Record<string, string>
  readonly commandText: string
  readonly platformTag: string | undefined
  readonly cacheKey: string
  readonly artifactName: string
  readonly sourceDir: string
  readonly workDir: string
  readonly wheelDir: string
}

async function plan(options: BuildOptions, ports: BuildPorts, logger: Logger): Promise<Plan> {
  const variant = findVariant(await loadVariants(options.variants, options.cwd), options.variant)
  const distribution = options.packageName.trim() || variant.distribution
  const python = await probePython(ports.run, options.python)
  if (!variant.platforms.includes(python.arch)) {
    throw new GateError(
      'build',
      `Variant '${variant.name}' exists for ${variant.platforms.join(', ')}, but this runner ` +
        `is ${python.arch}.`,
      'Run this variant on a runner of that architecture, or leave it out of the matrix here.'
    )
  }
  const sourceDir = path.resolve(options.cwd, options.vllmSource)
  const state = await readSourceState(ports.run, sourceDir)
  const detected = await detectVersion(
    {
      input: options.version,
      sourceDir,
      sourceDirExplicit: options.vllmSourceGiven,
      python: options.python,
      distribution,
      gate: 'build'
    },
    { run: ports.run, isDirectory },
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
  const platformTag = options.platformTag.trim() || defaultPlatformTag(python)
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

/** Runs a program with its output streamed to the logger line by line. */
async function runStreaming(
  run: ProcessRunner,
  logger: Logger,
  argv: readonly string[],
  cwd: string,
  env: Record<string, string>
): Promise<{ exitCode: number; tail: string[] }> {
  const tail: string[] = []
  const partial = { stdout: '', stderr: '' }
  const emit = (line: string): void => {
    logger.info(line)
    tail.push(line)
    if (tail.length > 30) tail.shift()
  }
  const [command, ...args] = argv as [string, ...string[]]
  let result
  try {
    result = await run(command, args, {
      cwd,
      env,
      onOutput(chunk, stream) {
        const lines = (partial[stream] + chunk).split(/\r?\n/)
        partial[stream] = lines.pop() ?? ''
        lines.forEach(emit)
      }
    })
  } catch (error) {
    if (error instanceof ProcessStartError) {
      throw new GateError(
        'build',
        `The build command could not be started: ${error.message}`,
        'Check build-command and python: the program must exist on the runner.'
      )
    }
    throw error
  }
  for (const rest of [partial.stdout, partial.stderr]) if (rest) emit(rest)
  return { exitCode: result.exitCode, tail }
}

async function hasCcache(run: ProcessRunner): Promise<boolean> {
  try {
    return (await run('ccache', ['--version'])).exitCode === 0
  } catch {
    return false
  }
}

/** Checks a produced or restored wheel; returns its inspection or throws GateError. */
async function checkWheel(wheel: string, p: Plan, ports: BuildPorts): Promise<WheelInspection> {
  const inspection = await ports.inspect(wheel).catch(rethrowWheelError)
  if (inspection.problems.length > 0) {
    throw new GateError(
      'build',
      `The built wheel ${path.basename(wheel)} would not pass check:\n${describeProblems(inspection)}`,
      'Fix the build (or the variants/platform-tag settings) and build again; nothing was cached ' +
        'or uploaded.'
    )
  }
  const { filename } = inspection
  if (
    filename.normalizedName !== normalizeName(p.distribution) ||
    filename.version !== p.target.version
  ) {
    throw new GateError(
      'build',
      `The wheel is ${filename.name} ${filename.version}, expected ${p.distribution} ` +
        `${p.target.version}.`,
      'The build produced another distribution or version than it was told to; check the ' +
        'build command and vllm-source.'
    )
  }
  return inspection
}

async function publishOutputs(
  result: BuildResult,
  log: DecisionLog,
  inspection: WheelInspection | null
): Promise<BuildResult> {
  // A dry run has no wheel, whether or not the cache could have supplied one.
  log.setOutput(
    'decision',
    result.wheel === null ? 'dry-run' : result.cacheHit ? 'reused' : 'built'
  )
  log.setOutput('version', result.version)
  log.setOutput('package-name', result.packageName)
  log.setOutput('artifact-name', result.artifactName)
  log.setOutput('cache-hit', result.cacheHit)
  if (result.wheel) log.setOutput('wheel', result.wheel)
  if (inspection) log.setOutput('sha256', inspection.sha256)
  return result
}

/**
 * Builds (or reuses) the wheel of one variant, records `built`, `reused` or `dry-run`, sets
 * the outputs version, package-name, wheel, sha256, artifact-name and cache-hit.
 */
export async function buildGate(
  options: BuildOptions,
  ports: BuildPorts,
  log: DecisionLog,
  logger: Logger
): Promise<BuildResult> {
  const p = await plan(options, ports, logger)
  const useWheelCache = !p.dirty
  if (!useWheelCache) {
    logger.warning(
      `vllm-source has uncommitted changes, so commit ${p.commit.slice(0, 12)} does not ` +
        'determine the wheel: the wheel cache is neither read nor written.'
    )
  }
  const base = {
    packageName: p.distribution,
    version: p.target.version,
    artifactName: p.artifactName,
    cacheKey: useWheelCache ? p.cacheKey : null
  }
  const flags = Object.entries(p.variant.env)
    .map(([k, v]) => `${k}=${v}`)
    .join(' ')

  if (options.dryRun) {
    const hit = useWheelCache
      ? await ports.cache.restore([p.wheelDir], [p.cacheKey], { lookupOnly: true })
      : null
    log.record({
      gate: 'build',
      target: `${p.distribution} ${p.target.version}`,
      decision: 'dry-run',
      reason: hit
        ? `would reuse the cached wheel (${p.cacheKey}) and upload it as ${p.artifactName}`
        : `would build ${p.variant.name} in ${p.sourceDir} with ${flags || 'no ISA flags'}, ` +
          `run '${p.commandText}', and upload ${p.artifactName}`
    })
    return publishOutputs({ ...base, wheel: null, sha256: null, cacheHit: hit !== null }, log, null)
  }

  if (useWheelCache) {
    await rm(p.wheelDir, { recursive: true, force: true })
    const hit = await ports.cache.restore([p.wheelDir], [p.cacheKey])
    const restored = hit ? await wheelsIn(p.wheelDir) : []
    if (hit && restored.length === 1) {
      const wheel = restored[0] as string
      try {
        const inspection = await checkWheel(wheel, p, ports)
        await ports.artifacts.upload(p.artifactName, [wheel])
        log.record({
          gate: 'build',
          target: inspection.filename.filename,
          decision: 'reused',
          reason: `the cache holds the wheel for these exact inputs (${p.cacheKey}); not rebuilt`
        })
        const result = { ...base, wheel, sha256: inspection.sha256, cacheHit: true }
        return publishOutputs(result, log, inspection)
      } catch (error) {
        if (!(error instanceof GateError)) throw error
        logger.warning(`The cached wheel failed its check, building again: ${error.message}`)
      }
    } else if (hit) {
      logger.warning(`Cache entry ${hit} held ${restored.length} wheels, not one; building again.`)
    }
  }

  const outDir = path.join(p.workDir, 'build-out', randomUUID())
  await mkdir(outDir, { recursive: true })
  try {
    const built = await buildOnce(p, options, ports, logger, outDir)
    await rm(p.wheelDir, { recursive: true, force: true })
    await mkdir(p.wheelDir, { recursive: true })
    const normalized = await normalizeWheel(built, {
      outDir: p.wheelDir,
      name: p.distribution,
      version: p.target.version,
      platformTag: p.platformTag
    }).catch(rethrowWheelError)
    let wheel = normalized.path
    if (!normalized.changed) {
      wheel = path.join(p.wheelDir, path.basename(built))
      await copyFile(built, wheel)
    } else {
      logger.info(`Normalized ${path.basename(built)}:\n  ${normalized.changes.join('\n  ')}`)
    }
    const inspection = await checkWheel(wheel, p, ports)
    if (useWheelCache && !(await ports.cache.save([p.wheelDir], p.cacheKey))) {
      logger.info(`The wheel cache already has ${p.cacheKey}; kept as it is.`)
    }
    await ports.artifacts.upload(p.artifactName, [wheel])
    log.record({
      gate: 'build',
      target: inspection.filename.filename,
      decision: 'built',
      reason:
        `built ${p.variant.name} from ${p.commit.slice(0, 12)} with ${flags || 'no ISA flags'}` +
        (normalized.changed ? `; normalized (${normalized.changes.length} changes)` : '')
    })
    const result = { ...base, wheel, sha256: inspection.sha256, cacheHit: false }
    return publishOutputs(result, log, inspection)
  } finally {
    await rm(outDir, { recursive: true, force: true })
  }
}

async function buildOnce(
  p: Plan,
  options: BuildOptions,
  ports: BuildPorts,
  logger: Logger,
  outDir: string
): Promise<string> {
  const argv = buildArgv(p.commandText, options.python, outDir)
  const env: Record<string, string> = { ...p.env }
  const ccache = await hasCcache(ports.run)
  const ccacheDir = path.join(p.workDir, 'ccache', p.variant.name)
  const keys = ccacheKeys(p.variant.name, p.python, p.commit)
  let ccacheHit: string | null = null
  if (ccache) {
    env.CCACHE_DIR = ccacheDir
    ccacheHit = await ports.cache.restore([ccacheDir], keys)
    logger.info(
      ccacheHit ? `Compiler cache restored from ${ccacheHit}.` : 'Compiler cache: starting empty.'
    )
  }
  const started = Date.now() - 1000
  let outcome
  try {
    outcome = await logger.group(
      `Building ${p.distribution} ${p.target.version} (${p.variant.name}, ${p.python.tag}, ${p.python.arch})`,
      async () => {
        logger.info(`$ ${argv.join(' ')}`)
        logger.info(
          `environment: ${Object.entries(env)
            .map(([k, v]) => `${k}=${v}`)
            .join(' ')}`
        )
        return runStreaming(ports.run, logger, argv, p.sourceDir, env)
      }
    )
  } finally {
    // a failed build's objects still save the next attempt most of its work
    if (ccache && ccacheHit !== keys[0] && (await isDirectory(ccacheDir))) {
      await ports.cache.save([ccacheDir], keys[0] as string)
    }
  }
  if (outcome.exitCode !== 0) {
    throw new GateError(
      'build',
      `The build of ${p.variant.name} failed (exit code ${outcome.exitCode}). Last lines:\n` +
        outcome.tail.join('\n'),
      'Read the build log group above; vLLM CPU builds need gcc >= 12.3, cmake, ninja, and ' +
        'torch (CPU) plus requirements/cpu-build.txt installed in the python input.'
    )
  }
  const wheels = argv.some(a => a.includes(outDir))
    ? await wheelsIn(outDir)
    : await wheelsIn(path.join(p.sourceDir, 'dist'), started)
  if (wheels.length !== 1) {
    throw new GateError(
      'build',
      `The build finished but produced ${wheels.length} wheels, expected one` +
        (wheels.length ? `: ${wheels.map(w => path.basename(w)).join(', ')}` : '.'),
      'Let the build command write its wheel to {outdir} (e.g. --outdir {outdir}), or to ' +
        'vllm-source/dist.'
    )
  }
  return wheels[0] as string
}
