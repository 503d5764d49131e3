/** `gate: build`, the registry's entry: settings and the context's ports -> the build gate. */
import { resolveTarget } from '../../pypi/targets.js'
import type { Settings } from '../../settings.js'
import { inspectWheel } from '../../wheelfile/inspect.js'
import { buildGate, type BuildResult } from '../build/gate.js'
import type { GateContext } from '../context.js'
import { buildOptions, workDirOf } from '../options.js'
import { chooseAutoSuffix } from './suffix.js'

/** Runs the build gate from settings; returns what it built or reused (the pipeline goes on). */
export async function buildFromSettings(
  settings: Settings,
  context: GateContext
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
      chooseSuffix: (base, distribution) =>
        chooseAutoSuffix(
          context.indexes,
          {
            test: resolveTarget(settings.testRepository, settings.testIndexUrl),
            production: resolveTarget(settings.repository, settings.indexUrl)
          },
          base,
          distribution
        )
    },
    context.log,
    context.logger
  )
}

/** The build gate as the registry runs it. */
export async function runBuildGate(settings: Settings, context: GateContext): Promise<void> {
  await buildFromSettings(settings, context)
}
