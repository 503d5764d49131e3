/**
 * Version detection: asks an ordered list of small sources (the version input, the wheel
 * filename, `git describe` in the vLLM checkout, the installed distribution), each either
 * finding a version or saying why it has none, then requires every source that found one to
 * agree (agree.ts). Side effects come through the caller's ports; the real ones are built in
 * src/gates/version-ports.ts.
 */
import { GateError } from '../util/errors.js'
import { agree, type SourceVote } from './agree.js'
import { gitSource } from './sources/git.js'
import { inputSource } from './sources/input.js'
import { installedSource } from './sources/installed.js'
import { wheelSource } from './sources/wheel.js'
import type { DetectOptions, DetectPorts, DetectedVersion, VersionSource } from './types.js'

export { renderSourceTable } from './agree.js'
export { gitSource, inputSource, installedSource, wheelSource }
export type * from './types.js'

/** The sources in order of authority: what the user said, then what was built, then where from. */
export const VERSION_SOURCES: readonly VersionSource[] = [
  inputSource,
  wheelSource,
  gitSource,
  installedSource
]

/**
 * Asks every source in order and requires the ones that found a version to agree; returns
 * the normalised version of the most authoritative one. Throws a GateError (with the table)
 * on invalid versions, on disagreement, and when no source found any version.
 */
export async function detectVersion(
  options: DetectOptions,
  ports: DetectPorts,
  sources: readonly VersionSource[] = VERSION_SOURCES
): Promise<DetectedVersion> {
  const votes: SourceVote[] = []
  for (const source of sources) {
    votes.push({ name: source.name, outcome: await source.detect(options, ports) })
  }
  const verdict = agree(votes)
  if (!verdict.agreed) throw new GateError(options.gate ?? 'check', verdict.message, verdict.hint)
  return { version: verdict.version, source: verdict.source, sources: verdict.sources }
}
