/**
 * `entry_points.txt` read as PyPI reads it on upload (warehouse/utils/wheel.py
 * `_validate_entrypoints`): UTF-8, an INI file as Python's configparser parses it with `=` as
 * the only delimiter and case-sensitive keys (strict: no duplicate sections or options), and
 * every console_scripts / gui_scripts name matching the entry points spec's `[\w.-]+`. Pure.
 */

const utf8 = new TextDecoder('utf-8', { fatal: true })
const SECTION_RE = /^\[(.+)\]/
// configparser's OPTCRE with delimiters ('=',): the option is everything before the first '='.
const OPTION_RE = /^(.*?)\s*=\s*(.*)$/s
// Python's str \w is every alphanumeric character and '_'.
const NAME_RE = /^[\p{L}\p{N}_.-]+$/u
const SCRIPT_SECTIONS = ['console_scripts', 'gui_scripts']

/** Why PyPI would refuse this entry_points.txt, or null when it is valid. */
export function parseEntryPoints(bytes: Uint8Array): string | null {
  let text: string
  try {
    text = utf8.decode(bytes)
  } catch {
    return 'entry_points.txt is not decodable as UTF-8'
  }
  const sections = new Map<string, string[]>()
  const defaults: string[] = []
  let current: string[] | null = null
  let sectionName = ''
  let option: string | null = null
  let indent = Number.MAX_SAFE_INTEGER
  const lines = text.split(/\r\n|\r|\n/)
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n] as string
    const stripped = line.trim()
    const comment = stripped.startsWith('#') || stripped.startsWith(';')
    // Blank lines belong to the value above (empty_lines_in_values); comments to nothing.
    if (stripped === '' || comment) continue
    const lineIndent = line.length - line.trimStart().length
    if (current && option && lineIndent > indent) continue
    indent = lineIndent
    const header = SECTION_RE.exec(stripped)
    if (header) {
      sectionName = header[1] as string
      if (sectionName === 'DEFAULT') {
        current = defaults
      } else if (sections.has(sectionName)) {
        return `entry_points.txt is not a valid INI file: section '${sectionName}' appears twice (line ${n + 1})`
      } else {
        current = []
        sections.set(sectionName, current)
      }
      option = null
      continue
    }
    if (!current) {
      return `entry_points.txt is not a valid INI file: line ${n + 1} comes before any [section] header`
    }
    const match = OPTION_RE.exec(stripped)
    const name = match ? (match[1] as string).trimEnd() : ''
    if (!match || !name) {
      return `entry_points.txt is not a valid INI file: line ${n + 1} is no 'name = value' line: ${JSON.stringify(line)}`
    }
    if (current.includes(name)) {
      return `entry_points.txt is not a valid INI file: option '${name}' in section '${sectionName}' appears twice`
    }
    current.push(name)
    option = name
  }
  for (const section of SCRIPT_SECTIONS) {
    const names = sections.get(section)
    if (!names) continue
    for (const name of [...names, ...defaults]) {
      if (!NAME_RE.test(name)) return `Invalid entry point name '${name}' in '${section}'`
    }
  }
  return null
}
