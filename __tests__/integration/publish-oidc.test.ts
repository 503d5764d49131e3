/**
 * Trusted publishing against a local stand-in for the index's two OIDC endpoints and GitHub's
 * token URL, through the real @actions/core getIDToken; then a real upload with the minted token.
 */
import fs from 'node:fs/promises'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { publishGate } from '../../src/gates/publish/gate.js'
import { realPublishPorts } from '../helpers/publish-ports.js'
import { githubIdToken, mintTrustedPublishingToken } from '../../src/pypi/oidc.js'
import { DecisionLog } from '../../src/report/decisions.js'
import { GateError } from '../../src/util/errors.js'
import { MemoryLogger } from '../../src/util/logger.js'
import { inspectWheel } from '../../src/wheelfile/inspect.js'
import { startPypiServer, type PypiServer } from '../helpers/pypiserver.js'
import { buildWheel } from '../helpers/wheels.js'

const RUNTIME_TOKEN = 'github-runtime-request-token-xyz'

function jwt(claims: Record<string, unknown>): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')
  return `${part({ alg: 'RS256', typ: 'JWT' })}.${part(claims)}.c2lnbmF0dXJl`
}

interface StandIn {
  origin: string
  audienceStatus: number
  mint: { status: number; body: unknown }
  claims: Record<string, unknown>
  seen: { audience: string | null; authorization: string | null; exchanged: string | null }
  close(): Promise<void>
}

