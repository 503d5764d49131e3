/**
 * The agreement rule: given what every source said, which version wins and whether the others
 * agree with it, and the plain-text table that shows the vote. Pure; detect.ts asks the sources
 * and turns a failed verdict into the gate's error.
 *
 * The rule, strictest reasonable reading of "the same version":
 * - public versions must be equal as normalised strings: `0.6.3.0` is not `0.6.3` (equal under
 *   PEP 440, but files and tags named after one do not match the other);
 * - local labels (`+cpu`) must be the same in every source that can carry one (the input, the
 *   wheel, the installed distribution); git tags name public versions, so git is not asked;
 * - a checkout past its tag (`v0.6.3-5-gabc1234`) is a disagreement: those commits are not
 *   0.6.3. Only an explicit version input equal to the tag's version accepts it, as the user's
 *   statement that this commit is meant to be released under that version.
 */
import { compareVersions, localLabel, normalizeVersion, publicVersion } from './pep440.js'
import type { DetectedVersion, SourceOutcome, SourceReport, VersionSourceName } from './types.js'

/** What one source said, in the order the sources were asked. */
export interface SourceVote {
  readonly name: VersionSourceName
  readonly outcome: SourceOutcome
}

/** The outcome of the vote: the agreed version, or what is wrong and what to do. */
export type Verdict =
  | ({ readonly agreed: true } & DetectedVersion)
  | {
      readonly agreed: false
      /** What was found, with the table of every source. */
      readonly message: string
      /** What to do next. */
      readonly hint: string
      readonly sources: readonly SourceReport[]
    }

interface Row extends SourceVote {
  /** The normalised version, or null when the source had none or an invalid one. */
  readonly version: string | null
}

type FoundRow = Row & { readonly version: string }

const LABEL_SOURCES: ReadonlySet<VersionSourceName> = new Set(['input', 'wheel', 'installed'])

function describeLocal(label: string | null): string {
  return label === null ? 'no local label' : `local label '+${label}'`
}

/** Compares each found source with the reference (the first valid one) and says what differs. */
export function judge(votes: readonly SourceVote[]): SourceReport[] {
  const rows: Row[] = votes.map(vote => ({
    ...vote,
    version: vote.outcome.found ? normalizeVersion(vote.outcome.version) : null
  }))
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
 * Judges the votes: the normalised version of the most authoritative valid source when every
 * source that found a version agrees with it; otherwise why not (an invalid version, no version
 * at all, or a disagreement), with the table.
 */
export function agree(votes: readonly SourceVote[]): Verdict {
  const sources = judge(votes)
  const table = renderSourceTable(sources)
  const invalid = sources.filter(report => report.status === 'invalid')
  if (invalid.length > 0) {
    return {
      agreed: false,
      sources,
      message: `Not a PEP 440 version: ${invalid.map(r => `${r.name} '${r.value}'`).join(', ')}\n${table}`,
      hint:
        'Versions look like 0.6.3, 0.6.3.post1 or 0.7.0rc1 (PEP 440); fix the version input, ' +
        'the wheel filename or the tag.'
    }
  }
  const reference = sources.find(report => report.version !== null)
  if (!reference?.version) {
    return {
      agreed: false,
      sources,
      message: `No version found: no source had one\n${table}`,
      hint: 'Set the version input, or point vllm-source at a vLLM git checkout with its tags.'
    }
  }
  const differing = sources.filter(report => report.status === 'differs')
  if (differing.length > 0) {
    return {
      agreed: false,
      sources,
      message: `Version sources disagree (${differing.map(r => r.name).join(', ')} against ${reference.name}):\n${table}`,
      hint:
        'Every source must name the same version. Build the wheel from the tagged commit, set ' +
        'the version input to the version you mean to publish (it also confirms a commit past ' +
        'the tag), or use version-suffix / normalize to change the wheel. PyPI rejects local ' +
        "labels such as '+cpu'."
    }
  }
  return { agreed: true, version: reference.version, source: reference.name, sources }
}
