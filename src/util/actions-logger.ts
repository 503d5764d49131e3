/**
 * The Logger port over @actions/core: lines go to the Actions log, groups fold,
 * and masked secrets are registered with the runner so it never prints them.
 */
import * as core from '@actions/core'
import type { Logger } from './logger.js'

/** Logger for the action: writes through @actions/core. */
export const actionsLogger: Logger = {
  info: message => core.info(message),
  warning: message => core.warning(message),
  debug: message => core.debug(message),
  group: (name, fn) => core.group(name, fn),
  mask: secret => {
    if (secret) core.setSecret(secret)
  }
}
