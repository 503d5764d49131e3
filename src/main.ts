/**
 * run(): settings -> gate -> report. The only place that fails the step: any thrown
 * value, Error or not, ends up here and fails it with the gate named.
 */
import * as core from '@actions/core'
import { parseEnvironment, type RunEnvironment } from './environment.js'
import { attemptGate } from './gates/attempt.js'
import type { GateContext } from './gates/context.js'
import { isGate } from './gates/names.js'
import { createRealContext, type RealContextOptions } from './gates/real-context.js'
import { notifyOutcome } from './notify/notify.js'
import { DecisionLog } from './report/decisions.js'
import { actionsSink, publishReport, type ReportSink } from './report/sink.js'
import { parseSettings, SECRET_INPUTS, type InputReader, type Settings } from './settings.js'
import { actionsLogger } from './util/actions-logger.js'
import { describeError } from './util/errors.js'
import type { Logger } from './util/logger.js'

/** The side effects run() needs; the action passes the real ones, tests pass their own. */
export interface RunDependencies {
  readonly readInput: InputReader
  readonly env: RunEnvironment
  readonly sink: ReportSink
  readonly logger: Logger
  readonly fail: (message: string) => void
  readonly cwd: string
  /** Builds the gate context; the real adapters unless a test hands in its own. */
  readonly createContext: (options: RealContextOptions) => GateContext
}

/** The dependencies of a real action run. */
export function actionDependencies(): RunDependencies {
  const env = parseEnvironment()
  return {
    readInput: name => core.getInput(name),
    env,
    sink: actionsSink(env.stepSummary),
    logger: actionsLogger,
    fail: message => core.setFailed(message),
    cwd: env.workspace || process.cwd(),
    createContext: createRealContext
  }
}

/** Runs one gate as an action step; returns after the report is written. */
export async function run(deps: RunDependencies = actionDependencies()): Promise<void> {
  const log = new DecisionLog()
  let gateName = 'settings'
  let failure: string | null = null
  const requestedGate = deps.readInput('gate').trim()
  // Name the gate in a settings error too, when the gate itself was valid.
  if (isGate(requestedGate)) gateName = requestedGate
  // Mask secrets before anything can print them, even a settings error.
  for (const name of SECRET_INPUTS) deps.logger.mask(deps.readInput(name))
  let settings: Settings | null = null
  try {
    settings = parseSettings(deps.readInput)
  } catch (error) {
    const prefix = gateName === 'settings' ? 'Invalid settings' : `${gateName} gate failed`
    failure = `${prefix}: ${describeError(error)}`
    log.markFailed()
  }
  if (settings) {
    const context = deps.createContext({
      log,
      logger: deps.logger,
      env: deps.env,
      cwd: deps.cwd,
      githubToken: settings.githubToken
    })
    const failed = await attemptGate(settings, context)
    await notifyOutcome(settings, context, failed)
    if (failed) {
      gateName = failed.gate
      failure = failed.message
    }
  }
  try {
    await publishReport(log, deps.sink, `vllm-cpu-publish: ${gateName}`, failure)
  } catch (error) {
    // A summary that cannot be written must not hide the gate's own result.
    deps.logger.warning(`Could not write the job summary: ${describeError(error)}`)
  }
  if (failure) deps.fail(failure)
}
