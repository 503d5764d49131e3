/**
 * A local stand-in for the Actions services that @actions/artifact 6 and @actions/cache 6 call,
 * so tests run the real toolkit: the results service's twirp endpoints
 * (`/twirp/github.actions.results.api.v1.ArtifactService/*` and `.CacheService/*`, JSON bodies
 * checked against the toolkit's generated messages) and the blob storage they sign URLs for
 * (blob-storage.ts). A job authenticates as GitHub's runner does, with ACTIONS_RUNTIME_TOKEN: a
 * JWT whose `scp` claim carries `Actions.Results:<run backend id>:<job backend id>` (what the
 * toolkit reads) and whose `ac` claim the cache scopes (`[{"Scope":"refs/heads/main",
 * "Permission":3}]`, 1 read, 2 write). The rules are the services' as the toolkit and GitHub's
 * documentation describe them: artifacts belong to a run and are visible to all its jobs once
 * finalized, a name is taken once per run (409 `an artifact with this name already exists on
 * the workflow run`); cache entries are immutable per key, version and scope (409 `cache entry
 * with the same key, version, and scope already exists`) and restore by exact key, then a
 * prefix of the key, then the restore keys as prefixes, newest first, scope by scope.
 */
import { createHash, createHmac, randomBytes } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { BlobStorage } from './blob-storage.js'
import { checkMessage, hasMessage } from './twirp-messages.js'

type Json = Record<string, unknown>

/** An artifact as the service keeps it. */
export interface StoredArtifact {
  readonly id: number
  readonly runId: number
  readonly runBackendId: string
  readonly jobBackendId: string
  readonly name: string
  readonly blob: string
  readonly createdAt: string
  size: number
  digest: string | null
  finalized: boolean
}

/** A cache entry as the service keeps it. */
export interface StoredCacheEntry {
  readonly id: number
  readonly key: string
  readonly version: string
  readonly scope: string
  readonly blob: string
  readonly createdAt: number
  size: number
  finalized: boolean
}

/** One job as the services know it: its run and its own backend id. */
export interface JobIdentity {
  readonly runId: number
  /** The job's name (with the matrix values), for the job backend id. */
  readonly job: string
  /** Cache scopes, most specific first; default: the main branch, read and write. */
  readonly scopes?: readonly { readonly scope: string; readonly permission: number }[]
}

interface Claims {
  readonly runBackendId: string
  readonly jobBackendId: string
  readonly scopes: { scope: string; permission: number }[]
}

class TwirpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string
  ) {
    super(message)
  }
}

