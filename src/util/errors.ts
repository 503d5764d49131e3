/**
 * The one error type gates throw: it names the gate, what was found and what to do next,
 * so every failure a user sees answers those three questions (contract rule 7).
 */
import type { Gate } from '../gates/names.js'

/** Error raised by a gate, carrying the gate's name and a hint for the next step. */
export class GateError extends Error {
  readonly gate: Gate | 'settings'
  /** What to do about it; shown after the message. */
  readonly hint: string

  constructor(gate: Gate | 'settings', message: string, hint = '') {
    super(message)
    this.name = 'GateError'
    this.gate = gate
    this.hint = hint
  }
}

/** Any thrown value as readable text: `Error` messages, strings, and everything else. */
export function describeError(error: unknown): string {
  if (error instanceof GateError)
    return error.hint ? `${error.message}\n${error.hint}` : error.message
  if (error instanceof Error) return error.message
  return String(error)
}
