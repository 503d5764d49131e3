/**
 * Runs a reusable workflow (`on: workflow_call`) job by job the way GitHub's runner does, as far
 * as the chain between jobs goes: jobs in `needs` order, job and step `if:` conditions, the
 * matrix, a fresh workspace and RUNNER_TEMP per job, a fresh GITHUB_OUTPUT, GITHUB_STEP_SUMMARY,
 * GITHUB_ENV and GITHUB_PATH per step, `needs.<job>.outputs/result`, `steps.<id>.outputs`, the
 * job's GITHUB_TOKEN as its `permissions` make it (contents: write or read), the runtime
 * variables of the Actions services, and the workflow's outputs. Expressions go through
 * @actions/expressions. This action's steps run the bundled action as processes; `run:` steps
 * run in bash; everything else (actions/checkout, actions/setup-python, a step that would need
 * root) goes through an emulation the caller names (emulations.ts), and a step without one
 * fails the run rather than being skipped in silence.
 *
 * Not modelled, on purpose: concurrency groups, timeouts, environments' protection rules
 * (`environment: pypi` is recorded, no reviewer is asked), parallelism (legs run one by one).
 */
import { appendFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { parse } from 'yaml'
import { readActionMetadata } from '../action-metadata.js'
import { inputVariables, parseOutputFile, runStepProcess, ACTION_ENTRY } from '../action-step.js'
import type { ActionsServices } from '../actions-services.js'
import { asText, condition, interpolate, type Contexts, type Status } from './expressions.js'

type Doc = Record<string, unknown>

/** A step as the workflow file declares it. */
export interface StepSpec {
  readonly id?: string
  readonly name?: string
  readonly uses?: string
  readonly run?: string
  readonly if?: string
  readonly with?: Record<string, unknown>
  readonly env?: Record<string, unknown>
  readonly 'working-directory'?: string
}

/** What a step emulation gets and may change: the job's PATH entries and environment. */
export interface StepContext {
  readonly spec: StepSpec
  /** The step's `with:`, evaluated. */
  readonly with: Readonly<Record<string, string>>
  readonly workspace: string
  readonly env: Readonly<Record<string, string>>
  /** Directories the job puts in front of PATH (what GITHUB_PATH does). */
  readonly pathEntries: string[]
}

/** A stand-in for a step this machine cannot run as written; returns the step's outputs. */
export type StepEmulation = (step: StepContext) => Promise<Record<string, string>>

/** How the runner treats steps that are not this action's. */
export interface Emulations {
  /** By action (`actions/checkout`), without the `@ref`. */
  readonly uses: Readonly<Record<string, StepEmulation>>
  /** `run:` steps by their `name:`. */
  readonly runs: Readonly<Record<string, StepEmulation>>
}

/** One step as it ran. */
export interface StepRecord {
  readonly name: string
  readonly outcome: 'success' | 'failure' | 'skipped'
  readonly outputs: Record<string, string>
  readonly summary: string
  readonly log: string
  readonly seconds: number
}

/** One job leg (one matrix combination) as it ran. */
export interface JobRecord {
  readonly id: string
  readonly name: string
  readonly matrix: Record<string, unknown>
  readonly result: 'success' | 'failure' | 'skipped'
  readonly environment: string | null
  readonly token: string
  readonly steps: StepRecord[]
}

/** Everything a run needs besides the workflow file. */
export interface RunOptions {
  /** The workflow's text (tests may break it on purpose). */
  readonly workflow: string
  readonly inputs: Readonly<Record<string, unknown>>
  readonly secrets: Readonly<Record<string, string>>
  readonly runId: number
  readonly runAttempt?: number
  /** The caller's github context: repository, sha, ref, ... */
  readonly github: {
    readonly repository: string
    readonly sha: string
    readonly ref: string
    readonly apiUrl: string
  }
  /** GITHUB_TOKEN by the job's contents permission. */
  readonly tokens: { readonly write: string; readonly read: string }
  readonly services: ActionsServices
  readonly emulations: Emulations
  /** Scratch directory of the run: workspaces, runner temp, step files. */
  readonly root: string
  /** PATH and HOME of the runner machine. */
  readonly baseEnv: Readonly<Record<string, string>>
  /** True for a `uses:` that is this action (runs dist/index.js). */
  readonly isThisAction: (uses: string) => boolean
}

/** The run as it went. */
export interface RunRecord {
  readonly jobs: JobRecord[]
  readonly results: Record<string, 'success' | 'failure' | 'skipped'>
  readonly outputs: Record<string, string>
}

interface JobSpec {
  readonly needs?: string | string[]
  readonly if?: string
  readonly 'runs-on'?: unknown
  readonly permissions?: Record<string, string>
  readonly environment?: string | { readonly name: string }
  readonly strategy?: { readonly matrix?: unknown }
  readonly outputs?: Record<string, string>
  readonly env?: Record<string, unknown>
  readonly steps?: StepSpec[]
}

const needsOf = (job: JobSpec): string[] => (job.needs === undefined ? [] : [job.needs].flat())

/** Jobs in an order where each comes after everything it needs (file order otherwise). */
export function jobOrder(jobs: Readonly<Record<string, JobSpec>>): string[] {
  const order: string[] = []
  const visit = (id: string, trail: string[]): void => {
    if (order.includes(id)) return
    if (trail.includes(id)) throw new Error(`needs cycle: ${[...trail, id].join(' -> ')}`)
    const job = jobs[id]
    if (!job) throw new Error(`${trail.at(-1)} needs unknown job ${id}`)
    for (const need of needsOf(job)) visit(need, [...trail, id])
    order.push(id)
  }
  for (const id of Object.keys(jobs)) visit(id, [])
  return order
}

/** The matrix combinations: the product of the lists, then `include`, minus `exclude`. */
export function expandMatrix(matrix: unknown): Record<string, unknown>[] {
  if (matrix === undefined || matrix === null) return [{}]
  const spec = matrix as Record<string, unknown>
  const keys = Object.keys(spec).filter(k => k !== 'include' && k !== 'exclude')
  const includes = (spec.include as unknown[] | undefined) ?? []
  if (keys.length === 0 && includes.length === 0) {
    // GitHub refuses such a job outright (a workflow guards it with an `if:` on the count).
    throw new Error("Matrix vector 'include' does not contain any values")
  }
  let legs: Record<string, unknown>[] = [{}]
  for (const key of keys) {
    const values = spec[key]
    if (!Array.isArray(values)) throw new Error(`matrix.${key} is not a list: ${asText(values)}`)
    legs = legs.flatMap(leg => values.map(value => ({ ...leg, [key]: value })))
  }
  // A matrix of `include` only has no base combination: each entry is one leg (GitHub's rule).
  if (keys.length === 0) legs = []
  const excludes = (spec.exclude as Record<string, unknown>[] | undefined) ?? []
  legs = legs.filter(
    leg => !excludes.some(ex => Object.entries(ex).every(([k, v]) => leg[k] === v))
  )
  for (const include of (spec.include as Record<string, unknown>[] | undefined) ?? []) {
    const matching = legs.filter(leg => keys.every(k => !(k in include) || include[k] === leg[k]))
    if (keys.length > 0 && matching.length > 0) {
      for (const leg of matching) Object.assign(leg, include)
    } else legs.push({ ...include })
  }
  return legs.length > 0 ? legs : [{}]
}

/** The workflow_call inputs with their declared defaults and types applied. */
function callInputs(doc: Doc, given: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const declared = ((doc.on as Doc).workflow_call as Doc).inputs as Record<string, Doc>
  const inputs: Record<string, unknown> = {}
  for (const [name, spec] of Object.entries(declared)) {
    if (!(name in given) && spec.required === true) throw new Error(`input ${name} is required`)
    inputs[name] =
      name in given ? given[name] : (spec.default ?? (spec.type === 'boolean' ? false : ''))
  }
  for (const name of Object.keys(given)) {
    if (!(name in declared)) throw new Error(`${name} is not an input of the workflow`)
  }
  return inputs
}

async function readRunnerFile(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8')
  } catch {
    return ''
  }
}

