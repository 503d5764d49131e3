/**
 * The installed distribution as a version source: what the configured Python would import.
 * The probe itself runs outside src/version/ (src/python/version-probe.ts); this turns its
 * answer into an outcome with a reason a user can act on.
 */
import type { SourceOutcome, VersionSource } from '../types.js'
import { unavailable } from './outcome.js'

/** `importlib.metadata.version(<distribution>)` in the configured Python. */
export const installedSource: VersionSource = {
  name: 'installed',
  async detect(options, ports): Promise<SourceOutcome> {
    const { python, distribution } = options
    const answer = await ports.installedVersion(python, distribution)
    switch (answer.status) {
      case 'installed':
        return {
          found: true,
          version: answer.version,
          detail: `'${distribution}' installed in python '${python}'`
        }
      case 'not-installed':
        return unavailable(`'${distribution}' is not installed in python '${python}'`)
      case 'no-python':
        return unavailable(`python '${python}' could not be started`)
      case 'failed':
        return unavailable(
          `python '${python}' could not report installed versions: ${answer.reason}`
        )
    }
  }
}
