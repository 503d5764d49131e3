#!/usr/bin/env node
/**
 * The command line: `vllm-cpu-publish <gate> [--input value ...]`. The flags are the action's
 * input names; they go through the same settings parser to the same gates.
 * Exit codes: 0 the gate passed, 1 the gate failed, 2 the command line itself was wrong.
 */
import { realpathSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parseEnvironment, type RunEnvironment } from './environment.js'
import { ACTION_INPUTS } from './generated/action-inputs.js'
import { attemptGate } from './gates/attempt.js'
import type { GateContext } from './gates/context.js'
import { GATES } from './gates/names.js'
import { createRealContext, type RealContextOptions } from './gates/real-context.js'
import { notifyOutcome } from './notify/notify.js'
import { DecisionLog } from './report/decisions.js'
import { renderText } from './report/render.js'
import { INPUT_NAMES, parseSettings, SECRET_INPUTS, type Settings } from './settings.js'
import { ConsoleLogger } from './util/console-logger.js'
import { describeError } from './util/errors.js'

/** Exit codes scripts can rely on. */
export const EXIT = { ok: 0, gateFailed: 1, usage: 2 } as const

/** Raised for a command line that cannot be understood. */
export class UsageError extends Error {}

/** Switches of the command line itself (not action inputs). */
export interface CliSwitches {
  /** --yes: do not ask before the production upload. */
  readonly yes: boolean
}

/** Token inputs the command line also takes from the environment, so they stay out of `ps`. */
export const TOKEN_ENVIRONMENT: Readonly<Record<string, keyof RunEnvironment['tokens']>> = {
  token: 'pypi',
  'test-token': 'testPypi',
  'github-token': 'github'
}

/** What main() takes from the world; tests pass their own environment or context. */
export interface CliDependencies {
  readonly env: RunEnvironment
  readonly cwd: string
  readonly createContext: (options: RealContextOptions) => GateContext
}

/** Parses argv into input values and the command line's own switches. */
export function parseCommandLine(argv: readonly string[]): {
  values: Map<string, string>
  switches: CliSwitches
} {
  const values = new Map<string, string>()
  const known = new Set<string>(INPUT_NAMES)
  let yes = false
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (arg === '--yes' || arg === '-y') {
      yes = true
      continue
    }
    if (!arg.startsWith('--')) {
      if (values.has('gate')) throw new UsageError(`Unexpected argument '${arg}'.`)
      values.set('gate', arg)
      continue
    }
    const eq = arg.indexOf('=')
    const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq)
    if (!known.has(name)) {
      throw new UsageError(`Unknown option '--${name}'. Run with --help for the list.`)
    }
    let value: string
    if (eq !== -1) value = arg.slice(eq + 1)
    else if (argv[i + 1] !== undefined && !argv[i + 1]!.startsWith('--')) value = argv[++i]!
    // A bare flag is a boolean switched on (`--dry-run`); the settings parser rejects it elsewhere.
    else value = 'true'
    values.set(name, value)
  }
  return { values, switches: { yes } }
}

/** Asks a yes/no question on the terminal; anything but y/yes is no. */
async function askOnTerminal(question: string): Promise<boolean> {
  const { createInterface } = await import('node:readline/promises')
  const terminal = createInterface({ input: process.stdin, output: process.stderr })
  try {
    const answer = await terminal.question(`${question} [y/N] `)
    return /^(y|yes)$/i.test(answer.trim())
  } finally {
    terminal.close()
  }
}

/** Wraps text to `width` columns, indenting continuation lines by `indent`. */
function wrap(text: string, width: number, indent: number): string {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(' ')) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  if (line) lines.push(line)
  return lines.join('\n' + ' '.repeat(indent))
}

/** The usage text, with every input's description and default from action.yml. */
export function usage(): string {
  const inputs = ACTION_INPUTS.filter(input => input.name !== 'gate')
  const width = Math.max(...inputs.map(input => input.name.length)) + 4
  const lines = [
    'Usage: vllm-cpu-publish <gate> [--input value ...] [--yes]',
    '',
    `Gates: ${GATES.join(', ')} (pipeline runs them all in order).`,
    '',
    "Inputs (the same names as the action's inputs):"
  ]
  for (const input of inputs) {
    const fallback = input.default && !input.default.includes('${{') ? ` [${input.default}]` : ''
    const flag = `  --${input.name}`.padEnd(width + 2)
    lines.push(flag + wrap(input.description + fallback, 96 - width, width + 2))
  }
  lines.push(
    '',
    `  --yes`.padEnd(width + 2) + 'do not ask before the production upload (unattended runs)',
    '',
    'Tokens may also come from PYPI_TOKEN, TEST_PYPI_TOKEN and GITHUB_TOKEN.',
    'Exit codes: 0 passed, 1 a gate failed, 2 bad command line or settings.'
  )
  return lines.join('\n')
}

/** Runs the command line; returns the exit code. */
export async function main(
  argv: readonly string[],
  deps: CliDependencies = {
    env: parseEnvironment(),
    cwd: process.cwd(),
    createContext: createRealContext
  }
): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h') || argv.length === 0) {
    process.stdout.write(usage() + '\n')
    return argv.length === 0 ? EXIT.usage : EXIT.ok
  }
  const { env } = deps
  const logger = new ConsoleLogger({
    colour: Boolean(process.stderr.isTTY) && !env.noColor,
    verbose: env.debug
  })
  let settings: Settings
  let switches: CliSwitches
  try {
    const parsed = parseCommandLine(argv)
    switches = parsed.switches
    const read = (name: string): string =>
      parsed.values.get(name) ??
      (TOKEN_ENVIRONMENT[name] ? env.tokens[TOKEN_ENVIRONMENT[name]!] : '')
    for (const name of SECRET_INPUTS) logger.mask(read(name))
    settings = parseSettings(read)
  } catch (error) {
    process.stderr.write(`error: ${describeError(error)}\n\n${usage()}\n`)
    return EXIT.usage
  }
  const log = new DecisionLog()
  // Ask before production uploads only where a person can answer.
  const confirm = switches.yes || !process.stdin.isTTY ? undefined : askOnTerminal
  const context = deps.createContext({
    log,
    logger,
    env,
    cwd: deps.cwd,
    githubToken: settings.githubToken,
    confirm
  })
  const failed = await attemptGate(settings, context)
  await notifyOutcome(settings, context, failed)
  if (failed) process.stderr.write(`error: ${failed.message}\n`)
  process.stdout.write(renderText(log) + '\n')
  for (const [name, value] of log.outputs()) process.stdout.write(`${name}=${value}\n`)
  return failed ? EXIT.gateFailed : EXIT.ok
}

/** True when this module is the program being run (not imported by a test or another module). */
function isEntryPoint(): boolean {
  const script = process.argv[1]
  if (!script) return false
  try {
    // npx and npm bins reach us through a symlink; compare the real files.
    return realpathSync(script) === realpathSync(fileURLToPath(import.meta.url))
  } catch {
    return false
  }
}

if (isEntryPoint()) {
  process.exitCode = await main(process.argv.slice(2))
}
