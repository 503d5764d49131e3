/**
 * Gate contexts for tests: the real adapters by default (the process runner over this test
 * process's environment, the real index client, local stores), with any port replaced by a
 * test double, so a gate runs through its registry entry against whatever a test hands in.
 */
import { parseEnvironment, type RunEnvironment, type Variables } from '../../src/environment.js'
import type { GateContext } from '../../src/gates/context.js'
import { createRealContext } from '../../src/gates/real-context.js'
import { DecisionLog } from '../../src/report/decisions.js'
import { MemoryLogger } from '../../src/util/logger.js'

/** The environment of a run outside Actions, with `variables` added to this process's. */
export function testEnvironment(variables: Variables = {}): RunEnvironment {
  const base = { ...process.env }
  // A test must not inherit the developer's or CI's Actions variables by accident.
  for (const key of Object.keys(base)) {
    if (key.startsWith('GITHUB_') || key.startsWith('ACTIONS_') || key === 'RUNNER_TEMP') {
      delete base[key]
    }
  }
  return parseEnvironment({ ...base, ...variables })
}

/** A context of real adapters with `overrides` put in; log and logger are typed for reading. */
export function testContext(
  cwd: string,
  overrides: Partial<GateContext> = {}
): GateContext & { log: DecisionLog; logger: MemoryLogger } {
  const log = (overrides.log as DecisionLog | undefined) ?? new DecisionLog()
  const logger = (overrides.logger as MemoryLogger | undefined) ?? new MemoryLogger()
  const env = overrides.env ?? testEnvironment()
  const audience = overrides.audience ?? 'actions'
  const real = createRealContext({ log, logger, audience, env, cwd, githubToken: '' })
  return { ...real, ...overrides, log, logger, env }
}
