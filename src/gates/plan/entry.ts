/**
 * `gate: plan`, the registry's entry: before anything is built, every wheel the settings ask
 * for (variants x versions x Python targets x platforms) and what the test index, the
 * production index, the GitHub release and the stores already hold for it; each row's plan
 * (build, publish, release-only, done, closed); the `matrix` of the rows that need work, its
 * `count`, and the plan table. It reads and writes nothing else, so dry-run changes nothing.
 */
import { access } from 'node:fs/promises'
import path from 'node:path'
import { targetVersion } from '../../build/command.js'
import { readGeneration } from '../../build/generation.js'
import { loadVariants, type Generation, type Variant } from '../../build/variants.js'
import type { ReleaseClient } from '../../github/client.js'
import { parseGitHubRepository } from '../../github/repository.js'
import { decideRow, overallPlan } from '../../plan/decide.js'
import {
  planMatrix,
  planTableRows,
  releaseMatrix,
  PLAN_TABLE_HEADER,
  type PlanMatrix,
  type PlannedRow
} from '../../plan/matrix.js'
import { checkPackageName, planRows, selectVariants, type PlanRow } from '../../plan/rows.js'
import type { SuffixChoice } from '../../plan/suffix.js'
import { resolveTarget } from '../../pypi/targets.js'
import type { Settings } from '../../settings.js'
import { GateError, SettingError } from '../../util/errors.js'
import { tagProblem } from '../../github/templates.js'
import { asSetting, checkDistinctIndexes } from '../preflight/settings-checks.js'
import { detectVersion, gitSource } from '../../version/detect.js'
import type { GateContext } from '../context.js'
import { autoSuffixChooser } from '../build/suffix.js'
import { workDirOf } from '../options.js'
import { detectPorts } from '../version-ports.js'
import { gatherEvidence } from './evidence.js'

/** The plan: every row with its evidence and decision, and the matrix of those needing work. */
export interface Plan {
  readonly rows: readonly PlannedRow[]
  readonly matrix: PlanMatrix
  /** What `version-suffix: auto` chose for each distribution and base version (empty without). */
  readonly suffixes: readonly PlannedSuffix[]
}

/** One `version-suffix: auto` choice: the `.postN` (or none) a distribution's base version gets. */
export interface PlannedSuffix {
  readonly distribution: string
  readonly base: string
  readonly choice: SuffixChoice
}

/** Errors of the helpers the plan shares with build name the plan gate when it runs them. */
function asPlanError(error: unknown): unknown {
  if (!(error instanceof GateError) || error.gate === 'plan') return error
  // A bad setting stays a setting (exit 2) under the plan's name.
  return error.kind === 'setting'
    ? new SettingError('plan', error.message, error.hint)
    : new GateError('plan', error.message, error.hint)
}

/** A platform no planned variant exists for is a typo, not an empty plan. */
function checkPlatforms(settings: Settings, variants: readonly Variant[]): void {
  for (const platform of settings.platforms) {
    if (!variants.some(variant => variant.platforms.includes(platform))) {
      throw new SettingError(
        'plan',
        `No variant planned exists for platform '${platform}' (${variants.map(v => `${v.name}: ${v.platforms.join(', ')}`).join('; ')}).`,
        'Name platforms the variants are built for (x86_64, aarch64), or add the platform to a variant with the variants table.'
      )
    }
  }
}

/** Every row's release tag must be a tag GitHub takes, before any job builds for it. */
function checkReleaseTags(rows: readonly PlanRow[], template: string): void {
  for (const row of rows) {
    const problem = tagProblem(row.releaseTag)
    if (problem) {
      throw new SettingError(
        'plan',
        `Invalid release-tag '${template}': it makes the tag '${row.releaseTag}', and ${problem}.`,
        'Change release-tag so it makes a valid git tag name, e.g. v{version}-{variant}.'
      )
    }
  }
}

