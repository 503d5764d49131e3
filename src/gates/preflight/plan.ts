/**
 * The plan: what the run will do, step by step, once the preflight has decided it and before
 * anything is written. It goes into the decision log (the job summary shows it above the
 * table) and into the log right away.
 */
import path from 'node:path'
import { renderTemplate } from '../../github/templates.js'
import type { RepositoryName } from '../../github/repository.js'
import type { IndexTarget } from '../../pypi/targets.js'
import type { Settings } from '../../settings.js'
import { hideUrlCredentials } from '../../util/redact.js'
import type { BuildPlan } from '../build/plan.js'
import type { GateContext } from '../context.js'
import { installIndexUrl, type IndexRole } from '../options.js'
import type { Needs } from './needs.js'

/** What the preflight decided, as the plan needs it. */
export interface PlanInputs {
  readonly needs: Needs
  readonly build: BuildPlan | null
  readonly wheels: readonly string[]
  readonly targets: Partial<Record<IndexRole, IndexTarget>>
  readonly credentials: Partial<Record<IndexRole, string>>
  readonly release: RepositoryName | null
}

/** The plan's lines, in the order the run takes its steps. */
export function planLines(
  settings: Settings,
  context: GateContext,
  inputs: PlanInputs
): { step: string; action: string }[] {
  const { needs } = inputs
  const pipeline = settings.gate === 'pipeline'
  const would = settings.dryRun ? 'would ' : ''
  const lines: { step: string; action: string }[] = []
  if (settings.dryRun) {
    lines.push({
      step: 'dry-run',
      action: 'every step reads and decides, and reports what it would do; nothing is written'
    })
  }
  if (inputs.build) {
    const b = inputs.build
    lines.push({
      step: 'build',
      action:
        `${would}build ${b.variant.name} as ${b.distribution} ${b.target.version} from ` +
        `${b.sourceDir} at ${b.commit.slice(0, 12)}${b.dirty ? ' (with uncommitted changes)' : ''}` +
        `, ${b.python.tag} on ${b.python.arch}, or reuse the cached wheel of exactly these inputs`
    })
  } else if (pipeline) {
    lines.push({
      step: 'build',
      action: 'skipped: no vllm-source, the wheel input is taken as built'
    })
  }
  // A release with a version finds its wheels itself (release-finalize reads none at all).
  const releaseByVersion = settings.gate === 'release' && settings.version !== null
  if (settings.releaseFinalize && releaseByVersion) {
    // Nothing to check: the draft of the version's tag is published as it is.
  } else if (['check', 'publish', 'release', 'pipeline'].includes(settings.gate)) {
    const what =
      inputs.wheels.length > 0
        ? inputs.wheels.map(wheel => path.basename(wheel)).join(', ')
        : releaseByVersion
          ? `the wheels of ${settings.version}: the wheel input's, else the production index's copies`
          : 'the built wheel'
    lines.push({
      step: 'check',
      action: `check ${what}${settings.normalize ? ', normalized first' : ''}`
    })
  }
  for (const role of needs.publishes) {
    const target = inputs.targets[role]!
    const asks = role === 'production' && context.confirm && !settings.dryRun
    lines.push({
      step: pipeline && role === 'test' ? 'test-publish' : 'publish',
      action:
        `${would}upload what ${target.label} does not hold yet; credentials: ${inputs.credentials[role]}` +
        (asks ? '; asks before uploading' : '')
    })
  }
  if (needs.verifiesFrom) {
    const role = needs.verifiesFrom
    const url =
      role === 'production'
        ? installIndexUrl(settings.repository, settings.indexUrl)
        : installIndexUrl(settings.testRepository, settings.testIndexUrl)
    lines.push({
      step: 'verify',
      action:
        `${would}install the checked file from ${hideUrlCredentials(url)} into a fresh ` +
        `environment of ${settings.python}, dependencies from ` +
        `${settings.dependencyIndexUrls.map(hideUrlCredentials).join(' ')}, and run ` +
        `'${settings.verifyCommand}'`
    })
  }
  if (needs.releases) {
    // The tag as the release gate makes it, when the version is known already.
    const tag =
      settings.version !== null
        ? renderTemplate('release-tag', settings.releaseTag, {
            version: settings.version,
            variant: settings.variant,
            package: settings.packageName
          })
        : settings.releaseTag
    const where = inputs.release ? ` of ${inputs.release.owner}/${inputs.release.repo}` : ''
    lines.push({
      step: 'release',
      action: !inputs.release
        ? 'skipped: no GitHub token'
        : settings.releaseFinalize
          ? `${would}publish the draft release ${tag}${where} with notes listing every wheel it holds`
          : `${would}attach the wheel(s) to the draft release ${tag}${where}`
    })
  }
  return lines
}
