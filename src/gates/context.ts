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
  /** The environment (GITHUB_*, RUNNER_TEMP); process.env unless a test passes its own. */
  readonly env?: Readonly<Record<string, string | undefined>>
  /**
   * Asks a person before an irreversible production upload; resolves false to stop. Absent in
   * Actions and with the command line's --yes: nobody is there to ask.
   */
  readonly confirm?: (question: string) => Promise<boolean>
}

/** The context's environment, defaulting to the process's. */
export function environment(context: GateContext): Readonly<Record<string, string | undefined>> {
  return context.env ?? process.env
}
