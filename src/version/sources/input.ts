/** The `version` input as a version source: what the user said outranks everything else. */
import type { VersionSource } from '../types.js'
import { unavailable } from './outcome.js'

/** The explicit `version` input. */
export const inputSource: VersionSource = {
  name: 'input',
  async detect(options) {
    const text = options.input.trim()
    if (text === '') return unavailable('the version input is not set')
    return { found: true, version: text, detail: 'the version input' }
  }
}
