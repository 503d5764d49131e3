/**
 * run(): settings -> gate -> report. The only place that fails the step: any thrown
 * value, Error or not, ends up here and fails it with the gate named.
 */
import * as core from '@actions/core'
import { DecisionLog, GATES } from './report/decisions.js'
import { actionsSink, publishReport, type ReportSink } from './report/sink.js'
import { attemptGate } from './gates/attempt.js'
import { parseSettings, SECRET_INPUTS, type InputReader, type Settings } from './settings.js'
import { actionsLogger } from './util/actions-logger.js'
import { describeError } from './util/errors.js'
import type { Logger } from './util/logger.js'
import { runProcess, type ProcessRunner } from './util/process.js'

/** The side effects run() needs; the action passes the real ones, tests pass their own. */
export interface RunDependencies {
  readonly readInput: InputReader
  readonly sink: ReportSink
  readonly logger: Logger
  readonly runProcess: ProcessRunner
  readonly fail: (message: string) => void
  readonly cwd: string
}

/** The dependencies of a real action run. */
export function actionDependencies(): RunDependencies {
  return {
    readInput: name => core.getInput(name),
    sink: actionsSink,
    logger: actionsLogger,
    runProcess,
    fail: message => core.setFailed(message),
    cwd: process.env.GITHUB_WORKSPACE || process.cwd()
  }
}

/** Runs one gate as an action step; returns after the report is written. */
export async function run(deps: RunDependencies = actionDependencies()): Promise<void> {
  const log = new DecisionLog()
  let gateName = 'settings'
  let failure: string | null = null
  const requestedGate = deps.readInput('gate').trim()
  // Name the gate in a settings error too, when the gate itself was valid.
  if ((GATES as readonly string[]).includes(requestedGate)) gateName = requestedGate
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
    const context = { log, logger: deps.logger, runProcess: deps.runProcess, cwd: deps.cwd }
    const failed = await attemptGate(settings, context)
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
