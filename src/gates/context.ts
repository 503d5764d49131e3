/**
 * What every gate receives besides its settings: the shared decision log and every side effect
 * a gate has, as small ports. The action and the command line build the real context in one
 * place (real-context.ts); tests build their own, so each gate runs against test doubles
 * through the same registry entry the action uses.
 */
import type { Signer } from '../attest/sign.js'
import type { RunEnvironment } from '../environment.js'
import type { ReleaseClient } from '../github/client.js'
import type { IndexClient } from '../pypi/client.js'
import type { ExecutableFinder } from '../python/which.js'
import type { DecisionLog } from '../report/decisions.js'
import type { Stores } from '../store/select.js'
import type { Logger } from '../util/logger.js'
import type { ProcessRunner } from '../util/process.js'
import type { Audience } from './hints.js'

/** Time as gates see it: read, waited on, and jittered, so waits are tested without waiting. */
export interface Clock {
  now(): number
  sleep(ms: number): Promise<void>
  /** Uniform in [0, 1): the jitter of retries. */
  random(): number
}

/** Which GitHub repository a release client talks to, and as whom. */
export interface ReleaseTarget {
  readonly token: string
  /** REST API base, e.g. https://api.github.com. */
  readonly apiUrl: string
  readonly owner: string
  readonly repo: string
}

/** The log and the ports a gate works with. */
export interface GateContext {
  readonly log: DecisionLog
  readonly logger: Logger
  /** Who reads the hints: a workflow's author (action inputs) or a person at a shell (flags). */
  readonly audience: Audience
  /** Where the run is (Actions or not, runner temp, repository, run id, API URL, proxy). */
  readonly env: RunEnvironment
  /** Working directory that relative paths (wheel globs, vllm-source) resolve against. */
  readonly cwd: string
  /** Runs programs (build, git, python, pip, uv) with argument arrays. */
  readonly runProcess: ProcessRunner
  /** Finds a program on a PATH value. */
  readonly findExecutable: ExecutableFinder
  readonly clock: Clock
  /** Package indexes: what they hold, uploads, trusted publishing, install-source listings. */
  readonly indexes: IndexClient
  /** A GitHub release client for one repository. */
  readonly releases: (target: ReleaseTarget) => ReleaseClient
  /** The cache and artifact stores for where the run is, rooted at `workDir` when local. */
  readonly stores: (workDir: string) => Promise<Stores>
  /** Signs PEP 740 attestations as this job (Sigstore); absent where the run cannot sign. */
  readonly signer?: Signer
  /**
   * Asks a person before an irreversible production upload; resolves false to stop. Absent in
   * Actions and with the command line's --yes: nobody is there to ask.
   */
  readonly confirm?: (question: string) => Promise<boolean>
}
