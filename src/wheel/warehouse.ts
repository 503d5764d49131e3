/**
 * PyPI's refusals of a wheel file that can be known from the file alone, as Warehouse's upload
 * view applies them (pypi/warehouse main, 2026-07: warehouse/forklift/legacy.py `file_upload`,
 * `_validate_filename`, `_is_valid_dist_file`; warehouse/utils/zipfiles.py; warehouse/utils/
 * wheel.py): each with PyPI's own message and what to do. Pure: the archive pass measures, and
 * rules.ts keeps the metadata and platform rules.
 */
import { parseEntryPoints } from './entry-points.js'
import { getAllFields, getField } from './metadata.js'
import { normalizeName } from './names.js'
import type { CoreMetadata, Problem, WheelFilename } from './types.js'

const MiB = 1024 * 1024

/** legacy.py COMPRESSION_RATIO_MIN_SIZE: archives that inflate to at most this are never bombs. */
export const COMPRESSION_RATIO_MIN_SIZE = 64 * MiB
/** legacy.py COMPRESSION_RATIO_THRESHOLD: inflating to more than this many times the file is. */
export const COMPRESSION_RATIO_THRESHOLD = 50

const REBUILD =
  'Rebuild the wheel with a standard build tool (pip wheel, python -m build, uv build) and do ' +
  'not edit the archive afterwards.'

/** PyPI's words for a file `_is_valid_dist_file` refuses. */
function invalidDistribution(message: string): string {
  return `PyPI: "Invalid distribution file. ${message}"`
}

/**
 * The compression-ratio rule (legacy.py `_is_valid_dist_file`): more than 64 MiB declared in
 * the central directory at more than 50 times the file's size is a decompression bomb. Known
 * before a byte is inflated, so the caller refuses the file without inflating it.
 */
export function compressionRatioProblem(declared: number, fileSize: number): Problem | null {
  if (declared <= COMPRESSION_RATIO_MIN_SIZE) return null
  const ratio = declared / Math.max(1, fileSize)
  if (ratio <= COMPRESSION_RATIO_THRESHOLD) return null
  return {
    code: 'compression-ratio',
    message:
      `The archive declares ${declared} bytes of content in a ${fileSize}-byte file ` +
      `(ratio ${ratio.toFixed(0)}). ` +
      invalidDistribution(`File exceeds compression ratio of ${COMPRESSION_RATIO_THRESHOLD}`),
    hint:
      `PyPI refuses archives that inflate to more than ${COMPRESSION_RATIO_MIN_SIZE / MiB} MiB ` +
      `at more than ${COMPRESSION_RATIO_THRESHOLD} times their size (a decompression bomb); ` +
      'nothing was inflated. Drop the padding or generated data from the wheel, or ship it ' +
      'as a download the package fetches.'
  }
}

/** The compression-type rule (legacy.py `_is_valid_dist_file`): stored or deflated only. */
export function compressionMethodProblem(entry: string, method: number): Problem | null {
  if (method === 0 || method === 8) return null
  return {
    code: 'compression-method',
    message:
      `'${entry}' uses compression method ${method}. ` +
      invalidDistribution('File does not use a supported compression type'),
    hint:
      'Wheels may use only stored or deflate compression (what pip and PyPI read everywhere); ' +
      'rebuild with a standard wheel build tool, not a zip tool set to bzip2, lzma or zstd.'
  }
}

const FRAMING_HINTS: Readonly<Record<string, string>> = {
  'ZIP contains a data descriptor':
    'The archive was written by a streaming zip writer, which puts sizes after the data; ' +
    'PyPI takes only archives with the sizes in every local header. ' +
    REBUILD,
  'Unknown record signature':
    'Bytes that are no zip record sit before the first entry or between two (a data ' +
    'descriptor, padding, a prepended stub). ' +
    REBUILD,
  'Trailing data':
    'Something was appended after the end of the zip (a second archive, a signature block). ' +
    'Rebuild or download the wheel again; never append to it.',
  'Invalid character in filename':
    'An entry name holds a control character (bytes 0-31 or 127); rename that file in the ' +
    'source tree and rebuild.',
  'Filename not unicode':
    'Entry names must be UTF-8 in the local headers; rebuild with a tool that writes UTF-8 ' +
    'names (every current wheel builder does).',
  'Filename not valid UTF-8':
    'An Info-ZIP Unicode Path extra holds a name that is not UTF-8; rebuild with a standard ' +
    'wheel build tool.',
  'Comment in central directory':
    'An entry carries a zip comment (`zip -c`, some archivers); rebuild without entry comments.',
  'Invalid duplicate extra in local file':
    'A local header repeats its ZIP64 or Unicode Path extra, so readers may disagree on the ' +
    'sizes or the name. ' +
    REBUILD
}

