/**
 * The project's one way out to the network. Index reads, the upload and the trusted-publishing
 * exchange go out over node:http(s) with the agent @actions/http-client picks for the URL, and
 * Octokit's fetch uses the dispatcher it picks, so HTTPS_PROXY, HTTP_PROXY and NO_PROXY (and
 * their lower-case forms) hold for every request as they do for the toolkit: through the proxy
 * by a CONNECT tunnel, or directly for hosts NO_PROXY names and for loopback addresses.
 *
 * The proxy decision is @actions/http-client's, and that library reads those variables from
 * the process environment itself, at each request; this module reads no environment. Taking
 * them as a parameter instead would mean re-implementing its decision, and @actions/core's OIDC
 * token request would still follow the process environment: one decision for every request is
 * the point.
 *
 * node:http rather than fetch for our own requests: the upload streams a large wheel with
 * bounded buffers and backpressure, which a plain ClientRequest gives directly, and Node's
 * global fetch would compile a second copy of undici's WebAssembly parser (about 40 MB).
 */
import http from 'node:http'
import https from 'node:https'
import { HttpClient } from '@actions/http-client'
import { getProxyUrl } from '@actions/http-client/lib/proxy'
import { fetch as undiciFetch, type Dispatcher } from 'undici'

/** The response members the callers read (a subset of fetch's Response). */
export interface FetchResponse {
  readonly status: number
  readonly ok: boolean
  readonly statusText: string
  readonly url: string
  readonly headers: { get(name: string): string | null }
  readonly body?: { cancel(): Promise<void> } | null
  text(): Promise<string>
  json(): Promise<unknown>
}

/** The request options the callers pass (a subset of fetch's RequestInit). */
export interface FetchInit {
  readonly method?: string
  readonly headers?: Readonly<Record<string, string>>
  readonly body?: string
  /** Only 'manual' is honoured: redirects come back as they are, for the caller to judge. */
  readonly redirect?: 'manual'
}

/** A fetch-shaped function; global fetch fits it too (tests pass their own). */
export type Fetch = (url: string, init?: FetchInit) => Promise<FetchResponse>

/** What opening a request needs besides its URL. */
export interface RequestOptions {
  readonly method: string
  readonly headers: http.OutgoingHttpHeaders
  /** Gives up when nothing moves for this long, including while a proxy sets up the tunnel. */
  readonly idleTimeoutMs: number
}

/** Gives up on a server that sends nothing for this long. */
const IDLE_TIMEOUT_MS = 120_000

/** The node:http agent for `url`: a CONNECT tunnel through the proxy, or a direct agent. */
export function agentFor(url: URL): http.Agent {
  // A client per request: HttpClient keeps one direct agent whatever the protocol, so sharing
  // one between http and https URLs would hand an https agent to an http request.
  return new HttpClient().getAgent(url.href)
}

/** Opens a request on the route the proxy settings choose; the caller writes and ends it. */
export function openRequest(url: URL, options: RequestOptions): http.ClientRequest {
  const client = url.protocol === 'https:' ? https : url.protocol === 'http:' ? http : null
  if (!client) throw new TypeError(`unsupported protocol ${url.protocol} in ${url.href}`)
  const request = client.request(url, {
    method: options.method,
    headers: options.headers,
    agent: agentFor(url)
  })
  const seconds = Math.round(options.idleTimeoutMs / 1000)
  const giveUp = (): void => {
    const error = new Error(`no progress with ${url.host} for ${seconds} s`)
    if (request.socket) {
      request.destroy(error)
      return
    }
    // Without a socket yet (a tunnel still being set up) destroy() reports nothing, so report
    // here; what the abandoned tunnel says later is of no interest.
    request.emit('error', error)
    request.on('error', () => undefined)
    request.destroy(error)
  }
  request.setTimeout(options.idleTimeoutMs, giveUp)
  // The socket timer starts only once a socket is handed over, which through a proxy is after
  // the tunnel is up; a proxy that never answers the CONNECT is caught here.
  const tunnelling = setTimeout(giveUp, options.idleTimeoutMs)
  tunnelling.unref()
  request.once('socket', () => clearTimeout(tunnelling))
  request.once('close', () => clearTimeout(tunnelling))
  return request
}

/** GET/POST through openRequest; never follows redirects; rejects on network errors only. */
export const nodeFetch: Fetch = (url, init = {}) =>
  new Promise((resolve, reject) => {
    const headers: http.OutgoingHttpHeaders = { ...init.headers }
    if (init.body !== undefined) headers['Content-Length'] = Buffer.byteLength(init.body)
    let request: http.ClientRequest
    try {
      request = openRequest(new URL(url), {
        method: init.method ?? 'GET',
        headers,
        idleTimeoutMs: IDLE_TIMEOUT_MS
      })
    } catch (error) {
      reject(error as Error)
      return
    }
    request.once('response', response => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.once('error', reject)
      response.once('end', () => {
        const body = Buffer.concat(chunks).toString('utf8')
        const status = response.statusCode ?? 0
        resolve({
          status,
          ok: status >= 200 && status < 300,
          statusText: response.statusMessage ?? '',
          url,
          headers: {
            get: name => {
              const value = response.headers[name.toLowerCase()]
              return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value
            }
          },
          body: { cancel: async () => undefined },
          text: async () => body,
          json: async () => JSON.parse(body) as unknown
        })
      })
    })
    request.once('error', reject)
    request.end(init.body)
  })

// One dispatcher per proxy for the life of the process, so Octokit's calls share their
// connections to it; http-client would build a new one (and a new pool) for every call.
const dispatchers = new Map<string, Dispatcher>()

/** The undici dispatcher for `url`: the proxy's, or undefined to go directly. */
export function dispatcherFor(url: URL): Dispatcher | undefined {
  const proxy = getProxyUrl(url)
  if (!proxy?.hostname) return undefined
  let dispatcher = dispatchers.get(proxy.href)
  if (!dispatcher) {
    dispatcher = new HttpClient().getAgentDispatcher(url.href)
    if (dispatcher) dispatchers.set(proxy.href, dispatcher)
  }
  return dispatcher
}

/**
 * Fetch for Octokit: undici's, as @actions/github uses, with the dispatcher chosen per request
 * (@actions/github chooses one when it is loaded, for GITHUB_API_URL only, so an upload host,
 * a base URL given later or a NO_PROXY entry for either would not be honoured).
 */
export const proxyFetch = ((input: string | URL | Request, init?: RequestInit) => {
  const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url)
  return undiciFetch(input as Parameters<typeof undiciFetch>[0], {
    ...(init as Parameters<typeof undiciFetch>[1]),
    dispatcher: dispatcherFor(url)
  })
}) as unknown as typeof fetch
