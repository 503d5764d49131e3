/** `gate: build`, the registry's entry: the preflight, then the build gate over the context's ports. */
import type { Settings } from '../../settings.js'
import { inspectWheel } from '../../wheelfile/inspect.js'
import { buildGate, type BuildResult } from '../build/gate.js'
import type { GateContext } from '../context.js'
import { buildOptions, workDirOf } from '../options.js'
import { preflight } from '../preflight/index.js'
import type { BuildPlan } from './plan.js'
import { autoSuffixChooser } from './suffix.js'

/**
 * Runs the build gate from settings; returns what it built or reused (the pipeline goes on).
 * `plan` is the preflight's plan of this build.
 */
export async function buildFromSettings(
  settings: Settings,
  context: GateContext,
  plan?: BuildPlan
): Promise<BuildResult> {
  const stores = await context.stores(workDirOf(settings, context.cwd))
  return buildGate(
    buildOptions(settings, context.cwd),
    {
      run: context.runProcess,
      cache: stores.cache,
      artifacts: stores.artifacts,
      inspect: wheel =>
        inspectWheel(wheel, {
          maxFileSize: settings.maxFileSize,
          maxFileSizeText: settings.maxFileSizeText
        }),
      chooseSuffix: autoSuffixChooser(settings, context)
    },
    context.log,
    context.logger,
    plan
  )
}

/** The build gate as the registry runs it. */
export async function runBuildGate(settings: Settings, context: GateContext): Promise<void> {
  const ready = await preflight(settings, context)
  await buildFromSettings(settings, context, ready.build ?? undefined)
}
