/**
 * A small file glob (`*`, `?`, `[...]`, `**`) over the file system, for the `wheel` input.
 * Our own because @actions/glob writes runner debug commands to stdout, which the command
 * line must keep clean, and Node 20 has no fs.glob.
 */
import { readdir, stat } from 'node:fs/promises'
import path from 'node:path'

const MAGIC = /[*?[]/

/** Turns one path segment's glob into an anchored regular expression. */
export function segmentToRegExp(segment: string): RegExp {
  let source = ''
  for (let i = 0; i < segment.length; i++) {
    const char = segment[i]!
    if (char === '*') source += '[^/]*'
    else if (char === '?') source += '[^/]'
    else if (char === '[') {
      const close = segment.indexOf(']', i + 2)
      if (close === -1) {
        source += '\\['
        continue
      }
      let body = segment.slice(i + 1, close)
      if (body.startsWith('!')) body = '^' + body.slice(1)
      source += `[${body.replace(/\\/g, '\\\\')}]`
      i = close
    } else source += char.replace(/[.+^${}()|\\]/g, '\\$&')
  }
  return new RegExp(`^${source}$`)
}

async function isDirectory(target: string): Promise<boolean> {
  return stat(target).then(
    s => s.isDirectory(),
    () => false
  )
}

async function isFile(target: string): Promise<boolean> {
  return stat(target).then(
    s => s.isFile(),
    () => false
  )
}

async function expand(base: string, segments: readonly string[], out: Set<string>): Promise<void> {
  if (segments.length === 0) {
    if (await isFile(base)) out.add(base)
    return
  }
  const [segment, ...rest] = segments as [string, ...string[]]
  if (segment === '**') {
    await expand(base, rest, out)
    const children = await readdir(base, { withFileTypes: true }).catch(() => [])
    for (const child of children) {
      if (child.isDirectory()) await expand(path.join(base, child.name), segments, out)
    }
    return
  }
  if (!MAGIC.test(segment)) {
    const next = path.join(base, segment)
    if (rest.length === 0 || (await isDirectory(next))) await expand(next, rest, out)
    return
  }
  const matcher = segmentToRegExp(segment)
  const children = await readdir(base).catch(() => [])
  for (const child of children) {
    // Like shells, a wildcard does not match a leading dot unless the pattern has one.
    if (child.startsWith('.') && !segment.startsWith('.')) continue
    if (matcher.test(child)) await expand(path.join(base, child), rest, out)
  }
}

/** Files matching `pattern` (absolute, or relative to `cwd`), as sorted absolute paths. */
export async function globFiles(pattern: string, cwd: string): Promise<string[]> {
  const absolute = path.resolve(cwd, pattern)
  const root = path.parse(absolute).root
  const segments = absolute.slice(root.length).split(path.sep).filter(Boolean)
  const out = new Set<string>()
  await expand(root, segments, out)
  return [...out].sort()
}
