/**
 * The wheel between jobs and runs through the real toolkit: the bundled action runs as separate
 * processes with the environment GitHub gives a job (GITHUB_ACTIONS, a fresh workspace and
 * RUNNER_TEMP, the runtime token and service URLs pointing at the Actions services stand-in), so
 * the store selection takes the Actions branch and @actions/artifact and @actions/cache do real
 * uploads and downloads. The build job uploads the wheel as an artifact and saves the wheel
 * cache; a later job of the run restores the cache (`reused`) and takes the artifact by NAME; a
 * job of a later run takes it by RUN_ID/NAME through the GitHub stand-in's REST routes.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { ActionsServices } from '../helpers/actions-services.js'
import { runActionStep, type StepResult } from '../helpers/action-step.js'
import { GitHubTestServer } from '../helpers/github-server.js'
import { testPython } from '../helpers/python.js'
import { createVllmReplica, type VllmReplica } from '../helpers/vllm-replica.js'

let scratch = ''
let workspace = ''
let services: ActionsServices
let github: GitHubTestServer
let source: VllmReplica

beforeAll(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'toolkit-roundtrip-'))
  // Every job of a repository gets the same workspace path on a fresh runner.
  workspace = path.join(scratch, 'work', 'vllm-cpu', 'vllm-cpu')
  ;[services, github, source] = await Promise.all([
    ActionsServices.start(),
    GitHubTestServer.start(),
    createVllmReplica()
  ])
  github.serveArtifacts(services)
})

afterAll(async () => {
  await Promise.all([services?.stop(), github?.stop(), source?.cleanup()])
  await rm(scratch, { recursive: true, force: true })
})

/** Runs one step of the action as a fresh job of run `runId` (a new runner: empty workspace). */
async function job(
  runId: number,
  name: string,
  inputs: Record<string, string>
): Promise<StepResult> {
  await rm(workspace, { recursive: true, force: true })
  await mkdir(workspace, { recursive: true })
  const temp = await mkdtemp(path.join(scratch, 'runner-temp-'))
  const result = await runActionStep({
    inputs,
    cwd: workspace,
    scratch,
    env: {
      PATH: `${path.dirname(testPython())}:${process.env.PATH ?? ''}`,
      HOME: process.env.HOME ?? os.homedir(),
      GITHUB_ACTIONS: 'true',
      CI: 'true',
      GITHUB_WORKSPACE: workspace,
      RUNNER_TEMP: temp,
      GITHUB_RUN_ID: String(runId),
      GITHUB_JOB: name,
      GITHUB_REPOSITORY: `${github.owner}/${github.repo}`,
      GITHUB_SHA: source.commit,
      GITHUB_API_URL: github.apiUrl,
      ...services.jobEnvironment({ runId, job: name })
    }
  })
  if (result.status !== 0) {
    throw new Error(`job ${name} of run ${runId} failed:\n${result.stdout}\n${result.stderr}`)
  }
  return result
}

it('builds, then a later job reuses the cache and downloads by NAME, a later run by RUN_ID/NAME', async () => {
  const build = { gate: 'build', 'vllm-source': source.dir, python: testPython() }
  const built = await job(7001, 'build', build)
  expect(built.outputs).toMatchObject({ decision: 'built', 'cache-hit': 'false' })
  const name = built.outputs['artifact-name']!
  expect(services.runArtifacts(7001).map(a => a.name)).toEqual([name])
  expect(services.caches.filter(c => c.finalized)).toHaveLength(1)
  expect(built.summary).toContain('built')

  // A later job of the same run, on a fresh runner: the wheel comes from the cache.
  const reused = await job(7001, 'build (re-run)', build)
  expect(reused.outputs).toMatchObject({
    decision: 'reused',
    'cache-hit': 'true',
    sha256: built.outputs.sha256,
    'artifact-name': name
  })

  const byName = await job(7001, 'check', { gate: 'check', 'wheel-artifact': name })
  expect(byName.outputs).toMatchObject({ decision: 'passed', sha256: built.outputs.sha256 })

  // Another run takes it through GitHub's REST API, with a token that may read it.
  const byRun = await job(7002, 'check', {
    gate: 'check',
    'wheel-artifact': `7001/${name}`,
    'github-token': 'read-token'
  })
  expect(byRun.outputs).toMatchObject({ decision: 'passed', sha256: built.outputs.sha256 })
  expect(github.count('actions/download-artifact')).toBe(1)

  expect(services.allViolations()).toEqual([])
  expect(github.violations).toEqual([])
}, 240_000)
