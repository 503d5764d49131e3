/**
 * release-only: when no local wheel and no artifact exists but the version is known, the
 * release takes the wheel(s) the production index holds for the distribution and version,
 * downloaded into the work directory and kept only when their sha256 is the index's. Release
 * settles assets by content, so the release then holds exactly the file PyPI serves: a run
 * that died after the production upload finishes from PyPI's copy instead of a rebuild.
 */
import { rm } from 'node:fs/promises'
import path from 'node:path'
import { IndexDownloadError, publicUrl } from '../../pypi/download.js'
import type { ExistingFile } from '../../pypi/read.js'
import { resolveTarget } from '../../pypi/targets.js'
import type { Settings } from '../../settings.js'
import { GateError } from '../../util/errors.js'
import { normalizeVersion } from '../../version/pep440.js'
import { parseWheelFilename } from '../../wheel/filename.js'
import { normalizeName } from '../../wheel/names.js'
import type { GateContext } from '../context.js'
import { workDirOf } from '../options.js'
import { NoWheelError, resolveWheels } from '../wheels.js'

const GATE = 'release'

/** Where the release's wheels came from: the inputs (`local`) or the production index. */
export interface ReleaseWheels {
  readonly paths: string[]
  readonly fromIndex: boolean
}

/**
 * A shell-style pattern of one path segment (`*`, `?`, `[...]`) as a RegExp, so the `wheel`
 * input narrows the index's files the way it would have narrowed local ones.
 */
export function basenameMatcher(pattern: string): RegExp {
  let out = ''
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!
    if (c === '*') out += '[^/]*'
    else if (c === '?') out += '[^/]'
    else if (c === '[') {
      const end = pattern.indexOf(']', i + 2)
      if (end === -1) {
        out += '\\['
        continue
      }
      const body = pattern.slice(i + 1, end)
      out += `[${body.startsWith('!') ? `^${body.slice(1)}` : body.replace(/\\/g, '\\\\')}]`
      i = end
    } else out += c.replace(/[.+^${}()|\\]/g, '\\$&')
  }
  return new RegExp(`^${out}$`)
}

/** The wheels of `project` `version` in a listing, narrowed by the wheel glob's last segment. */
export function wheelsOfRelease(
  files: readonly ExistingFile[],
  project: string,
  version: string,
  pattern: string | null
): ExistingFile[] {
  const name = normalizeName(project)
  const wanted = normalizeVersion(version)
  const matcher = pattern === null ? null : basenameMatcher(pattern)
  return files.filter(file => {
    if (!file.filename.endsWith('.whl')) return false
    let parsed
    try {
      parsed = parseWheelFilename(file.filename)
    } catch {
      return false
    }
    if (parsed.normalizedName !== name || normalizeVersion(parsed.version) !== wanted) return false
    return matcher === null || matcher.test(file.filename)
  })
}

/** The wheels the release gate acts on: the inputs', else the production index's copies. */
export async function releaseWheelPaths(
  settings: Settings,
  context: GateContext
): Promise<ReleaseWheels> {
  try {
    return { paths: await resolveWheels(settings, context, GATE), fromIndex: false }
  } catch (error) {
    if (!(error instanceof NoWheelError) || settings.version === null) throw error
    return {
      paths: await wheelsFromIndex(settings, settings.version, context, error),
      fromIndex: true
    }
  }
}

async function wheelsFromIndex(
  settings: Settings,
  version: string,
  context: GateContext,
  missing: NoWheelError
): Promise<string[]> {
  const target = resolveTarget(settings.repository, settings.indexUrl)
  const project = normalizeName(settings.packageName)
  // With wheel-artifact the glob is not the user's: every wheel of the version is wanted.
  const pattern = settings.wheelArtifact ? null : path.basename(settings.wheel)
  const files = wheelsOfRelease(
    await context.indexes.listFiles(target, project, version),
    project,
    version,
    pattern
  )
  if (files.length === 0) {
    throw new NoWheelError(
      GATE,
      `${missing.message} The production index (${publicUrl(target.label)}) holds no wheel of ` +
        `${project} ${version}${pattern ? ` matching '${pattern}'` : ''} either.`,
      missing.hint
    )
  }
  const into = path.join(
    workDirOf(settings, context.cwd),
    'downloads',
    'index',
    `${project}-${normalizeVersion(version) ?? version}`
  )
  context.logger.info(
    `No local wheel or artifact: taking ${files.length} wheel(s) of ${project} ${version} from ` +
      `${publicUrl(target.label)}`
  )
  const paths: string[] = []
  for (const file of files) {
    const source = publicUrl(file.url)
    try {
      const got = await context.indexes.download(file, into)
      paths.push(got.path)
      context.log.record({
        gate: GATE,
        target: file.filename,
        decision: 'reused',
        reason:
          `no local wheel or artifact: taken from the production index, ${source} ` +
          `(sha256 ${got.sha256} matches the index's digest)`
      })
    } catch (error) {
      // Nothing of a failed download is kept: a later glob must not find half a release.
      await rm(into, { recursive: true, force: true })
      const message = error instanceof Error ? error.message : String(error)
      context.log.record({ gate: GATE, target: file.filename, decision: 'failed', reason: message })
      if (error instanceof IndexDownloadError && error.mismatch) {
        throw new GateError(
          GATE,
          `${file.filename} downloaded from the production index is not the file the index ` +
            `lists: ${message}. The download was deleted and nothing was attached.`,
          'Check index-url: it must be the index the wheel was published to; a proxy or mirror ' +
            'that rewrites files cannot stand in for it.'
        )
      }
      throw new GateError(
        GATE,
        `Could not download ${file.filename} from ${source}: ${message}`,
        'Network failures and server errors were already retried; re-run the gate, it only does what is missing.'
      )
    }
  }
  return paths
}