const DISAGREEMENT =
  'The local headers and the central directory describe different content, which lets one ' +
  'reader (pip) see other files than another (a scanner). ' +
  REBUILD

/** The framing rule's first break (archive/framing.ts), as PyPI reports it. */
export function framingProblem(broken: { message: string; entry?: string }): Problem {
  const where = broken.entry === undefined ? '' : ` (at entry '${broken.entry}')`
  return {
    code: 'zip-framing',
    message:
      invalidDistribution(
        `ZIP archive not accepted: ${broken.message}. See https://docs.pypi.org/archives ` +
          'for more information'
      ) + where,
    hint:
      FRAMING_HINTS[broken.message] ??
      (/^(Mis-?matched|Missing|Duplicate|Filename not in)/.test(broken.message)
        ? DISAGREEMENT
        : REBUILD)
  }
}

/** tarfile's nti(): a numeric header field (octal text or base-256), or null when invalid. */
function tarNumber(field: Uint8Array): number | null {
  if (field[0] === 0o200 || field[0] === 0o377) {
    let n = 0
    for (const byte of field.subarray(1)) n = n * 256 + byte
    return field[0] === 0o377 ? n - 256 ** (field.length - 1) : n
  }
  const nul = field.indexOf(0)
  const bytes = nul < 0 ? field : field.subarray(0, nul)
  if (bytes.some(byte => byte > 0x7f)) return null
  const text = Buffer.from(bytes).toString('latin1').trim() || '0'
  if (!/^[+-]?(?:0o)?[0-7](?:_?[0-7])*$/i.test(text)) return null
  return parseInt(text.replace(/_/g, '').replace(/^([+-]?)0o/i, '$1'), 8)
}

// The numeric fields tarfile's frombuf parses (mode, uid, gid, size, mtime, devmajor, devminor).
const TAR_NUMBERS: readonly [number, number][] = [
  [100, 108],
  [108, 116],
  [116, 124],
  [124, 136],
  [136, 148],
  [329, 337],
  [337, 345]
]

/**
 * tarfile.is_tarfile on the first block (legacy.py refuses "File is both a zip and a tar
 * file"): Python's tarfile takes a file whose first 512 bytes have a matching header checksum
 * and numeric fields it can parse.
 */
export function looksLikeTar(head: Uint8Array): boolean {
  if (head.length < 512) return false
  const block = head.subarray(0, 512)
  if (block.every(byte => byte === 0)) return false
  const stated = tarNumber(block.subarray(148, 156))
  if (stated === null) return false
  let unsigned = 256
  let signed = 256
  for (let i = 0; i < 512; i++) {
    if (i >= 148 && i < 156) continue
    const byte = block[i] as number
    unsigned += byte
    signed += byte > 127 ? byte - 256 : byte
  }
  if (stated !== unsigned && stated !== signed) return false
  return TAR_NUMBERS.every(([from, to]) => tarNumber(block.subarray(from, to)) !== null)
}

function versionAtLeast(text: string, major: number, minor: number): boolean {
  const [a = 0, b = 0] = text.split('.').map(Number)
  return a > major || (a === major && b >= minor)
}

/** What the file-level rules need to see. */
export interface FileRuleInput {
  readonly filename: WheelFilename
  readonly metadata: CoreMetadata
  /** Every entry name in the archive. */
  readonly entryNames: readonly string[]
  /** The file's first bytes (at least 512 when the file has them). */
  readonly head: Uint8Array
  /** `{name}-{version}.dist-info/entry_points.txt` as the filename names it, when present. */
  readonly entryPoints: Buffer | null
}

