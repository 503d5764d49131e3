/**
 * What an inspection concludes from what the archive pass measured: whether the wheel's own
 * statements (filename, dist-info directory, METADATA, WHEEL) agree, whether RECORD matches the
 * content, and whether PyPI would take it. Pure: wheelfile/inspect.ts reads the archive and
 * hands the measurements here.
 */
import { parseTag } from './filename.js'
import { getField, parseCoreMetadata } from './metadata.js'
import { normalizeName, normalizeVersion } from './names.js'
import { parseRecord, verifyRecord, type EntryDigest } from './record.js'
import { checkBinaries } from './binaries.js'
import type { ElfObject } from './elf.js'
import { unsafeEntries, type EntryShape } from './entry-paths.js'
import { checkPyPIRules } from './rules.js'
import { checkFileRules, framingProblem } from './warehouse.js'
import type { CoreMetadata, Problem, WheelFilename, WheelInfo, WheelInspection } from './types.js'
import { parseWheelInfo } from './wheelinfo.js'

const REBUILD_HINT =
  'Rebuild the wheel with a standard build tool (pip wheel, python -m build, uv build).'

function tagList(tags: readonly string[]): string {
  return tags.length === 0 ? '(none)' : tags.join(', ')
}

/** The consistency checks between what the filename, dist-info, METADATA and WHEEL say. */
export function checkConsistency(
  filename: WheelFilename,
  distInfoDir: string,
  metadata: CoreMetadata,
  wheel: WheelInfo
): Problem[] {
  const problems: Problem[] = []
  const fileVersion = normalizeVersion(filename.version)
  const name = getField(metadata, 'Name')?.trim()
  const version = getField(metadata, 'Version')?.trim()
  if (!name || !version) {
    problems.push({
      code: 'metadata-missing-field',
      message: `METADATA has no ${!name ? 'Name' : 'Version'} field`,
      hint: REBUILD_HINT
    })
  }
  if (name && normalizeName(name) !== filename.normalizedName) {
    problems.push({
      code: 'name-mismatch',
      message:
        `The filename names the distribution '${filename.name}', METADATA names it '${name}' ` +
        `('${filename.normalizedName}' vs '${normalizeName(name)}')`,
      hint:
        'The file was renamed by hand or built with another name; rebuild it with the ' +
        'intended name (package-name), do not rename wheel files.'
    })
  }
  if (version && normalizeVersion(version) !== fileVersion) {
    problems.push({
      code: 'version-mismatch',
      message: `The filename says version '${filename.version}', METADATA says '${version}'`,
      hint: 'Rebuild the wheel for the version you mean (or use normalize: true to rewrite both).'
    })
  }

  const stem = distInfoDir.slice(0, -'.dist-info'.length)
  const dash = stem.indexOf('-')
  const dirName = dash < 0 ? stem : stem.slice(0, dash)
  const dirVersion = dash < 0 ? '' : stem.slice(dash + 1)
  if (
    dash < 0 ||
    normalizeName(dirName) !== filename.normalizedName ||
    normalizeVersion(dirVersion) !== fileVersion
  ) {
    problems.push({
      code: 'dist-info-mismatch',
      message:
        `The dist-info directory is '${distInfoDir}', but the filename says ` +
        `'${filename.name}' version '${filename.version}'`,
      hint: 'Installers look for {name}-{version}.dist-info; rebuild rather than rename the wheel.'
    })
  }

  let wheelTags: string[] = []
  try {
    wheelTags = [...new Set(wheel.tags.flatMap(tag => parseTag(tag)))].sort()
  } catch (error) {
    problems.push({
      code: 'wheel-tags-invalid',
      message: `WHEEL has an invalid Tag line: ${error instanceof Error ? error.message : String(error)}`,
      hint: REBUILD_HINT
    })
  }
  const fileTags = filename.tags
  if (wheelTags.join('\n') !== fileTags.join('\n')) {
    problems.push({
      code: 'wheel-tags-mismatch',
      message:
        `The filename's tags are ${tagList(fileTags)}, but WHEEL's Tag lines say ` +
        `${tagList(wheelTags)}`,
      hint:
        'The wheel was renamed by hand (e.g. linux_x86_64 -> manylinux_...) while WHEEL still ' +
        'names the old tags. Retag it properly: `wheel tags --platform-tag ...`, auditwheel ' +
        'repair, or normalize: true.'
    })
  }

  const major = Number(wheel.wheelVersion.split('.')[0])
  if (!Number.isInteger(major) || major !== 1) {
    problems.push({
      code: 'wheel-version',
      message: `WHEEL declares Wheel-Version ${wheel.wheelVersion}; installers support 1.x`,
      hint: REBUILD_HINT
    })
  }
  const fileBuild = filename.buildTag
    ? `${filename.buildTag.number}${filename.buildTag.suffix}`
    : null
  if (wheel.build !== null && wheel.build !== fileBuild) {
    problems.push({
      code: 'build-tag-mismatch',
      message: `WHEEL says Build ${wheel.build}, the filename's build tag is ${fileBuild ?? '(none)'}`,
      hint: 'Rebuild rather than rename the wheel.'
    })
  }
  return problems
}

