/**
 * The process runner: every external program runs through here with an argument array,
 * never a shell string, so no input can be read as shell syntax.
 */
import { spawn } from 'node:child_process'
import os from 'node:os'
import path from 'node:path'

/** How to run one program. */
export interface RunOptions {
  readonly cwd?: string
  /** Variables added to (or, when undefined, removed from) the inherited environment. */
  readonly env?: Readonly<Record<string, string | undefined>>
  /** Inherited variables whose names start with one of these are removed (e.g. `PIP_`). */
  readonly dropPrefixes?: readonly string[]
  /** Directories put in front of the inherited PATH (a virtual environment's bin/). */
  readonly prependPath?: readonly string[]
  readonly input?: string
  /** Called with each chunk of stdout/stderr as it arrives (for streaming to the log). */
  readonly onOutput?: (chunk: string, stream: 'stdout' | 'stderr') => void
}

/** What a finished program left behind. */
export interface RunResult {
  readonly exitCode: number
  readonly stdout: string
  readonly stderr: string
  /** The signal that ended the program (`SIGILL`), when one did; exitCode is then 128 + its number. */
  readonly signal?: string
}

/** Runs programs; the port that gates and adapters take, so tests can replace it. */
export type ProcessRunner = (
  command: string,
  args: readonly string[],
  options?: RunOptions
) => Promise<RunResult>

/** Thrown when the program cannot be started at all (not found, not executable). */
export class ProcessStartError extends Error {
  constructor(
    readonly command: string,
    cause: Error
  ) {
    super(`Could not start '${command}': ${cause.message}`)
    this.name = 'ProcessStartError'
  }
}

/** The environment a child gets: `base` changed as `options` say. */
export function childEnvironment(
  base: Readonly<Record<string, string | undefined>>,
  options: Pick<RunOptions, 'env' | 'dropPrefixes' | 'prependPath'>
): Record<string, string> {
  const env: Record<string, string> = {}
  const dropped = options.dropPrefixes ?? []
  for (const [key, value] of Object.entries(base)) {
    if (value === undefined || dropped.some(prefix => key.startsWith(prefix))) continue
    env[key] = value
  }
  for (const [key, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[key]
    else env[key] = value
  }
  if (options.prependPath?.length) {
    env.PATH = [...options.prependPath, base.PATH ?? ''].filter(Boolean).join(path.delimiter)
  }
  return env
}

/**
 * A runner whose programs inherit `base` (the run's parsed environment): programs are run with
 * an argument array and their output collected; it never throws on exit codes.
 */
export function createProcessRunner(
  base: Readonly<Record<string, string | undefined>>
): ProcessRunner {
  return (command, args, options = {}) => spawnCollect(command, args, options, base)
}

function spawnCollect(
  command: string,
  args: readonly string[],
  options: RunOptions,
  base: Readonly<Record<string, string | undefined>>
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const env = childEnvironment(base, options)
    const child = spawn(command, [...args], {
      cwd: options.cwd,
      env,
      shell: false,
      stdio: ['pipe', 'pipe', 'pipe']
    })
    const out: Buffer[] = []
    const err: Buffer[] = []
    child.stdout.on('data', (chunk: Buffer) => {
      out.push(chunk)
      options.onOutput?.(chunk.toString('utf8'), 'stdout')
    })
    child.stderr.on('data', (chunk: Buffer) => {
      err.push(chunk)
      options.onOutput?.(chunk.toString('utf8'), 'stderr')
    })
    child.on('error', error => reject(new ProcessStartError(command, error)))
    child.on('close', (code, signal) => {
      resolve({
        // a shell's convention, so a killed program never looks like a success
        exitCode: code ?? 128 + (signal ? (os.constants.signals[signal] ?? 0) : 1),
        ...(signal ? { signal } : {}),
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8')
      })
    })
    child.stdin.on('error', () => undefined)
    child.stdin.end(options.input ?? '')
  })
}
