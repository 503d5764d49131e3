/**
 * Maps each gate name to the function that runs it. The one place main and the
 * command line look a gate up, so both run exactly the same code.
 */
import type { Gate } from '../report/decisions.js'
import type { Settings } from '../settings.js'
import { GateError } from '../util/errors.js'
import { runCheckGate } from './check.js'
import type { GateContext } from './context.js'

/** A gate: reads settings, records decisions in the context's log, throws GateError on failure. */
export type GateRunner = (settings: Settings, context: GateContext) => Promise<void>

const RUNNERS: Partial<Record<Gate, GateRunner>> = {
  check: runCheckGate
}

/** Runs the gate the settings name. */
export async function runGate(settings: Settings, context: GateContext): Promise<void> {
  const runner = RUNNERS[settings.gate]
  if (!runner) {
    throw new GateError(
      settings.gate,
      `The ${settings.gate} gate is not part of this release of vllm-cpu-publish yet.`,
      `Available gates: ${Object.keys(RUNNERS).join(', ')}.`
    )
  }
  await runner(settings, context)
}