/** One problem per file entry name that occurs more than once in the archive. */
export function duplicateEntries(names: readonly string[]): Problem[] {
  const seen = new Set<string>()
  const problems: Problem[] = []
  for (const name of names) {
    if (name.endsWith('/')) continue
    if (seen.has(name)) {
      problems.push({
        code: 'duplicate-entry',
        message: `The archive holds '${name}' more than once`,
        hint: 'Installers disagree on which copy wins; rebuild the wheel.'
      })
    }
    seen.add(name)
  }
  return problems
}

/** What the archive pass measured about one wheel file. */
export interface WheelMeasurements {
  readonly path: string
  readonly filename: WheelFilename
  readonly size: number
  readonly sha256: string
  readonly modifiedMs: number
  readonly distInfoDir: string
  /** The archive's entry names, in central directory order. */
  readonly entryNames: readonly string[]
  /** Each entry's name and Unix mode (for paths and links that leave the install directory). */
  readonly entries: readonly EntryShape[]
  /** The first framing rule PyPI's upload would find broken (archive/framing.ts), or null. */
  readonly framing: { readonly message: string; readonly entry?: string } | null
  /** The file's first bytes (512 when it has them). */
  readonly head: Buffer
  /** entry_points.txt where the filename points, when the wheel has one. */
  readonly entryPoints: Buffer | null
  /** Every ELF object in the wheel, as the archive pass read it. */
  readonly binaries: readonly ElfObject[]
  /** The dist-info files' bytes, as they are in the archive. */
  readonly metadata: Buffer
  readonly wheel: Buffer
  readonly record: Buffer
  /** Each file entry's content digest and size. */
  readonly digests: readonly EntryDigest[]
  readonly maxFileSize: number
  /** The limit as the user wrote it, for the message. */
  readonly maxFileSizeText?: string
}

/** The inspection of a wheel from its measurements: parsed dist-info files and every problem. */
export function inspectionOf(m: WheelMeasurements): WheelInspection {
  const metadata = parseCoreMetadata(m.metadata)
  const wheel = parseWheelInfo(m.wheel)
  const record = parseRecord(m.record.toString('utf8'))
  const problems = [
    ...(m.framing ? [framingProblem(m.framing)] : []),
    ...unsafeEntries(m.entries),
    ...duplicateEntries(m.entryNames),
    ...verifyRecord(record, m.digests, m.distInfoDir),
    ...checkConsistency(m.filename, m.distInfoDir, metadata, wheel),
    ...checkPyPIRules({
      filename: m.filename,
      metadata,
      size: m.size,
      maxFileSize: m.maxFileSize,
      maxFileSizeText: m.maxFileSizeText
    }),
    ...checkFileRules({
      filename: m.filename,
      metadata,
      entryNames: m.entryNames,
      head: m.head,
      entryPoints: m.entryPoints
    }),
    ...checkBinaries(m.filename.platformTags, m.binaries)
  ]
  return {
    path: m.path,
    filename: m.filename,
    size: m.size,
    sha256: m.sha256,
    modifiedMs: m.modifiedMs,
    distInfoDir: m.distInfoDir,
    metadata,
    metadataBytes: m.metadata,
    wheel,
    binaries: m.binaries,
    problems
  }
}
