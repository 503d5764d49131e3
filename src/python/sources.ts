/**
 * Where an install may take packages from: simple indexes (http(s) or a file:// PEP 503
 * directory) and flat directories of distribution files (find-links), and the pip/uv options
 * that name exactly those sources and no others.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { GateError } from '../util/errors.js'

/** One place an installer may read packages from. */
export type PackageSource =
  | {
      /** A PEP 503/691 simple index root; `url` ends in `/`. */
      readonly kind: 'index'
      readonly url: string
    }
  | {
      /** A local directory that holds the distribution files themselves. */
      readonly kind: 'find-links'
      readonly url: string
      readonly path: string
    }

const DISTRIBUTION = /\.(whl|tar\.gz|zip)$/i

function withSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`
}

function invalid(input: string, value: string, why: string): GateError {
  return new GateError(
    'verify',
    `Invalid ${input} entry '${value}': ${why}.`,
    'Give http(s) simple index URLs (https://pypi.org/simple/), file:// URLs of a PEP 503 directory, or file:// URLs of a directory of wheels.'
  )
}

/**
 * Classifies one source. A file:// directory that holds wheels or sdists directly is a
 * find-links directory; any other file:// directory is read as a PEP 503 index, and so is one
 * that does not exist yet (`missing: 'empty'`): a test index nothing was published to is an
 * empty index, which a dry run of the first run must be able to read.
 */
export async function classifySource(
  value: string,
  input = 'index',
  missing: 'empty' | 'error' = 'empty'
): Promise<PackageSource> {
  const text = value.trim()
  const asUrl = path.isAbsolute(text) ? pathToFileURL(text).href : text
  let url: URL
  try {
    url = new URL(asUrl)
  } catch {
    throw invalid(input, value, 'not a URL')
  }
  if (url.protocol === 'http:' || url.protocol === 'https:') {
    return { kind: 'index', url: withSlash(url.href) }
  }
  if (url.protocol !== 'file:') throw invalid(input, value, `unsupported scheme '${url.protocol}'`)
  const dir = path.resolve(fileURLToPath(url))
  let names: string[]
  try {
    names = await fs.readdir(dir)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && missing === 'empty') names = []
    else throw invalid(input, value, `cannot read directory ${dir} (${(error as Error).message})`)
  }
  if (names.some(name => DISTRIBUTION.test(name))) {
    return { kind: 'find-links', url: pathToFileURL(dir).href, path: dir }
  }
  return { kind: 'index', url: withSlash(pathToFileURL(dir).href) }
}

/** Classifies every dependency source, in order; a directory that does not exist is an error. */
export async function classifySources(
  values: readonly string[],
  input = 'dependency-index-urls'
): Promise<PackageSource[]> {
  const sources: PackageSource[] = []
  for (const value of values) sources.push(await classifySource(value, input, 'error'))
  return sources
}

/**
 * The pip/uv options that restrict an install to exactly `sources`: the first index replaces
 * the default one (PyPI), the others are extra indexes, and with no index at all `--no-index`
 * keeps the installer from falling back to PyPI.
 */
export function sourceArgs(sources: readonly PackageSource[]): string[] {
  const args: string[] = []
  const indexes = sources.filter(source => source.kind === 'index')
  if (indexes.length === 0) args.push('--no-index')
  indexes.forEach((source, i) =>
    args.push(i === 0 ? '--index-url' : '--extra-index-url', source.url)
  )
  for (const source of sources) {
    if (source.kind === 'find-links') args.push('--find-links', source.path)
  }
  return args
}

/** A source as a short text for logs and messages. */
export function describeSource(source: PackageSource): string {
  return source.kind === 'index' ? source.url : `${source.path} (find-links)`
}