function backendId(seed: string): string {
  const hex = createHash('sha256').update(seed).digest('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`
}

const base64url = (value: string | Buffer): string => Buffer.from(value).toString('base64url')

/** The running services: URLs for the job environment, state, and what went wrong. */
export class ActionsServices {
  readonly artifacts: StoredArtifact[] = []
  readonly caches: StoredCacheEntry[] = []
  readonly requests: { method: string; status: number }[] = []
  /** Requests or answers that do not fit the services' protocol. */
  readonly violations: string[] = []
  readonly blobs = new BlobStorage()
  /** ACTIONS_RESULTS_URL. */
  resultsUrl = ''
  private nextId = 1
  private readonly secret = randomBytes(32)
  private readonly runs = new Map<string, number>()
  private server: http.Server | null = null

  /** Starts the results service and the blob storage on 127.0.0.1. */
  static async start(): Promise<ActionsServices> {
    const services = new ActionsServices()
    await services.blobs.start()
    services.server = http.createServer((request, response) => {
      services.handle(request, response).catch((error: unknown) => {
        services.violations.push(`results server error: ${String(error)}`)
        if (!response.headersSent) response.writeHead(500)
        response.end()
      })
    })
    await new Promise<void>(done => services.server!.listen(0, '127.0.0.1', done))
    const { port } = services.server.address() as AddressInfo
    services.resultsUrl = `http://127.0.0.1:${port}/`
    return services
  }

  /** Stops both listeners. */
  async stop(): Promise<void> {
    if (this.server) {
      this.server.closeAllConnections()
      await new Promise(done => this.server!.close(done))
    }
    await this.blobs.stop()
  }

  /** Every protocol problem of both parts. */
  allViolations(): string[] {
    return [...this.violations, ...this.blobs.violations]
  }

  /** The run's backend id, as the runner's token carries it. */
  runBackendId(runId: number): string {
    const id = backendId(`run ${runId}`)
    this.runs.set(id, runId)
    return id
  }

  /** ACTIONS_RUNTIME_TOKEN for a job: a signed JWT with the claims the toolkit reads. */
  runtimeToken(job: JobIdentity): string {
    const scopes = job.scopes ?? [{ scope: 'refs/heads/main', permission: 3 }]
    const now = Math.floor(Date.now() / 1000)
    const run = this.runBackendId(job.runId)
    const payload = {
      scp: `Actions.GenericRead:00000000-0000-0000-0000-000000000000 Actions.Results:${run}:${backendId(`job ${job.runId} ${job.job}`)} Actions.UploadArtifacts:${run}`,
      ac: JSON.stringify(scopes.map(s => ({ Scope: s.scope, Permission: s.permission }))),
      iss: 'vstoken.actions.githubusercontent.com',
      aud: 'vso:local',
      nbf: now - 60,
      exp: now + 6 * 3600
    }
    const unsigned = `${base64url(JSON.stringify({ typ: 'JWT', alg: 'HS256' }))}.${base64url(JSON.stringify(payload))}`
    return `${unsigned}.${base64url(createHmac('sha256', this.secret).update(unsigned).digest())}`
  }

  /** The runtime variables GitHub gives a job: the toolkit finds the services through them. */
  jobEnvironment(job: JobIdentity): Record<string, string> {
    return {
      ACTIONS_RUNTIME_TOKEN: this.runtimeToken(job),
      ACTIONS_RESULTS_URL: this.resultsUrl,
      ACTIONS_CACHE_SERVICE_V2: 'True',
      // Anything but github.com, *.ghe.com and *.localhost counts as GitHub Enterprise Server,
      // where the toolkit refuses these services.
      GITHUB_SERVER_URL: 'https://github.com'
    }
  }

  /** The finalized artifacts of a workflow run, as GitHub's REST API lists them. */
  runArtifacts(runId: number): StoredArtifact[] {
    return this.artifacts.filter(a => a.runId === runId && a.finalized)
  }

  /** A signed URL to read an artifact's zip (where GitHub's download redirect points). */
  artifactDownloadUrl(artifact: StoredArtifact): string {
    return this.blobs.sign(artifact.blob, 'r')
  }

  private claims(request: http.IncomingMessage): Claims {
    const token = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1] ?? ''
    const [header = '', payload = '', signature = ''] = token.split('.')
    const expected = base64url(
      createHmac('sha256', this.secret).update(`${header}.${payload}`).digest()
    )
    if (signature !== expected) {
      throw new TwirpError(401, 'unauthenticated', 'the runtime token is missing or invalid')
    }
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Json
    const results = String(claims.scp)
      .split(' ')
      .map(scope => scope.split(':'))
      .find(parts => parts[0] === 'Actions.Results')
    const scopes = (JSON.parse(String(claims.ac ?? '[]')) as Json[]).map(s => ({
      scope: String(s.Scope),
      permission: Number(s.Permission)
    }))
    return { runBackendId: results?.[1] ?? '', jobBackendId: results?.[2] ?? '', scopes }
  }

  private async handle(request: http.IncomingMessage, response: http.ServerResponse) {
    const chunks: Buffer[] = []
    for await (const chunk of request) chunks.push(chunk as Buffer)
    const match = /^\/twirp\/github\.actions\.results\.api\.v1\.(\w+)\/(\w+)$/.exec(
      new URL(request.url ?? '/', 'http://x').pathname
    )
    const method = match ? `${match[1]}/${match[2]}` : String(request.url)
    const answer = (status: number, body: Json) => {
      this.requests.push({ method, status })
      response.writeHead(status, { 'content-type': 'application/json' })
      response.end(JSON.stringify(body))
    }
    try {
      if (!match || request.method !== 'POST' || !hasMessage(`${match[2]}Request`)) {
        throw new TwirpError(404, 'bad_route', `no handler for ${request.method} ${request.url}`)
      }
      if (!String(request.headers['content-type']).startsWith('application/json')) {
        this.violations.push(`${method}: content-type ${String(request.headers['content-type'])}`)
      }
      const claims = this.claims(request)
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Json
      this.violations.push(...checkMessage(`${match[2]}Request`, body))
      const result = this.dispatch(`${match[1]}/${match[2]}`, claims, body)
      this.violations.push(...checkMessage(`${match[2]}Response`, result))
      answer(200, result)
    } catch (error) {
      if (!(error instanceof TwirpError)) throw error
      answer(error.status, { code: error.code, msg: error.message })
    }
  }

  private dispatch(method: string, claims: Claims, body: Json): Json {
    switch (method) {
      case 'ArtifactService/CreateArtifact':
        return this.createArtifact(claims, body)
      case 'ArtifactService/FinalizeArtifact':
        return this.finalizeArtifact(claims, body)
      case 'ArtifactService/ListArtifacts':
        return this.listArtifacts(claims, body)
      case 'ArtifactService/GetSignedArtifactURL':
        return this.signedArtifactUrl(claims, body)
      case 'ArtifactService/DeleteArtifact':
        return this.deleteArtifact(claims, body)
      case 'CacheService/CreateCacheEntry':
        return this.createCacheEntry(claims, body)
      case 'CacheService/FinalizeCacheEntryUpload':
        return this.finalizeCacheEntry(claims, body)
      case 'CacheService/GetCacheEntryDownloadURL':
        return this.cacheDownloadUrl(claims, body)
      default:
        throw new TwirpError(501, 'unimplemented', `${method} is not implemented here`)
    }
  }

  /** Requests name the run and job of the token; another run's ids are refused. */
  private checkIds(claims: Claims, body: Json, job = true): void {
    if (
      body.workflow_run_backend_id !== claims.runBackendId ||
      (job && body.workflow_job_run_backend_id !== claims.jobBackendId)
    ) {
      throw new TwirpError(403, 'permission_denied', 'the backend ids do not match the token')
    }
  }

  private createArtifact(claims: Claims, body: Json): Json {
    this.checkIds(claims, body)
    const name = String(body.name ?? '')
    if (Number(body.version) < 4) {
      throw new TwirpError(400, 'invalid_argument', 'artifact version 4 or later is required')
    }
    if (this.artifacts.some(a => a.runBackendId === claims.runBackendId && a.name === name)) {
      throw new TwirpError(
        409,
        'already_exists',
        'an artifact with this name already exists on the workflow run'
      )
    }
    const id = this.nextId++
    const artifact: StoredArtifact = {
      id,
      runId: this.runs.get(claims.runBackendId) ?? 0,
      runBackendId: claims.runBackendId,
      jobBackendId: claims.jobBackendId,
      name,
      blob: `${claims.runBackendId}/${id}/${name}.zip`,
      createdAt: new Date().toISOString(),
      size: 0,
      digest: null,
      finalized: false
    }
    this.artifacts.push(artifact)
    return { ok: true, signed_upload_url: this.blobs.sign(artifact.blob, 'w') }
  }

  private finalizeArtifact(claims: Claims, body: Json): Json {
    this.checkIds(claims, body)
    const artifact = this.artifacts.find(
      a =>
        a.runBackendId === claims.runBackendId &&
        a.jobBackendId === claims.jobBackendId &&
        a.name === body.name &&
        !a.finalized
    )
    const blob = artifact ? this.blobs.blobs.get(artifact.blob) : undefined
    if (!artifact || !blob) {
      throw new TwirpError(404, 'not_found', 'no artifact upload to finalize under this name')
    }
    if (Number(body.size) !== blob.content.length) {
      this.violations.push(
        `FinalizeArtifact ${artifact.name}: size ${String(body.size)}, blob ${blob.content.length}`
      )
    }
    const digest = typeof body.hash === 'string' ? body.hash : null
    const actual = `sha256:${createHash('sha256').update(blob.content).digest('hex')}`
    if (digest !== null && digest !== actual) {
      throw new TwirpError(400, 'invalid_argument', `hash ${digest} does not match the upload`)
    }
    artifact.size = blob.content.length
    artifact.digest = digest
    artifact.finalized = true
    return { ok: true, artifact_id: String(artifact.id) }
  }

  private artifactJson(artifact: StoredArtifact): Json {
    return {
      workflow_run_backend_id: artifact.runBackendId,
      workflow_job_run_backend_id: artifact.jobBackendId,
      database_id: String(artifact.id),
      name: artifact.name,
      size: String(artifact.size),
      created_at: artifact.createdAt,
      ...(artifact.digest ? { digest: artifact.digest } : {})
    }
  }

  private listArtifacts(claims: Claims, body: Json): Json {
    this.checkIds(claims, body)
    const found = this.artifacts.filter(
      a =>
        a.runBackendId === claims.runBackendId &&
        a.finalized &&
        (body.name_filter === undefined || a.name === body.name_filter) &&
        (body.id_filter === undefined || String(a.id) === String(body.id_filter))
    )
    return { artifacts: found.map(a => this.artifactJson(a)) }
  }

  private signedArtifactUrl(claims: Claims, body: Json): Json {
    this.checkIds(claims, body, false)
    const artifact = this.artifacts.find(
      a => a.runBackendId === body.workflow_run_backend_id && a.name === body.name && a.finalized
    )
    if (!artifact) throw new TwirpError(404, 'not_found', 'artifact not found')
    return { signed_url: this.blobs.sign(artifact.blob, 'r') }
  }

  private deleteArtifact(claims: Claims, body: Json): Json {
    // Any job of the run may delete the run's artifact; the request names the job that made it.
    this.checkIds(claims, body, false)
    const index = this.artifacts.findIndex(
      a =>
        a.runBackendId === claims.runBackendId &&
        a.jobBackendId === body.workflow_job_run_backend_id &&
        a.name === body.name &&
        a.finalized
    )
    if (index < 0) throw new TwirpError(404, 'not_found', 'artifact not found')
    const [removed] = this.artifacts.splice(index, 1)
    return { ok: true, artifact_id: String(removed!.id) }
  }

  private writeScope(claims: Claims): string {
    const scope = claims.scopes.find(s => (s.permission & 2) !== 0)
    if (!scope) {
      throw new TwirpError(
        403,
        'permission_denied',
        'cache write denied: token has no writable scopes'
      )
    }
    return scope.scope
  }

  private createCacheEntry(claims: Claims, body: Json): Json {
    const scope = this.writeScope(claims)
    const key = String(body.key ?? '')
    const version = String(body.version ?? '')
    if (this.caches.some(c => c.scope === scope && c.key === key && c.version === version)) {
      throw new TwirpError(
        409,
        'already_exists',
        'cache entry with the same key, version, and scope already exists'
      )
    }
    const id = this.nextId++
    const entry: StoredCacheEntry = {
      id,
      key,
      version,
      scope,
      blob: `caches/${id}`,
      createdAt: Date.now() + id / 1000,
      size: 0,
      finalized: false
    }
    this.caches.push(entry)
    return { ok: true, signed_upload_url: this.blobs.sign(entry.blob, 'w') }
  }

  private finalizeCacheEntry(claims: Claims, body: Json): Json {
    const scope = this.writeScope(claims)
    const entry = this.caches.find(
      c => c.scope === scope && c.key === body.key && c.version === body.version && !c.finalized
    )
    const blob = entry ? this.blobs.blobs.get(entry.blob) : undefined
    if (!entry || !blob) {
      throw new TwirpError(404, 'not_found', 'no cache upload to finalize under this key')
    }
    if (Number(body.size_bytes) !== blob.content.length) {
      return { ok: false, message: `size ${String(body.size_bytes)} does not match the upload` }
    }
    entry.size = blob.content.length
    entry.finalized = true
    return { ok: true, entry_id: String(entry.id) }
  }

  private cacheDownloadUrl(claims: Claims, body: Json): Json {
    const version = String(body.version ?? '')
    const key = String(body.key ?? '')
    const restoreKeys = (body.restore_keys as string[] | undefined) ?? []
    for (const { scope, permission } of claims.scopes) {
      if ((permission & 1) === 0) continue
      const usable = this.caches
        .filter(c => c.scope === scope && c.version === version && c.finalized)
        .sort((a, b) => b.createdAt - a.createdAt)
      const hit =
        usable.find(c => c.key === key) ??
        usable.find(c => c.key.startsWith(key)) ??
        restoreKeys.map(prefix => usable.find(c => c.key.startsWith(prefix))).find(Boolean)
      if (hit) {
        return {
          ok: true,
          signed_download_url: this.blobs.sign(hit.blob, 'r'),
          matched_key: hit.key
        }
      }
    }
    return { ok: false }
  }
}
