/**
 * The pipeline end to end: the real build gate on the vLLM replica (runtime dispatch), two real
 * pypiservers (test and production), real venv/uv installs with the real CPU torch, and the
 * local GitHub API stand-in. First run publishes both and releases; the second changes nothing
 * and verifies again; a verify failure stops before production; dry-run writes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readdirSync } from 'node:fs'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { GateContext } from '../../src/gates/context.js'
import { runPipeline } from '../../src/gates/pipeline/entry.js'
import { DecisionLog } from '../../src/report/decisions.js'
import { parseSettings, type Settings } from '../../src/settings.js'
import { MemoryLogger } from '../../src/util/logger.js'
import { testContext, testEnvironment } from '../helpers/context.js'
import { GitHubTestServer } from '../helpers/github-server.js'
import { startPypiServer, type PypiServer } from '../helpers/pypiserver.js'
import { gateFailure } from '../helpers/errors.js'
import { dependencySources, testPython } from '../helpers/python.js'
import { createVllmReplica, type VllmReplica } from '../helpers/vllm-replica.js'
import { buildVllmStandin } from '../helpers/standins.js'

const savedPath = process.env.PATH

let root = ''
let testIndex: PypiServer
let production: PypiServer
let github: GitHubTestServer
let source: VllmReplica

beforeAll(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'pipeline-it-'))
  // uv on PATH makes verify's installs take seconds instead of half a minute.
  process.env.PATH = `${path.dirname(testPython())}:${savedPath}`
  ;[testIndex, production, github, source] = await Promise.all([
    startPypiServer({ token: 'test-index-token-abcdef' }),
    startPypiServer({ token: 'production-token-123456' }),
    GitHubTestServer.start(),
    createVllmReplica()
  ])
})

afterAll(async () => {
  process.env.PATH = savedPath
  await Promise.all([testIndex?.stop(), production?.stop(), github?.stop(), source?.cleanup()])
  await fs.rm(root, { recursive: true, force: true })
})

function settings(values: Record<string, string>): Settings {
  const all: Record<string, string> = {
    gate: 'pipeline',
    python: testPython(),
    'work-dir': path.join(root, 'state'),
    'test-repository': testIndex.url,
    'test-index-url': testIndex.simpleUrl,
    'test-token': testIndex.token ?? '',
    repository: production.url,
    'index-url': production.simpleUrl,
    token: production.token ?? '',
    'dependency-index-urls': dependencySources().join(' '),
    'wait-timeout': '20',
    'github-token': 'write-token',
    ...values
  }
  return parseSettings(name => all[name] ?? '')
}

function context(confirm?: (q: string) => Promise<boolean>) {
  const log = new DecisionLog()
  const logger = new MemoryLogger()
  const ctx: GateContext = testContext(root, {
    log,
    logger,
    confirm,
    env: testEnvironment({
      GITHUB_API_URL: github.apiUrl,
      GITHUB_REPOSITORY: `${github.owner}/${github.repo}`,
      GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
      RUNNER_TEMP: root
    })
  })
  return { ctx, log, logger }
}

function stepDecisions(log: DecisionLog): Record<string, string | undefined> {
  const outputs = log.outputs()
  const steps = ['build', 'check', 'test-publish', 'verify', 'publish', 'release']
  return Object.fromEntries(steps.map(step => [step, outputs.get(`${step}-decision`)]))
}

const files = (server: PypiServer): string[] => readdirSync(server.packages).sort()

describe('pipeline', () => {
  it('first run builds, publishes to both indexes after verify, and releases', async () => {
    const { ctx, log, logger } = context()
    await runPipeline(settings({ 'vllm-source': source.dir }), ctx)
    expect(stepDecisions(log)).toEqual({
      build: 'built',
      check: 'passed',
      'test-publish': 'uploaded',
      verify: 'verified',
      publish: 'uploaded',
      release: 'created'
    })
    const outputs = log.outputs()
    expect(outputs.get('torch-version')).toBe('2.13.0+cpu')
    expect(outputs.get('torch-cuda')).toBe('')
    expect(outputs.get('vllm-generation')).toBe('runtime-dispatch')
    expect(outputs.get('vllm-platform')).toBe('CpuPlatform')
    const wheel = path.basename(outputs.get('wheel') ?? '')
    expect(files(testIndex)).toEqual([wheel])
    expect(files(production)).toEqual([wheel])
    const releases = github.releasesFor('v0.17.0-vllm-cpu')
    expect(releases).toHaveLength(1)
    expect(releases[0]!.assets.map(a => a.name)).toEqual([wheel])
    expect(github.violations).toEqual([])
    // Tokens were used but never printed.
    for (const secret of [testIndex.token!, production.token!, 'write-token']) {
      expect(logger.text()).not.toContain(secret)
    }
  }, 240_000)

  it('second run skips everything as identical and verifies again', async () => {
    const { ctx, log } = context()
    const before = { test: files(testIndex), production: files(production) }
    await runPipeline(settings({ 'vllm-source': source.dir }), ctx)
    expect(stepDecisions(log)).toEqual({
      build: 'reused',
      check: 'passed',
      'test-publish': 'skipped-identical',
      verify: 'verified',
      publish: 'skipped-identical',
      release: 'unchanged'
    })
    expect(log.entriesFor('verify').some(r => r.target === 'import torch')).toBe(true)
    expect({ test: files(testIndex), production: files(production) }).toEqual(before)
    expect(github.releasesFor('v0.17.0-vllm-cpu')).toHaveLength(1)
  }, 240_000)

  it('stops before production when verify fails, and says which step failed', async () => {
    const dir = path.join(root, 'broken')
    await fs.mkdir(dir)
    const broken = await buildVllmStandin(dir, { version: '0.7.0', commandExit: 3, requires: [] })
    const { ctx, log } = context()
    const error = await gateFailure(runPipeline(settings({ wheel: broken.path }), ctx))
    expect(error.message).toMatch(/^The verify step failed, so the steps after it did not run/)
    expect(stepDecisions(log)).toMatchObject({
      build: 'skipped',
      'test-publish': 'uploaded',
      verify: 'failed',
      publish: 'skipped',
      release: 'skipped'
    })
    expect(files(testIndex)).toContain(broken.filename)
    expect(files(production)).not.toContain(broken.filename)
    expect(github.releasesFor('v0.7.0-vllm-cpu')).toHaveLength(0)
  }, 240_000)

  it('does not upload to production when the person at the terminal declines', async () => {
    const dir = path.join(root, 'declined')
    await fs.mkdir(dir)
    const wheel = await buildVllmStandin(dir, { version: '0.7.1' })
    const questions: string[] = []
    const { ctx, log } = context(async question => {
      questions.push(question)
      return false
    })
    const error = await gateFailure(runPipeline(settings({ wheel: wheel.path }), ctx))
    expect(stepDecisions(log).verify).toBe('verified')
    expect(questions).toHaveLength(1)
    expect(questions[0]).toContain(wheel.filename)
    expect(error.message).toMatch(/declined/)
    expect(stepDecisions(log).publish).toBe('failed')
    expect(files(production)).not.toContain(wheel.filename)
  }, 240_000)

  it('stops before the first upload when production holds another file under the name', async () => {
    const taken = path.join(root, 'taken')
    const ours = path.join(root, 'ours')
    await Promise.all([fs.mkdir(taken), fs.mkdir(ours)])
    const other = await buildVllmStandin(taken, { version: '0.7.2', extra: 'another build' })
    const wheel = await buildVllmStandin(ours, { version: '0.7.2', requires: [] })
    expect(wheel.filename).toBe(other.filename)
    expect(wheel.sha256).not.toBe(other.sha256)
    await fs.copyFile(other.path, path.join(production.packages, other.filename))
    const before = files(testIndex)
    const { ctx, log } = context()
    const error = await gateFailure(runPipeline(settings({ wheel: wheel.path }), ctx))
    expect(error.message).toMatch(/^Nothing was uploaded anywhere: .*can never be replaced/)
    expect(stepDecisions(log)).toEqual({
      build: 'skipped',
      check: 'passed',
      'test-publish': 'skipped',
      verify: 'skipped',
      publish: 'conflict',
      release: 'skipped'
    })
    expect(files(testIndex)).toEqual(before)
    expect(github.releasesFor('v0.7.2-vllm-cpu')).toHaveLength(0)
  }, 60_000)

  it('dry-run reads and decides but writes nothing anywhere', async () => {
    const dir = path.join(root, 'dry')
    await fs.mkdir(dir)
    const wheel = await buildVllmStandin(dir, { version: '0.8.0', requires: [] })
    const before = {
      test: files(testIndex),
      production: files(production),
      releases: github.releases.length
    }
    const { ctx, log } = context()
    await runPipeline(settings({ wheel: wheel.path, 'dry-run': 'true' }), ctx)
    expect(stepDecisions(log)).toMatchObject({
      'test-publish': 'dry-run',
      verify: 'dry-run',
      publish: 'dry-run',
      release: 'dry-run'
    })
    expect({
      test: files(testIndex),
      production: files(production),
      releases: github.releases.length
    }).toEqual(before)
  }, 240_000)
})
