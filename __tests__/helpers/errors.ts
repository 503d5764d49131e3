/** Assertions on how a gate fails. */
import { GateError } from '../../src/util/errors.js'

/** Awaits `promise` and returns the GateError it rejected with; fails the test otherwise. */
export async function gateFailure(promise: Promise<unknown>): Promise<GateError> {
  try {
    await promise
  } catch (error) {
    if (error instanceof GateError) return error
    throw error
  }
  throw new Error('expected the gate to fail')
}
