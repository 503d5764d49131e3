/**
 * Finding a program on a PATH the way execvp does, so verify can tell whether uv is there and
 * run a venv's own commands by absolute path.
 */
import { constants } from 'node:fs'
import fs from 'node:fs/promises'
import path from 'node:path'

/** Looks a program up: a name with a slash is taken as a path, else searched on `searchPath`. */
export type ExecutableFinder = (name: string, searchPath: string) => Promise<string | null>

async function isExecutableFile(file: string): Promise<boolean> {
  try {
    const stat = await fs.stat(file)
    if (!stat.isFile()) return false
    await fs.access(file, constants.X_OK)
    return true
  } catch {
    return false
  }
}

/** The absolute path of an executable `name` on `searchPath` (a PATH value), or null. */
export const findExecutable: ExecutableFinder = async (name, searchPath) => {
  if (name.includes('/')) return (await isExecutableFile(name)) ? path.resolve(name) : null
  for (const dir of searchPath.split(path.delimiter)) {
    if (dir === '') continue
    const candidate = path.join(dir, name)
    if (await isExecutableFile(candidate)) return path.resolve(candidate)
  }
  return null
}
