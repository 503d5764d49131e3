/**
 * Maps each gate name to the function that runs it. The one place main and the command line
 * look a gate up, so both run exactly the same code. Gates load on demand: a `check` step does
 * not pay for the GitHub or cache clients.
 */
import type { Gate } from '../report/decisions.js'
import type { Settings } from '../settings.js'
import type { GateContext } from './context.js'

/** A gate: reads settings, records decisions in the context's log, throws GateError on failure. */
export type GateRunner = (settings: Settings, context: GateContext) => Promise<void>

const LOADERS: Record<Gate, () => Promise<GateRunner>> = {
  check: async () => (await import('./check.js')).runCheckGate,
  build: async () => {
    const { runBuildStep } = await import('./steps/build.js')
    return async (settings, context) => void (await runBuildStep(settings, context))
  },
  publish: async () => (await import('./steps/publish.js')).runPublishStep,
  verify: async () => (await import('./steps/verify.js')).runVerifyStep,
  release: async () => (await import('./steps/release.js')).runReleaseStep,
  pipeline: async () => (await import('./pipeline.js')).runPipeline
}

/** Runs the gate the settings name. */
export async function runGate(settings: Settings, context: GateContext): Promise<void> {
  const runner = await LOADERS[settings.gate]()
  await runner(settings, context)
}
