/**
 * A local stand-in for the parts of GitHub's REST API the release client calls. Routes, status
 * codes and response shapes come from GitHub's OpenAPI description (@octokit/openapi, parsed
 * once per test file): every JSON answer is checked against its operation's schema and every
 * request body and query against its parameters, and mismatches land in `violations`, so the
 * stand-in cannot drift from what GitHub publishes. Uploads go to a second listener, as
 * uploads.github.com is a different origin. It can inject 5xx answers and races, and it has an
 * immutable mode that behaves as GitHub documents immutable releases ("Immutable releases",
 * docs.github.com): once a release is published its files can be neither added (422 `Cannot
 * upload assets to an immutable release.`) nor deleted (422 `Cannot delete asset from an
 * immutable release`), it cannot go back to a draft, and when it is deleted its tag name is
 * burned: no release may use it again (422 `tag_name was used by an immutable release`). The
 * messages are the ones GitHub answers with, as users report them. With `serveArtifacts` it also
 * answers the REST routes for another run's artifacts (list a run's artifacts, download one by a
 * redirect to its signed blob URL) from the Actions services stand-in.
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import type { ActionsServices } from './actions-services.js'

type Json = unknown
type Schema = Record<string, unknown>

const OPERATIONS = [
  'repos/list-releases',
  'repos/create-release',
  'repos/update-release',
  'repos/delete-release',
  'repos/list-release-assets',
  'repos/upload-release-asset',
  'repos/get-release-asset',
  'repos/delete-release-asset',
  'actions/list-workflow-run-artifacts',
  'actions/download-artifact'
] as const
/** An operation the server implements, by its OpenAPI operationId. */
export type OperationId = (typeof OPERATIONS)[number]

interface Operation {
  readonly id: OperationId
  readonly method: string
  readonly pattern: RegExp
  readonly params: readonly string[]
  readonly spec: Schema
  /** Served on the uploads origin rather than the API origin (the spec's `servers`). */
  readonly uploads: boolean
}

interface Spec {
  readonly document: Schema
  readonly operations: readonly Operation[]
}

let loaded: Spec | null = null

function loadSpec(): Spec {
  if (loaded) return loaded
  const file = path.resolve('node_modules/@octokit/openapi/generated/api.github.com.json')
  const document = JSON.parse(readFileSync(file, 'utf8')) as Schema
  const operations: Operation[] = []
  const paths = document.paths as Record<string, Record<string, Schema>>
  for (const [template, item] of Object.entries(paths)) {
    for (const [method, op] of Object.entries(item)) {
      const id = op.operationId as OperationId
      if (!OPERATIONS.includes(id)) continue
      const params: string[] = []
      const source = template.replace(/\{([^}]+)\}/g, (_whole, name: string) => {
        params.push(name)
        return '([^/]+)'
      })
      operations.push({
        id,
        method: method.toUpperCase(),
        pattern: new RegExp(`^${source}$`),
        params,
        spec: op,
        uploads: Array.isArray(op.servers)
      })
    }
  }
  if (operations.length !== OPERATIONS.length) {
    throw new Error(`OpenAPI description lacks some of ${OPERATIONS.join(', ')}`)
  }
  loaded = { document, operations }
  return loaded
}

