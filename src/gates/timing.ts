/**
 * Where a run's time went. Every gate the registry runs is timed with the context's clock (so
 * tests use a fake one), failed runs included: a single gate becomes one timed step, the
 * pipeline times its own steps, and either way the whole run's time and the `timings` output
 * are written when it ends.
 */
import type { DecisionLog } from '../report/decisions.js'
import { timingsJson } from '../report/timings.js'
import type { GateContext } from './context.js'
import type { Gate } from './names.js'

/** Decisions that already say a run failed; any other decision of a failed run becomes `failed`. */
const FAILED_OUTCOMES = ['failed', 'conflict', 'closed']

/** How a step ended, from the `decision` output the gate set (`failed` when it threw). */
export function stepOutcome(log: DecisionLog, threw: boolean): string {
  const decision = log.outputs().get('decision')
  if (threw) return decision && FAILED_OUTCOMES.includes(decision) ? decision : 'failed'
  return decision ?? 'passed'
}

/** Runs `run` (the gate), then records its time, the run's total and the `timings` output. */
export async function timeGate(
  gate: Gate,
  context: GateContext,
  run: () => Promise<void>
): Promise<void> {
  const { log, clock } = context
  const start = clock.now()
  let threw = true
  try {
    await run()
    threw = false
  } finally {
    const ms = clock.now() - start
    // The pipeline has recorded each of its steps; any other gate is one step.
    if (gate !== 'pipeline') log.recordTiming({ step: gate, ms, outcome: stepOutcome(log, threw) })
    log.setTotalTime(ms)
    const { steps, totalMs } = log.timings()
    log.setOutput('timings', timingsJson(steps, totalMs))
  }
}
