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

/** The Actions sink: GITHUB_OUTPUT and GITHUB_STEP_SUMMARY through @actions/core. */
export const actionsSink: ReportSink = {
  setOutput: (name, value) => core.setOutput(name, value),
  writeSummary: async markdown => {
    // Outside a runner (no GITHUB_STEP_SUMMARY) there is nowhere to write; that is not an error.
    if (!process.env.GITHUB_STEP_SUMMARY) return
    await core.summary.addRaw(markdown, true).write()
  }
}

/** Writes every output and the summary, once, from the log. */
export async function publishReport(
  log: DecisionLog,
  sink: ReportSink,
  title: string,
  failure: string | null
): Promise<void> {
  for (const [name, value] of log.outputs()) sink.setOutput(name, value)
  await sink.writeSummary(renderSummary(log, title, failure))
}
