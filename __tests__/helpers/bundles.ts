/**
 * Running the committed bundles as users do: the action (dist/index.js) with INPUT_*
 * variables, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files as the runner sets them, and the
 * command line (dist/cli/index.js) with argv. Asynchronous, so servers in the test process can
 * answer them. Node 24 (what GitHub runs) when NODE24_BIN is set, else this process's Node.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const ACTION = path.resolve('dist/index.js')
const CLI = path.resolve('dist/cli/index.js')

/** Everything a run printed or wrote for the runner. */
export interface BundleRun {
  readonly status: number | null
  readonly stdout: string
  readonly stderr: string
  /** The GITHUB_OUTPUT file (action only; '' for the command line). */
  readonly output: string
  /** The job summary file (action only). */
  readonly summary: string
}

function node(): string {
  return process.env.NODE24_BIN ?? process.execPath
}

/** The variables a run starts from: PATH and HOME only, so the developer's tokens stay out. */
function baseEnvironment(extra: Record<string, string>): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH, HOME: process.env.HOME, ...extra }
}

function collect(
  args: string[],
  env: NodeJS.ProcessEnv,
  cwd: string
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(node(), args, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
    child.on('error', reject)
    child.on('close', status => resolve({ status, stdout, stderr }))
  })
}

/** Runs the action bundle in `cwd` (the workspace) with `inputs` and extra variables. */
export async function runAction(
  cwd: string,
  inputs: Record<string, string>,
  extra: Record<string, string> = {}
): Promise<BundleRun> {
  const files = mkdtempSync(path.join(os.tmpdir(), 'runner-files-'))
  const output = path.join(files, 'output')
  const summary = path.join(files, 'summary')
  writeFileSync(output, '')
  writeFileSync(summary, '')
  const env = baseEnvironment({
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_WORKSPACE: cwd,
    ...extra
  })
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value
  const result = await collect([ACTION], env, cwd)
  try {
    return {
      ...result,
      output: readFileSync(output, 'utf8'),
      summary: readFileSync(summary, 'utf8')
    }
  } finally {
    rmSync(files, { recursive: true, force: true })
  }
}

/** Runs the command-line bundle in `cwd` with `argv` and extra variables. */
export async function runCli(
  cwd: string,
  argv: string[],
  extra: Record<string, string> = {}
): Promise<BundleRun> {
  const result = await collect([CLI, ...argv], baseEnvironment(extra), cwd)
  return { ...result, output: '', summary: '' }
}

/** The value of one output in a GITHUB_OUTPUT file, or in the command line's name=value lines. */
export function outputOf(run: BundleRun, name: string): string | undefined {
  if (run.output) {
    const match = new RegExp(`^${name}<<(\\S+)\n([\\s\\S]*?)\n\\1$`, 'm').exec(run.output)
    return match?.[2]
  }
  const line = run.stdout.split('\n').find(l => l.startsWith(`${name}=`))
  return line?.slice(name.length + 1)
}
