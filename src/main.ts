/**
 * run(): settings -> gate -> report. The only place that fails the step: any thrown
 * value, Error or not, ends up here and fails it with the gate named, and with exit code 2
 * when a setting was wrong, 1 otherwise. Every secret the inputs carry is masked before
 * anything can print it, and everything reported passes through the logger's redaction.
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
import { inputSecrets, parseSettings, type InputReader, type Settings } from './settings.js'
import { createActionsLogger } from './util/actions-logger.js'
import { describeError, exitCodeOf } from './util/errors.js'
import type { Logger } from './util/logger.js'

/** The side effects run() needs; the action passes the real ones, tests pass their own. */
export interface RunDependencies {
  readonly readInput: InputReader
  readonly env: RunEnvironment
  readonly sink: ReportSink
  readonly logger: Logger
  /** Fails the step with `message`, ending the process with `exitCode` (1 or 2). */
  readonly fail: (message: string, exitCode: number) => void
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
    logger: createActionsLogger(),
    fail: (message, exitCode) => {
      core.setFailed(message)
      process.exitCode = exitCode
    },
    cwd: env.workspace || process.cwd(),
    createContext: createRealContext
  }
}

/** Runs one gate as an action step; returns after the report is written. */
export async function run(deps: RunDependencies = actionDependencies()): Promise<void> {
  const { logger } = deps
  const log = new DecisionLog()
  let gateName = 'settings'
  let failure: string | null = null
  let exitCode = 0
  const requestedGate = deps.readInput('gate').trim()
  // Name the gate in a settings error too, when the gate itself was valid.
  if (isGate(requestedGate)) gateName = requestedGate
  // Mask secrets before anything can print them, even a settings error.
  for (const secret of inputSecrets(deps.readInput)) logger.mask(secret)
  let settings: Settings | null = null
  try {
    settings = parseSettings(deps.readInput)
  } catch (error) {
    const prefix = gateName === 'settings' ? 'Invalid settings' : `${gateName} gate failed`
    failure = `${prefix}: ${describeError(error)}`
    exitCode = exitCodeOf(error)
    log.markFailed()
    if (isGate(gateName)) {
      log.record({
        gate: gateName,
        target: 'settings',
        decision: 'failed',
        reason: error instanceof Error ? error.message : String(error)
      })
    }
  }
  if (settings) {
    const context = deps.createContext({
      log,
      logger,
      audience: 'actions',
      env: deps.env,
      cwd: deps.cwd,
      githubToken: settings.githubToken
    })
    const failed = await attemptGate(settings, context)
    await notifyOutcome(settings, context, failed)
    if (failed) {
      gateName = failed.gate
      failure = failed.message
      exitCode = failed.exitCode
    }
  }
  try {
    await publishReport(log, deps.sink, `vllm-cpu-publish: ${gateName}`, failure, text =>
      logger.redact(text)
    )
  } catch (error) {
    // A summary that cannot be written must not hide the gate's own result.
    logger.warning(`Could not write the job summary: ${describeError(error)}`)
  }
  if (failure) deps.fail(logger.redact(failure), exitCode)
}
