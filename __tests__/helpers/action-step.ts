/**
 * Runs the bundled action (dist/index.js, rebuilt by scripts/test.sh before the tests) as one
 * step of a GitHub job: a process of its own with only the environment given, inputs as
 * `INPUT_<NAME>` variables, and a fresh GITHUB_OUTPUT and GITHUB_STEP_SUMMARY, whose outputs are
 * read back the way the runner reads them (`name=value` lines and `name<<DELIMITER` blocks).
 */
import { spawn } from 'node:child_process'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'

/** The bundled action's entry. */
export const ACTION_ENTRY = path.resolve('dist/index.js')

/** What one step left behind. */
export interface StepResult {
  readonly status: number | null
  readonly stdout: string
  readonly stderr: string
  readonly outputs: Record<string, string>
  readonly summary: string
}

/** Parses a GITHUB_OUTPUT file as the runner does. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line)
    if (heredoc) {
      const [, name, delimiter] = heredoc
      const value: string[] = []
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]!)
      if (i >= lines.length) throw new Error(`GITHUB_OUTPUT: ${name} is not closed by ${delimiter}`)
      outputs[name!] = value.join('\n')
    } else if (line.includes('=')) {
      outputs[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1)
    } else if (line.trim() !== '') {
      throw new Error(`GITHUB_OUTPUT: cannot read line '${line}'`)
    }
  }
  return outputs
}

/** The variables an action step gets for its inputs (`INPUT_` + upper-cased name). */
export function inputVariables(inputs: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(inputs).map(([name, value]) => [
      `INPUT_${name.replace(/ /g, '_').toUpperCase()}`,
      value
    ])
  )
}

/** Runs `argv` as a step: fresh output and summary files, exactly `env`, in `cwd`. */
export async function runStepProcess(
  argv: readonly string[],
  options: { env: Readonly<Record<string, string>>; cwd: string; scratch: string }
): Promise<StepResult> {
  const files = await mkdtemp(path.join(options.scratch, 'step-'))
  const outputFile = path.join(files, 'output')
  const summaryFile = path.join(files, 'summary')
  await writeFile(outputFile, '')
  await writeFile(summaryFile, '')
  const env = { ...options.env, GITHUB_OUTPUT: outputFile, GITHUB_STEP_SUMMARY: summaryFile }
  const [command, ...args] = argv as [string, ...string[]]
  const { status, stdout, stderr } = await new Promise<{
    status: number | null
    stdout: string
    stderr: string
  }>((resolve, reject) => {
    const child = spawn(command, args, { env, cwd: options.cwd })
    let out = ''
    let err = ''
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')))
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')))
    child.on('error', reject)
    child.on('close', code => resolve({ status: code, stdout: out, stderr: err }))
  })
  return {
    status,
    stdout,
    stderr,
    outputs: parseOutputFile(await readFile(outputFile, 'utf8')),
    summary: await readFile(summaryFile, 'utf8')
  }
}

/** Runs the bundled action with `inputs` as a step of a job whose environment is `env`. */
export function runActionStep(options: {
  inputs: Readonly<Record<string, string>>
  env: Readonly<Record<string, string>>
  cwd: string
  scratch: string
}): Promise<StepResult> {
  return runStepProcess([process.execPath, ACTION_ENTRY], {
    env: { ...options.env, ...inputVariables(options.inputs) },
    cwd: options.cwd,
    scratch: options.scratch
  })
}
