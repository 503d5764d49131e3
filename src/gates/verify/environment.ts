/**
 * The throwaway environment verify tests in: creating it (uv or venv), installing exactly the
 * checked file from the test index and then its dependencies from their own sources, probing
 * it, and running verify-command inside it. Python's failures surface as PythonToolError; the
 * gate decides what they mean.
 */
import path from 'node:path'
import type { Logger } from '../../util/logger.js'
import type { ProcessRunner } from '../../util/process.js'
import { installPinned, installRequirements } from '../../python/install.js'
import { probeDistribution, probeEnvironment, type ProbeReport } from '../../python/probe.js'
import { describeSource, type PackageSource } from '../../python/sources.js'
import { createVirtualEnv, venvEnvironment, type VirtualEnv } from '../../python/venv.js'
import type { ExecutableFinder } from '../../python/which.js'
import type { CommandOutcome } from './checks.js'

/** What the environment is made of and where it lives. */
export interface EnvironmentPlan {
  /** Directory the environment is created in (as `venv`). */
  readonly root: string
  /** Working directory of every command run in it. */
  readonly workDir: string
  /** Interpreter the environment is made from. */
  readonly python: string
  /** uv to use, or null for `python -m venv` and pip. */
  readonly uv: string | null
  /** The checked file: the only distribution taken from the test index. */
  readonly pin: { readonly name: string; readonly version: string; readonly sha256: string }
  readonly testSource: PackageSource
  readonly dependencySources: readonly PackageSource[]
}

/** The environment, installed, and what the probe found in it. */
export interface PreparedEnvironment {
  readonly venv: VirtualEnv
  readonly report: ProbeReport
}

/** The last `lines` lines of a tool's output, for the log and error messages. */
export function outputTail(text: string, lines = 25): string {
  return text.trim().split('\n').slice(-lines).join('\n')
}

/**
 * Creates the environment, installs the pinned file and then the dependencies it declares, and
 * probes the result. Throws PythonToolError when a Python tool fails.
 */
export async function prepareEnvironment(
  plan: EnvironmentPlan,
  run: ProcessRunner,
  logger: Logger
): Promise<PreparedEnvironment> {
  const { pin, workDir } = plan
  const venv = await logger.group(
    `Creating a virtual environment (${plan.uv ? 'uv' : 'venv'})`,
    () => createVirtualEnv(path.join(plan.root, 'venv'), { python: plan.python, uv: plan.uv }, run)
  )
  await logger.group(
    `Installing ${pin.name}==${pin.version} (sha256 ${pin.sha256}) from ${describeSource(plan.testSource)}`,
    async () => {
      const step = await installPinned(venv, pin, plan.testSource, workDir, run)
      logger.info(outputTail(`${step.result.stdout}${step.result.stderr}`, 200))
    }
  )
  const dist = await probeDistribution(venv, pin.name, workDir, run)
  const requires = dist?.requires ?? []
  if (requires.length === 0) {
    logger.info(`${pin.name} declares no dependencies.`)
  } else {
    await logger.group(
      `Installing ${requires.length} dependencies from ${plan.dependencySources.map(describeSource).join(', ')}`,
      async () => {
        logger.info(requires.join('\n'))
        const step = await installRequirements(venv, requires, plan.dependencySources, workDir, run)
        logger.info(outputTail(`${step.result.stdout}${step.result.stderr}`, 200))
      }
    )
  }
  const report = await probeEnvironment(venv, pin.name, workDir, run)
  return { venv, report }
}

async function runCommand(
  venv: VirtualEnv,
  words: string[],
  workDir: string,
  run: ProcessRunner,
  find: ExecutableFinder,
  searchPath: string
): Promise<CommandOutcome> {
  const [program, ...args] = words
  if (program === undefined) return { words, result: null, error: 'verify-command is empty' }
  const changes = venvEnvironment(venv)
  // The venv's programs first, as its bin/ comes first on the PATH the command runs with.
  const resolved = await find(program, [venv.bin, searchPath].filter(Boolean).join(path.delimiter))
  if (!resolved) {
    return { words, result: null, error: `${program} is not in ${venv.bin} nor on PATH` }
  }
  try {
    return { words, result: await run(resolved, args, { ...changes, cwd: workDir }) }
  } catch (error) {
    return { words, result: null, error: (error as Error).message }
  }
}

/**
 * Runs verify-command's `words` inside the environment (the venv's programs first on PATH),
 * logging its output; a command that cannot start is an outcome, not an exception.
 */
export async function runVerifyCommand(
  venv: VirtualEnv,
  words: string[],
  workDir: string,
  run: ProcessRunner,
  find: ExecutableFinder,
  searchPath: string,
  logger: Logger
): Promise<CommandOutcome> {
  return logger.group(`Running ${words.join(' ')}`, async () => {
    const outcome = await runCommand(venv, words, workDir, run, find, searchPath)
    if (outcome.result) {
      logger.info(`${outcome.result.stdout}${outcome.result.stderr}`.trim())
      logger.info(`exit code ${outcome.result.exitCode}`)
    } else {
      logger.info(`could not run: ${outcome.error ?? '?'}`)
    }
    return outcome
  })
}
