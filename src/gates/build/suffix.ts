/**
 * `version-suffix: auto` for the build gate: lists every file the test and production indexes
 * hold for the distribution (all versions, through the context's index client) and hands them
 * to the pure chooser (plan/suffix.ts).
 */
import type { IndexClient } from '../../pypi/client.js'
import { publicUrl } from '../../pypi/download.js'
import { resolveTarget, type IndexTarget } from '../../pypi/targets.js'
import { chooseVersionSuffix, SuffixError, type SuffixChoice } from '../../plan/suffix.js'
import type { Settings } from '../../settings.js'
import { GateError } from '../../util/errors.js'
import type { GateContext } from '../context.js'

/** The two indexes a version must be new on. */
export interface SuffixIndexes {
  readonly test: IndexTarget
  readonly production: IndexTarget
}

/** The suffix `auto` builds `base` of `distribution` with; throws GateError('build'). */
export async function chooseAutoSuffix(
  client: IndexClient,
  targets: SuffixIndexes,
  base: string,
  distribution: string
): Promise<SuffixChoice> {
  const read = async (target: IndexTarget) => {
    try {
      const files = await client.listProjectFiles(target, distribution)
      return { index: publicUrl(target.label), filenames: files.map(f => f.filename) }
    } catch (error) {
      throw new GateError(
        'build',
        `version-suffix: auto could not read what ${publicUrl(target.label)} holds: ${(error as Error).message}`,
        'The suffix is chosen from both indexes; check repository, test-repository and their ' +
          'index URLs, or set version-suffix to an explicit .postN.'
      )
    }
  }
  const holdings = await Promise.all([read(targets.test), read(targets.production)])
  try {
    return chooseVersionSuffix(base, distribution, holdings)
  } catch (error) {
    if (error instanceof SuffixError) throw new GateError('build', error.message, error.hint)
    throw error
  }
}

/** The chooser `version-suffix: auto` uses in a run: both indexes of the settings, read fresh. */
export function autoSuffixChooser(
  settings: Settings,
  context: GateContext
): (base: string, distribution: string) => Promise<SuffixChoice> {
  return (base, distribution) =>
    chooseAutoSuffix(
      context.indexes,
      {
        test: resolveTarget(settings.testRepository, settings.testIndexUrl),
        production: resolveTarget(settings.repository, settings.indexUrl)
      },
      base,
      distribution
    )
}
