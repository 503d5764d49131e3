/**
 * Step timings as users read them: the `timings` output (JSON, for scripts and dashboards) and
 * the durations the summary and the terminal table show. Pure functions of the log's timings.
 */
import type { StepTiming } from './decisions.js'

/** One step in the `timings` output. */
export interface TimingJson {
  readonly step: string
  /** Wall time in seconds, to a tenth. */
  readonly seconds: number
  readonly outcome: string
}

/** The `timings` output: `{"steps":[{"step","seconds","outcome"}, ...],"total":seconds}`. */
export interface TimingsJson {
  readonly steps: readonly TimingJson[]
  /** The whole run in seconds, to a tenth: the steps and the work between them. */
  readonly total: number
}

/** Milliseconds as seconds to one decimal (1834.2); a tenth is finer than any step needs. */
export function toSeconds(ms: number): number {
  return Math.round(ms / 100) / 10
}

/** The `timings` output's value; the total falls back to the steps' sum when not measured. */
export function timingsJson(steps: readonly StepTiming[], totalMs: number | null): string {
  const value: TimingsJson = {
    steps: steps.map(s => ({ step: s.step, seconds: toSeconds(s.ms), outcome: s.outcome })),
    total: toSeconds(totalMs ?? steps.reduce((sum, s) => sum + s.ms, 0))
  }
  return JSON.stringify(value)
}

/** A duration for people: `0.4s`, `59.9s`, `30m 34s`, `1h 02m 03s`. */
export function formatDuration(ms: number): string {
  const tenths = Math.round(ms / 100)
  if (tenths < 600) return `${(tenths / 10).toFixed(1)}s`
  const seconds = Math.round(ms / 1000)
  const h = Math.floor(seconds / 3600)
  const m = Math.floor((seconds % 3600) / 60)
  const s = seconds % 60
  const pad = (n: number): string => String(n).padStart(2, '0')
  return h > 0 ? `${h}h ${pad(m)}m ${pad(s)}s` : `${m}m ${pad(s)}s`
}