function resolve(spec: Spec, value: Schema): Schema {
  let current = value
  while (typeof current.$ref === 'string') {
    let target: unknown = spec.document
    for (const part of current.$ref.replace(/^#\//, '').split('/')) {
      target = (target as Record<string, unknown>)[part]
    }
    current = target as Schema
  }
  return current
}

function typeOf(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number'
  return typeof value
}

/** Checks `value` against an OpenAPI 3.0 schema; appends what does not fit to `problems`. */
function validate(spec: Spec, raw: Schema, value: Json, where: string, problems: string[]): void {
  const schema = resolve(spec, raw)
  if (value === null) {
    if (schema.nullable !== true && schema.type !== undefined) problems.push(`${where}: null`)
    return
  }
  if (Array.isArray(schema.allOf)) {
    for (const part of schema.allOf as Schema[]) validate(spec, part, value, where, problems)
  }
  for (const key of ['oneOf', 'anyOf'] as const) {
    const options = schema[key]
    if (Array.isArray(options)) {
      const fits = (options as Schema[]).some(option => {
        const inner: string[] = []
        validate(spec, option, value, where, inner)
        return inner.length === 0
      })
      if (!fits) problems.push(`${where}: matches none of ${key}`)
    }
  }
  const type = schema.type as string | undefined
  const actual = typeOf(value)
  if (type && !(type === actual || (type === 'number' && actual === 'integer'))) {
    problems.push(`${where}: expected ${type}, got ${actual}`)
    return
  }
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) {
    problems.push(`${where}: ${JSON.stringify(value)} not in enum`)
  }
  if (actual === 'object') {
    const object = value as Record<string, unknown>
    for (const name of (schema.required as string[] | undefined) ?? []) {
      if (!(name in object)) problems.push(`${where}: missing required property ${name}`)
    }
    const properties = (schema.properties as Record<string, Schema> | undefined) ?? {}
    for (const [name, property] of Object.entries(properties)) {
      if (name in object) validate(spec, property, object[name], `${where}.${name}`, problems)
    }
  }
  if (actual === 'array' && schema.items) {
    ;(value as unknown[]).forEach((item, index) =>
      validate(spec, schema.items as Schema, item, `${where}[${index}]`, problems)
    )
  }
}

/** An asset as the server stores it. */
export interface StoredAsset {
  id: number
  name: string
  content: Buffer
  contentType: string
  state: 'uploaded' | 'open'
  createdAt: string
}

/** A release as the server stores it. */
export interface StoredRelease {
  id: number
  tagName: string
  name: string
  body: string
  draft: boolean
  prerelease: boolean
  immutable: boolean
  targetCommitish: string
  createdAt: string
  /** When the release was published; null for a draft. */
  publishedAt: string | null
  assets: StoredAsset[]
}

/** How the stand-in behaves. */
export interface GitHubServerOptions {
  /** Return assets' `digest` (`sha256:<hex>`) as GitHub now does; false: null, as older servers. */
  readonly digest?: boolean
  /** Published releases are immutable: uploads to them are refused. */
  readonly immutable?: boolean
  /** Largest page size honoured (GitHub: 100). */
  readonly maxPerPage?: number
  /** Each request waits up to this many milliseconds before it is handled, to interleave races. */
  readonly latencyMs?: number
  /** Token -> permission; default `write-token` may write, `read-token` may only read. */
  readonly tokens?: Readonly<Record<string, 'write' | 'read'>>
}

/** One request as the server saw it. */
export interface SeenRequest {
  readonly operation: OperationId | 'download'
  readonly method: string
  readonly status: number
}

const DOCS = 'https://docs.github.com/rest'
// GitHub answers these on any route (404: the release or asset is gone, e.g. deleted by a
// concurrent job), whether or not the operation's description lists them.
const GENERIC_STATUSES = [401, 403, 404, 500, 502, 503]
/**
 * Answers GitHub gives that its description does not list: the immutable-release refusals of
 * updating a release and deleting one of its files (422, reported by users since 2025-10).
 */
const UNDESCRIBED_STATUSES: Partial<Record<OperationId, number[]>> = {
  'repos/update-release': [422],
  'repos/delete-release-asset': [422]
}

