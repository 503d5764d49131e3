/** `gate: build` as a job step: settings -> build gate, with the stores for where we run. */
import type { Settings } from '../../settings.js'
import { selectStores } from '../../store/select.js'
import { inspectWheel } from '../../wheelfile/inspect.js'
import { buildGate, type BuildResult } from '../build.js'
import type { GateContext } from '../context.js'
import { buildOptions, storeEnvironment } from './options.js'

/** Runs the build gate from settings; returns what it built or reused. */
export async function runBuildStep(settings: Settings, context: GateContext): Promise<BuildResult> {
  const stores = await selectStores(storeEnvironment(settings, context), context.logger)
  return buildGate(
    buildOptions(settings, context.cwd),
    {
      run: context.runProcess,
      cache: stores.cache,
      artifacts: stores.artifacts,
      inspect: wheel => inspectWheel(wheel, { maxFileSize: settings.maxFileSize })
    },
    context.log,
    context.logger
  )
}