async function startStandIn(): Promise<StandIn> {
  const standIn: StandIn = {
    origin: '',
    audienceStatus: 200,
    mint: { status: 200, body: {} },
    claims: {},
    seen: { audience: null, authorization: null, exchanged: null },
    close: async () => undefined
  }
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      res.setHeader('Content-Type', 'application/json')
      if (url.pathname === '/_/oidc/audience') {
        res.statusCode = standIn.audienceStatus
        res.end(JSON.stringify({ audience: 'testpypi-local' }))
      } else if (url.pathname === '/github/token') {
        standIn.seen.audience = url.searchParams.get('audience')
        standIn.seen.authorization = req.headers.authorization ?? null
        res.end(JSON.stringify({ value: jwt(standIn.claims) }))
      } else if (url.pathname === '/_/oidc/mint-token' && req.method === 'POST') {
        standIn.seen.exchanged = (
          JSON.parse(Buffer.concat(chunks).toString()) as { token: string }
        ).token
        res.statusCode = standIn.mint.status
        res.end(JSON.stringify(standIn.mint.body))
      } else {
        res.statusCode = 404
        res.end('{}')
      }
    })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  standIn.origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`
  standIn.close = () => new Promise(resolve => server.close(() => resolve()))
  return standIn
}

const CLAIMS = {
  sub: 'repo:acme/vllm-cpu:environment:pypi',
  repository: 'acme/vllm-cpu',
  repository_owner: 'acme',
  workflow_ref: 'acme/vllm-cpu/.github/workflows/release.yml@refs/tags/v1',
  job_workflow_ref: 'acme/vllm-cpu/.github/workflows/release.yml@refs/tags/v1',
  ref: 'refs/tags/v1',
  environment: 'pypi'
}

let standIn: StandIn
let server: PypiServer
let dir: string
const savedEnv = { ...process.env }

beforeAll(async () => {
  standIn = await startStandIn()
  server = await startPypiServer()
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'oidc-'))
})
afterAll(async () => {
  await standIn?.close()
  await server?.stop()
  if (dir) await fs.rm(dir, { recursive: true, force: true })
})
afterEach(() => {
  process.env.ACTIONS_ID_TOKEN_REQUEST_URL = savedEnv.ACTIONS_ID_TOKEN_REQUEST_URL
  process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN = savedEnv.ACTIONS_ID_TOKEN_REQUEST_TOKEN
  if (savedEnv.ACTIONS_ID_TOKEN_REQUEST_URL === undefined)
    delete process.env.ACTIONS_ID_TOKEN_REQUEST_URL
  if (savedEnv.ACTIONS_ID_TOKEN_REQUEST_TOKEN === undefined)
    delete process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN
})

function inGitHubActions(): void {
  process.env.ACTIONS_ID_TOKEN_REQUEST_URL = `${standIn.origin}/github/token?api-version=2.0`
  process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN = RUNTIME_TOKEN
}

async function mintError(logger = new MemoryLogger()): Promise<GateError> {
  try {
    await mintTrustedPublishingToken(standIn.origin, githubIdToken, logger)
  } catch (error) {
    return error as GateError
  }
  throw new Error('minting did not fail')
}

describe('trusted publishing', () => {
  it('mints a token, masks it, and uploads with it', async () => {
    inGitHubActions()
    standIn.claims = CLAIMS
    standIn.audienceStatus = 200
    standIn.mint = { status: 200, body: { success: true, token: server.token } }
    const out = path.join(dir, 'ok')
    await fs.mkdir(out)
    const wheel = await inspectWheel(
      await buildWheel(out, { name: 'vllm-cpu', version: '0.12.0', tags: 'py3-none-any' }),
      { maxFileSize: 1e8 }
    )
    const logger = new MemoryLogger()
    const log = new DecisionLog()
    const ports = {
      ...realPublishPorts(logger),
      mintToken: () => mintTrustedPublishingToken(standIn.origin, githubIdToken, logger)
    }
    await publishGate(
      { repository: server.url, indexUrl: server.simpleUrl, token: null, dryRun: false },
      [wheel],
      ports,
      log,
      logger
    )
    expect(log.entries().map(e => e.decision)).toEqual(['uploaded'])
    expect(standIn.seen.audience).toBe('testpypi-local')
    expect(standIn.seen.authorization).toBe(`Bearer ${RUNTIME_TOKEN}`)
    expect(standIn.seen.exchanged).toBe(jwt(CLAIMS))
    logger.info(`echo of secrets: ${server.token} ${jwt(CLAIMS)}`)
    const text = logger.text()
    expect(text).not.toContain(server.token!)
    expect(text).not.toContain(jwt(CLAIMS))
    expect(text).not.toContain(RUNTIME_TOKEN)
    expect(text).toMatch(/trusted publishing/)
  })

  it('explains a disabled (403) and an unsupported (404) index', async () => {
    inGitHubActions()
    standIn.audienceStatus = 403
    expect((await mintError()).message).toMatch(/disabled/)
    standIn.audienceStatus = 404
    expect((await mintError()).message).toMatch(/does not support trusted publishing/)
    standIn.audienceStatus = 200
  })

  it('names the missing id-token permission', async () => {
    delete process.env.ACTIONS_ID_TOKEN_REQUEST_URL
    delete process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN
    const error = await mintError()
    expect(error.message).toMatch(/ACTIONS_ID_TOKEN_REQUEST_URL/)
    expect(error.hint).toMatch(/id-token: write/)
  })

  it('shows the error codes and the claims that matter, and warns about reusable workflows', async () => {
    inGitHubActions()
    standIn.claims = {
      ...CLAIMS,
      job_workflow_ref: 'acme/shared/.github/workflows/publish.yml@refs/heads/main'
    }
    standIn.mint = {
      status: 422,
      body: {
        message: 'Token request failed',
        errors: [
          { code: 'invalid-publisher', description: 'valid token, but no corresponding publisher' }
        ]
      }
    }
    const logger = new MemoryLogger()
    const error = await mintError(logger)
    expect(error.message).toContain(
      'invalid-publisher: valid token, but no corresponding publisher'
    )
    for (const claim of [
      'repository: acme/vllm-cpu',
      'workflow_ref: acme/vllm-cpu/.github/workflows/release.yml',
      'job_workflow_ref: acme/shared/',
      'ref: refs/tags/v1',
      'environment: pypi'
    ]) {
      expect(error.message).toContain(claim)
    }
    expect(error.hint).toMatch(/trusted publisher/)
    expect(error.hint).toMatch(/reusable workflow/)
    expect(
      logger.lines.some(line => line.startsWith('warning:') && /reusable workflow/.test(line))
    ).toBe(true)
    expect(logger.text()).not.toContain(jwt(standIn.claims))
  })
})
