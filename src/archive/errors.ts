/**
 * The three ways a zip archive can be unreadable, as errors that say what to do. They are
 * InvalidWheelErrors because every archive this project reads is meant to be a wheel.
 */
import { InvalidWheelError } from '../wheel/types.js'

/** The file is no zip at all (an HTML page, a log, an LFS pointer). */
export function notZip(path: string, why: string): InvalidWheelError {
  return new InvalidWheelError(
    `'${path}' is not a zip archive (${why}), so it is not a wheel`,
    'Check that the path names the .whl file itself, not a log, an HTML error page or a ' +
      'Git LFS pointer; rebuild or download it again.'
  )
}

/** The file starts as a zip but ends too early. */
export function truncated(path: string, why: string): InvalidWheelError {
  return new InvalidWheelError(
    `'${path}' is a truncated zip archive: ${why}`,
    'The file is incomplete (an interrupted download, copy or artifact upload). ' +
      'Fetch or build it again and compare its size with the original.'
  )
}

/** The file is a zip whose records contradict each other or its data. */
export function corrupt(path: string, why: string): InvalidWheelError {
  return new InvalidWheelError(
    `'${path}' is a corrupt zip archive: ${why}`,
    'Rebuild the wheel; if it was copied or downloaded, fetch it again.'
  )
}