/**
 * The source's generation. A vllm-source the user named must be a vLLM tree; the default
 * (`vllm`) counts only when it is one, so a plan with variant-names and version needs no tree.
 */
async function sourceGeneration(settings: Settings, sourceDir: string): Promise<Generation | null> {
  if (settings.vllmSourceGiven) return (await readGeneration(sourceDir)).generation
  try {
    await access(sourceDir)
    return (await readGeneration(sourceDir)).generation
  } catch {
    return null
  }
}

/** The base versions to plan: the version input's, else vllm-source's (git describe), as build. */
async function baseVersions(
  settings: Settings,
  context: GateContext,
  sourceDir: string,
  distribution: string
): Promise<string[]> {
  let versions = [...settings.versions]
  if (versions.length === 0) {
    const detected = await detectVersion(
      {
        input: '',
        sourceDir,
        sourceDirExplicit: settings.vllmSourceGiven,
        python: settings.python,
        distribution,
        gate: 'plan'
      },
      detectPorts(context.runProcess),
      [gitSource]
    )
    versions = [detected.version]
  }
  // The build drops a local label (+cpu); the suffix is added per distribution (suffixed).
  return versions.map(version => targetVersion(version, '').version)
}

/**
 * The versions one distribution is planned at: each base with version-suffix appended, as the
 * build appends it; with `auto`, the `.postN` the indexes leave free for that distribution,
 * chosen once here so every matrix leg builds the same number.
 */
async function suffixed(
  settings: Settings,
  context: GateContext,
  bases: readonly string[],
  distribution: string,
  chosen: PlannedSuffix[]
): Promise<string[]> {
  if (settings.versionSuffix !== 'auto') {
    return bases.map(base => targetVersion(base, settings.versionSuffix).version)
  }
  const choose = autoSuffixChooser(settings, context)
  const versions: string[] = []
  for (const base of bases) {
    const choice = await choose(base, distribution)
    chosen.push({ distribution, base, choice })
    versions.push(choice.version)
  }
  return versions
}

/** The plan's dimensions other than variants and versions, from the settings. */
function dimensions(settings: Settings) {
  return {
    pythons: settings.pythonVersions,
    platforms: settings.platforms,
    runnerLabels: settings.runnerLabels,
    releaseTag: settings.releaseTag
  }
}

/** The suffix a row's version was planned with: the input's, or auto's choice for it. */
function suffixOf(
  settings: Settings,
  suffixes: readonly PlannedSuffix[]
): (distribution: string, version: string) => string {
  if (settings.versionSuffix !== 'auto') return () => settings.versionSuffix
  return (distribution, version) =>
    suffixes.find(s => s.distribution === distribution && s.choice.version === version)?.choice
      .suffix ?? ''
}

/** The release client, or why the releases are not looked at. */
function releaseClient(
  settings: Settings,
  context: GateContext
): ReleaseClient | { unknown: string } {
  if (settings.githubToken === '') return { unknown: 'no github-token' }
  if (context.env.repository === '') return { unknown: 'GITHUB_REPOSITORY is not set' }
  const { owner, repo } = parseGitHubRepository(context.env.repository)
  context.logger.mask(settings.githubToken)
  return context.releases({ token: settings.githubToken, apiUrl: context.env.apiUrl, owner, repo })
}

/**
 * Decides the plan from settings through the context's ports, recording nothing: for the plan
 * gate, and for a step (such as choosing a free `.postN`) that needs the same rows.
 */
