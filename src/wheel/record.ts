/**
 * The `.dist-info/RECORD` file: parsed as Python's csv module reads it, and checked against
 * what the archive really holds (every file listed, with its sha256 and size; nothing listed
 * that is not there; only RECORD itself and its signatures may go unlisted), and written anew
 * for a rewritten wheel.
 */
import { InvalidWheelError, type Problem } from './types.js'

/** One RECORD row: the archive path, `algo=digest` (may be empty) and size (may be empty). */
export interface RecordRow {
  readonly path: string
  readonly hash: string
  readonly size: string
  /** 1-based line of the row, for messages. */
  readonly line: number
}

/** What the archive pass measured for one file entry. */
export interface EntryDigest {
  readonly name: string
  /** sha256 of the uncompressed content, urlsafe base64 without padding (RECORD's form). */
  readonly sha256: string
  readonly size: number
}

/** Parses CSV like Python's csv.reader (excel dialect): quotes, doubled quotes, commas, CRLF. */
export function parseCsv(text: string): { fields: string[]; line: number }[] {
  const rows: { fields: string[]; line: number }[] = []
  let fields: string[] = []
  let field = ''
  let quoted = false
  let sawQuote = false
  let line = 1
  let rowLine = 1
  let i = 0
  const endRow = (): void => {
    fields.push(field)
    // csv.reader yields [] for a blank line; RECORD readers skip those
    if (!(fields.length === 1 && fields[0] === '' && !sawQuote)) {
      rows.push({ fields, line: rowLine })
    }
    fields = []
    field = ''
    sawQuote = false
  }
  while (i < text.length) {
    const ch = text[i] as string
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"'
          i += 2
          continue
        }
        quoted = false
      } else {
        if (ch === '\n') line++
        field += ch
      }
      i++
      continue
    }
    if (ch === '"' && field === '' && !sawQuote) {
      quoted = true
      sawQuote = true
    } else if (ch === ',') {
      fields.push(field)
      field = ''
      sawQuote = false
    } else if (ch === '\r' || ch === '\n') {
      endRow()
      if (ch === '\r' && text[i + 1] === '\n') i++
      line++
      rowLine = line
    } else {
      field += ch
    }
    i++
  }
  if (quoted) {
    throw new InvalidWheelError(
      `RECORD line ${rowLine}: a quoted field is never closed (unexpected end of data)`,
      'RECORD is corrupt; rebuild the wheel.'
    )
  }
  if (field !== '' || fields.length > 0 || sawQuote) endRow()
  return rows
}

/** Parses RECORD text into rows; throws InvalidWheelError on a row without three fields. */
export function parseRecord(text: string): RecordRow[] {
  return parseCsv(text).map(({ fields, line }) => {
    if (fields.length !== 3) {
      throw new InvalidWheelError(
        `RECORD line ${line} has ${fields.length} fields, expected 3 (path,hash,size)`,
        'RECORD is corrupt; rebuild the wheel.'
      )
    }
    const [path, hash, size] = fields as [string, string, string]
    return { path: path.replace(/\\/g, '/'), hash, size, line }
  })
}

const REBUILD =
  'The archive changed after RECORD was written (edited, re-zipped or renamed by hand). ' +
  'Rebuild the wheel, or rewrite it with `wheel unpack` + `wheel pack` (or normalize: true) ' +
  'so RECORD matches its content.'

/** Most problems of one kind listed one by one; the rest are counted in one more line. */
const LIST_LIMIT = 20

/** Checks RECORD rows against the archive's file entries; returns one Problem per finding. */
export function verifyRecord(
  rows: readonly RecordRow[],
  entries: readonly EntryDigest[],
  distInfoDir: string
): Problem[] {
  const recordPath = `${distInfoDir}/RECORD`
  const exempt = new Set([recordPath, `${recordPath}.jws`, `${recordPath}.p7s`])
  const found: Problem[] = []
  const counts = new Map<string, number>()
  const add = (code: string, message: string, hint = REBUILD): void => {
    const n = (counts.get(code) ?? 0) + 1
    counts.set(code, n)
    if (n <= LIST_LIMIT) found.push({ code, message, hint })
  }

  const listed = new Map<string, RecordRow>()
  for (const row of rows) {
    if (row.path.endsWith('/')) continue
    if (listed.has(row.path)) {
      add(
        'record-duplicate',
        `RECORD lists '${row.path}' twice (lines ${listed.get(row.path)?.line} and ${row.line})`
      )
      continue
    }
    listed.set(row.path, row)
  }

  const inArchive = new Set<string>()
  for (const entry of entries) {
    if (entry.name.endsWith('/')) continue
    inArchive.add(entry.name)
    const row = listed.get(entry.name)
    if (!row) {
      if (!exempt.has(entry.name)) {
        add('record-unlisted-file', `'${entry.name}' is in the archive but not listed in RECORD`)
      }
      continue
    }
    if (exempt.has(entry.name) && row.hash === '') continue
    if (row.hash === '') {
      add('record-missing-hash', `RECORD line ${row.line} gives no hash for '${entry.name}'`)
      continue
    }
    const eq = row.hash.indexOf('=')
    const algorithm = eq < 0 ? '' : row.hash.slice(0, eq).toLowerCase()
    const digest = eq < 0 ? '' : row.hash.slice(eq + 1).replace(/=+$/, '')
    if (algorithm !== 'sha256') {
      add(
        'record-unsupported-hash',
        `RECORD line ${row.line} hashes '${entry.name}' with '${algorithm || row.hash}', not sha256`,
        'Rebuild the wheel with a current build tool (they write sha256=...); md5 and sha1 are not allowed.'
      )
      continue
    }
    if (digest !== entry.sha256) {
      add(
        'record-hash-mismatch',
        `'${entry.name}' has sha256=${entry.sha256} but RECORD line ${row.line} says sha256=${digest}`
      )
    }
    if (row.size !== '' && row.size !== String(entry.size)) {
      add(
        'record-size-mismatch',
        `'${entry.name}' is ${entry.size} bytes but RECORD line ${row.line} says ${row.size}`
      )
    } else if (row.size === '' && !exempt.has(entry.name)) {
      add('record-missing-size', `RECORD line ${row.line} gives no size for '${entry.name}'`)
    }
  }
  for (const [path, row] of listed) {
    if (!inArchive.has(path) && !exempt.has(path)) {
      add(
        'record-file-missing',
        `RECORD line ${row.line} lists '${path}', which is not in the archive`
      )
    }
  }
  if (!listed.has(recordPath)) {
    add('record-self-missing', `RECORD does not list itself ('${recordPath}')`)
  }
  for (const [code, n] of counts) {
    if (n > LIST_LIMIT) {
      const first = found.find(p => p.code === code)
      found.push({
        code,
        message: `... and ${n - LIST_LIMIT} more like this (${n} in all)`,
        hint: first?.hint ?? REBUILD
      })
    }
  }
  return found
}

function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** RECORD's text: one row per entry in the order given, then RECORD's own row, unhashed. */
export function formatRecord(rows: readonly EntryDigest[], recordPath: string): string {
  const lines = rows.map(row => `${csvField(row.name)},sha256=${row.sha256},${row.size}`)
  lines.push(`${csvField(recordPath)},,`)
  return lines.join('\n') + '\n'
}
