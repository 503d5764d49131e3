/**
 * The one error type gates throw: it names the gate, what was found and what to do next,
 * so every failure a user sees answers those three questions (contract rule 7). Whether the
 * fix is a setting (exit code 2) or the world (exit code 1) is part of the error.
 */
import type { Gate } from '../gates/names.js'

/** What a failure asks the user to change: a setting (exit 2) or something in the world (exit 1). */
export type FailureKind = 'setting' | 'world'

/** Exit codes the action and the command line both end with. */
export const EXIT_CODES = { ok: 0, world: 1, setting: 2 } as const

/** Error raised by a gate, carrying the gate's name and a hint for the next step. */
export class GateError extends Error {
  readonly gate: Gate | 'settings'
  /** What to do about it; shown after the message. */
  readonly hint: string
  /** `setting` when an input or flag is wrong or missing; `world` for everything else. */
  readonly kind: FailureKind

  constructor(gate: Gate | 'settings', message: string, hint = '', kind: FailureKind = 'world') {
    super(message)
    this.name = 'GateError'
    this.gate = gate
    this.hint = hint
    this.kind = kind
  }
}

/** A GateError whose fix is a setting: the run ends with exit code 2. */
export class SettingError extends GateError {
  constructor(gate: Gate | 'settings', message: string, hint = '') {
    super(gate, message, hint, 'setting')
    this.name = 'SettingError'
  }
}

/** The same error as a SettingError (a validator shared with the gates threw it as a GateError). */
export function asSettingError(
  error: GateError,
  gate: Gate | 'settings' = error.gate
): SettingError {
  return error instanceof SettingError && error.gate === gate
    ? error
    : new SettingError(gate, error.message, error.hint)
}

/** The exit code a thrown value ends the run with: 2 for a setting, 1 for anything else. */
export function exitCodeOf(error: unknown): number {
  return error instanceof GateError && error.kind === 'setting'
    ? EXIT_CODES.setting
    : EXIT_CODES.world
}

/** Any thrown value as readable text: `Error` messages, strings, and everything else. */
export function describeError(error: unknown): string {
  if (error instanceof GateError)
    return error.hint ? `${error.message}\n${error.hint}` : error.message
  if (error instanceof Error) return error.message
  return String(error)
}
