/** The wheels a build or a cache restore left in a directory. */
import { readdir, stat } from 'node:fs/promises'
import path from 'node:path'

/** The `.whl` files in `dir` (sorted), modified at or after `since`; none when it is absent. */
export async function wheelsIn(dir: string, since = 0): Promise<string[]> {
  let names: string[]
  try {
    names = await readdir(dir)
  } catch {
    return []
  }
  const found: string[] = []
  for (const name of names.filter(n => n.endsWith('.whl')).sort()) {
    const full = path.join(dir, name)
    if ((await stat(full)).mtimeMs >= since) found.push(full)
  }
  return found
}
