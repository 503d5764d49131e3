/**
 * The build gate: builds one CPU variant of vLLM from `vllm-source` into a wheel PyPI accepts
 * (variant's flags, explicit version, the variant's name, no local label, a manylinux tag),
 * reuses the wheel from the cache when every input is the same, keeps the compiler cache warm,
 * and hands the wheel to later jobs as an artifact. This module owns the gate's inputs, outputs
 * and decisions; planning (`plan.ts`), building (`run.ts`, `ccache.ts`), reuse (`reuse.ts`) and
 * the wheel's normalization and check (`wheel.ts`) are its parts.
 */
import { randomUUID } from 'node:crypto'
import { mkdir, rm } from 'node:fs/promises'
import path from 'node:path'
import type { DecisionLog } from '../../report/decisions.js'
import type { ArtifactStore, CacheStore } from '../../store/ports.js'
import type { Logger } from '../../util/logger.js'
import type { ProcessRunner } from '../../util/process.js'
import type { WheelInspection } from '../../wheel/types.js'
import { applyRename } from '../../build/rename.js'
import { planBuild, type BuildPlan, type SuffixChooser } from './plan.js'
import { reuseCachedWheel } from './reuse.js'
import { buildOnce } from './run.js'
import { checkWheel, normalizeBuilt } from './wheel.js'

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
  /** `version-suffix`: '', `.postN` / `.devN`, or `auto` (BuildPorts.chooseSuffix decides). */
  readonly versionSuffix: string
  /** `python`: interpreter that builds (has torch, cmake and the build requirements). */
  readonly python: string
  /** `build-command`: '' for DEFAULT_BUILD_COMMAND; `{python}`, `{outdir}` are filled in. */
  readonly buildCommand: string
  /** `platform-tag`: replaces `linux_<arch>`; '' for the oldest manylinux tag the objects allow. */
  readonly platformTag: string
  /** `work-dir`: local caches, artifacts and build output live under it. */
  readonly workDir: string
  /** Largest wheel the check accepts (max-file-size), in bytes. */
  readonly maxFileSize: number
  /** `dry-run`: decide and report, build and write nothing. */
  readonly dryRun: boolean
  /** Directory relative paths resolve against. */
  readonly cwd: string
  /**
   * Test-only seam, never set from settings: false builds without changing vLLM's lookups of
   * its own distribution, to show what verify says of such a wheel.
   */
  readonly renameLookups?: boolean
}

/** The side effects the build gate uses. */
export interface BuildPorts {
  readonly run: ProcessRunner
  readonly cache: CacheStore
  readonly artifacts: ArtifactStore
  /** inspectWheel with the max-file-size bound in: the check every produced wheel must pass. */
  readonly inspect: (wheel: string) => Promise<WheelInspection>
  /** Answers `version-suffix: auto` from what the test and production indexes hold. */
  readonly chooseSuffix?: SuffixChooser
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

/**
 * Records what the wheel is made of besides the build's flags: the tree's generation and each
 * change to vLLM's lookups of its own distribution (the summary lists them).
 */
function recordTree(p: BuildPlan, log: DecisionLog, dryRun: boolean): void {
  log.record({
    gate: 'build',
    target: 'vllm generation',
    decision: 'passed',
    reason: `${p.generation.generation}: ${p.generation.evidence}`
  })
  for (const change of p.rename?.changes ?? []) {
    log.record({
      gate: 'build',
      target: `${change.file}:${change.line}`,
      decision: dryRun ? 'dry-run' : 'updated',
      reason:
        `${dryRun ? 'would change' : 'changed'} ${change.code} to ${change.replacement}, so ` +
        `vLLM finds ${change.kind === 'version' ? 'its version (with the cpu marker its platform detection looks for)' : `its ${change.kind}`} ` +
        `under the distribution name ${p.distribution}; the checkout was restored after the build`
    })
  }
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
 * Builds (or reuses) the wheel of one variant, records the tree's generation, the changes to
 * its lookups and `built`, `reused` or `dry-run`; sets the outputs version, package-name,
 * wheel, sha256, artifact-name, cache-hit and vllm-generation. `plan` is the preflight's plan
 * of this build, when it made one.
 */
export async function buildGate(
  options: BuildOptions,
  ports: BuildPorts,
  log: DecisionLog,
  logger: Logger,
  plan?: BuildPlan
): Promise<BuildResult> {
  const p = plan ?? (await planBuild(options, ports.run, logger, ports.chooseSuffix))
  log.setOutput('version-suffix', p.suffix ? p.suffix.suffix : options.versionSuffix.trim())
  if (p.suffix) {
    log.record({
      gate: 'build',
      target: 'version-suffix auto',
      decision: 'passed',
      reason: `${p.suffix.suffix || 'no suffix'}: ${p.suffix.reason}`
    })
  }
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
    .filter(([name]) => p.env[name] !== undefined)
    .map(([k, v]) => `${k}=${v}`)
    .join(' ')
  log.setOutput('vllm-generation', p.generation.generation)
  recordTree(p, log, options.dryRun)

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

  const reused = useWheelCache ? await reuseCachedWheel(p, ports, logger) : null
  if (reused) {
    log.record({
      gate: 'build',
      target: reused.inspection.filename.filename,
      decision: 'reused',
      reason: `the cache holds the wheel for these exact inputs (${p.cacheKey}); not rebuilt`
    })
    const result = {
      ...base,
      wheel: reused.wheel,
      sha256: reused.inspection.sha256,
      cacheHit: true
    }
    return publishOutputs(result, log, reused.inspection)
  }

  const outDir = path.join(p.workDir, 'build-out', randomUUID())
  await mkdir(outDir, { recursive: true })
  try {
    const restore = p.rename ? await applyRename(p.sourceDir, p.rename) : null
    let built: string
    try {
      built = await buildOnce(p, options.python, ports.run, ports.cache, logger, outDir)
    } finally {
      await restore?.()
    }
    const normalized = await normalizeBuilt(built, p, logger)
    const { wheel } = normalized
    const inspection = await checkWheel(wheel, p, ports.inspect)
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
