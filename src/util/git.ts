/**
 * Running git on a checkout: always `git -C <dir>`, with English messages whatever the runner's
 * locale, and never against a repository an inherited GIT_DIR or GIT_WORK_TREE points at.
 */
import { ProcessStartError, type ProcessRunner, type RunResult } from './process.js'

// Variables set to undefined are removed from the inherited environment by the runner.
const GIT_ENV = { LC_ALL: 'C', GIT_DIR: undefined, GIT_WORK_TREE: undefined }

/** Runs `git -C dir ...args`; null when git cannot be started, otherwise whatever it exited with. */
export async function runGit(
  run: ProcessRunner,
  dir: string,
  args: readonly string[],
  git = 'git'
): Promise<RunResult | null> {
  try {
    return await run(git, ['-C', dir, ...args], { env: GIT_ENV })
  } catch (error) {
    if (error instanceof ProcessStartError) return null
    throw error
  }
}