/** Runs the workflow; never throws for a failing job (see `results`), only for a broken runner. */
export async function runWorkflow(options: RunOptions): Promise<RunRecord> {
  const doc = parse(options.workflow) as Doc
  const jobs = doc.jobs as Record<string, JobSpec>
  const inputs = callInputs(doc, options.inputs)
  const action = readActionMetadata()
  const records: JobRecord[] = []
  const results: Record<string, 'success' | 'failure' | 'skipped'> = {}
  const jobOutputs: Record<string, Record<string, string>> = {}
  const [owner] = options.github.repository.split('/')
  const github = {
    repository: options.github.repository,
    repository_owner: owner,
    sha: options.github.sha,
    ref: options.github.ref,
    ref_name: options.github.ref.replace(/^refs\/(heads|tags)\//, ''),
    run_id: String(options.runId),
    run_attempt: String(options.runAttempt ?? 1),
    event_name: 'workflow_call',
    api_url: options.github.apiUrl,
    server_url: 'https://github.com',
    workflow: String(doc.name ?? 'workflow')
  }
  const ancestors = (id: string): string[] => {
    const direct = needsOf(jobs[id]!)
    return [...new Set([...direct, ...direct.flatMap(ancestors)])]
  }

  for (const id of jobOrder(jobs)) {
    const job = jobs[id]!
    const needs = Object.fromEntries(
      needsOf(job).map(need => [need, { result: results[need], outputs: jobOutputs[need] ?? {} }])
    )
    const upstream = ancestors(id).map(a => results[a])
    const jobStatus: Status = {
      success: upstream.every(r => r === 'success'),
      failure: upstream.some(r => r === 'failure')
    }
    const base: Contexts = { github, inputs, secrets: options.secrets, needs, vars: {} }
    if (!condition(job.if, base, jobStatus)) {
      results[id] = 'skipped'
      records.push({
        id,
        name: id,
        matrix: {},
        result: 'skipped',
        environment: null,
        token: '',
        steps: []
      })
      continue
    }
    const legs = expandMatrix(interpolate(job.strategy?.matrix, base, jobStatus))
    const legResults: ('success' | 'failure')[] = []
    const outputs: Record<string, string> = {}
    for (const [index, matrix] of legs.entries()) {
      const permissions = (doc.permissions ?? {}) as Record<string, string>
      const record = await runJobLeg(
        options,
        action,
        { id, job, permissions, matrix, index, total: legs.length },
        {
          ...base,
          matrix,
          strategy: { 'job-index': index, 'job-total': legs.length, 'fail-fast': false }
        }
      )
      records.push(record.record)
      legResults.push(record.record.result === 'failure' ? 'failure' : 'success')
      // Matrix legs write the same outputs: a later leg's non-empty value wins, as on GitHub.
      for (const [key, value] of Object.entries(record.outputs))
        if (value !== '') outputs[key] = value
    }
    results[id] = legResults.includes('failure') ? 'failure' : 'success'
    jobOutputs[id] = outputs
  }
  const declared = (((doc.on as Doc).workflow_call as Doc).outputs ?? {}) as Record<string, Doc>
  const jobsContext = Object.fromEntries(
    Object.keys(jobs).map(id => [id, { result: results[id], outputs: jobOutputs[id] ?? {} }])
  )
  const outputs = Object.fromEntries(
    Object.entries(declared).map(([name, spec]) => [
      name,
      asText(interpolate(spec.value, { jobs: jobsContext }, { success: true, failure: false }))
    ])
  )
  return { jobs: records, results, outputs }
}

interface Leg {
  readonly id: string
  readonly job: JobSpec
  /** The workflow's `permissions`, for a job without its own. */
  readonly permissions: Record<string, string>
  readonly matrix: Record<string, unknown>
  readonly index: number
  readonly total: number
}

async function runJobLeg(
  options: RunOptions,
  action: ReturnType<typeof readActionMetadata>,
  leg: Leg,
  contexts: Contexts
): Promise<{ record: JobRecord; outputs: Record<string, string> }> {
  const { id, job, matrix } = leg
  const values = Object.values(matrix)
  const name = values.length > 0 ? `${id} (${values.map(asText).join(', ')})` : id
  const permissions = job.permissions ?? leg.permissions
  const token = permissions.contents === 'write' ? options.tokens.write : options.tokens.read
  const environment =
    job.environment === undefined
      ? null
      : typeof job.environment === 'string'
        ? job.environment
        : job.environment.name
  // A fresh runner: the same workspace path every job gets, emptied; a new RUNNER_TEMP.
  const [, repo = 'repo'] = options.github.repository.split('/')
  const workspace = path.join(options.root, 'work', repo, repo)
  await rm(workspace, { recursive: true, force: true })
  await mkdir(workspace, { recursive: true })
  const runnerTemp = await mkdtemp(path.join(options.root, 'runner-temp-'))
  const attempt = options.runAttempt ?? 1
  const github: Doc = { ...(contexts.github as Doc), token, job: id, workspace }
  const jobEnv: Record<string, string> = {
    ...options.baseEnv,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: runnerTemp,
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: process.arch === 'arm64' ? 'ARM64' : 'X64',
    GITHUB_RUN_ID: String(options.runId),
    GITHUB_RUN_ATTEMPT: String(attempt),
    GITHUB_REPOSITORY: options.github.repository,
    GITHUB_REPOSITORY_OWNER: String(github.repository_owner),
    GITHUB_SHA: options.github.sha,
    GITHUB_REF: options.github.ref,
    GITHUB_REF_NAME: String(github.ref_name),
    GITHUB_JOB: id,
    GITHUB_WORKFLOW: String(github.workflow),
    GITHUB_EVENT_NAME: String(github.event_name),
    GITHUB_API_URL: options.github.apiUrl,
    ...options.services.jobEnvironment({
      runId: options.runId,
      job: `${name} attempt ${attempt}`
    })
  }
  const pathEntries: string[] = []
  const steps: Record<
    string,
    { outputs: Record<string, string>; outcome: string; conclusion: string }
  > = {}
  const records: StepRecord[] = []
  let failed = false
  const jobContexts = (): Contexts => ({
    ...contexts,
    github,
    steps,
    env: { ...(interpolate(job.env ?? {}, { ...contexts, github }, ok) as Doc) },
    runner: { os: 'Linux', arch: jobEnv.RUNNER_ARCH, temp: runnerTemp }
  })
  const ok: Status = { success: true, failure: false }
  for (const [index, spec] of (job.steps ?? []).entries()) {
    const status: Status = { success: !failed, failure: failed }
    const stepName = spec.name ?? spec.uses ?? spec.run?.split('\n')[0] ?? `step ${index + 1}`
    const ctx = jobContexts()
    if (!condition(spec.if, ctx, status)) {
      records.push({
        name: stepName,
        outcome: 'skipped',
        outputs: {},
        summary: '',
        log: '',
        seconds: 0
      })
      if (spec.id) steps[spec.id] = { outputs: {}, outcome: 'skipped', conclusion: 'skipped' }
      continue
    }
    const stepEnv: Record<string, string> = {
      ...jobEnv,
      ...Object.fromEntries(
        Object.entries({
          ...(ctx.env as Doc),
          ...(interpolate(spec.env ?? {}, ctx, status) as Doc)
        }).map(([k, v]) => [k, asText(v)])
      ),
      PATH: [...pathEntries, jobEnv.PATH ?? ''].join(':')
    }
    const withValues = Object.fromEntries(
      Object.entries((interpolate(spec.with ?? {}, ctx, status) as Doc) ?? {}).map(([k, v]) => [
        k,
        asText(v)
      ])
    )
    let result: {
      outcome: 'success' | 'failure'
      outputs: Record<string, string>
      summary: string
      log: string
    }
    const started = Date.now()
    const uses = spec.uses?.replace(/@.*$/, '')
    if (spec.uses && options.isThisAction(spec.uses)) {
      // The runner fills in every input action.yml declares, defaults evaluated in the job.
      const inputs: Record<string, string> = {}
      for (const [input, meta] of Object.entries(action.inputs)) {
        const fallback =
          meta.default === undefined ? '' : asText(interpolate(meta.default, ctx, status))
        inputs[input] = input in withValues ? withValues[input]! : fallback
      }
      const ran = await runStepProcess([process.execPath, ACTION_ENTRY], {
        env: { ...stepEnv, ...inputVariables(inputs) },
        cwd: workspace,
        scratch: options.root
      })
      result = {
        outcome: ran.status === 0 ? 'success' : 'failure',
        outputs: ran.outputs,
        summary: ran.summary,
        log: `${ran.stdout}\n${ran.stderr}`
      }
    } else if (uses && !spec.run) {
      const emulate = options.emulations.uses[uses]
      if (!emulate) throw new Error(`${name}: no emulation for ${spec.uses}; add one to the runner`)
      result = await emulated(emulate, {
        spec,
        with: withValues,
        workspace,
        env: stepEnv,
        pathEntries
      })
    } else if (spec.run !== undefined) {
      const emulate = spec.name ? options.emulations.runs[spec.name] : undefined
      result = emulate
        ? await emulated(emulate, { spec, with: withValues, workspace, env: stepEnv, pathEntries })
        : await runScript(options, spec, interpolate(spec.run, ctx, status), stepEnv, workspace, {
            pathEntries,
            env: jobEnv
          })
    } else {
      throw new Error(`${name}: step ${index + 1} has neither uses nor run`)
    }
    records.push({ name: stepName, ...result, seconds: (Date.now() - started) / 1000 })
    if (spec.id) {
      steps[spec.id] = {
        outputs: result.outputs,
        outcome: result.outcome,
        conclusion: result.outcome
      }
    }
    if (result.outcome === 'failure') failed = true
  }
  const outputs = Object.fromEntries(
    Object.entries(job.outputs ?? {}).map(([key, value]) => [
      key,
      asText(interpolate(value, jobContexts(), ok))
    ])
  )
  return {
    record: {
      id,
      name,
      matrix,
      result: failed ? 'failure' : 'success',
      environment,
      token,
      steps: records
    },
    outputs
  }
}

async function emulated(
  emulate: StepEmulation,
  step: StepContext
): Promise<{
  outcome: 'success' | 'failure'
  outputs: Record<string, string>
  summary: string
  log: string
}> {
  try {
    return { outcome: 'success', outputs: await emulate(step), summary: '', log: '' }
  } catch (error) {
    return { outcome: 'failure', outputs: {}, summary: '', log: String(error) }
  }
}

/** A `run:` step: bash as GitHub starts it (`bash --noprofile --norc -eo pipefail {0}`). */
async function runScript(
  options: RunOptions,
  spec: StepSpec,
  script: unknown,
  env: Record<string, string>,
  workspace: string,
  job: { readonly pathEntries: string[]; readonly env: Record<string, string> }
): Promise<{
  outcome: 'success' | 'failure'
  outputs: Record<string, string>
  summary: string
  log: string
}> {
  const dir = await mkdtemp(path.join(options.root, 'script-'))
  const file = path.join(dir, 'step.sh')
  await writeFile(file, asText(script))
  const envFile = path.join(dir, 'env')
  const pathFile = path.join(dir, 'path')
  await appendFile(envFile, '')
  await appendFile(pathFile, '')
  const cwd = spec['working-directory']
    ? path.join(workspace, spec['working-directory'])
    : workspace
  const ran = await runStepProcess(['bash', '--noprofile', '--norc', '-eo', 'pipefail', file], {
    env: { ...env, GITHUB_ENV: envFile, GITHUB_PATH: pathFile },
    cwd,
    scratch: options.root
  })
  // GITHUB_PATH and GITHUB_ENV change the later steps of the job, not this one.
  for (const entry of (await readRunnerFile(pathFile)).split('\n').filter(Boolean)) {
    job.pathEntries.unshift(entry)
  }
  Object.assign(job.env, parseOutputFile(await readRunnerFile(envFile)))
  return {
    outcome: ran.status === 0 ? 'success' : 'failure',
    outputs: ran.outputs,
    summary: ran.summary,
    log: `${ran.stdout}\n${ran.stderr}`
  }
}
