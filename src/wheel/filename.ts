/**
 * Wheel filenames (binary distribution format spec):
 * `{distribution}-{version}(-{build tag})?-{python tag}-{abi tag}-{platform tag}.whl`.
 * Parsed strictly enough that every later comparison (METADATA, WHEEL, dist-info) can rely on it.
 */
import path from 'node:path'
import { InvalidWheelError, type BuildTag, type WheelFilename } from './types.js'
import { normalizeName, parseVersion } from './names.js'

export { normalizeName } from './names.js'

// An escaped distribution name: ASCII letters and digits, with `.` or `_` only inside.
// packaging also accepts non-ASCII word characters and a leading or trailing `_`/`.`; those
// are not valid project names (core metadata `Name`), so PyPI would refuse them anyway.
const NAME_RE = /^[A-Za-z0-9](?:[A-Za-z0-9._]*[A-Za-z0-9])?$/
const BUILD_RE = /^([0-9]+)(.*)$/s
const INTERPRETER_RE = /^[A-Za-z_][A-Za-z0-9_]*$/

const HINT =
  'A wheel filename is {name}-{version}(-{build})?-{python tag}-{abi tag}-{platform tag}.whl; ' +
  'rebuild the wheel or restore the name its build tool gave it.'

function invalid(message: string): never {
  throw new InvalidWheelError(message, HINT)
}

function splitTagSet(tagSet: string, whole: string, filename: string): string[] {
  const parts = tagSet.split('.')
  if (parts.some(part => part === '')) {
    invalid(`Invalid wheel filename (invalid tag component): '${filename}' (tag '${whole}')`)
  }
  return parts
}

/** Expands compressed tag sets into every `python-abi-platform` triple, lower case, sorted, unique. */
export function expandTags(
  pythonTags: readonly string[],
  abiTags: readonly string[],
  platformTags: readonly string[]
): string[] {
  const out = new Set<string>()
  for (const py of pythonTags)
    for (const abi of abiTags)
      for (const plat of platformTags) out.add(`${py}-${abi}-${plat}`.toLowerCase())
  return [...out].sort()
}

/** Expands one `py2.py3-none-any` style tag into its triples (lower case, sorted). */
export function parseTag(tag: string): string[] {
  const components = tag.split('-')
  if (components.length !== 3) {
    throw new InvalidWheelError(
      `Invalid tag '${tag}': a tag has exactly three parts, python-abi-platform`,
      HINT
    )
  }
  const [py, abi, plat] = components.map(c => c.split('.')) as [string[], string[], string[]]
  if ([...py, ...abi, ...plat].some(part => part === '')) {
    throw new InvalidWheelError(`Invalid tag '${tag}': a tag component is empty`, HINT)
  }
  return expandTags(py, abi, plat)
}

/** Parses a wheel filename (a path is reduced to its basename); throws InvalidWheelError. */
export function parseWheelFilename(filename: string): WheelFilename {
  const base = path.basename(filename)
  if (!base.endsWith('.whl')) {
    invalid(`Invalid wheel filename (extension must be '.whl'): '${base}'`)
  }
  const stem = base.slice(0, -'.whl'.length)
  const parts = stem.split('-')
  if (parts.length !== 5 && parts.length !== 6) {
    invalid(`Invalid wheel filename (wrong number of parts): '${stem}'`)
  }
  const name = parts[0] ?? ''
  if (name.includes('__') || !NAME_RE.test(name)) {
    invalid(`Invalid project name: '${stem}'`)
  }
  const version = parts[1] ?? ''
  if (parseVersion(version) === null) {
    invalid(`Invalid wheel filename (invalid version): '${stem}'`)
  }
  let buildTag: BuildTag | null = null
  if (parts.length === 6) {
    const build = parts[2] ?? ''
    const match = BUILD_RE.exec(build)
    if (!match) invalid(`Invalid build number: ${build} in '${stem}'`)
    buildTag = { number: Number(match[1]), suffix: match[2] ?? '' }
  }
  const [pyPart, abiPart, platPart] = parts.slice(-3) as [string, string, string]
  const whole = `${pyPart}-${abiPart}-${platPart}`
  const pythonTags = splitTagSet(pyPart, whole, stem)
  const abiTags = splitTagSet(abiPart, whole, stem)
  const platformTags = splitTagSet(platPart, whole, stem)
  for (const py of pythonTags) {
    if (!INTERPRETER_RE.test(py)) {
      invalid(`Invalid wheel filename (invalid tag component): '${stem}' (python tag '${py}')`)
    }
  }
  return {
    filename: base,
    name,
    normalizedName: normalizeName(name),
    version,
    buildTag,
    pythonTags,
    abiTags,
    platformTags,
    tags: expandTags(pythonTags, abiTags, platformTags)
  }
}
