/**
 * The wheel model shared by every gate: what a wheel's filename, METADATA and WHEEL say,
 * and what an inspection of the whole archive found.
 */
import type { ElfObject } from './elf.js'

/** A wheel filename's optional build tag: a number and an optional suffix (`1`, `2b`). */
export interface BuildTag {
  readonly number: number
  readonly suffix: string
}

/** A parsed wheel filename (wheel spec: `{name}-{ver}(-{build})?-{py}-{abi}-{plat}.whl`). */
export interface WheelFilename {
  /** The filename itself, without directories. */
  readonly filename: string
  /** The distribution name as written in the filename. */
  readonly name: string
  /** The PEP 503 normalised name (lower case, runs of `-_.` become `-`). */
  readonly normalizedName: string
  /** The version as written in the filename. */
  readonly version: string
  readonly buildTag: BuildTag | null
  /** Compressed tag sets split on `.`, in the order written. */
  readonly pythonTags: readonly string[]
  readonly abiTags: readonly string[]
  readonly platformTags: readonly string[]
  /** Every `python-abi-platform` triple the compressed sets expand to, sorted, unique. */
  readonly tags: readonly string[]
}

/** Core metadata (METADATA / PKG-INFO) parsed as the core metadata spec says. */
export interface CoreMetadata {
  readonly metadataVersion: string
  /** Every header in file order; multiple-use fields keep every value. */
  readonly headers: readonly { readonly name: string; readonly value: string }[]
  /** The message body, used as the long description when `Description` is absent. */
  readonly body: string
}

/** The `.dist-info/WHEEL` file. */
export interface WheelInfo {
  readonly wheelVersion: string
  readonly rootIsPurelib: boolean | null
  readonly tags: readonly string[]
  readonly build: string | null
}

/** One thing wrong with a wheel: a stable code, what was found, and what to change. */
export interface Problem {
  readonly code: string
  readonly message: string
  readonly hint: string
}

/** Everything `check` learned about one wheel file, read in a single streaming pass. */
export interface WheelInspection {
  readonly path: string
  readonly filename: WheelFilename
  /** Size of the file in bytes. */
  readonly size: number
  /** sha256 of the whole file, lower-case hex (also the upload form's sha256_digest). */
  readonly sha256: string
  /** The file's modification time when it was read: a later upload checks it is unchanged. */
  readonly modifiedMs?: number
  /** The `{name}-{version}.dist-info` directory inside the archive. */
  readonly distInfoDir: string
  readonly metadata: CoreMetadata
  /** The METADATA file's bytes as they are in the archive (PEP 658 serves them as they are). */
  readonly metadataBytes: Buffer
  readonly wheel: WheelInfo
  /** The ELF objects in the wheel (machine, symbol versions needed); absent in hand-made doubles. */
  readonly binaries?: readonly ElfObject[]
  /** Rule violations found; empty means PyPI would accept the wheel. */
  readonly problems: readonly Problem[]
}

/** Raised when a file cannot be read as a wheel at all (not a zip, truncated, no dist-info). */
export class InvalidWheelError extends Error {
  readonly hint: string
  constructor(message: string, hint = '') {
    super(message)
    this.name = 'InvalidWheelError'
    this.hint = hint
  }
}
