/**
 * The contract of version detection: what the caller gives (options and ports), what each
 * source answers, and what detection returns. Types only, so that the sources, the agreement
 * rule and the real adapters outside src/version/ can all depend on it.
 */

/** The sources, most authoritative first. */
export type VersionSourceName = 'input' | 'wheel' | 'git' | 'installed'

/** The gates that detect a version; named in the errors detection throws. */
export type DetectingGate = 'plan' | 'build' | 'check'

/** What one source reported: a version (as the source wrote it) or why it has none. */
export type SourceOutcome =
  | {
      readonly found: true
      /** The version text as found; validated and normalised by the agreement step. */
      readonly version: string
      /** How to show the value, when it is more than the version (`0.6.3 + 5 commits (g1a2b3c4)`). */
      readonly display?: string
      readonly detail: string
      /** git only: commits between the tag and HEAD. */
      readonly commitsPastTag?: number
    }
  | { readonly found: false; readonly reason: string }

/** What detection needs to know; built by the caller from Settings. */
export interface DetectOptions {
  /** The `version` input; '' when not given. */
  readonly input: string
  /** The wheel being checked, when there is one. */
  readonly wheel?: { readonly version: string; readonly filename: string }
  /** The vLLM checkout (`vllm-source`). */
  readonly sourceDir: string
  /** True when the user set `vllm-source`: then a missing or non-git directory is an error. */
  readonly sourceDirExplicit: boolean
  /** build's `version-suffix` (`.post1`): the wheel is the tag's version plus this. */
  readonly versionSuffix?: string
  /** Interpreter whose installed distribution is asked (`python`). */
  readonly python: string
  /** Distribution name to look up in that interpreter (`package-name`). */
  readonly distribution: string
  /** Gate named in errors; `check` by default. */
  readonly gate?: DetectingGate
}

/** What a finished git command left behind. */
export interface GitAnswer {
  readonly exitCode: number
  readonly stdout: string
  readonly stderr: string
}

/** What the installed-distribution probe found out. */
export type InstalledAnswer =
  | { readonly status: 'installed'; readonly version: string }
  | { readonly status: 'not-installed' }
  /** The interpreter could not be started at all. */
  | { readonly status: 'no-python' }
  /** The interpreter ran but gave no usable answer; `reason` is its last words. */
  | { readonly status: 'failed'; readonly reason: string }

/**
 * The side effects detection needs, passed in by the caller so that src/version/ stays pure;
 * the real ones are built outside it (src/gates/version-ports.ts).
 */
export interface DetectPorts {
  /** True when `path` is a directory. */
  readonly isDirectory: (path: string) => Promise<boolean>
  /** `git -C dir ...args`; null when git cannot be started. */
  readonly git: (dir: string, args: readonly string[]) => Promise<GitAnswer | null>
  /** The version of `distribution` installed for the interpreter `python`. */
  readonly installedVersion: (python: string, distribution: string) => Promise<InstalledAnswer>
}

/** One detection strategy; `detect` never throws for a merely absent source. */
export interface VersionSource {
  readonly name: VersionSourceName
  detect(options: DetectOptions, ports: DetectPorts): Promise<SourceOutcome>
}

/** One row of the result table, for the error message and the job summary. */
export interface SourceReport {
  readonly name: VersionSourceName
  /** What the source said, or null when it had nothing. */
  readonly value: string | null
  /** The normalised version, or null when unavailable or invalid. */
  readonly version: string | null
  /** Where the value came from, or why there is none, and what is wrong with it. */
  readonly detail: string
  readonly status: 'reference' | 'agrees' | 'differs' | 'invalid' | 'unavailable'
}

/** The agreed version and how each source voted. */
export interface DetectedVersion {
  /** Normalised, from the most authoritative source that had one. */
  readonly version: string
  readonly source: VersionSourceName
  readonly sources: readonly SourceReport[]
}
