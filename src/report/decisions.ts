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

/** One row of the log: which gate decided what about which target, and why. */
export interface DecisionEntry {
  readonly gate: Gate
  /** What the decision is about: a wheel filename, a check name, an index URL, a release tag. */
  readonly target: string
  readonly decision: Decision
  readonly reason: string
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
