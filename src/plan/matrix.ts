/**
 * The plan's two renderings: the `matrix` output (a JSON object for
 * `strategy.matrix: ${{ fromJSON(needs.plan.outputs.matrix) }}`, holding only the rows this
 * workflow can do something about) and the plan table (one line per row, every column a user
 * needs to see why). Pure.
 */
import type { PlanValue, RowDecision, RowEvidence } from './decide.js'
import { WORK_VALUES } from './decide.js'
import type { PlanRow } from './rows.js'

/** A row with what was found and what to do. */
export interface PlannedRow {
  readonly row: PlanRow
  readonly evidence: RowEvidence
  readonly decision: RowDecision
}

/** One entry of the matrix's `include` list; keys are the names a workflow reads. */
export interface MatrixEntry {
  readonly variant: string
  /** The distribution name. */
  readonly package: string
  readonly version: string
  /** The suffix the version carries (version-suffix, or auto's choice); '' for none. */
  readonly 'version-suffix': string
  /** As python-versions wrote it: `3.12` or `abi3`. */
  readonly python: string
  /** The interpreter to set up for the build (actions/setup-python's python-version). */
  readonly 'python-version': string
  /** The wheel's python and ABI tags: `cp312-cp312`, `cp38-abi3`. */
  readonly 'python-tag': string
  readonly platform: string
  /** The runner label for `runs-on`. */
  readonly runner: string
  readonly plan: PlanValue
  /** The wheel's filename up to its platform tag. */
  readonly 'wheel-stem': string
  /** The artifact the build gate uploads (a `publish` row's wheel is there or in the cache). */
  readonly 'artifact-name': string
  readonly 'release-tag': string
  /** A `publish` row: where the wheel built before is (`cache`, `artifact`); '' otherwise. */
  readonly 'built-from': string
  /** The wheel cache entry found for a `publish` row built into the cache; '' otherwise. */
  readonly 'cache-key': string
}

/** The `matrix` output's value. */
export interface PlanMatrix {
  readonly include: readonly MatrixEntry[]
}

/** True for a plan value the matrix carries. */
export function needsWork(plan: PlanValue): boolean {
  return WORK_VALUES.includes(plan)
}

/** The matrix entry of one planned row. */
export function matrixEntry(
  planned: PlannedRow,
  suffixOf: (distribution: string, version: string) => string = () => ''
): MatrixEntry {
  const { row } = planned
  return {
    variant: row.variant,
    package: row.distribution,
    version: row.version,
    'version-suffix': suffixOf(row.distribution, row.version),
    python: row.python.name,
    'python-version': row.python.buildPython,
    'python-tag': `${row.python.pythonTag}-${row.python.abiTag}`,
    platform: row.platform,
    runner: row.runner,
    plan: planned.decision.plan,
    'wheel-stem': row.wheelStem,
    'artifact-name': row.artifactName,
    'release-tag': row.releaseTag,
    'built-from': planned.evidence.built?.where ?? '',
    'cache-key': planned.evidence.built?.where === 'cache' ? planned.evidence.built.name : ''
  }
}

/** The matrix of the rows that need work (an empty `include` when none does). */
export function planMatrix(
  rows: readonly PlannedRow[],
  suffixOf?: (distribution: string, version: string) => string
): PlanMatrix {
  return {
    include: rows.filter(r => needsWork(r.decision.plan)).map(r => matrixEntry(r, suffixOf))
  }
}

/** One release a finalize step publishes: a variant's tag at one version. */
export interface ReleaseEntry {
  readonly variant: string
  readonly version: string
  readonly 'release-tag': string
}

/**
 * The `releases` output: each release tag the matrix's rows attach to, once (the legs of one
 * tag share a draft, which one finalize leg publishes after all of them).
 */
export function releaseMatrix(matrix: PlanMatrix): { readonly include: readonly ReleaseEntry[] } {
  const seen = new Map<string, ReleaseEntry>()
  for (const row of matrix.include) {
    if (!seen.has(row['release-tag'])) {
      seen.set(row['release-tag'], {
        variant: row.variant,
        version: row.version,
        'release-tag': row['release-tag']
      })
    }
  }
  return { include: [...seen.values()] }
}

/** The plan table's header. */
export const PLAN_TABLE_HEADER = [
  'Variant',
  'Version',
  'Python',
  'Platform',
  'Test index',
  'Production',
  'Release',
  'Built',
  'Plan'
] as const

function releaseCell(evidence: RowEvidence): string {
  const release = evidence.release
  switch (release.state) {
    case 'present':
      return 'attached'
    case 'draft':
      return 'attached (draft)'
    case 'missing':
      return 'missing'
    case 'frozen':
      return 'missing (immutable)'
    case 'unknown':
      return `unknown (${release.why})`
  }
}

/** The plan table's cells, one array per row (the renderer escapes them). */
export function planTableRows(rows: readonly PlannedRow[]): string[][] {
  return rows.map(({ row, evidence, decision }) => [
    row.variant,
    row.version,
    `${row.python.name} (${row.python.pythonTag}-${row.python.abiTag})`,
    row.platform,
    evidence.test ? evidence.test.filename : '-',
    evidence.production ? evidence.production.filename : '-',
    releaseCell(evidence),
    evidence.built ? `${evidence.built.where}: ${evidence.built.name}` : '-',
    decision.plan
  ])
}
