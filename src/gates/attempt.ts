/**
 * Runs the requested gate and turns any failure into the one message the action and the
 * command line both show: the gate that failed, what was found, what to do next, and the exit
 * code it means (2 for a setting, 1 for the world).
 */
import type { Settings } from '../settings.js'
import { describeError, exitCodeOf, GateError } from '../util/errors.js'
import type { GateContext } from './context.js'
import { runGate } from './registry.js'

/** How a gate run ended: null on success, else the gate that failed, the message, the exit code. */
export type GateFailure = {
  readonly gate: string
  readonly message: string
  readonly exitCode: number
} | null

/** Runs the gate; on any thrown value marks the log failed and describes the failure. */
export async function attemptGate(settings: Settings, context: GateContext): Promise<GateFailure> {
  try {
    await runGate(settings, context)
    return null
  } catch (error) {
    // The pipeline's errors name the step's own gate (verify, publish), not `pipeline`.
    const gate =
      error instanceof GateError && error.gate !== 'settings' ? error.gate : settings.gate
    context.log.markFailed()
    // The decision output now says failed; the table must not say only `passed`.
    if (!context.log.showsFailure()) {
      const reason = error instanceof Error ? error.message : String(error)
      context.log.record({ gate: settings.gate, target: gate, decision: 'failed', reason })
    }
    return {
      gate,
      message: `${gate} gate failed: ${describeError(error)}`,
      exitCode: exitCodeOf(error)
    }
  }
}
