/**
 * The Logger port over @actions/core: lines go to the Actions log, groups fold, and masked
 * secrets are registered with the runner in every form, so it never prints them; our own
 * redaction runs first, for the files the runner does not mask (summary, outputs).
 */
import * as core from '@actions/core'
import type { Logger } from './logger.js'
import { Redactor } from './redact.js'

/** A logger for the action: writes through @actions/core. */
export function createActionsLogger(): Logger {
  const redactor = new Redactor()
  const redact = (text: string): string => redactor.redact(text)
  return {
    info: message => core.info(redact(message)),
    warning: message => core.warning(redact(message)),
    debug: message => core.debug(redact(message)),
    group: (name, fn) => core.group(redact(name), fn),
    mask: secret => {
      for (const form of redactor.add(secret)) core.setSecret(form)
    },
    redact
  }
}
