/**
 * Entries that would be written outside the install target: `..` segments, absolute paths,
 * drive letters, backslashes (pip joins names with os.path, so on Windows `a\..\..\x` climbs out)
 * and symbolic links (an installer that honours the mode writes through them). pip refuses the
 * first kinds ("The wheel ... has a file ... trying to install outside the target directory");
 * no wheel builder makes any of them. Pure: the names and modes come from the central directory.
 */
import type { Problem } from './types.js'

/** What the rule needs of an entry: its name and its Unix mode (0 when not made on Unix). */
export interface EntryShape {
  readonly name: string
  readonly mode: number
}

const S_IFMT = 0o170000
const S_IFLNK = 0o120000

/** Why writing `name` would leave the install directory, or null when it would not. */
export function unsafePathReason(name: string): string | null {
  if (name.startsWith('/')) return 'an absolute path'
  if (/^[A-Za-z]:/.test(name)) return 'a drive letter'
  if (name.includes('\\')) return 'a backslash, which Windows installers take as a separator'
  if (name.split('/').includes('..')) return "a '..' segment"
  return null
}

/** One problem per entry that is a symbolic link or whose path leaves the install directory. */
export function unsafeEntries(entries: readonly EntryShape[]): Problem[] {
  const problems: Problem[] = []
  for (const entry of entries) {
    const reason = unsafePathReason(entry.name)
    if (reason) {
      problems.push({
        code: 'unsafe-entry-path',
        message:
          `The archive entry '${entry.name}' has ${reason}, so installing it would write ` +
          'outside the install directory; pip refuses it ("trying to install outside the ' +
          'target directory").',
        hint:
          'A wheel holds only relative paths below its root. Rebuild it with a standard build ' +
          'tool; if nobody on your side put that entry there, treat the wheel as tampered with.'
      })
    } else if ((entry.mode & S_IFMT) === S_IFLNK) {
      problems.push({
        code: 'symlink-entry',
        message:
          `The archive entry '${entry.name}' is a symbolic link; a wheel holds regular files ` +
          'only, and a link can make an installer write outside the install directory.',
        hint:
          'Package the file the link points to instead of the link (build tools copy it when ' +
          'the link is resolved in the source tree), and rebuild.'
      })
    }
  }
  return problems
}
