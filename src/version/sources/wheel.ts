/** The wheel's filename as a version source: the version that was built. */
import type { VersionSource } from '../types.js'
import { unavailable } from './outcome.js'

/** The version in the wheel's filename, as the caller parsed it. */
export const wheelSource: VersionSource = {
  name: 'wheel',
  async detect(options) {
    if (!options.wheel) return unavailable('no wheel given')
    return { found: true, version: options.wheel.version, detail: options.wheel.filename }
  }
}