export async function collectPlan(settings: Settings, context: GateContext): Promise<Plan> {
  try {
    // A variants table that does not parse is a setting (exit 2), as in every other gate.
    const table = await asSetting(settings, () => loadVariants(settings.variants, context.cwd))
    const sourceDir = path.resolve(context.cwd, settings.vllmSource)
    const generation = await sourceGeneration(settings, sourceDir)
    const variants = selectVariants(table, settings.variantNames, generation)
    checkPlatforms(settings, variants)
    const bases = await baseVersions(
      settings,
      context,
      sourceDir,
      settings.packageNameGiven ? settings.packageName : (variants[0]?.distribution ?? '')
    )
    const suffixes: PlannedSuffix[] = []
    const packageName = settings.packageNameGiven ? settings.packageName : ''
    // Asked of all variants at once: the rows are made one variant at a time below.
    checkPackageName(packageName, variants)
    const rows: PlanRow[] = []
    for (const variant of variants) {
      const distribution = packageName || variant.distribution
      const versions = await suffixed(settings, context, bases, distribution, suffixes)
      rows.push(
        ...planRows({ ...dimensions(settings), variants: [variant], versions, packageName })
      )
    }
    checkReleaseTags(rows, settings.releaseTag)
    const workDir = workDirOf(settings, context.cwd)
    const targets = {
      test: resolveTarget(settings.testRepository, settings.testIndexUrl),
      production: resolveTarget(settings.repository, settings.indexUrl)
    }
    checkDistinctIndexes(settings, targets)
    const evidence = await gatherEvidence(rows, {
      indexes: context.indexes,
      testTarget: targets.test,
      productionTarget: targets.production,
      releases: releaseClient(settings, context),
      stores: await context.stores(workDir),
      workDir,
      logger: context.logger
    })
    const now = context.clock.now()
    const planned = rows.map((row, i) => {
      const found = evidence[i]!
      return { row, evidence: found, decision: decideRow(row, found, now) }
    })
    return { rows: planned, matrix: planMatrix(planned, suffixOf(settings, suffixes)), suffixes }
  } catch (error) {
    throw asPlanError(error)
  }
}

/** The plan gate as the registry runs it: the plan's decisions, table and outputs. */
export async function runPlanGate(settings: Settings, context: GateContext): Promise<void> {
  const { log, logger } = context
  const plan = await collectPlan(settings, context)
  for (const { row, decision } of plan.rows) {
    log.record({
      gate: 'plan',
      target: `${row.wheelStem} ${row.platform} (${row.variant})`,
      decision: decision.plan,
      reason: decision.reason
    })
  }
  if (settings.dryRun) {
    log.record({
      gate: 'plan',
      target: 'dry-run',
      decision: 'dry-run',
      reason:
        'the plan gate only reads, so dry-run changes nothing: this is the plan a real run makes'
    })
  }
  log.addTable({ title: 'Plan', header: PLAN_TABLE_HEADER, rows: planTableRows(plan.rows) })
  const closed = plan.rows.filter(r => r.decision.plan === 'closed')
  if (closed.length > 0) {
    logger.warning(
      `${closed.length} wheel(s) can never join their production release (older than 14 days) and are left out of the matrix: publish them as a .postN (version-suffix).`
    )
  }
  for (const { distribution, base, choice } of plan.suffixes) {
    log.record({
      gate: 'plan',
      target: `version-suffix auto (${distribution} ${base})`,
      decision: 'passed',
      reason: `${choice.suffix || 'no suffix'}: ${choice.reason}`
    })
  }
  log.setOutput('decision', overallPlan(plan.rows.map(r => r.decision.plan)))
  log.setOutput('matrix', JSON.stringify(plan.matrix))
  log.setOutput('count', plan.matrix.include.length)
  log.setOutput('releases', JSON.stringify(releaseMatrix(plan.matrix)))
  // One suffix for the whole matrix; when auto chose differently per distribution, '' (each
  // matrix row carries its own).
  const chosen = [...new Set(plan.matrix.include.map(row => row['version-suffix']))]
  log.setOutput('version-suffix', chosen.length === 1 ? chosen[0]! : '')
  logger.info(
    `Plan: ${plan.rows.length} wheel(s), ${plan.matrix.include.length} need work (matrix count).`
  )
}
