/**
 * The preflight's checks of settings against each other and against the tables they name:
 * the variant and the variants table, the build and verify commands, the release templates,
 * the indexes (resolved, and the test index not the production one). Each failure is a
 * SettingError (exit code 2): nothing about the world is asked here.
 */
import { buildArgv, DEFAULT_BUILD_COMMAND } from '../../build/command.js'
import { findVariant, loadVariants, type Variant } from '../../build/variants.js'
import { renderTemplate, tagProblem } from '../../github/templates.js'
import { resolveTarget, type IndexTarget } from '../../pypi/targets.js'
import { ShellWordsError, splitShellWords } from '../../python/shellwords.js'
import type { Settings } from '../../settings.js'
import { asSettingError, GateError, SettingError } from '../../util/errors.js'
import type { IndexRole } from '../options.js'
import { parseArtifactReference } from '../wheels.js'
import type { Needs } from './needs.js'

/** Runs a validator the gates share; a GateError from it becomes a SettingError of `settings.gate`. */
export async function asSetting<T>(settings: Settings, check: () => T | Promise<T>): Promise<T> {
  try {
    return await check()
  } catch (error) {
    if (error instanceof GateError) throw asSettingError(error, settings.gate)
    throw error
  }
}

/** The repository and index-url inputs of one role. */
function roleInputs(settings: Settings, role: IndexRole) {
  return role === 'production'
    ? { repository: settings.repository, indexUrl: settings.indexUrl, input: 'repository' }
    : {
        repository: settings.testRepository,
        indexUrl: settings.testIndexUrl,
        input: 'test-repository'
      }
}

/** Where each index role the run uses publishes (and is read from). */
export async function resolveTargets(
  settings: Settings,
  needs: Needs
): Promise<Partial<Record<IndexRole, IndexTarget>>> {
  const roles = new Set<IndexRole>(needs.publishes)
  if (needs.verifiesFrom) roles.add(needs.verifiesFrom)
  const targets: Partial<Record<IndexRole, IndexTarget>> = {}
  for (const role of roles) {
    const { repository, indexUrl } = roleInputs(settings, role)
    targets[role] = await asSetting(settings, () => resolveTarget(repository, indexUrl))
  }
  return targets
}

/** A key that is equal for two targets that are the same index. */
function indexKey(target: IndexTarget): string {
  return target.kind === 'file' ? `file:${target.directory}` : target.uploadUrl
}

/** The pipeline verifies from the test index before production: the two must differ. */
export function checkDistinctIndexes(
  settings: Settings,
  targets: Partial<Record<IndexRole, IndexTarget>>
): void {
  const { test, production } = targets
  if (!test || !production || indexKey(test) !== indexKey(production)) return
  throw new SettingError(
    settings.gate,
    `test-repository and repository are the same index (${production.label}): the pipeline would publish to production before verify has passed.`,
    'Point test-repository at a test index (testpypi, another upload URL, or another directory).'
  )
}

/** The variant the build uses, from the variants table (the built-in one or the override). */
export async function checkVariant(settings: Settings, cwd: string): Promise<Variant> {
  return asSetting(settings, async () =>
    findVariant(await loadVariants(settings.variants, cwd), settings.variant)
  )
}

/** The variants table (the built-in one or the override) parses. */
export async function checkVariantTable(settings: Settings, cwd: string): Promise<void> {
  await asSetting(settings, () => loadVariants(settings.variants, cwd))
}

/** The build command splits into words (it never runs through a shell). */
export async function checkBuildCommand(settings: Settings): Promise<void> {
  await asSetting(settings, () =>
    buildArgv(settings.buildCommand.trim() || DEFAULT_BUILD_COMMAND, settings.python, 'outdir')
  )
}

/** The verify command splits into words. */
export function checkVerifyCommand(settings: Settings): void {
  try {
    splitShellWords(settings.verifyCommand)
  } catch (error) {
    if (!(error instanceof ShellWordsError)) throw error
    throw new SettingError(
      settings.gate,
      `Invalid verify-command: ${error.message}.`,
      'Close the quote: the command is split into words like a shell does, and never run by one.'
    )
  }
}

/**
 * The release templates use only known placeholders and make a valid tag. Checked with a
 * stand-in version; the real one is known only once the wheel is checked.
 */
export async function checkReleaseTemplates(settings: Settings): Promise<void> {
  const values = { version: '1.0.0', variant: settings.variant, package: settings.packageName }
  const tag = await asSetting(settings, () =>
    renderTemplate('release-tag', settings.releaseTag, values)
  )
  await asSetting(settings, () => renderTemplate('release-title', settings.releaseTitle, values))
  const problem = tagProblem(tag)
  if (problem) {
    throw new SettingError(
      settings.gate,
      `Invalid release-tag '${settings.releaseTag}': it makes tags such as '${tag}', and ${problem}.`,
      'Change release-tag so it makes a valid git tag name, e.g. v{version}-{variant}.'
    )
  }
}

/** wheel-artifact is NAME or RUN_ID/NAME. */
export function checkArtifactReference(settings: Settings): void {
  if (settings.wheelArtifact) parseArtifactReference(settings.wheelArtifact)
}
