/**
 * `gate: pipeline`: preflight -> build -> check -> publish to the test index -> verify
 * (always) -> publish to production (only for the sha256 that verify passed) -> release. Each
 * step's decision becomes `<step>-decision`; a failed step stops the rest and says which and
 * why. Whatever can be known before the first write is known before it: the preflight before
 * the build, and whether the production index already holds another file under a wheel's name
 * before the first upload to the test index. Each step's wall time is recorded with its outcome
 * (failed and skipped steps included).
 */
import type { Decision } from '../../report/decisions.js'
import type { Settings } from '../../settings.js'
import { describeError, GateError, SettingError } from '../../util/errors.js'
import { buildFromSettings } from '../build/entry.js'
import { checkWheels } from '../check/entry.js'
import type { GateContext } from '../context.js'
import { preflight, type Ready } from '../preflight/index.js'
import { publishChecked, refuseUnpublishableOnProduction } from '../publish/entry.js'
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
  let ready: Ready
  try {
    ready = await preflight(settings, context)
  } catch (error) {
    for (const step of PIPELINE_STEPS) log.setOutput(`${step}-decision`, 'skipped')
    log.setOutput('decision', 'failed')
    throw error
  }
  // A step's time runs from the end of the one before it, so each step also owns the checks
  // made on its behalf just before it starts (production's names, before the test upload). The
  // preflight's time counts in the run's total only.
  let mark = clock.now()
  const timeStep = (step: PipelineStep, outcome: string): void => {
    const now = clock.now()
    log.recordTiming({ step, ms: now - mark, outcome })
    mark = now
  }

  const done = new Set<PipelineStep>()
  let current: PipelineStep = 'build'
  // True while the production index is asked about the wheels' names, before any upload.
  let beforeUploads = false

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
    let paths: readonly string[] = ready.wheels
    if (ready.build) {
      const built = await buildFromSettings(settings, context, ready.build)
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
      paths = [built.wheel]
      effective = Object.freeze({ ...settings, wheel: built.wheel, wheelArtifact: '' })
    } else {
      skip('build', 'no vllm-source given: the pipeline takes the wheel input as built')
    }

    current = 'check'
    const checked = await checkWheels(effective, context, paths)
    finish('check')

    // A release production will not take (closed, or a conflicting file) would stop the run
    // after the test upload and verify; asked now, it stops the run with nothing uploaded.
    current = 'publish'
    beforeUploads = true
    await refuseUnpublishableOnProduction(effective, context, checked.wheels)
    beforeUploads = false

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
    const closed = error instanceof ClosedReleaseError
    const conflict = log.outputs().get('decision') === 'conflict'
    const outcome = closed ? 'closed' : conflict ? 'conflict' : 'failed'
    log.setOutput(`${current}-decision`, outcome)
    timeStep(current, outcome)
    done.add(current)
    const why = beforeUploads
      ? closed
        ? 'production refuses new files for this release'
        : 'production holds another file under a wheel name'
      : `the ${current} step failed`
    for (const step of PIPELINE_STEPS.filter(s => !done.has(s))) {
      log.record({ gate: 'pipeline', target: step, decision: 'skipped', reason: `not run: ${why}` })
      log.setOutput(`${step}-decision`, 'skipped')
      timeStep(step, 'skipped')
    }
    log.setOutput('decision', closed ? 'closed' : 'failed')
    const detail = error instanceof GateError ? error.message : describeError(error)
    // The table shows the failure the outputs report, also when the step recorded no row.
    if (!log.showsFailure()) {
      log.record({ gate: 'pipeline', target: current, decision: 'failed', reason: detail })
    }
    const gate = error instanceof GateError ? error.gate : 'pipeline'
    const hint = error instanceof GateError ? error.hint : ''
    const message = beforeUploads
      ? `Nothing was uploaded anywhere: ${detail}`
      : `The ${current} step failed, so the steps after it did not run: ${detail}`
    throw error instanceof GateError && error.kind === 'setting'
      ? new SettingError(gate, message, hint)
      : new GateError(gate, message, hint)
  }
}
