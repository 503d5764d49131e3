/**
 * Small file-system questions asked in several places: is this a directory, is this a file,
 * which files match a glob (tinyglobby: `*`, `?`, `[...]`, `**`, and it prints nothing, unlike
 * @actions/glob, whose debug lines would reach the command line's output).
 */
import { stat } from 'node:fs/promises'
import path from 'node:path'

/** True when `target` exists and is a directory (following symlinks). */
export async function isDirectory(target: string): Promise<boolean> {
  return stat(target).then(
    s => s.isDirectory(),
    () => false
  )
}

/** True when `target` exists and is a regular file (following symlinks). */
export async function isFile(target: string): Promise<boolean> {
  return stat(target).then(
    s => s.isFile(),
    () => false
  )
}

/**
 * Files matching `pattern` (absolute, or relative to `cwd`), as sorted absolute paths. Like
 * shells, wildcards skip names that start with a dot; a path naming an existing file is that
 * file, whatever characters it holds.
 */
export async function globFiles(pattern: string, cwd: string): Promise<string[]> {
  const absolute = path.resolve(cwd, pattern)
  if (await isFile(absolute)) return [absolute]
  // Loaded only for a real glob: a plain path, the common case, never pays for it.
  const { glob } = await import('tinyglobby')
  const found = await glob(pattern, { cwd, absolute: true, onlyFiles: true, dot: false })
  return found.map(file => path.resolve(file)).sort()
}
