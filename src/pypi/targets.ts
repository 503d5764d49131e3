/**
 * Publish targets: turns the `repository` and `index-url` inputs into where to upload,
 * where to read what already exists, and where trusted publishing lives. Credentials written
 * into the repository URL are taken out of it into `credentials`, and every label a message
 * shows has them replaced.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { SettingError } from '../util/errors.js'
import { hideUrlCredentials } from '../util/redact.js'
import type { Credentials } from './upload.js'

/** One place wheels are published to. */
export type IndexTarget =
  | {
      readonly kind: 'pypi' | 'testpypi' | 'url'
      /** Short name for messages: `pypi`, `testpypi` or the upload URL, credentials hidden. */
      readonly label: string
      /** The legacy upload API endpoint, without credentials. */
      readonly uploadUrl: string
      /** Credentials written into the repository URL (`https://user:password@host/`), if any. */
      readonly credentials?: Credentials | null
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
    throw new SettingError(
      'publish',
      `Invalid ${input} '${hideUrlCredentials(value)}'.`,
      'Expected pypi, testpypi, an http(s) upload URL, or file:///absolute/dir.'
    )
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new SettingError(
      'publish',
      `Invalid ${input} '${hideUrlCredentials(value)}': unsupported scheme '${url.protocol}'.`,
      'Expected pypi, testpypi, an http(s) upload URL, or file:///absolute/dir.'
    )
  }
  return url
}

/** The credentials written into `url`, decoded, or null. */
function credentialsOf(url: URL): Credentials | null {
  if (url.username === '' && url.password === '') return null
  return {
    username: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password)
  }
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
      throw new SettingError(
        'publish',
        `Invalid repository '${value}': ${(error as Error).message}.`,
        'Write a local directory as file:///absolute/path.'
      )
    }
    return { kind: 'file', label: value, directory: path.resolve(directory) }
  }
  const upload = parseHttpUrl('repository', value)
  const credentials = credentialsOf(upload)
  const bare = new URL(upload.href)
  bare.username = ''
  bare.password = ''
  const uploadUrl = bare.href
  let simpleUrl: string
  if (indexUrl) {
    simpleUrl = withSlash(parseHttpUrl('index-url', indexUrl).href)
  } else {
    // The derived index keeps the credentials: an index that wants them for uploads usually
    // wants them for reads too (the reader's requests send a URL's credentials).
    const base = withSlash(upload.href.replace(/[?#].*$/, ''))
    simpleUrl = base.endsWith('/legacy/')
      ? `${base.slice(0, -'legacy/'.length)}simple/`
      : `${base}simple/`
  }
  return {
    kind: 'url',
    // Credentials that were given show as ***: the reader sees that they are used, not them.
    label: hideUrlCredentials(upload.href),
    uploadUrl,
    credentials,
    simpleUrl,
    jsonApiUrl: null,
    oidcOrigin: upload.origin
  }
}
