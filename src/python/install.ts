/**
 * Installing into a verify environment, in the two steps that keep sources apart: the package
 * alone from the test index, pinned to one sha256, then its dependencies from the dependency
 * sources only. uv when the environment was made by uv, pip otherwise; never a cache.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import type { ProcessRunner, RunResult } from '../util/process.js'
import { describeSource, sourceArgs, type PackageSource } from './sources.js'
import { PythonToolError, venvEnvironment, type VirtualEnv } from './venv.js'

/** The one file step 1 may install. */
export interface PinnedPackage {
  readonly name: string
  readonly version: string
  /** Lower-case hex sha256 of the checked file. */
  readonly sha256: string
}

/** What an install ran and printed. */
export interface InstallRun {
  readonly command: readonly string[]
  readonly result: RunResult
}

function installCommand(venv: VirtualEnv, args: string[]): [string, string[]] {
  if (venv.uv) {
    return [
      venv.uv,
      ['pip', 'install', '--no-config', '--python', venv.python, '--no-cache', ...args]
    ]
  }
  return [
    venv.python,
    [
      '-m',
      'pip',
      'install',
      '--isolated',
      '--no-cache-dir',
      '--disable-pip-version-check',
      '--no-input',
      ...args
    ]
  ]
}

async function runInstall(
  venv: VirtualEnv,
  args: string[],
  what: string,
  run: ProcessRunner
): Promise<InstallRun> {
  const [command, fullArgs] = installCommand(venv, args)
  const commandLine = [command, ...fullArgs]
  let result: RunResult
  try {
    result = await run(command, fullArgs, { ...venvEnvironment(venv), cwd: venv.dir })
  } catch (error) {
    throw new PythonToolError(
      `${what}: could not start ${command} (${(error as Error).message})`,
      commandLine,
      null
    )
  }
  if (result.exitCode !== 0) {
    throw new PythonToolError(`${what} failed (exit ${result.exitCode})`, commandLine, result)
  }
  return { command: commandLine, result }
}

/** The requirements-file line that lets only the file with `sha256` satisfy `name==version`. */
export function pinnedRequirement(pin: PinnedPackage): string {
  return `${pin.name}==${pin.version} --hash=sha256:${pin.sha256}`
}

/**
 * Step 1: installs `name==version` alone (no dependencies, wheels only) from `source` only,
 * with hashes required, so a file whose sha256 differs is refused rather than installed.
 */
export async function installPinned(
  venv: VirtualEnv,
  pin: PinnedPackage,
  source: PackageSource,
  workDir: string,
  run: ProcessRunner
): Promise<InstallRun> {
  const requirements = path.join(workDir, 'pinned-requirements.txt')
  await fs.writeFile(requirements, `${pinnedRequirement(pin)}\n`)
  return runInstall(
    venv,
    [
      '--no-deps',
      '--require-hashes',
      '--only-binary',
      ':all:',
      ...sourceArgs([source]),
      '-r',
      requirements
    ],
    `Installing ${pin.name}==${pin.version} from ${describeSource(source)}`,
    run
  )
}

/**
 * Step 2: installs `requirements` (the package's Requires-Dist, markers and all) from
 * `sources` only. uv takes the best match over all of them, as pip does, so a CPU build on an
 * extra index is not shadowed by the first index's own build of the same version.
 */
export async function installRequirements(
  venv: VirtualEnv,
  requirements: readonly string[],
  sources: readonly PackageSource[],
  workDir: string,
  run: ProcessRunner
): Promise<InstallRun> {
  const file = path.join(workDir, 'dependency-requirements.txt')
  await fs.writeFile(file, requirements.map(line => `${line}\n`).join(''))
  const strategy = venv.uv ? ['--index-strategy', 'unsafe-best-match'] : []
  return runInstall(
    venv,
    [...strategy, ...sourceArgs(sources), '-r', file],
    `Installing the dependencies from ${sources.map(describeSource).join(', ')}`,
    run
  )
}

/** True when an installer's output says a downloaded file failed the sha256 pin. */
export function isHashMismatch(output: string): boolean {
  return /DO NOT MATCH THE HASHES|hash mismatch|hashes do not match/i.test(output)
}
