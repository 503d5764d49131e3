/**
 * Reading what an index already holds, always fresh: PyPI's JSON API on PyPI and TestPyPI,
 * elsewhere the simple API as PEP 691 JSON when offered, else PEP 503 HTML. A project or
 * version the index does not know is an empty list, not an error.
 */
import { GateError } from '../util/errors.js'
import { hideUrlCredentials, redactWith, urlCredentials } from '../util/redact.js'
import { nodeFetch, type Fetch, type FetchResponse } from '../util/http.js'
import { retry, type RetryOptions } from '../util/retry.js'
import { normalizeName } from '../wheel/names.js'
import type { IndexTarget } from './targets.js'

/** One file an index lists. */
export interface ExistingFile {
  readonly filename: string
  /** Lower-case hex sha256 the index states, or null when it gives none. */
  readonly sha256: string | null
  readonly url: string
  /** Size in bytes, where the index states it (PyPI's JSON API, PEP 700). */
  readonly size?: number | null
  /** When the file was uploaded (ms since the epoch), where the index states it. */
  readonly uploadedAt?: number | null
}

/** The fetch function (nodeFetch, through the proxy the environment names, in production). */
export type { Fetch } from '../util/http.js'

/** Network failure or 5xx while reading: worth retrying. */
export class IndexReadError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean
  ) {
    super(message)
    this.name = 'IndexReadError'
  }
}

const PEP691_JSON = 'application/vnd.pypi.simple.v1+json'
const ACCEPT = `${PEP691_JSON}, application/vnd.pypi.simple.v1+html;q=0.2, text/html;q=0.01`
const NO_CACHE = { 'Cache-Control': 'no-cache', Pragma: 'no-cache' }

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, entity: string) => {
    if (entity[0] === '#') {
      const code =
        entity[1] === 'x' || entity[1] === 'X'
          ? parseInt(entity.slice(2), 16)
          : parseInt(entity.slice(1), 10)
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole
    }
    return ENTITIES[entity.toLowerCase()] ?? whole
  })
}

/** An anchor of a PEP 503 page: its resolved URL, text, and data- attributes. */
export interface SimpleLink {
  readonly url: string
  readonly text: string
  readonly attributes: Readonly<Record<string, string>>
}

