/**
 * `gate: pipeline`: build -> check -> publish to the test index -> verify (always) ->
 * publish to production (only for the sha256 that verify passed) -> release. Each step's
 * decision becomes `<step>-decision`; a failed step stops the rest and says which and why.
 * Each step's wall time is recorded with its outcome (failed and skipped steps included).
 */
import type { Decision } from '../../report/decisions.js'
import type { Settings } from '../../settings.js'
import { describeError, GateError } from '../../util/errors.js'
import { buildFromSettings } from '../build/entry.js'
import { checkWheels } from '../check/entry.js'
import type { GateContext } from '../context.js'
import {
  confirmProduction,
  publishChecked,
  refuseUnpublishableOnProduction
} from '../publish/entry.js'
import { ClosedReleaseError } from '../publish/gate.js'
import { releaseChecked } from '../release/entry.js'
import { verifyChecked } from '../verify/entry.js'

/** The pipeline's steps, in order; each has a `<step>-decision` output. */
export const PIPELINE_STEPS = [
  'build',
  'check',
  'test-publish',
  'verify',
  'publish',
  'release'
] as const
export type PipelineStep = (typeof PIPELINE_STEPS)[number]

/** Runs every gate in order in one job. */
export async function runPipeline(settings: Settings, context: GateContext): Promise<void> {
  const { log, clock } = context
  const done = new Set<PipelineStep>()
  let current: PipelineStep = 'build'
  // A step's time runs from the end of the one before it, so each step also owns the checks
  // made on its behalf just before it starts (production's names, before the test upload).
  let mark = clock.now()
  const timeStep = (step: PipelineStep, outcome: string): void => {
    const now = clock.now()
    log.recordTiming({ step, ms: now - mark, outcome })
    mark = now
  }

  // Every gate sets the `decision` output to its main decision; the step takes it over.
  const finish = (step: PipelineStep, decision?: string): void => {
    const outcome = decision ?? log.outputs().get('decision') ?? 'passed'
    log.setOutput(`${step}-decision`, outcome)
    timeStep(step, outcome)
    done.add(step)
  }
  const skip = (step: PipelineStep, reason: string, decision: Decision = 'skipped'): void => {
    log.record({ gate: 'pipeline', target: step, decision, reason })
    finish(step, decision)
  }

  try {
    let effective = settings
    if (settings.vllmSourceGiven) {
      const built = await buildFromSettings(settings, context)
      finish('build')
      if (!built.wheel) {
        // A dry-run build produces no wheel, so nothing after it has a file to look at.
        for (const step of PIPELINE_STEPS.filter(s => !done.has(s))) {
          skip(
            step,
            'dry-run: the build was not run, so there is no wheel to go on with',
            'dry-run'
          )
        }
        log.setOutput('decision', 'dry-run')
        return
      }
      effective = Object.freeze({ ...settings, wheel: built.wheel, wheelArtifact: '' })
    } else {
      skip('build', 'no vllm-source given: the pipeline takes the wheel input as built')
    }

    current = 'check'
    const checked = await checkWheels(effective, context)
    finish('check')

    // A release production will not take (closed, or a conflicting file) fails here, before
    // the test upload and verify spend time on wheels that could never be published.
    current = 'publish'
    await refuseUnpublishableOnProduction(effective, context, checked.wheels)

    current = 'test-publish'
    await publishChecked(effective, context, checked.wheels, 'test')
    finish('test-publish')

    // Verify runs every time, also when the upload above was skipped as identical.
    current = 'verify'
    const verified = await verifyChecked(effective, context, checked.wheels, 'test')
    finish('verify')
    const passedSha = new Set(verified.filter(v => v.result.verified).map(v => v.wheel.sha256))
    const verifiedWheels = checked.wheels.filter(w => passedSha.has(w.sha256))
    const unverified = checked.wheels.filter(w => !passedSha.has(w.sha256))

    current = 'publish'
    if (verifiedWheels.length === 0) {
      // A dry run that found nothing on the test index yet has nothing verified to publish.
      skip('publish', 'no wheel passed verify in this run', settings.dryRun ? 'dry-run' : 'skipped')
    } else {
      for (const wheel of unverified) {
        log.record({
          gate: 'pipeline',
          target: wheel.filename.filename,
          decision: 'skipped',
          reason: 'not published to production: not verified (no wheel for the verify python)'
        })
      }
      await confirmProduction(effective, context, verifiedWheels)
      await publishChecked(effective, context, verifiedWheels, 'production')
      finish('publish')
    }

    current = 'release'
    if (verifiedWheels.length === 0) {
      skip('release', 'no wheel passed verify in this run', settings.dryRun ? 'dry-run' : 'skipped')
      log.setOutput('decision', settings.dryRun ? 'dry-run' : 'passed')
      return
    }
    const summaries = verified.map(v => ({
      filename: v.wheel.filename.filename,
      sha256: v.wheel.sha256,
      indexUrl: v.indexUrl,
      vllmVersion: v.result.vllmVersion,
      torchVersion: v.result.torchVersion,
      torchCuda: v.result.torchCuda
    }))
    await releaseChecked(effective, context, verifiedWheels, 'pipeline', summaries)
    finish('release')
    log.setOutput('decision', settings.dryRun ? 'dry-run' : 'passed')
  } catch (error) {
    const decision = log.outputs().get('decision')
    const outcome =
      error instanceof ClosedReleaseError
        ? 'closed'
        : decision === 'conflict' && current === 'publish'
          ? 'conflict'
          : 'failed'
    log.setOutput(`${current}-decision`, outcome)
    timeStep(current, outcome)
    done.add(current)
    for (const step of PIPELINE_STEPS.filter(s => !done.has(s))) {
      log.record({
        gate: 'pipeline',
        target: step,
        decision: 'skipped',
        reason: `not run: the ${current} step failed`
      })
      log.setOutput(`${step}-decision`, 'skipped')
      timeStep(step, 'skipped')
    }
    log.setOutput('decision', error instanceof ClosedReleaseError ? 'closed' : 'failed')
    const gate = error instanceof GateError ? error.gate : 'pipeline'
    throw new GateError(
      gate,
      `The ${current} step failed, so the steps after it did not run: ${error instanceof GateError ? error.message : describeError(error)}`,
      error instanceof GateError ? error.hint : ''
    )
  }
}
