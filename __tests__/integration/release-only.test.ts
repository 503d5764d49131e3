/**
 * release-only: the release gate, through its registry entry with the real index client and
 * the real GitHub release client, finds no local wheel and no artifact and takes the wheel the
 * production index holds. Against a real pypiserver (read with credentials in index-url, which
 * never reach the log) and the local GitHub stand-in, the release ends holding exactly the
 * index's bytes; against a file:// index too. An index that lies about the digest fails the
 * gate with nothing attached and nothing left on disk; an index without the version gives the
 * usual "no wheel" error.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { loadGate } from '../../src/gates/registry.js'
import { StaticIndex } from '../../src/pypi/static.js'
import { parseSettings } from '../../src/settings.js'
import { GateError } from '../../src/util/errors.js'
import { inspectWheel } from '../../src/wheelfile/inspect.js'
import { testContext, testEnvironment } from '../helpers/context.js'
import { GitHubTestServer } from '../helpers/github-server.js'
import { startPypiServer, type PypiServer } from '../helpers/pypiserver.js'
import { testPython } from '../helpers/python.js'
import { buildWheel } from '../helpers/wheels.js'

const VERSION = '0.10.0'
const FILENAME = `vllm_cpu-${VERSION}-cp312-cp312-manylinux_2_28_x86_64.whl`
const SECRET = 'index-password-4711'

let root: string
let wheel: string
let wheelBytes: Buffer
let pypi: PypiServer
let github: GitHubTestServer

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'release-only-'))
  const made = path.join(root, 'made')
  await mkdir(made)
  wheel = await buildWheel(made, {
    name: 'vllm-cpu',
    version: VERSION,
    tags: 'cp312-cp312-manylinux_2_28_x86_64'
  })
  wheelBytes = await readFile(wheel)
  pypi = await startPypiServer({ token: null })
})
afterAll(async () => {
  await pypi?.stop()
  await rm(root, { recursive: true, force: true })
})

/** Runs gate: release in a fresh working directory (no dist/) against a fresh GitHub. */
async function release(values: Record<string, string>) {
  github = await GitHubTestServer.start()
  const cwd = await mkdtemp(path.join(root, 'job-'))
  const context = testContext(cwd, {
    env: testEnvironment({
      GITHUB_API_URL: github.apiUrl,
      GITHUB_REPOSITORY: `${github.owner}/${github.repo}`,
      GITHUB_SHA: 'a'.repeat(40)
    })
  })
  const all: Record<string, string> = {
    gate: 'release',
    python: testPython(),
    version: VERSION,
    'github-token': 'write-token',
    ...values
  }
  const settings = parseSettings(name => all[name] ?? '')
  const error = await (
    await loadGate('release')
  )(settings, context).then(
    () => null,
    (e: unknown) => e
  )
  await github.stop()
  const assets = github.releases.flatMap(r => r.assets)
  return { error, context, cwd, assets }
}

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex')
}

async function wheelsUnder(dir: string): Promise<string[]> {
  const found = await readdir(dir, { recursive: true }).catch(() => [] as string[])
  return found.filter(name => name.endsWith('.whl') || name.endsWith('.part'))
}

describe('release-only: the release takes the production index copy', () => {
  it('attaches exactly the file pypiserver holds, naming its URL without credentials', async () => {
    await copyFile(wheel, path.join(pypi.packages, FILENAME))
    const simple = new URL(pypi.simpleUrl)
    simple.username = 'reader'
    simple.password = SECRET
    const { error, context, assets } = await release({
      repository: pypi.url,
      'index-url': simple.href
    })
    expect(error).toBeNull()
    expect(assets.map(a => a.name)).toEqual([FILENAME])
    expect(assets[0]!.content.equals(wheelBytes)).toBe(true)
    expect(sha256(assets[0]!.content)).toBe(
      sha256(await readFile(path.join(pypi.packages, FILENAME)))
    )
    const row = context.log.entriesFor('release').find(e => e.target === FILENAME)
    expect(row?.decision).toBe('reused')
    expect(row?.reason).toContain(`taken from the production index, http://127.0.0.1:`)
    expect(row?.reason).toContain(`sha256 ${sha256(wheelBytes)} matches`)
    const everything = JSON.stringify([context.log.entries(), context.logger.lines])
    expect(everything).not.toContain(SECRET)
    expect(github.violations).toEqual([])
  })

  it('takes it from a file:// index when the named artifact does not exist', async () => {
    const indexDir = path.join(root, 'static-index')
    await new StaticIndex(indexDir).add(await inspectWheel(wheel, { maxFileSize: 1 << 30 }))
    const { error, context, assets } = await release({
      repository: pathToFileURL(indexDir).href,
      'wheel-artifact': 'wheel-vllm-cpu-0.10.0-cp312-x86_64'
    })
    expect(error).toBeNull()
    expect(assets.map(a => a.name)).toEqual([FILENAME])
    expect(assets[0]!.content.equals(wheelBytes)).toBe(true)
    expect(context.log.entriesFor('release').map(e => e.decision)).toContain('reused')
  })

  it('fails with nothing attached when the index lies about the digest', async () => {
    const liar = http.createServer((req, res) => {
      if (req.url === '/simple/vllm-cpu/') {
        res.setHeader('Content-Type', 'text/html')
        res.end(`<a href="/files/${FILENAME}#sha256=${'0'.repeat(64)}">${FILENAME}</a>`)
      } else if (req.url === `/files/${FILENAME}`) {
        res.end(wheelBytes)
      } else res.writeHead(404).end()
    })
    await new Promise<void>(resolve => liar.listen(0, '127.0.0.1', resolve))
    const base = `http://127.0.0.1:${(liar.address() as AddressInfo).port}/`
    try {
      const { error, context, cwd, assets } = await release({
        repository: `${base}legacy/`,
        'work-dir': 'state'
      })
      expect(error).toBeInstanceOf(GateError)
      expect((error as GateError).message).toMatch(
        new RegExp(
          `${FILENAME.replace(/\./g, '\\.')} downloaded from the production index is not the file the index lists: .*has sha256 ${sha256(wheelBytes)}, but the index states ${'0'.repeat(64)}.*deleted and nothing was attached`
        )
      )
      expect(assets).toEqual([])
      expect(github.releases).toEqual([])
      expect(await wheelsUnder(path.join(cwd, 'state'))).toEqual([])
      expect(context.log.entriesFor('release').map(e => e.decision)).toEqual(['failed'])
    } finally {
      await new Promise(resolve => liar.close(resolve))
    }
  })

  it('gives the usual no-wheel error when the index holds no file of the version', async () => {
    const { error, assets } = await release({
      repository: pypi.url,
      'index-url': pypi.simpleUrl,
      version: '0.11.0'
    })
    expect(error).toBeInstanceOf(GateError)
    expect((error as GateError).message).toMatch(
      /^No wheel matches 'dist\/\*\.whl' \(looked in .*\)\. The production index \(http:\/\/127\.0\.0\.1:\d+\/\) holds no wheel of vllm-cpu 0\.11\.0 matching '\*\.whl' either\.$/
    )
    expect((error as GateError).hint).toMatch(/Build the wheel first/)
    expect(assets).toEqual([])
  })

  it('leaves the index alone when the version is not known', async () => {
    const { error } = await release({ repository: pypi.url, version: '' })
    expect((error as GateError).message).toMatch(/^No wheel matches 'dist\/\*\.whl'/)
    expect((error as GateError).message).not.toContain('production index')
  })
})
