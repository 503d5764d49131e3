/**
 * Version detection: an ordered list of small sources (the version input, the wheel filename,
 * `git describe` in the vLLM checkout, the installed distribution), each either finding a
 * version or saying why it has none, and the rule that every source that found one agrees.
 *
 * The agreement rule, strictest reasonable reading of "the same version":
 * - public versions must be equal as normalised strings: `0.6.3.0` is not `0.6.3` (equal under
 *   PEP 440, but files and tags named after one do not match the other);
 * - local labels (`+cpu`) must be the same in every source that can carry one (the input, the
 *   wheel, the installed distribution); git tags name public versions, so git is not asked;
 * - a checkout past its tag (`v0.6.3-5-gabc1234`) is a disagreement: those commits are not
 *   0.6.3. Only an explicit version input equal to the tag's version accepts it, as the user's
 *   statement that this commit is meant to be released under that version.
 */
import { stat } from 'node:fs/promises'
import type { Gate } from '../gates/names.js'
import { GateError } from '../util/errors.js'
import { ProcessStartError, type ProcessRunner } from '../util/process.js'
import {
  compareVersions,
  localLabel,
  normalizeVersion,
  parseVersion,
  publicVersion
} from './pep440.js'

/** The sources, most authoritative first. */
export type VersionSourceName = 'input' | 'wheel' | 'git' | 'installed'

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
  readonly gate?: Gate
  /** The git executable; `git` by default. */
  readonly git?: string
}

