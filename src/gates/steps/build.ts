/** `gate: build` as a job step: settings -> build gate, with the stores for where we run. */
import path from 'node:path'
import type { Settings } from '../../settings.js'
import { selectStores } from '../../store/select.js'
import { inspectWheel } from '../../wheel/inspect.js'
import { buildGate, type BuildResult } from '../build.js'
import { environment, type GateContext } from '../context.js'
import { buildOptions } from './options.js'

/** Runs the build gate from settings; returns what it built or reused. */
export async function runBuildStep(settings: Settings, context: GateContext): Promise<BuildResult> {
  const env = environment(context)
  const stores = await selectStores(
    {
      inActions: env.GITHUB_ACTIONS === 'true',
      workDir: path.resolve(context.cwd, settings.workDir),
      githubToken: settings.githubToken,
      repository: env.GITHUB_REPOSITORY ?? ''
    },
    context.logger
  )
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