/** The running stand-in: its URLs, its state, and hooks to inject failures and races. */
export class GitHubTestServer {
  readonly owner = 'octo-org'
  readonly repo = 'vllm-cpu'
  readonly releases: StoredRelease[] = []
  /** Git refs the server knows: `refs/tags/<tag>` -> commit. */
  readonly refs = new Map<string, string>()
  /** Tags that a deleted immutable release used: GitHub never releases them again. */
  readonly burnedTags = new Set<string>()
  readonly requests: SeenRequest[] = []
  /** Answers or requests that do not fit GitHub's OpenAPI description. */
  readonly violations: string[] = []
  apiUrl = ''
  uploadsUrl = ''
  private nextId = 1000
  private readonly failures = new Map<string, number[]>()
  private readonly hooks = new Map<string, (() => void)[]>()
  private readonly spec = loadSpec()
  private readonly servers: http.Server[] = []
  private artifacts: ActionsServices | null = null

  private constructor(private readonly options: GitHubServerOptions) {}

  /** Starts both listeners (API and uploads) on 127.0.0.1, on free ports. */
  static async start(options: GitHubServerOptions = {}): Promise<GitHubTestServer> {
    const server = new GitHubTestServer(options)
    server.apiUrl = await server.listen(false)
    server.uploadsUrl = await server.listen(true)
    return server
  }

  private listen(uploads: boolean): Promise<string> {
    const server = http.createServer((request, response) => {
      this.handle(request, response, uploads).catch((error: unknown) => {
        this.violations.push(`server error: ${String(error)}`)
        if (!response.headersSent) response.writeHead(500)
        response.end()
      })
    })
    this.servers.push(server)
    return new Promise(done =>
      server.listen(0, '127.0.0.1', () => {
        const { port } = server.address() as AddressInfo
        done(`http://127.0.0.1:${port}`)
      })
    )
  }

  /** Stops both listeners. */
  async stop(): Promise<void> {
    for (const server of this.servers) {
      server.closeAllConnections()
      await new Promise(done => server.close(done))
    }
  }

  /** Answers the artifact routes from `services` (GitHub keeps both behind one API). */
  serveArtifacts(services: ActionsServices): void {
    this.artifacts = services
  }

  /** The next `times` requests for `operation` answer `status` (a 5xx by default). */
  failNext(operation: OperationId, status = 502, times = 1): void {
    const queue = this.failures.get(operation) ?? []
    for (let i = 0; i < times; i++) queue.push(status)
    this.failures.set(operation, queue)
  }

  /** Runs `fn` just before the next request for `operation` is handled (to stage races). */
  before(operation: OperationId, fn: () => void): void {
    const queue = this.hooks.get(operation) ?? []
    queue.push(fn)
    this.hooks.set(operation, queue)
  }

  /** How many requests reached `operation`. */
  count(operation: OperationId | 'download'): number {
    return this.requests.filter(request => request.operation === operation).length
  }

  /** Adds a release directly, as an earlier run or another tool would have left it. */
  addRelease(fields: Partial<StoredRelease> & { tagName: string }): StoredRelease {
    const now = new Date().toISOString()
    const release: StoredRelease = {
      id: this.nextId++,
      name: fields.tagName,
      body: '',
      draft: false,
      prerelease: false,
      immutable: false,
      targetCommitish: 'main',
      createdAt: now,
      publishedAt: null,
      assets: [],
      ...fields
    }
    if (!release.draft) this.publish(release, fields.immutable)
    this.releases.push(release)
    return release
  }

  /** Publishes a release: its tag is made, and in immutable mode the release freezes. */
  private publish(release: StoredRelease, immutable?: boolean): void {
    release.draft = false
    release.publishedAt ??= new Date().toISOString()
    release.immutable = immutable ?? this.options.immutable === true
    if (!this.refs.has(`refs/tags/${release.tagName}`)) {
      this.refs.set(`refs/tags/${release.tagName}`, release.targetCommitish)
    }
  }

  /** Adds an asset directly to a release. */
  addAsset(
    release: StoredRelease,
    name: string,
    content: Buffer,
    state: StoredAsset['state'] = 'uploaded'
  ): StoredAsset {
    const asset: StoredAsset = {
      id: this.nextId++,
      name,
      content,
      contentType: 'application/zip',
      state,
      createdAt: new Date().toISOString()
    }
    release.assets.push(asset)
    return asset
  }