function filenameProblems(filename: string): Problem[] {
  const problems: Problem[] = []
  // _validate_filename: the object store refuses control characters.
  if ([...filename].some(c => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f)) {
    problems.push({
      code: 'filename-characters',
      message:
        'PyPI: "Cannot upload a file with non-printable characters (ordinals 0-31) or the DEL ' +
        'character (ordinal 127) in the name."',
      hint: 'Rename nothing by hand: rebuild the wheel so its build tool names it.'
    })
  }
  if (filename.includes('\\') || filename.includes('/')) {
    problems.push({
      code: 'filename-characters',
      message: `PyPI: "Cannot upload a file with '/' or '\\' in the name."`,
      hint: 'Rename nothing by hand: rebuild the wheel so its build tool names it.'
    })
  }
  // file_upload writes METADATA beside the upload as `<filename>.metadata`; past the file
  // system's 255 bytes that fails with "Filename is too long".
  if (Buffer.byteLength(`${filename}.metadata`, 'utf8') > 255) {
    problems.push({
      code: 'filename-too-long',
      message: `PyPI: "Filename is too long: '${filename}'"`,
      hint:
        'Shorten the distribution name or the version (a long local or dev label), or use ' +
        'fewer compressed tags, so the filename stays under 246 bytes.'
    })
  }
  return problems
}

/** Every refusal of legacy.py beyond the archive framing and the metadata rules of rules.ts. */
export function checkFileRules(input: FileRuleInput): Problem[] {
  const { filename, metadata } = input
  const problems = filenameProblems(filename.filename)
  if (looksLikeTar(input.head)) {
    problems.push({
      code: 'zip-and-tar',
      message: invalidDistribution('File is both a zip and a tar file'),
      hint: 'The first bytes also form a valid tar header, a polyglot file. ' + REBUILD
    })
  }

  // file_upload: the filename's name part must be the normalized project name, verbatim.
  const metadataName = getField(metadata, 'Name')?.trim()
  if (metadataName) {
    const expected = normalizeName(metadataName).replace(/-/g, '_')
    if (
      normalizeName(filename.name) === normalizeName(metadataName) &&
      filename.name !== expected
    ) {
      problems.push({
        code: 'filename-not-normalized',
        message:
          `PyPI: "Filename '${filename.filename}' should contain the normalized project name ` +
          `'${expected}', not '${filename.name}'."`,
        hint:
          `Wheel filenames spell the name lower case with underscores ('${expected}'); rebuild ` +
          'with a current build tool (or normalize: true, which renames everything together).'
      })
    }
  }

  // The dist-info files are looked up where the filename's own name and version point.
  const names = new Set(input.entryNames)
  const [rawName, rawVersion] = filename.filename.split('-')
  const distInfo = `${rawName}-${rawVersion}.dist-info`
  if (!names.has(`${distInfo}/WHEEL`)) {
    problems.push({
      code: 'dist-info-location',
      message: invalidDistribution(`WHEEL not found at ${distInfo}/WHEEL`),
      hint:
        "PyPI reads the dist-info directory named exactly as the filename's name and version " +
        'begin; rebuild rather than rename the wheel (or normalize: true).'
    })
  } else {
    for (const [file, words] of [
      ['RECORD', 'RECORD file'],
      ['METADATA', 'METADATA file']
    ] as const) {
      if (names.has(`${distInfo}/${file}`)) continue
      problems.push({
        code: 'dist-info-location',
        message:
          `PyPI: "Wheel '${filename.filename}' does not contain the required ${words}: ` +
          `${distInfo}/${file}"`,
        hint: REBUILD
      })
    }
  }

  // Before Metadata-Version 2.4 the field itself is refused (rules.ts field-too-new).
  const licenseFiles = versionAtLeast(metadata.metadataVersion, 2, 4)
    ? getAllFields(metadata, 'License-File')
    : []
  for (const license of licenseFiles) {
    const path = `${distInfo}/licenses/${license.trim()}`
    if (names.has(path)) continue
    problems.push({
      code: 'license-file-missing',
      message: `PyPI: "License-File ${license.trim()} does not exist in distribution file ${filename.filename} at ${path}"`,
      hint:
        'METADATA names a license file the wheel does not carry under .dist-info/licenses/; ' +
        'upgrade the build backend (setuptools >= 77 places them there) or drop the License-File line.'
    })
  }

  if (input.entryPoints) {
    const why = parseEntryPoints(input.entryPoints)
    if (why !== null) {
      problems.push({
        code: 'entry-points',
        message:
          `PyPI: "Wheel '${filename.filename}' has invalid entry points defined in the ` +
          `entry_points.txt file" (${why})`,
        hint:
          'Console and GUI script names may hold only letters, digits, _ . and -, and the file ' +
          'must be an INI file with `name = value` lines; fix the project.scripts table and rebuild.'
      })
    }
  }
  return problems
}
