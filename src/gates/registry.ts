/**
 * Maps each gate name to the function that runs it. The one place main and the command line
 * look a gate up, so both run exactly the same code. Gates load on demand: a `check` step does
 * not pay for the GitHub or cache clients.
 */
import type { Settings } from '../settings.js'
import type { GateContext } from './context.js'
import type { Gate } from './names.js'
import { timeGate } from './timing.js'

/** A gate: reads settings, records decisions in the context's log, throws GateError on failure. */
export type GateRunner = (settings: Settings, context: GateContext) => Promise<void>

const LOADERS: Record<Gate, () => Promise<GateRunner>> = {
  plan: async () => (await import('./plan/entry.js')).runPlanGate,
  check: async () => (await import('./check/entry.js')).runCheckGate,
  build: async () => (await import('./build/entry.js')).runBuildGate,
  publish: async () => (await import('./publish/entry.js')).runPublishGate,
  verify: async () => (await import('./verify/entry.js')).runVerifyGate,
  release: async () => (await import('./release/entry.js')).runReleaseGate,
  pipeline: async () => (await import('./pipeline/entry.js')).runPipeline
}

/** The function that runs `gate`, loaded on first use. */
export async function loadGate(gate: Gate): Promise<GateRunner> {
  return LOADERS[gate]()
}

/** Runs the gate the settings name, timed (the `timings` output, the summary's time table). */
export async function runGate(settings: Settings, context: GateContext): Promise<void> {
  const runner = await loadGate(settings.gate)
  await timeGate(settings.gate, context, () => runner(settings, context))
}