  /** The releases that carry `tag`. */
  releasesFor(tag: string): StoredRelease[] {
    return this.releases.filter(release => release.tagName === tag)
  }

  private user(): Record<string, unknown> {
    const base = `${this.apiUrl}/users/github-actions%5Bbot%5D`
    return {
      login: 'github-actions[bot]',
      id: 41898282,
      node_id: 'MDM6Qm90NDE4OTgyODI=',
      avatar_url: 'https://avatars.githubusercontent.com/in/15368?v=4',
      gravatar_id: '',
      url: base,
      html_url: 'https://github.com/apps/github-actions',
      followers_url: `${base}/followers`,
      following_url: `${base}/following{/other_user}`,
      gists_url: `${base}/gists{/gist_id}`,
      starred_url: `${base}/starred{/owner}{/repo}`,
      subscriptions_url: `${base}/subscriptions`,
      organizations_url: `${base}/orgs`,
      repos_url: `${base}/repos`,
      events_url: `${base}/events{/privacy}`,
      received_events_url: `${base}/received_events`,
      type: 'Bot',
      site_admin: false
    }
  }

  private assetJson(asset: StoredAsset): Record<string, unknown> {
    const repoUrl = `${this.apiUrl}/repos/${this.owner}/${this.repo}`
    return {
      url: `${repoUrl}/releases/assets/${asset.id}`,
      browser_download_url: `${this.apiUrl}/download/${asset.id}/${encodeURIComponent(asset.name)}`,
      id: asset.id,
      node_id: `RA_${asset.id}`,
      name: asset.name,
      label: null,
      state: asset.state,
      content_type: asset.contentType,
      size: asset.content.length,
      digest:
        this.options.digest === false || asset.state !== 'uploaded'
          ? null
          : `sha256:${createHash('sha256').update(asset.content).digest('hex')}`,
      download_count: 0,
      created_at: asset.createdAt,
      updated_at: asset.createdAt,
      uploader: this.user()
    }
  }

  private releaseJson(release: StoredRelease): Record<string, unknown> {
    const repoUrl = `${this.apiUrl}/repos/${this.owner}/${this.repo}`
    const tagPath = release.draft ? `untagged-${release.id}` : release.tagName
    return {
      url: `${repoUrl}/releases/${release.id}`,
      html_url: `${this.apiUrl}/${this.owner}/${this.repo}/releases/tag/${tagPath}`,
      assets_url: `${repoUrl}/releases/${release.id}/assets`,
      upload_url: `${this.uploadsUrl}/repos/${this.owner}/${this.repo}/releases/${release.id}/assets{?name,label}`,
      tarball_url: release.draft ? null : `${repoUrl}/tarball/${release.tagName}`,
      zipball_url: release.draft ? null : `${repoUrl}/zipball/${release.tagName}`,
      id: release.id,
      node_id: `RE_${release.id}`,
      tag_name: release.tagName,
      target_commitish: release.targetCommitish,
      name: release.name,
      body: release.body,
      draft: release.draft,
      prerelease: release.prerelease,
      immutable: release.immutable,
      created_at: release.createdAt,
      published_at: release.publishedAt,
      updated_at: release.createdAt,
      author: this.user(),
      assets: release.assets.map(asset => this.assetJson(asset))
    }
  }

  private route(method: string, pathname: string, uploads: boolean) {
    for (const operation of this.spec.operations) {
      if (operation.method !== method || operation.uploads !== uploads) continue
      const match = operation.pattern.exec(pathname)
      if (!match) continue
      const params: Record<string, string> = {}
      operation.params.forEach((name, index) => {
        params[name] = decodeURIComponent(match[index + 1]!)
      })
      return { operation, params }
    }
    return null
  }

