/**
 * A small HTTP client over node:http/https with the part of fetch's shape the index reader
 * and trusted publishing use. Node's global fetch compiles undici's WebAssembly HTTP parser on
 * first use, which alone raised a publish run's peak memory by about 40 MB; these few reads
 * and one POST do not need it.
 */
import http from 'node:http'
import https from 'node:https'

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

/** Gives up on a server that sends nothing for this long. */
const IDLE_TIMEOUT_MS = 120_000

/** GET/POST over node:http(s); never follows redirects; rejects on network errors only. */
export const nodeFetch: Fetch = (url, init = {}) =>
  new Promise((resolve, reject) => {
    const target = new URL(url)
    const client = target.protocol === 'https:' ? https : target.protocol === 'http:' ? http : null
    if (!client) {
      reject(new TypeError(`unsupported protocol ${target.protocol} in ${url}`))
      return
    }
    const headers: Record<string, string | number> = { ...init.headers }
    if (init.body !== undefined) headers['Content-Length'] = Buffer.byteLength(init.body)
    const request = client.request(target, { method: init.method ?? 'GET', headers }, response => {
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
    request.setTimeout(IDLE_TIMEOUT_MS, () =>
      request.destroy(new Error(`no answer from ${target.host} for ${IDLE_TIMEOUT_MS / 1000} s`))
    )
    request.once('error', reject)
    request.end(init.body)
  })
