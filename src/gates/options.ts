/**
 * Settings to each gate's own options: the one place that decides which input feeds which
 * gate field, shared by the single-gate steps and the pipeline. Pure functions.
 */
import path from 'node:path'
import type { RunEnvironment } from '../environment.js'
import type { VerifySummary } from '../github/notes.js'
import { resolveTarget } from '../pypi/targets.js'
import type { Settings } from '../settings.js'
import type { BuildOptions } from './build/gate.js'
import type { PublishOptions } from './publish/gate.js'
import type { ReleaseMode, ReleaseOptions } from './release/gate.js'
import type { VerifyOptions } from './verify/gate.js'

/** Which index a publish or verify step talks to: production (repository) or test. */
export type IndexRole = 'production' | 'test'

/** Where this run keeps build output and, on the command line, caches and artifacts. */
export function workDirOf(settings: Settings, cwd: string): string {
  return path.resolve(cwd, settings.workDir)
}

/** The build gate's options. */
export function buildOptions(settings: Settings, cwd: string): BuildOptions {
  return {
    variant: settings.variant,
    variants: settings.variants,
    packageName: settings.packageNameGiven ? settings.packageName : '',
    vllmSource: settings.vllmSource,
    vllmSourceGiven: settings.vllmSourceGiven,
    version: settings.version ?? '',
    versionSuffix: settings.versionSuffix,
    python: settings.python,
    buildCommand: settings.buildCommand,
    platformTag: settings.platformTag,
    workDir: workDirOf(settings, cwd),
    maxFileSize: settings.maxFileSize,
    dryRun: settings.dryRun,
    cwd
  }
}

/** The publish gate's options for the production or the test index. */
export function publishOptions(settings: Settings, role: IndexRole): PublishOptions {
  return role === 'production'
    ? {
        repository: settings.repository,
        indexUrl: settings.indexUrl,
        token: settings.token,
        dryRun: settings.dryRun,
        attestations: settings.attestations
      }
    : {
        repository: settings.testRepository,
        indexUrl: settings.testIndexUrl,
        token: settings.testToken,
        dryRun: settings.dryRun,
        attestations: settings.attestations
      }
}

/** The simple index (or file:// directory) pip installs from for a repository. */
export function installIndexUrl(repository: string, indexUrl: string | null): string {
  const target = resolveTarget(repository, indexUrl)
  return target.kind === 'file' ? (indexUrl ?? repository) : target.simpleUrl
}

/** The verify gate's options for one checked wheel, installed from `role`'s index. */
export function verifyOptions(
  settings: Settings,
  wheel: { packageName: string; version: string; filename: string; sha256: string },
  role: IndexRole,
  env: RunEnvironment
): VerifyOptions {
  const testIndexUrl =
    role === 'production'
      ? installIndexUrl(settings.repository, settings.indexUrl)
      : installIndexUrl(settings.testRepository, settings.testIndexUrl)
  return {
    ...wheel,
    testIndexUrl,
    dependencyIndexUrls: settings.dependencyIndexUrls,
    waitTimeoutSeconds: settings.waitTimeoutSeconds,
    python: settings.python,
    verifyCommand: settings.verifyCommand,
    requireCpuTorch: settings.requireCpuTorch,
    requireCpuPlatform: settings.requireCpuPlatform,
    tempDir: env.tempDir,
    searchPath: env.path,
    dryRun: settings.dryRun
  }
}

/** The release gate's options. */
export function releaseOptions(
  settings: Settings,
  env: RunEnvironment,
  mode: ReleaseMode,
  verify: readonly VerifySummary[]
): ReleaseOptions {
  return {
    mode,
    token: settings.githubToken,
    apiUrl: env.apiUrl,
    repository: env.repository,
    commit: env.sha,
    packageName: settings.packageName,
    variant: settings.variant,
    version: settings.version,
    tagTemplate: settings.releaseTag,
    titleTemplate: settings.releaseTitle,
    overwriteAssets: settings.overwriteAssets,
    releaseNotes: settings.releaseNotes,
    dryRun: settings.dryRun,
    // The pipeline goes on without a release when no token is there; a release step fails.
    direct: mode !== 'pipeline',
    verify
  }
}