  private checkQuery(operation: Operation, query: URLSearchParams): void {
    const declared = ((operation.spec.parameters as Schema[] | undefined) ?? [])
      .map(parameter => resolve(this.spec, parameter))
      .filter(parameter => parameter.in === 'query')
    for (const name of query.keys()) {
      if (!declared.some(parameter => parameter.name === name)) {
        this.violations.push(`${operation.id}: undeclared query parameter ${name}`)
      }
    }
    for (const parameter of declared) {
      if (parameter.required === true && !query.has(parameter.name as string)) {
        this.violations.push(`${operation.id}: missing query parameter ${String(parameter.name)}`)
      }
    }
  }

  private checkBody(operation: Operation, body: Json): void {
    const requestBody = operation.spec.requestBody as Schema | undefined
    const content = requestBody?.content as Record<string, Schema> | undefined
    const schema = content?.['application/json']?.schema as Schema | undefined
    if (!schema) return
    const problems: string[] = []
    validate(this.spec, schema, body, 'request', problems)
    const known = Object.keys((resolve(this.spec, schema).properties as Schema) ?? {})
    for (const key of Object.keys((body as Record<string, unknown>) ?? {})) {
      if (!known.includes(key)) problems.push(`request: undeclared property ${key}`)
    }
    for (const problem of problems) this.violations.push(`${operation.id} ${problem}`)
  }

  private send(
    response: http.ServerResponse,
    seen: { operation: Operation | null; method: string },
    status: number,
    body?: Json,
    headers: Record<string, string> = {}
  ): void {
    const operation = seen.operation
    this.requests.push({ operation: operation?.id ?? 'download', method: seen.method, status })
    if (operation) {
      const responses = operation.spec.responses as Record<string, Schema>
      const declared = responses[String(status)]
      const undescribed = UNDESCRIBED_STATUSES[operation.id] ?? []
      if (!declared && !GENERIC_STATUSES.includes(status) && !undescribed.includes(status)) {
        this.violations.push(`${operation.id}: status ${status} is not in the description`)
      }
      const content = declared
        ? (resolve(this.spec, declared).content as Schema | undefined)
        : undefined
      const schema = (content?.['application/json'] as Schema | undefined)?.schema as
        Schema | undefined
      if (schema && body !== undefined) {
        const problems: string[] = []
        validate(this.spec, schema, body, `${operation.id} ${status}`, problems)
        this.violations.push(...problems)
      }
    }
    if (body === undefined) {
      response.writeHead(status, headers)
      response.end()
      return
    }
    response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
    response.end(JSON.stringify(body))
  }

  private async handle(
    request: http.IncomingMessage,
    response: http.ServerResponse,
    uploads: boolean
  ): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1')
    const method = request.method ?? 'GET'
    const chunks: Buffer[] = []
    for await (const chunk of request) chunks.push(chunk as Buffer)
    const raw = Buffer.concat(chunks)
    const latency = this.options.latencyMs ?? 0
    if (latency > 0) await new Promise(done => setTimeout(done, Math.random() * latency))

