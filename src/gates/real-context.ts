/**
 * The one place the real gate context is built: the process runner over the run's environment,
 * the package-index client, the Octokit release client, the toolkit's or the local stores, and
 * the real clock. The action (main.ts) and the command line (cli.ts) both call it.
 */
import type { RunEnvironment } from '../environment.js'
import { OctokitReleaseClient } from '../github/octokit.js'
import { sigstoreSigner } from '../attest/sign.js'
import { createIndexClient } from '../pypi/client.js'
import { githubIdToken } from '../pypi/oidc.js'
import { findExecutable } from '../python/which.js'
import type { DecisionLog } from '../report/decisions.js'
import { selectStores } from '../store/select.js'
import type { Logger } from '../util/logger.js'
import { createProcessRunner } from '../util/process.js'
import { realSleep } from '../util/retry.js'
import type { GateContext } from './context.js'
import type { Audience } from './hints.js'

/** What differs between the action and the command line. */
export interface RealContextOptions {
  readonly log: DecisionLog
  readonly logger: Logger
  /** `actions` for the action, `cli` for the command line: which names the hints use. */
  readonly audience: Audience
  readonly env: RunEnvironment
  readonly cwd: string
  /** The GitHub token the artifact store reads other runs' artifacts with. */
  readonly githubToken: string
  readonly confirm?: (question: string) => Promise<boolean>
}

/** Builds the context of a real run. */
export function createRealContext(options: RealContextOptions): GateContext {
  const { logger, env } = options
  return {
    log: options.log,
    logger,
    audience: options.audience,
    env,
    cwd: options.cwd,
    runProcess: createProcessRunner(env.variables),
    findExecutable,
    clock: { now: Date.now, sleep: realSleep, random: Math.random },
    indexes: createIndexClient(logger),
    releases: target =>
      new OctokitReleaseClient({
        token: target.token,
        baseUrl: target.apiUrl,
        owner: target.owner,
        repo: target.repo,
        logger
      }),
    stores: workDir =>
      selectStores(
        {
          inActions: env.inActions,
          workDir,
          githubToken: options.githubToken,
          repository: env.repository
        },
        logger
      ),
    // Only in Actions is there a job identity to sign as.
    signer: env.inActions
      ? sigstoreSigner({ getIdToken: githubIdToken, mask: secret => logger.mask(secret) })
      : undefined,
    confirm: options.confirm
  }
}
