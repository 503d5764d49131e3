/**
 * What every gate receives besides its settings: the shared decision log and the ports
 * for side effects, so gate logic runs the same in the action, the command line and tests.
 */
import type { DecisionLog } from '../report/decisions.js'
import type { Logger } from '../util/logger.js'
import type { ProcessRunner } from '../util/process.js'

/** The ports and the log a gate works with. */
export interface GateContext {
  readonly log: DecisionLog
  readonly logger: Logger
  readonly runProcess: ProcessRunner
  /** Working directory that relative paths (wheel globs, vllm-source) resolve against. */
  readonly cwd: string
}
