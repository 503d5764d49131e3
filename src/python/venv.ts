/**
 * Fresh virtual environments for verify: made with `uv venv` when uv is available, else with
 * `python -m venv`, and the clean process environment every command inside one runs with.
 */
import path from 'node:path'
import type { ProcessRunner, RunOptions, RunResult } from '../util/process.js'

/** A created virtual environment and the tool that installs into it. */
export interface VirtualEnv {
  readonly dir: string
  /** The environment's own interpreter. */
  readonly python: string
  /** Its `bin/` directory (console scripts land here). */
  readonly bin: string
  /** Path of uv when uv made it (and so installs into it), null for `python -m venv` and pip. */
  readonly uv: string | null
}

/** Thrown when an environment step (venv creation, an install) fails; carries the output. */
export class PythonToolError extends Error {
  constructor(
    message: string,
    readonly command: readonly string[],
    readonly result: RunResult | null
  ) {
    super(message)
    this.name = 'PythonToolError'
  }

  /** Everything the tool printed. */
  get output(): string {
    return this.result ? `${this.result.stdout}${this.result.stderr}`.trim() : ''
  }
}

// Variables through which the caller's machine could add indexes, constraints or config that
// would let another source supply a package; verify must install from the sources it names.
const UV_SOURCE_VARIABLES = [
  'UV_INDEX',
  'UV_DEFAULT_INDEX',
  'UV_INDEX_URL',
  'UV_EXTRA_INDEX_URL',
  'UV_FIND_LINKS',
  'UV_NO_INDEX',
  'UV_INDEX_STRATEGY',
  'UV_CONSTRAINT',
  'UV_OVERRIDE',
  'UV_BUILD_CONSTRAINT',
  'UV_CONFIG_FILE',
  'UV_PYTHON',
  'UV_SYSTEM_PYTHON',
  'UV_PROJECT_ENVIRONMENT'
]

/**
 * How any command run in or for `venv` changes the inherited environment: its bin/ first on
 * PATH, VIRTUAL_ENV set, and no PYTHONPATH, PIP_* or source-changing UV_* from the caller.
 */
export function venvEnvironment(
  venv: Pick<VirtualEnv, 'dir' | 'bin'> | null
): Pick<RunOptions, 'env' | 'dropPrefixes' | 'prependPath'> {
  const env: Record<string, string | undefined> = {
    PYTHONPATH: undefined,
    PYTHONHOME: undefined,
    PYTHONSTARTUP: undefined,
    PYTHONNOUSERSITE: '1',
    CONDA_PREFIX: undefined,
    VIRTUAL_ENV: venv ? venv.dir : undefined
  }
  for (const key of UV_SOURCE_VARIABLES) env[key] = undefined
  // pip reads its global config files even with --isolated, except when pointed at devnull;
  // set after the PIP_ prefix is dropped from what the caller's environment had.
  env.PIP_CONFIG_FILE = '/dev/null'
  return { env, dropPrefixes: ['PIP_'], prependPath: venv ? [venv.bin] : [] }
}

/** How to make the environment. */
export interface VenvOptions {
  /** Interpreter to base it on: a name on PATH or a path (default `python3` upstream). */
  readonly python: string
  /** uv's path, or null to use `python -m venv` (and pip). */
  readonly uv: string | null
}

async function runTool(
  run: ProcessRunner,
  command: string,
  args: string[],
  what: string
): Promise<RunResult> {
  let result: RunResult
  try {
    result = await run(command, args, venvEnvironment(null))
  } catch (error) {
    throw new PythonToolError(
      `${what}: could not start ${command} (${(error as Error).message})`,
      [command, ...args],
      null
    )
  }
  if (result.exitCode !== 0) {
    throw new PythonToolError(
      `${what} failed (exit ${result.exitCode})`,
      [command, ...args],
      result
    )
  }
  return result
}

/** Creates a fresh virtual environment in `dir` (which must not exist yet). */
export async function createVirtualEnv(
  dir: string,
  options: VenvOptions,
  run: ProcessRunner
): Promise<VirtualEnv> {
  const bin = path.join(dir, 'bin')
  if (options.uv) {
    // --no-python-downloads: verify tests the configured interpreter, never one uv fetches.
    await runTool(
      run,
      options.uv,
      ['venv', '--no-config', '--no-python-downloads', '--python', options.python, dir],
      `uv venv with ${options.python}`
    )
  } else {
    await runTool(run, options.python, ['-m', 'venv', dir], `${options.python} -m venv`)
  }
  return { dir, bin, python: path.join(bin, 'python'), uv: options.uv }
}
