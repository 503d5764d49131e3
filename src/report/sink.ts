/**
 * Where a finished run's report goes: step outputs and a job summary in Actions,
 * or stdout on the command line. Written once per run by main/cli.
 */
import * as core from '@actions/core'
import type { DecisionLog } from './decisions.js'
import { renderSummary } from './render.js'

/** The port main writes the finished report through. */
export interface ReportSink {
  setOutput(name: string, value: string): void
  writeSummary(markdown: string): Promise<void>
}

/**
 * The Actions sink: GITHUB_OUTPUT and GITHUB_STEP_SUMMARY through @actions/core. `stepSummary`
 * is the run environment's summary file; '' (outside a runner) means nowhere to write, which is
 * not an error.
 */
export function actionsSink(stepSummary: string): ReportSink {
  return {
    setOutput: (name, value) => core.setOutput(name, value),
    writeSummary: async markdown => {
      if (!stepSummary) return
      await core.summary.addRaw(markdown, true).write()
    }
  }
}

/**
 * Writes every output and the summary, once, from the log, each through `redact`: the runner
 * masks secrets in its log, but not in the GITHUB_OUTPUT and summary files.
 */
export async function publishReport(
  log: DecisionLog,
  sink: ReportSink,
  title: string,
  failure: string | null,
  redact: (text: string) => string
): Promise<void> {
  for (const [name, value] of log.outputs()) sink.setOutput(name, redact(value))
  await sink.writeSummary(redact(renderSummary(log, title, failure)))
}
