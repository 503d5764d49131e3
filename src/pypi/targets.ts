/**
 * Publish targets: turns the `repository` and `index-url` inputs into where to upload,
 * where to read what already exists, and where trusted publishing lives.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { GateError } from '../util/errors.js'

/** One place wheels are published to. */
export type IndexTarget =
  | {
      readonly kind: 'pypi' | 'testpypi' | 'url'
      /** Short name for messages: `pypi`, `testpypi` or the upload URL. */
      readonly label: string
      /** The legacy upload API endpoint. */
      readonly uploadUrl: string
      /** Simple API root, ending in `/`. */
      readonly simpleUrl: string
      /** PyPI's JSON API root (`https://pypi.org/pypi/`), only on PyPI and TestPyPI. */
      readonly jsonApiUrl: string | null
      /** Origin that serves `/_/oidc/audience` and `/_/oidc/mint-token`. */
      readonly oidcOrigin: string
    }
  | {
      readonly kind: 'file'
      readonly label: string
      /** Root directory of the static index. */
      readonly directory: string
    }

const PYPI = {
  kind: 'pypi',
  label: 'pypi',
  uploadUrl: 'https://upload.pypi.org/legacy/',
  simpleUrl: 'https://pypi.org/simple/',
  jsonApiUrl: 'https://pypi.org/pypi/',
  oidcOrigin: 'https://pypi.org'
} as const

const TESTPYPI = {
  kind: 'testpypi',
  label: 'testpypi',
  uploadUrl: 'https://test.pypi.org/legacy/',
  simpleUrl: 'https://test.pypi.org/simple/',
  jsonApiUrl: 'https://test.pypi.org/pypi/',
  oidcOrigin: 'https://test.pypi.org'
} as const

function withSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`
}

function parseHttpUrl(input: string, value: string): URL {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new GateError(
      'publish',
      `Invalid ${input} '${value}'.`,
      'Expected pypi, testpypi, an http(s) upload URL, or file://DIR.'
    )
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new GateError(
      'publish',
      `Invalid ${input} '${value}': unsupported scheme '${url.protocol}'.`,
      'Expected pypi, testpypi, an http(s) upload URL, or file://DIR.'
    )
  }
  return url
}

/**
 * Where `repository` publishes to. For a custom upload URL the index to read is `indexUrl`,
 * or else guessed the way warehouse, devpi and pypiserver lay it out (`.../legacy/` becomes
 * `.../simple/`, otherwise `simple/` under the upload URL).
 */
export function resolveTarget(repository: string, indexUrl: string | null = null): IndexTarget {
  const value = repository.trim()
  if (value === 'pypi') return indexUrl ? { ...PYPI, simpleUrl: withSlash(indexUrl) } : PYPI
  if (value === 'testpypi') {
    return indexUrl ? { ...TESTPYPI, simpleUrl: withSlash(indexUrl) } : TESTPYPI
  }
  if (value.startsWith('file:')) {
    let directory: string
    try {
      directory = fileURLToPath(value)
    } catch (error) {
      throw new GateError(
        'publish',
        `Invalid repository '${value}': ${(error as Error).message}.`,
        'Write a local directory as file:///absolute/path.'
      )
    }
    return { kind: 'file', label: value, directory: path.resolve(directory) }
  }
  const upload = parseHttpUrl('repository', value)
  const uploadUrl = upload.href
  let simpleUrl: string
  if (indexUrl) {
    simpleUrl = withSlash(parseHttpUrl('index-url', indexUrl).href)
  } else {
    const base = withSlash(upload.origin + upload.pathname)
    simpleUrl = base.endsWith('/legacy/')
      ? `${base.slice(0, -'legacy/'.length)}simple/`
      : `${base}simple/`
  }
  return {
    kind: 'url',
    label: uploadUrl,
    uploadUrl,
    simpleUrl,
    jsonApiUrl: null,
    oidcOrigin: upload.origin
  }
}