    const download = /^\/download\/(\d+)\//.exec(url.pathname)
    if (download && !uploads && method === 'GET') {
      const asset = this.findAsset(Number(download[1]))
      const seen = { operation: null, method }
      if (!asset) return this.send(response, seen, 404, { message: 'Not Found' })
      this.requests.push({ operation: 'download', method, status: 200 })
      response.writeHead(200, { 'content-type': 'application/octet-stream' })
      response.end(asset.content)
      return
    }
    const found = this.route(method, url.pathname, uploads)
    if (!found) {
      this.violations.push(
        `no route for ${method} ${url.pathname} on ${uploads ? 'uploads' : 'api'}`
      )
      response.writeHead(404)
      response.end()
      return
    }
    const { operation, params } = found
    const seen = { operation, method }
    this.checkQuery(operation, url.searchParams)
    if (params.owner !== this.owner || params.repo !== this.repo) {
      return this.send(response, seen, 404, { message: 'Not Found', documentation_url: DOCS })
    }
    const tokens = this.options.tokens ?? { 'write-token': 'write', 'read-token': 'read' }
    const auth = /^(?:token|bearer) (.+)$/i.exec(request.headers.authorization ?? '')
    const permission = auth ? tokens[auth[1]!] : undefined
    if (!permission) {
      return this.send(response, seen, 401, { message: 'Bad credentials', documentation_url: DOCS })
    }
    for (const hook of this.hooks.get(operation.id)?.splice(0, 1) ?? []) hook()
    const failure = this.failures.get(operation.id)?.shift()
    if (failure !== undefined) {
      if (operation.id === 'repos/upload-release-asset') {
        // GitHub can leave an unfinished asset behind when an upload fails.
        const release = this.releases.find(r => r.id === Number(params.release_id))
        const name = url.searchParams.get('name')
        if (release && name && !release.assets.some(a => a.name === name)) {
          this.addAsset(release, name, raw.subarray(0, raw.length >> 1), 'open')
        }
      }
      return this.send(response, seen, failure, { message: 'Server Error' })
    }
    if (method !== 'GET' && permission !== 'write') {
      return this.send(response, seen, 403, {
        message: 'Resource not accessible by integration',
        documentation_url: DOCS,
        status: '403'
      })
    }
    switch (operation.id) {
      case 'repos/list-releases':
        return this.page(response, seen, url, [...this.releases].reverse(), r =>
          this.releaseJson(r)
        )
      case 'repos/create-release':
        return this.createRelease(response, seen, operation, raw)
      case 'repos/update-release':
        return this.updateRelease(response, seen, operation, Number(params.release_id), raw)
      case 'repos/delete-release': {
        const index = this.releases.findIndex(r => r.id === Number(params.release_id))
        if (index < 0) return this.notFound(response, seen)
        const [removed] = this.releases.splice(index, 1)
        if (removed!.immutable) this.burnedTags.add(removed!.tagName)
        return this.send(response, seen, 204)
      }
      case 'repos/list-release-assets': {
        const release = this.releases.find(r => r.id === Number(params.release_id))
        if (!release) return this.notFound(response, seen)
        return this.page(response, seen, url, release.assets, a => this.assetJson(a))
      }
      case 'repos/upload-release-asset':
        return this.upload(response, seen, Number(params.release_id), url, request, raw)
      case 'repos/get-release-asset': {
        const asset = this.findAsset(Number(params.asset_id))
        if (!asset) return this.notFound(response, seen)
        if (request.headers.accept === 'application/octet-stream') {
          return this.send(response, seen, 302, undefined, {
            location: `${this.apiUrl}/download/${asset.id}/${encodeURIComponent(asset.name)}`
          })
        }
        return this.send(response, seen, 200, this.assetJson(asset))
      }
      case 'actions/list-workflow-run-artifacts':
        return this.listRunArtifacts(response, seen, Number(params.run_id), url)
      case 'actions/download-artifact': {
        const artifact = this.artifacts?.artifacts.find(
          a => a.finalized && a.id === Number(params.artifact_id)
        )
        if (!artifact || params.archive_format !== 'zip') return this.notFound(response, seen)
        return this.send(response, seen, 302, undefined, {
          location: this.artifacts!.artifactDownloadUrl(artifact)
        })
      }
      case 'repos/delete-release-asset': {
        for (const release of this.releases) {
          const index = release.assets.findIndex(a => a.id === Number(params.asset_id))
          if (index >= 0) {
            if (release.immutable) {
              return this.refuse(response, seen, 'ReleaseAsset', {
                message: 'Cannot delete asset from an immutable release'
              })
            }
            release.assets.splice(index, 1)
            return this.send(response, seen, 204)
          }
        }
        return this.notFound(response, seen)
      }
    }
  }

  private listRunArtifacts(
    response: http.ServerResponse,
    seen: { operation: Operation; method: string },
    runId: number,
    url: URL
  ): void {
    const name = url.searchParams.get('name')
    const all = (this.artifacts?.runArtifacts(runId) ?? [])
      .filter(a => name === null || a.name === name)
      .sort((a, b) => b.id - a.id)
    const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), 100)
    const page = Number(url.searchParams.get('page') ?? 1)
    const repoUrl = `${this.apiUrl}/repos/${this.owner}/${this.repo}`
    this.send(response, seen, 200, {
      total_count: all.length,
      artifacts: all.slice((page - 1) * perPage, page * perPage).map(a => ({
        id: a.id,
        node_id: `MDg6QXJ0aWZhY3Q${a.id}`,
        name: a.name,
        size_in_bytes: a.size,
        url: `${repoUrl}/actions/artifacts/${a.id}`,
        archive_download_url: `${repoUrl}/actions/artifacts/${a.id}/zip`,
        expired: false,
        created_at: a.createdAt,
        expires_at: new Date(Date.parse(a.createdAt) + 90 * 86400_000).toISOString(),
        updated_at: a.createdAt,
        digest: a.digest,
        workflow_run: {
          id: a.runId,
          repository_id: 1,
          head_repository_id: 1,
          head_branch: 'main',
          head_sha: '0123456789abcdef0123456789abcdef01234567'
        }
      }))
    })
  }

  /** A 422 `Validation Failed` with one `custom` error, GitHub's shape for rule refusals. */
  private refuse(
    response: http.ServerResponse,
    seen: { operation: Operation; method: string },
    resource: string,
    error: { field?: string; message: string }
  ): void {
    this.send(response, seen, 422, {
      message: 'Validation Failed',
      errors: [{ resource, code: 'custom', ...error }],
      documentation_url: DOCS,
      status: '422'
    })
  }

  private updateRelease(
    response: http.ServerResponse,
    seen: { operation: Operation; method: string },
    operation: Operation,
    releaseId: number,
    raw: Buffer
  ): void {
    const release = this.releases.find(r => r.id === releaseId)
    if (!release) return this.notFound(response, seen)
    const body = JSON.parse(raw.toString('utf8')) as Record<string, unknown>
    this.checkBody(operation, body)
    if (release.immutable) {
      // Title, notes and the prerelease mark stay editable; the tag and the state do not.
      if (body.draft === true) {
        return this.refuse(response, seen, 'Release', {
          field: 'draft',
          message: 'state cannot be changed when release is immutable'
        })
      }
      if (typeof body.tag_name === 'string' && body.tag_name !== release.tagName) {
        return this.refuse(response, seen, 'Release', {
          field: 'tag_name',
          message: 'tag_name cannot be changed when release is immutable'
        })
      }
    }
    if (typeof body.tag_name === 'string') release.tagName = body.tag_name
    if (typeof body.target_commitish === 'string') release.targetCommitish = body.target_commitish
    if (typeof body.name === 'string') release.name = body.name
    if (typeof body.body === 'string') release.body = body.body
    if (typeof body.prerelease === 'boolean') release.prerelease = body.prerelease
    if (body.draft === false && release.draft) {
      if (this.burnedTags.has(release.tagName)) {
        return this.refuse(response, seen, 'Release', {
          field: 'tag_name',
          message: 'tag_name was used by an immutable release'
        })
      }
      if (this.releases.some(r => r.tagName === release.tagName && !r.draft)) {
        return this.send(response, seen, 422, {
          message: 'Validation Failed',
          errors: [{ resource: 'Release', code: 'already_exists', field: 'tag_name' }],
          documentation_url: DOCS,
          status: '422'
        })
      }
      this.publish(release)
    } else if (body.draft === true && !release.draft) {
      release.draft = true
      release.publishedAt = null
    }
    this.send(response, seen, 200, this.releaseJson(release))
  }

  private notFound(response: http.ServerResponse, seen: { operation: Operation; method: string }) {
    this.send(response, seen, 404, { message: 'Not Found', documentation_url: DOCS })
  }

  private findAsset(id: number): StoredAsset | undefined {
    for (const release of this.releases) {
      const asset = release.assets.find(a => a.id === id)
      if (asset) return asset
    }
    return undefined
  }

  private page<T>(
    response: http.ServerResponse,
    seen: { operation: Operation; method: string },
    url: URL,
    items: readonly T[],
    render: (item: T) => Json
  ): void {
    const perPage = Math.min(
      Number(url.searchParams.get('per_page') ?? 30),
      this.options.maxPerPage ?? 100
    )
    const page = Number(url.searchParams.get('page') ?? 1)
    const slice = items.slice((page - 1) * perPage, page * perPage)
    const headers: Record<string, string> = {}
    if (page * perPage < items.length) {
      const next = new URL(url.pathname, this.apiUrl)
      next.searchParams.set('per_page', String(perPage))
      next.searchParams.set('page', String(page + 1))
      headers.link = `<${next.href}>; rel="next"`
    }
    this.send(response, seen, 200, slice.map(render), headers)
  }

  private createRelease(
    response: http.ServerResponse,
    seen: { operation: Operation; method: string },
    operation: Operation,
    raw: Buffer
  ): void {
    const body = JSON.parse(raw.toString('utf8')) as Record<string, unknown>
    this.checkBody(operation, body)
    const tagName = String(body.tag_name)
    const draft = body.draft === true
    if (!draft && this.burnedTags.has(tagName)) {
      return this.refuse(response, seen, 'Release', {
        field: 'tag_name',
        message: 'tag_name was used by an immutable release'
      })
    }
    if (!draft && this.releases.some(r => r.tagName === tagName && !r.draft)) {
      return this.send(response, seen, 422, {
        message: 'Validation Failed',
        errors: [{ resource: 'Release', code: 'already_exists', field: 'tag_name' }],
        documentation_url: `${DOCS}/releases/releases#create-a-release`,
        status: '422'
      })
    }
    const release = this.addRelease({
      tagName,
      name: typeof body.name === 'string' ? body.name : tagName,
      body: typeof body.body === 'string' ? body.body : '',
      draft,
      prerelease: body.prerelease === true,
      targetCommitish: typeof body.target_commitish === 'string' ? body.target_commitish : 'main'
    })
    this.send(response, seen, 201, this.releaseJson(release), {
      location: `${this.apiUrl}/repos/${this.owner}/${this.repo}/releases/${release.id}`
    })
  }

  private upload(
    response: http.ServerResponse,
    seen: { operation: Operation; method: string },
    releaseId: number,
    url: URL,
    request: http.IncomingMessage,
    raw: Buffer
  ): void {
    const release = this.releases.find(r => r.id === releaseId)
    if (!release) return this.notFound(response, seen)
    const length = Number(request.headers['content-length'])
    if (length !== raw.length) {
      this.violations.push(`upload: content-length ${length} but ${raw.length} bytes arrived`)
    }
    if (release.immutable) {
      return this.send(response, seen, 422, {
        message: 'Cannot upload assets to an immutable release.',
        documentation_url: DOCS
      })
    }
    const name = url.searchParams.get('name') ?? ''
    if (release.assets.some(asset => asset.name === name)) {
      return this.send(response, seen, 422, {
        message: 'Validation Failed',
        errors: [{ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' }],
        documentation_url: DOCS
      })
    }
    const asset = this.addAsset(release, name, raw)
    asset.contentType = request.headers['content-type'] ?? 'application/octet-stream'
    this.send(response, seen, 201, this.assetJson(asset))
  }
}