/** The side effects detection needs: running programs and looking at a directory. */
export interface DetectPorts {
  readonly run: ProcessRunner
  readonly isDirectory: (path: string) => Promise<boolean>
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

const unavailable = (reason: string): SourceOutcome => ({ found: false, reason })

/** The explicit `version` input. */
export const inputSource: VersionSource = {
  name: 'input',
  async detect(options) {
    const text = options.input.trim()
    if (text === '') return unavailable('the version input is not set')
    return { found: true, version: text, detail: 'the version input' }
  }
}

/** The version in the wheel's filename, as the caller parsed it. */
export const wheelSource: VersionSource = {
  name: 'wheel',
  async detect(options) {
    if (!options.wheel) return unavailable('no wheel given')
    return { found: true, version: options.wheel.version, detail: options.wheel.filename }
  }
}

const firstLine = (text: string): string => text.trim().split('\n')[0] ?? ''

// git's messages in English whatever the runner's locale, and the directory it is given
// rather than one an inherited GIT_DIR points at.
const GIT_ENV = { LC_ALL: 'C', GIT_DIR: undefined, GIT_WORK_TREE: undefined }

/** `git describe --tags` in the vLLM checkout; `v0.6.3` means 0.6.3. */
export const gitSource: VersionSource = {
  name: 'git',
  async detect(options, ports) {
    const dir = options.sourceDir
    const gate = options.gate ?? 'check'
    const git = options.git ?? 'git'
    const hint =
      'Point vllm-source at a vLLM git checkout with its tags (actions/checkout with ' +
      'repository: vllm-project/vllm and fetch-depth: 0), or leave vllm-source unset.'
    const problem = (message: string): SourceOutcome => {
      if (options.sourceDirExplicit) throw new GateError(gate, message, hint)
      return unavailable(`${message} (the default vllm-source, so git is not asked)`)
    }
    if (!(await ports.isDirectory(dir))) return problem(`vllm-source '${dir}' does not exist`)

    const runGit = async (args: string[]) => {
      try {
        return await ports.run(git, ['-C', dir, ...args], { env: GIT_ENV })
      } catch (error) {
        if (error instanceof ProcessStartError) return null
        throw error
      }
    }
    const top = await runGit(['rev-parse', '--show-prefix'])
    if (top === null) return problem(`git could not be started to read vllm-source '${dir}'`)
    if (top.exitCode !== 0) {
      return problem(`vllm-source '${dir}' is not a git repository: ${firstLine(top.stderr)}`)
    }
    // A plain directory inside another checkout would describe that checkout's tags.
    const prefix = top.stdout.trim()
    if (prefix !== '') {
      return problem(
        `vllm-source '${dir}' is not a git repository: it is the subdirectory '${prefix}' ` +
          'of another checkout'
      )
    }

    const described = await runGit([
      'describe',
      '--tags',
      '--long',
      '--match',
      'v[0-9]*',
      '--match',
      '[0-9]*'
    ])
    if (described === null || described.exitCode !== 0) {
      return unavailable(
        `no version tag reachable from HEAD in '${dir}' (${firstLine(described?.stderr ?? '')}); ` +
          'a shallow clone has none: fetch with fetch-depth: 0'
      )
    }
    const text = described.stdout.trim()
    const match = /^(?<tag>.+)-(?<count>[0-9]+)-g(?<hash>[0-9a-f]+)$/.exec(text)
    if (!match?.groups?.tag || match.groups.count === undefined) {
      return unavailable(`could not read git describe output '${text}' in '${dir}'`)
    }
    const { tag, count, hash } = match.groups
    const commits = Number(count)
    const suffix = options.versionSuffix ?? ''
    const version = tag + suffix
    const shown = parseVersion(version) ? normalizeVersion(version) : version
    return {
      found: true,
      version,
      display:
        commits === 0
          ? shown
          : `${shown} + ${commits} commit${commits === 1 ? '' : 's'} (g${hash ?? ''})`,
      detail: `git describe in '${dir}': ${text}${suffix ? `, with version-suffix ${suffix}` : ''}`,
      commitsPastTag: commits
    }
  }
}

// The distribution name arrives as argv, never inside the code; the current directory is
// dropped from sys.path so that a checkout there cannot stand in for the installed copy.
const INSTALLED_SCRIPT = `
import json, sys
sys.path[:] = [p for p in sys.path if p]
from importlib import metadata
try:
    found = {"version": metadata.version(sys.argv[1])}
except metadata.PackageNotFoundError:
    found = {"missing": True}
print(json.dumps(found))
`

const lastLine = (text: string): string => text.trim().split('\n').pop()?.trim() ?? ''

function readAnswer(stdout: string): { readonly version?: unknown } | null {
  try {
    const answer: unknown = JSON.parse(lastLine(stdout))
    return typeof answer === 'object' && answer !== null ? answer : null
  } catch {
    return null
  }
}

/** `importlib.metadata.version(<distribution>)` in the configured Python. */
export const installedSource: VersionSource = {
  name: 'installed',
  async detect(options, ports) {
    const { python, distribution } = options
    let result
    try {
      result = await ports.run(python, ['-c', INSTALLED_SCRIPT, distribution])
    } catch (error) {
      if (error instanceof ProcessStartError) {
        return unavailable(`python '${python}' could not be started`)
      }
      throw error
    }
    const answer = result.exitCode === 0 ? readAnswer(result.stdout) : null
    if (answer === null) {
      const why = lastLine(result.stderr) || `exit code ${result.exitCode}`
      return unavailable(`python '${python}' could not report installed versions: ${why}`)
    }
    if (typeof answer.version !== 'string') {
      return unavailable(`'${distribution}' is not installed in python '${python}'`)
    }
    return {
      found: true,
      version: answer.version,
      detail: `'${distribution}' installed in python '${python}'`
    }
  }
}

/** The sources in order of authority: what the user said, then what was built, then where from. */
export const VERSION_SOURCES: readonly VersionSource[] = [
  inputSource,
  wheelSource,
  gitSource,
  installedSource
]

/** The directory port for real runs, through node:fs; processes come from the caller. */
export const defaultDetectPorts: Pick<DetectPorts, 'isDirectory'> = {
  isDirectory: path =>
    stat(path).then(
      info => info.isDirectory(),
      () => false
    )
}

interface Row {
  readonly name: VersionSourceName
  readonly outcome: SourceOutcome
  readonly version: string | null
}

const LABEL_SOURCES: ReadonlySet<VersionSourceName> = new Set(['input', 'wheel', 'installed'])

function describeLocal(label: string | null): string {
  return label === null ? 'no local label' : `local label '+${label}'`
}

type FoundRow = Row & { readonly version: string }

// Compares each found source with the reference (the first found) and says what differs.
function judge(rows: readonly Row[]): SourceReport[] {
  const found = rows.filter((row): row is FoundRow => row.outcome.found && row.version !== null)
  const reference = found[0]
  const labelReference = found.find(row => LABEL_SOURCES.has(row.name))
  const input = found.find(row => row.name === 'input')
  return rows.map((row): SourceReport => {
    const { name, outcome } = row
    if (!outcome.found) {
      return { name, value: null, version: null, detail: outcome.reason, status: 'unavailable' }
    }
    const value = outcome.display ?? outcome.version
    if (row.version === null || reference === undefined) {
      return {
        name,
        value,
        version: null,
        detail: `${outcome.detail}: '${outcome.version}' is not a valid PEP 440 version`,
        status: 'invalid'
      }
    }
    const problems: string[] = []
    const notes: string[] = []
    const mine = publicVersion(row.version)
    const theirs = publicVersion(reference.version)
    if (mine !== theirs) {
      problems.push(
        compareVersions(mine, theirs) === 0
          ? `${mine} is spelled differently from ${theirs} (${reference.name}): equal under ` +
              'PEP 440, but file names and tags built from them differ'
          : `public version ${mine} differs from ${theirs} (${reference.name})`
      )
    }
    if (LABEL_SOURCES.has(name) && labelReference && row !== labelReference) {
      const label = localLabel(row.version)
      const expected = localLabel(labelReference.version)
      if (label !== expected) {
        problems.push(
          `${describeLocal(label)}, ${labelReference.name} has ${describeLocal(expected)}`
        )
      }
    }
    const commits = outcome.commitsPastTag ?? 0
    if (commits > 0) {
      if (input !== undefined && publicVersion(input.version) === mine) {
        notes.push(
          `${commits} commit(s) past the tag, accepted because the version input says ${mine}`
        )
      } else {
        problems.push(`HEAD is ${commits} commit(s) past the tag, so it is not ${mine}`)
      }
    }
    return {
      name,
      value,
      version: row.version,
      detail: [outcome.detail, ...notes, ...problems].join('; '),
      status: problems.length > 0 ? 'differs' : row === reference ? 'reference' : 'agrees'
    }
  })
}

/** The sources as an aligned plain-text table (source, value, status, detail). */
export function renderSourceTable(sources: readonly SourceReport[]): string {
  const rows = [
    ['source', 'value', 'status', 'detail'],
    ...sources.map(s => [
      s.name,
      s.value ?? '-',
      s.status === 'differs' ? 'DIFFERS' : s.status,
      s.detail
    ])
  ]
  const widths = [0, 1, 2].map(col => Math.max(...rows.map(row => (row[col] ?? '').length)))
  return rows
    .map(row => row.map((cell, col) => (col < 3 ? cell.padEnd(widths[col] ?? 0) : cell)).join('  '))
    .join('\n')
    .replace(/ +$/gm, '')
}

/**
 * Asks every source in order and requires the ones that found a version to agree; returns
 * the normalised version of the most authoritative one. Throws a GateError (with the table)
 * on invalid versions, on disagreement, and when no source found any version.
 */
export async function detectVersion(
  options: DetectOptions,
  ports: DetectPorts,
  sources: readonly VersionSource[] = VERSION_SOURCES
): Promise<DetectedVersion> {
  const gate = options.gate ?? 'check'
  const rows: Row[] = []
  for (const source of sources) {
    const outcome = await source.detect(options, ports)
    const version =
      outcome.found && parseVersion(outcome.version) ? normalizeVersion(outcome.version) : null
    rows.push({ name: source.name, outcome, version })
  }
  const reports = judge(rows)
  const table = renderSourceTable(reports)
  const invalid = reports.filter(report => report.status === 'invalid')
  if (invalid.length > 0) {
    throw new GateError(
      gate,
      `Not a PEP 440 version: ${invalid.map(r => `${r.name} '${r.value}'`).join(', ')}\n${table}`,
      'Versions look like 0.6.3, 0.6.3.post1 or 0.7.0rc1 (PEP 440); fix the version input, ' +
        'the wheel filename or the tag.'
    )
  }
  const reference = reports.find(report => report.version !== null)
  if (!reference?.version) {
    throw new GateError(
      gate,
      `No version found: no source had one\n${table}`,
      'Set the version input, or point vllm-source at a vLLM git checkout with its tags.'
    )
  }
  const differing = reports.filter(report => report.status === 'differs')
  if (differing.length > 0) {
    throw new GateError(
      gate,
      `Version sources disagree (${differing.map(r => r.name).join(', ')} against ${reference.name}):\n${table}`,
      'Every source must name the same version. Build the wheel from the tagged commit, set the ' +
        'version input to the version you mean to publish (it also confirms a commit past the ' +
        'tag), or use version-suffix / normalize to change the wheel. PyPI rejects local labels ' +
        "such as '+cpu'."
    )
  }
  return { version: reference.version, source: reference.name, sources: reports }
}
