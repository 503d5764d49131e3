/**
 * What the build gate asks before building: the interpreter's tag, version, architecture and
 * C library (they go into the cache key, the artifact name and the default platform tag), and
 * the vLLM checkout's commit and whether it has uncommitted changes.
 */
import { GateError } from '../util/errors.js'
import { ProcessStartError, type ProcessRunner } from '../util/process.js'

/** What the build interpreter is. */
export interface PythonInfo {
  /** `cp312` */
  readonly tag: string
  /** `3.12.3` */
  readonly version: string
  /** `x86_64`, `aarch64` (platform.machine()). */
  readonly arch: string
  /** glibc version (`2.35`), or null on another C library. */
  readonly glibc: string | null
}

const PROBE = `
import json, platform, sys
impl = {"cpython": "cp", "pypy": "pp"}.get(sys.implementation.name, sys.implementation.name)
libc, libc_version = platform.libc_ver()
print(json.dumps({
    "tag": f"{impl}{sys.version_info[0]}{sys.version_info[1]}",
    "version": platform.python_version(),
    "arch": platform.machine(),
    "glibc": libc_version if libc == "glibc" else None,
}))
`

/** Asks `python` what it is; throws GateError (naming `gate`) when it cannot be run. */
export async function probePython(
  run: ProcessRunner,
  python: string,
  gate: 'build' | 'check' = 'build'
): Promise<PythonInfo> {
  const hint = 'Set the python input to an interpreter that has the build requirements installed.'
  let result
  try {
    result = await run(python, ['-c', PROBE])
  } catch (error) {
    if (error instanceof ProcessStartError) {
      throw new GateError(gate, `The python '${python}' could not be started.`, hint)
    }
    throw error
  }
  if (result.exitCode !== 0) {
    throw new GateError(
      gate,
      `'${python}' failed (${result.exitCode}): ${result.stderr.trim()}`,
      hint
    )
  }
  const last = result.stdout.trim().split('\n').pop() ?? ''
  try {
    const info = JSON.parse(last) as PythonInfo
    if (typeof info.tag === 'string' && typeof info.arch === 'string') return info
  } catch {
    // fall through to the error below
  }
  throw new GateError(gate, `'${python}' answered the probe with '${last}'.`, hint)
}

/** The checkout's state: its commit, and whether tracked or untracked files differ from it. */
export interface SourceState {
  readonly commit: string
  readonly dirty: boolean
}

const GIT_ENV = { LC_ALL: 'C', GIT_DIR: undefined, GIT_WORK_TREE: undefined }

/** Reads HEAD and `git status` in `dir`; throws GateError when it is not a git checkout. */
export async function readSourceState(run: ProcessRunner, dir: string): Promise<SourceState> {
  const hint =
    'vllm-source must be a git checkout of vLLM (actions/checkout with repository: ' +
    'vllm-project/vllm, fetch-depth: 0 for the tags).'
  const git = async (args: string[]) => {
    try {
      return await run('git', ['-C', dir, ...args], { env: GIT_ENV })
    } catch (error) {
      if (error instanceof ProcessStartError) {
        throw new GateError('build', 'git could not be started.', 'Install git on the runner.')
      }
      throw error
    }
  }
  const head = await git(['rev-parse', '--verify', 'HEAD'])
  if (head.exitCode !== 0) {
    throw new GateError(
      'build',
      `vllm-source '${dir}' is not a git checkout with a commit: ${head.stderr.trim()}`,
      hint
    )
  }
  const status = await git(['status', '--porcelain'])
  return { commit: head.stdout.trim(), dirty: status.exitCode !== 0 || status.stdout.trim() !== '' }
}
