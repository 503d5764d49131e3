/**
 * The wheel the build gate hands on: the build's raw wheel normalized (name, version, platform
 * tag) into the one PyPI accepts, and every produced or restored wheel held to check's rules
 * and to the distribution and version the plan asked for.
 */
import { copyFile, mkdir, rm } from 'node:fs/promises'
import path from 'node:path'
import { GateError } from '../../util/errors.js'
import type { Logger } from '../../util/logger.js'
import { normalizeName } from '../../wheel/names.js'
import { NormalizeError, normalizeWheel } from '../../wheelfile/normalize.js'
import { InvalidWheelError, type WheelInspection } from '../../wheel/types.js'
import type { BuildPlan } from './plan.js'

function describeProblems(inspection: WheelInspection): string {
  return inspection.problems.map(p => `- [${p.code}] ${p.message}\n  ${p.hint}`).join('\n')
}

function rethrowWheelError(error: unknown): never {
  if (error instanceof InvalidWheelError || error instanceof NormalizeError) {
    throw new GateError('build', error.message, error.hint)
  }
  throw error
}

/** Checks a produced or restored wheel; returns its inspection or throws GateError. */
export async function checkWheel(
  wheel: string,
  p: BuildPlan,
  inspect: (wheel: string) => Promise<WheelInspection>
): Promise<WheelInspection> {
  const inspection = await inspect(wheel).catch(rethrowWheelError)
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

/**
 * Writes the built wheel into the plan's (emptied) wheel directory, normalized where it differs
 * from the plan; returns its path and whether and how it was changed.
 */
export async function normalizeBuilt(
  built: string,
  p: BuildPlan,
  logger: Logger
): Promise<{ wheel: string; changed: boolean; changes: readonly string[] }> {
  await rm(p.wheelDir, { recursive: true, force: true })
  await mkdir(p.wheelDir, { recursive: true })
  const normalized = await normalizeWheel(built, {
    outDir: p.wheelDir,
    name: p.distribution,
    version: p.target.version,
    platformTag: p.platformTag,
    hostGlibc: async () => p.python.glibc
  }).catch(rethrowWheelError)
  let wheel = normalized.path
  if (!normalized.changed) {
    wheel = path.join(p.wheelDir, path.basename(built))
    await copyFile(built, wheel)
  } else {
    logger.info(`Normalized ${path.basename(built)}:\n  ${normalized.changes.join('\n  ')}`)
  }
  return { wheel, changed: normalized.changed, changes: normalized.changes }
}
