/**
 * The decision log: every gate appends what it decided about each target.
 * Outputs and the job summary are rendered from this one log, once, at the end.
 */

import type { Gate } from '../gates/names.js'

/** Every decision a gate can record (the contract's closed list, plus `warning` for soft checks). */
export const DECISIONS = [
  'built',
  'reused',
  'passed',
  'failed',
  'uploaded',
  'skipped-identical',
  'conflict',
  'closed',
  'dry-run',
  'verified',
  'created',
  'updated',
  'published',
  'unchanged',
  'skipped',
  'warning',
  // plan rows (closed is above): what each wheel of the plan still needs
  'build',
  'publish',
  'release-only',
  'done'
] as const
export type Decision = (typeof DECISIONS)[number]

/**
 * The values each gate's `decision` output takes, `failed` included (any failed step sets it).
 * action.yml documents exactly these (a test checks); the pipeline's `<step>-decision` outputs
 * take their gate's values plus `skipped` (not run) and `dry-run`.
 */
export const GATE_DECISIONS: Readonly<Record<Gate, readonly Decision[]>> = {
  plan: ['build', 'publish', 'release-only', 'closed', 'done', 'failed'],
  build: ['built', 'reused', 'dry-run', 'failed'],
  check: ['passed', 'failed'],
  publish: ['uploaded', 'skipped-identical', 'conflict', 'closed', 'dry-run', 'failed'],
  verify: ['verified', 'dry-run', 'failed'],
  release: [
    'created',
    'updated',
    'published',
    'unchanged',
    'skipped',
    'dry-run',
    'conflict',
    'failed'
  ],
  pipeline: ['passed', 'dry-run', 'closed', 'failed']
}

/** One line of what a run will do, decided before its first write (the summary's plan). */
export interface PlanEntry {
  /** The gate or pipeline step it is about. */
  readonly step: string
  readonly action: string
}

/** One row of the log: which gate decided what about which target, and why. */
export interface DecisionEntry {
  readonly gate: Gate
  /** What the decision is about: a wheel filename, a check name, an index URL, a release tag. */
  readonly target: string
  readonly decision: Decision
  readonly reason: string
}

/** How long one step of a run took (a pipeline step, or the one gate a step runs). */
export interface StepTiming {
  /** The pipeline step (build, check, test-publish, verify, publish, release) or the gate. */
  readonly step: string
  /** Wall time in milliseconds, as the context's clock measured it. */
  readonly ms: number
  /** How the step ended: its decision (built, uploaded, verified, failed, skipped, ...). */
  readonly outcome: string
}

/** A table a gate adds to the report beside its decisions (the plan gate's plan table). */
export interface ReportTable {
  readonly title: string
  readonly header: readonly string[]
  /** Plain-text cells, one array per row; the renderers escape them. */
  readonly rows: readonly (readonly string[])[]
}

/** Append-only record of decisions and step outputs, shared by the gates of one run. */
export class DecisionLog {
  private readonly rows: DecisionEntry[] = []
  private readonly outputValues = new Map<string, string>()
  private readonly planRows: PlanEntry[] = []

  /** Adds a line to the plan: what the run will do, known before it writes anything. */
  plan(step: string, action: string): void {
    this.planRows.push(Object.freeze({ step, action }))
  }

  /** The plan, in the order it was made. */
  planned(): readonly PlanEntry[] {
    return [...this.planRows]
  }

  private readonly stepTimings: StepTiming[] = []
  private totalMs: number | null = null

  /** Records how long one step took and how it ended, failed steps included. */
  recordTiming(timing: StepTiming): void {
    this.stepTimings.push(Object.freeze({ ...timing }))
  }

  /** Records the wall time of the whole run (every step, and the work between them). */
  setTotalTime(ms: number): void {
    this.totalMs = ms
  }

  /** The steps' timings in the order they finished, and the whole run's time (null until known). */
  timings(): { readonly steps: readonly StepTiming[]; readonly totalMs: number | null } {
    return { steps: [...this.stepTimings], totalMs: this.totalMs }
  }

  private readonly tableList: ReportTable[] = []

  /** Adds a table to the report; tables render after the decisions, in the order added. */
  addTable(table: ReportTable): void {
    this.tableList.push(Object.freeze({ ...table }))
  }

  /** The tables added so far. */
  tables(): readonly ReportTable[] {
    return [...this.tableList]
  }

  /** Appends one decision. */
  record(entry: DecisionEntry): void {
    this.rows.push(Object.freeze({ ...entry }))
  }

  /** Sets a step output; a later value for the same name replaces the earlier one. */
  setOutput(name: string, value: string | number | boolean): void {
    this.outputValues.set(name, String(value))
  }

  /** After a failure: a `decision` output that still says success is changed to `failed`. */
  markFailed(): void {
    const current = this.outputValues.get('decision')
    if (current !== 'failed' && current !== 'conflict' && current !== 'closed') {
      this.outputValues.set('decision', 'failed')
    }
  }

  /** True when some row says a target failed (or conflicts): the table shows the failure. */
  showsFailure(): boolean {
    return this.rows.some(row => row.decision === 'failed' || row.decision === 'conflict')
  }

  /** All decisions in the order they were made. */
  entries(): readonly DecisionEntry[] {
    return [...this.rows]
  }

  /** The decisions one gate made. */
  entriesFor(gate: Gate): readonly DecisionEntry[] {
    return this.rows.filter(row => row.gate === gate)
  }

  /** Step outputs in the order they were first set. */
  outputs(): ReadonlyMap<string, string> {
    return new Map(this.outputValues)
  }
}
