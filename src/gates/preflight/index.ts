/**
 * The preflight: the first step of every gate and of the pipeline, before anything is
 * written. It parses nothing anew (settings did); it cross-checks the settings, resolves every
 * target the run will touch (indexes, the GitHub repository and token, the variant, Python,
 * the source tree, the wheels or their artifact) and makes sure the credentials each step
 * needs are there. A failure ends the run with exit code 2 (a setting) or 1 (the world) and
 * nothing written; success records the plan, which the summary shows above the decisions.
 */
import type { RepositoryName } from '../../github/repository.js'
import type { IndexTarget } from '../../pypi/targets.js'
import type { Settings } from '../../settings.js'
import { GateError, SettingError } from '../../util/errors.js'
import type { BuildPlan } from '../build/plan.js'
import type { GateContext } from '../context.js'
import type { IndexRole } from '../options.js'
import { checkAttestations, indexCredentials, releaseRepository } from './credentials.js'
import { needsOf } from './needs.js'
import { planLines } from './plan.js'
import {
  checkArtifactReference,
  checkBuildCommand,
  checkDistinctIndexes,
  checkReleaseTemplates,
  checkVariant,
  checkVariantTable,
  checkVerifyCommand,
  resolveTargets
} from './settings-checks.js'
import { checkPython, checkSourceTree, findWheels, planTheBuild } from './world.js'

/** What the preflight resolved, for the gate to go on with. */
export interface Ready {
  /** Absolute paths of the wheels the run takes as built; empty when it builds. */
  readonly wheels: readonly string[]
  /** The build's plan, when the run builds. */
  readonly build: BuildPlan | null
  /** The index of each role the run publishes to or verifies from. */
  readonly targets: Partial<Record<IndexRole, IndexTarget>>
  /** The repository a release goes to; null when the run does not release (or skips it). */
  readonly release: RepositoryName | null
}

async function decide(settings: Settings, context: GateContext): Promise<Ready> {
  const needs = needsOf(settings)
  // Settings against each other and the tables they name: exit 2, and no world asked yet.
  if (needs.takesWheels) checkArtifactReference(settings)
  const targets = await resolveTargets(settings, needs)
  checkDistinctIndexes(settings, targets)
  if (needs.builds) {
    await checkVariant(settings, context.cwd)
    await checkBuildCommand(settings)
  }
  if (needs.verifiesFrom) {
    checkVerifyCommand(settings)
    // Verify takes the CPU flags from the variant table: a bad table or variant is a setting,
    // found now and not after the test upload.
    if (settings.variantGiven) await checkVariant(settings, context.cwd)
    else await checkVariantTable(settings, context.cwd)
  }
  if (needs.releases === 'direct' || (needs.releases && settings.githubToken)) {
    await checkReleaseTemplates(settings)
  }
  // Credentials for every step that will need them: exit 2.
  const credentials: Partial<Record<IndexRole, string>> = {}
  for (const role of needs.publishes) {
    credentials[role] = indexCredentials(settings, context, role, targets[role]!)
    checkAttestations(settings, context, role, targets[role]!)
  }
  const release = needs.releases ? releaseRepository(settings, context, needs.releases) : null
  // The world, read only: exit 1.
  if (needs.readsSource && !needs.builds) await checkSourceTree(settings, context)
  if (needs.verifiesFrom) await checkPython(settings, context)
  const build = needs.builds ? await planTheBuild(settings, context) : null
  const wheels = needs.takesWheels ? await findWheels(settings, context) : []

  const lines = planLines(settings, context, {
    needs,
    build,
    wheels,
    targets,
    credentials,
    release
  })
  context.logger.info('Plan (decided before anything is written):')
  for (const line of lines) {
    context.log.plan(line.step, line.action)
    context.logger.info(`  ${line.step}: ${line.action}`)
  }
  return { wheels, build, targets, release }
}

/**
 * Checks and resolves everything the run of `settings` needs before its first write; returns
 * what it resolved, or throws (SettingError: exit 2; GateError: exit 1) with nothing written.
 */
export async function preflight(settings: Settings, context: GateContext): Promise<Ready> {
  try {
    return await decide(settings, context)
  } catch (error) {
    if (!(error instanceof GateError)) throw error
    context.log.record({
      gate: settings.gate,
      target: 'preflight',
      decision: 'failed',
      reason: error.message
    })
    const stop = /[.!?]$/.test(error.message) ? '' : '.'
    const message = `${error.message}${stop} Nothing was written.`
    throw error.kind === 'setting'
      ? new SettingError(error.gate, message, error.hint)
      : new GateError(error.gate, message, error.hint)
  }
}