/** The anchors of a PEP 503 HTML page, hrefs resolved against `baseUrl`. */
export function parseSimpleHtml(html: string, baseUrl: string): SimpleLink[] {
  const links: SimpleLink[] = []
  const anchor = /<a\b([^>]*)>([\s\S]*?)<\/a\s*>/gi
  const attribute = /([a-z_:][-a-z0-9_:.]*)\s*(?:=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/gi
  for (const match of html.matchAll(anchor)) {
    const attributes: Record<string, string> = {}
    for (const attr of (match[1] ?? '').matchAll(attribute)) {
      attributes[attr[1]!.toLowerCase()] = decodeEntities(attr[2] ?? attr[3] ?? attr[4] ?? '')
    }
    const href = attributes.href
    if (href === undefined) continue
    let url: string
    try {
      url = new URL(href, baseUrl).href
    } catch {
      continue
    }
    const text = decodeEntities((match[2] ?? '').replace(/<[^>]*>/g, '')).trim()
    links.push({ url, text, attributes })
  }
  return links
}

function fileFromLink(link: SimpleLink): ExistingFile {
  const url = new URL(link.url)
  const fragment = new URLSearchParams(url.hash.slice(1))
  const sha256 = fragment.get('sha256')
  url.hash = ''
  const basename = decodeURIComponent(url.pathname.split('/').pop() ?? '')
  return {
    filename: link.text || basename,
    sha256: sha256 ? sha256.toLowerCase() : null,
    url: url.href
  }
}

interface Pep691File {
  filename?: unknown
  url?: unknown
  hashes?: Record<string, unknown>
  size?: unknown
  'upload-time'?: unknown
}

interface PypiJsonFile {
  filename?: unknown
  url?: unknown
  digests?: Record<string, unknown>
  size?: unknown
  upload_time_iso_8601?: unknown
  upload_time?: unknown
}

function sizeOrNull(value: unknown): number | null {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : null
}

/** An ISO 8601 time as ms; PyPI's `upload_time` has no zone and is UTC. */
function timeOrNull(value: unknown): number | null {
  if (typeof value !== 'string' || value === '') return null
  const zoned = /(Z|[+-]\d\d:?\d\d)$/.test(value) ? value : `${value}Z`
  const ms = Date.parse(zoned)
  return Number.isFinite(ms) ? ms : null
}

function textOrEmpty(value: unknown): string {
  return typeof value === 'string' ? value : ''
}

function hashOrNull(value: unknown): string | null {
  return typeof value === 'string' && /^[0-9a-f]{64}$/i.test(value) ? value.toLowerCase() : null
}

/** Reads file lists from an HTTP index. */
export class HttpIndexReader {
  constructor(
    private readonly fetchFn: Fetch = nodeFetch,
    private readonly retryOptions: Pick<RetryOptions, 'attempts' | 'sleep' | 'random'> = {
      attempts: 4
    }
  ) {}

  /** Files the index holds for `project` (at `version`, where the API can say). */
  async listFiles(
    target: Extract<IndexTarget, { uploadUrl: string }>,
    project: string,
    version: string
  ): Promise<ExistingFile[]> {
    const name = normalizeName(project)
    const url = target.jsonApiUrl
      ? `${target.jsonApiUrl}${encodeURIComponent(name)}/${encodeURIComponent(version)}/json`
      : `${target.simpleUrl}${encodeURIComponent(name)}/`
    const read = (): Promise<ExistingFile[]> =>
      target.jsonApiUrl ? this.readPypiJson(url) : this.readSimple(url)
    try {
      return await retry(read, {
        baseDelayMs: 1000,
        maxDelayMs: 15000,
        ...this.retryOptions,
        retryable: error => error instanceof IndexReadError && error.retryable
      })
    } catch (error) {
      throw new GateError(
        'publish',
        `Could not read which files ${target.label} already holds (${hideUrlCredentials(url)}): ${(error as Error).message}`,
        'Publishing needs this answer to never replace a file; check the index URL (index-url) and its availability, then re-run.'
      )
    }
  }

  /**
   * Every file the index holds for `project`, of every version, from its simple page (PyPI's
   * JSON API answers per version only). Throws a plain Error: the caller's gate wraps it.
   */
  async listProjectFiles(
    target: Extract<IndexTarget, { uploadUrl: string }>,
    project: string
  ): Promise<ExistingFile[]> {
    const url = `${target.simpleUrl}${encodeURIComponent(normalizeName(project))}/`
    try {
      return await retry(() => this.readSimple(url), {
        baseDelayMs: 1000,
        maxDelayMs: 15000,
        ...this.retryOptions,
        retryable: error => error instanceof IndexReadError && error.retryable
      })
    } catch (error) {
      throw new Error(
        `Could not read which files ${target.label} holds (${url}): ${(error as Error).message}`
      )
    }
  }

  // GET that follows redirects only within the same origin: pypiserver, for one, redirects an
  // unknown project to pypi.org, whose files say nothing about this index.
  private async get(url: string, accept: string): Promise<FetchResponse | null> {
    // A URL's credentials go out with the request; what comes back is scrubbed of them.
    const scrub = (text: string): string => redactWith(text, urlCredentials(url))
    let current = url
    for (let hop = 0; hop < 5; hop++) {
      let response: FetchResponse
      try {
        response = await this.fetchFn(current, {
          headers: { Accept: accept, ...NO_CACHE },
          redirect: 'manual'
        })
      } catch (error) {
        throw new IndexReadError(
          `${scrub((error as Error).message)} (${hideUrlCredentials(current)})`,
          true
        )
      }
      if (response.status >= 300 && response.status < 400) {
        const location = response.headers.get('location')
        await response.body?.cancel()
        if (!location) {
          throw new IndexReadError(
            `redirect without Location from ${hideUrlCredentials(current)}`,
            false
          )
        }
        const next = new URL(location, current)
        if (next.origin !== new URL(url).origin) return null
        current = next.href
        continue
      }
      if (response.status === 404 || response.status === 410) {
        await response.body?.cancel()
        return null
      }
      if (!response.ok) {
        const text = scrub(await response.text().catch(() => '')).slice(0, 300)
        throw new IndexReadError(
          `HTTP ${response.status} ${scrub(response.statusText)} from ${hideUrlCredentials(current)}${text ? `: ${text}` : ''}`,
          response.status >= 500 || response.status === 429
        )
      }
      return response
    }
    throw new IndexReadError(`too many redirects from ${hideUrlCredentials(url)}`, false)
  }

  private async readPypiJson(url: string): Promise<ExistingFile[]> {
    const response = await this.get(url, 'application/json')
    if (!response) return []
    const data = (await response.json()) as { urls?: PypiJsonFile[] }
    return (data.urls ?? []).map(file => ({
      filename: textOrEmpty(file.filename),
      sha256: hashOrNull(file.digests?.sha256),
      url: textOrEmpty(file.url),
      size: sizeOrNull(file.size),
      uploadedAt: timeOrNull(file.upload_time_iso_8601) ?? timeOrNull(file.upload_time)
    }))
  }

  private async readSimple(url: string): Promise<ExistingFile[]> {
    const response = await this.get(url, ACCEPT)
    if (!response) return []
    const type = (response.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase()
    const finalUrl = response.url || url
    if (type === PEP691_JSON) {
      const data = (await response.json()) as { files?: Pep691File[] }
      return (data.files ?? []).map(file => {
        const fileUrl = textOrEmpty(file.url)
        return {
          filename: textOrEmpty(file.filename),
          sha256: hashOrNull(file.hashes?.sha256),
          url: fileUrl ? new URL(fileUrl, finalUrl).href : '',
          size: sizeOrNull(file.size),
          uploadedAt: timeOrNull(file['upload-time'])
        }
      })
    }
    return parseSimpleHtml(await response.text(), finalUrl).map(fileFromLink)
  }
}
