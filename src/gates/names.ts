/**
 * The names of the gates a user can ask for. A leaf module with no imports, so settings, the
 * report, errors and every layer below the gates can name a gate without importing the gates.
 */

/**
 * The gates a user can ask for, in pipeline order; `pipeline` runs the others. `plan` comes
 * first: it decides, before anything is built, which wheels are missing where.
 */
export const GATES = ['plan', 'build', 'check', 'publish', 'verify', 'release', 'pipeline'] as const

/** One gate's name. */
export type Gate = (typeof GATES)[number]

/** True when `name` is a gate's name. */
export function isGate(name: string): name is Gate {
  return (GATES as readonly string[]).includes(name)
}
