/**
 * What a run will touch, read from its settings alone: whether it builds or takes wheels as
 * built, which indexes it publishes to and verifies from, whether it releases. The preflight
 * checks exactly these, so a gate is never refused for an input it does not read.
 */
import type { Settings } from '../../settings.js'
import type { IndexRole } from '../options.js'

/** The parts of the world one run depends on. */
export interface Needs {
  /** The run builds the wheel (build; pipeline with vllm-source). */
  readonly builds: boolean
  /** The run takes the wheel input (path, glob or artifact) as built. */
  readonly takesWheels: boolean
  /** The indexes the run uploads to, in order. */
  readonly publishes: readonly IndexRole[]
  /** The index verify installs from, or null when the run does not verify. */
  readonly verifiesFrom: IndexRole | null
  /** `direct` for the release gate (no token is an error), `pipeline` (no token skips it). */
  readonly releases: 'direct' | 'pipeline' | null
  /** The run reads vllm-source (to build, or to detect the version in check). */
  readonly readsSource: boolean
}

/** What the run that `settings` describe will touch. */
export function needsOf(settings: Settings): Needs {
  const pipeline = settings.gate === 'pipeline'
  const builds = settings.gate === 'build' || (pipeline && settings.vllmSourceGiven)
  // With a version, release needs no wheel of its own: finalizing publishes the draft of the
  // version's tag, and attaching takes the production index's copy when there is no local one
  // (the release gate looks for the wheels itself).
  const releasesByVersion = settings.gate === 'release' && settings.version !== null
  return {
    builds,
    // plan writes nothing and reads only listings: it has no wheel of its own.
    takesWheels:
      settings.gate !== 'build' && settings.gate !== 'plan' && !builds && !releasesByVersion,
    publishes: pipeline
      ? ['test', 'production']
      : settings.gate === 'publish'
        ? ['production']
        : [],
    verifiesFrom: pipeline ? 'test' : settings.gate === 'verify' ? 'production' : null,
    releases: pipeline ? 'pipeline' : settings.gate === 'release' ? 'direct' : null,
    readsSource: settings.gate !== 'verify' && settings.gate !== 'plan'
  }
}
