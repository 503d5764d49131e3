#!/usr/bin/env node
/**
 * The command line: `vllm-cpu-publish <gate> [--input value ...]`. The flags are the action's
 * input names; they go through the same settings parser and preflight to the same gates.
 * Exit codes: 0 the gate passed, 1 a gate failed on the world, 2 the command line or a setting
 * was wrong (nothing was run). Everything printed passes through the logger's redaction.
 */
import { realpathSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parseEnvironment, type RunEnvironment } from './environment.js'
import { ACTION_INPUTS } from './generated/action-inputs.js'
import { attemptGate } from './gates/attempt.js'
import type { GateContext } from './gates/context.js'
import { GATE_GUIDE } from './gates/guide.js'
import { TOKEN_VARIABLES } from './gates/hints.js'
import { GATES, isGate } from './gates/names.js'
import { createRealContext, type RealContextOptions } from './gates/real-context.js'
import { notifyOutcome } from './notify/notify.js'
import { DecisionLog } from './report/decisions.js'
import { renderText } from './report/render.js'
import {
  BOOLEAN_INPUTS,
  inputSecrets,
  INPUT_NAMES,
  parseSettings,
  type Settings
} from './settings.js'
import { TOOL_VERSION } from './tool-version.js'
import { ConsoleLogger } from './util/console-logger.js'
import { describeError, EXIT_CODES, exitCodeOf } from './util/errors.js'

/** Exit codes scripts can rely on. */
export const EXIT = {
  ok: EXIT_CODES.ok,
  gateFailed: EXIT_CODES.world,
  usage: EXIT_CODES.setting
} as const

/** The one line a usage error ends with. */
export const HELP_POINTER = "Run 'vllm-cpu-publish --help' for the gates, their flags and examples."

/** Raised for a command line that cannot be understood. */
export class UsageError extends Error {}

/** Switches of the command line itself (not action inputs). */
export interface CliSwitches {
  /** --yes: do not ask before the production upload. */
  readonly yes: boolean
  /** --repository-name: the GitHub repository (owner/name) a release goes to. */
  readonly repositoryName: string
}

/** What the command line asks for. */
export type CommandLine =
  | { readonly kind: 'help' }
  | { readonly kind: 'tool-version' }
  | {
      readonly kind: 'run'
      /** Input values by name, the gate included. */
      readonly values: ReadonlyMap<string, string>
      readonly switches: CliSwitches
    }

const TOKEN_ENVIRONMENT: Readonly<Record<string, keyof RunEnvironment['tokens']>> = {
  token: 'pypi',
  'test-token': 'testPypi',
  'github-token': 'github'
}

/** Flags of the command line itself; `yes` is a switch, `repository-name` takes a value. */
const OWN_FLAGS = ['yes', 'repository-name', 'tool-version', 'help'] as const
const SHORT_FLAGS: Readonly<Record<string, string>> = {
  '-y': '--yes',
  '-V': '--tool-version',
  '-h': '--help'
}
const BOOLEANS = new Set<string>([...BOOLEAN_INPUTS, 'yes'])
const VALUE_FLAGS = new Set<string>([...INPUT_NAMES, 'repository-name'])

/** Every spelling of a flag the command line knows, for "did you mean". */
function knownFlags(): string[] {
  return [...INPUT_NAMES, ...OWN_FLAGS, ...[...BOOLEANS].map(name => `no-${name}`)]
}

/** Levenshtein distance, for suggesting the flag a typo meant. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!
    row[0] = i
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1))
      diagonal = above
    }
  }
  return row[b.length]!
}

/** The known name closest to `name`, when one is close enough to be what was meant. */
export function suggestFlag(name: string, known: readonly string[] = knownFlags()): string | null {
  let best: string | null = null
  let bestDistance = Infinity
  for (const candidate of known) {
    const d = distance(name, candidate)
    if (d < bestDistance) {
      best = candidate
      bestDistance = d
    }
  }
  const close = bestDistance <= Math.max(2, Math.floor(name.length / 4))
  const prefix = name.length >= 3 && known.filter(k => k.startsWith(name)).length === 1
  if (prefix) return known.find(k => k.startsWith(name)) ?? null
  return close ? best : null
}

function unknownFlag(flag: string): UsageError {
  const name = flag.replace(/^-+/, '')
  const suggestion = suggestFlag(name)
  return new UsageError(
    `Unknown option '${flag}'.${suggestion ? ` Did you mean --${suggestion}?` : ''}`
  )
}

/** Parses argv into input values and the command line's own switches; throws UsageError. */
export function parseCommandLine(argv: readonly string[]): CommandLine {
  const values = new Map<string, string>()
  const positional: string[] = []
  let yes = false
  let repositoryName = ''
  const set = (name: string, value: string): void => {
    if (values.has(name) || (name === 'repository-name' && repositoryName !== '')) {
      throw new UsageError(`--${name} is given twice; give it once.`)
    }
    if (name === 'repository-name') repositoryName = value
    else values.set(name, value)
  }
  for (let i = 0; i < argv.length; i++) {
    const raw = argv[i]!
    const arg = SHORT_FLAGS[raw] ?? raw
    if (arg === '--') {
      positional.push(...argv.slice(i + 1))
      break
    }
    if (!arg.startsWith('-') || arg === '-') {
      const previous = argv[i - 1]?.replace(/^--/, '')
      if (positional.length > 0 && previous && BOOLEANS.has(previous)) {
        throw new UsageError(
          `Unexpected argument '${arg}' after --${previous}: a boolean takes no separate value. ` +
            `Write --${previous}, --no-${previous} or --${previous}=${arg}.`
        )
      }
      positional.push(arg)
      continue
    }
    if (!arg.startsWith('--')) throw unknownFlag(arg)
    const eq = arg.indexOf('=')
    const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq)
    const inline = eq === -1 ? undefined : arg.slice(eq + 1)
    if (name === 'help' || name === 'tool-version') {
      if (inline !== undefined) throw new UsageError(`--${name} takes no value.`)
      return { kind: name }
    }
    if (BOOLEANS.has(name)) {
      const value = inline ?? 'true'
      if (name === 'yes') {
        if (!['true', 'false'].includes(value)) {
          throw new UsageError(`Invalid --yes '${value}'. Write --yes or --yes=false.`)
        }
        yes = value === 'true'
      } else set(name, value)
      continue
    }
    if (name.startsWith('no-') && BOOLEANS.has(name.slice(3))) {
      if (inline !== undefined) {
        throw new UsageError(
          `--${name} takes no value; write --${name.slice(3)}=${inline} instead.`
        )
      }
      if (name === 'no-yes') yes = false
      else set(name.slice(3), 'false')
      continue
    }
    if (!VALUE_FLAGS.has(name)) throw unknownFlag(`--${name}`)
    let value = inline
    if (value === undefined) {
      const next = argv[i + 1]
      if (next === undefined || next.startsWith('--') || SHORT_FLAGS[next] !== undefined) {
        throw new UsageError(`--${name} needs a value: --${name} VALUE or --${name}=VALUE.`)
      }
      value = next
      i++
    }
    set(name, value)
  }
  if (positional.length > 1) {
    throw new UsageError(`Unexpected argument '${positional[1]}': give one gate.`)
  }
  const gate = positional[0]
  if (gate !== undefined) {
    if (values.has('gate')) {
      throw new UsageError(
        `The gate is given twice: '${gate}' and --gate ${values.get('gate')}. Give it once.`
      )
    }
    values.set('gate', gate)
  }
  return { kind: 'run', values, switches: { yes, repositoryName } }
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

/**
 * The usage text: each gate with an example and the flags it reads (gates/guide.ts), then
 * every input's description and default from action.yml.
 */
export function usage(): string {
  const inputs = ACTION_INPUTS.filter(input => input.name !== 'gate')
  const width = Math.max(...inputs.map(input => input.name.length)) + 4
  const lines = [
    'Usage: vllm-cpu-publish <gate> [--input value ...] [--yes]',
    '       vllm-cpu-publish --help | --tool-version',
    '',
    'Gates, an example each, and the flags each reads:'
  ]
  for (const gate of GATES) {
    const guide = GATE_GUIDE[gate]
    lines.push(
      `  ${gate.padEnd(9)} ${guide.summary}`,
      `            $ ${guide.example}`,
      `            reads: ${wrap(guide.reads.map(name => `--${name}`).join(' '), 84, 19)}`
    )
  }
  lines.push('', "Flags (the action's inputs):")
  for (const input of inputs) {
    const fallback = input.default && !input.default.includes('${{') ? ` [${input.default}]` : ''
    const flag = `  --${input.name}`.padEnd(width + 2)
    lines.push(flag + wrap(input.description + fallback, 96 - width, width + 2))
  }
  const own = (flag: string, text: string): string =>
    `  ${flag}`.padEnd(width + 2) + wrap(text, 96 - width, width + 2)
  lines.push(
    '',
    'Flags of the command line only:',
    own('--yes, -y', 'do not ask before the production upload (unattended runs)'),
    own(
      '--repository-name',
      'owner/name of the GitHub repository a release goes to [GITHUB_REPOSITORY]'
    ),
    own('--tool-version, -V', "print this tool's version"),
    own('--help, -h', 'print this help'),
    '',
    `Booleans (--${BOOLEAN_INPUTS.join(', --')}) take --flag, --no-flag or --flag=true|false;`,
    'every other flag needs a value: --flag VALUE or --flag=VALUE.',
    `Tokens may also come from ${Object.values(TOKEN_VARIABLES).join(', ')} (they stay out of ps).`,
    'Exit codes: 0 passed; 1 a gate failed (an index, a file, the build: the world);',
    '2 the command line or a setting was wrong, or a credential missing (nothing was run).'
  )
  return lines.join('\n')
}

/** What main() takes from the world; tests pass their own environment, context and streams. */
export interface CliDependencies {
  readonly env: RunEnvironment
  readonly cwd: string
  readonly createContext: (options: RealContextOptions) => GateContext
  /** Where the table and outputs go (stdout). */
  readonly out?: (text: string) => void
  /** Where errors and progress go (stderr). */
  readonly err?: (text: string) => void
  /** True when a person can answer a question on the terminal. */
  readonly interactive?: boolean
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
  const out = deps.out ?? ((text: string) => void process.stdout.write(text))
  const err = deps.err ?? ((text: string) => void process.stderr.write(text))
  const logger = new ConsoleLogger({
    colour: Boolean(process.stderr.isTTY) && !deps.env.noColor,
    verbose: deps.env.debug,
    write: err
  })
  const usageError = (message: string): number => {
    err(`error: ${logger.redact(message)}\n${HELP_POINTER}\n`)
    return EXIT.usage
  }

  let commandLine: CommandLine
  try {
    commandLine = parseCommandLine(argv)
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    return usageError(error.message)
  }
  if (commandLine.kind === 'help') {
    out(usage() + '\n')
    return EXIT.ok
  }
  if (commandLine.kind === 'tool-version') {
    out(`vllm-cpu-publish ${TOOL_VERSION}\n`)
    return EXIT.ok
  }
  const { values, switches } = commandLine
  const read = (name: string): string =>
    values.get(name) ?? (TOKEN_ENVIRONMENT[name] ? deps.env.tokens[TOKEN_ENVIRONMENT[name]!] : '')
  for (const secret of inputSecrets(read)) logger.mask(secret)
  const gate = values.get('gate')
  if (gate === undefined) return usageError(`No gate given. Expected one of ${GATES.join(', ')}.`)
  if (!isGate(gate)) {
    const suggestion = suggestFlag(gate, GATES)
    return usageError(
      `Unknown gate '${gate}'.${suggestion ? ` Did you mean ${suggestion}?` : ''} Expected one of ${GATES.join(', ')}.`
    )
  }
  let settings: Settings
  try {
    settings = parseSettings(read)
  } catch (error) {
    err(`error: ${logger.redact(describeError(error))}\n${HELP_POINTER}\n`)
    return exitCodeOf(error)
  }
  const reads = new Set<string>(GATE_GUIDE[gate].reads)
  for (const name of values.keys()) {
    if (name !== 'gate' && !reads.has(name)) {
      logger.warning(`--${name} is not read by the ${gate} gate; it has no effect.`)
    }
  }
  // --repository-name stands in for GITHUB_REPOSITORY, for the release and the artifact store.
  const env = switches.repositoryName
    ? Object.freeze({ ...deps.env, repository: switches.repositoryName })
    : deps.env
  const log = new DecisionLog()
  // Ask before production uploads only where a person can answer.
  const interactive = deps.interactive ?? Boolean(process.stdin.isTTY)
  const confirm =
    switches.yes || !interactive
      ? undefined
      : (question: string) => askOnTerminal(logger.redact(question))
  const context = deps.createContext({
    log,
    logger,
    audience: 'cli',
    env,
    cwd: deps.cwd,
    githubToken: settings.githubToken,
    confirm
  })
  const failed = await attemptGate(settings, context)
  await notifyOutcome(settings, context, failed)
  if (failed) err(`error: ${logger.redact(failed.message)}\n`)
  out(logger.redact(renderText(log)) + '\n')
  // Only the value can hold a secret; a short secret must not eat into the names.
  for (const [name, value] of log.outputs()) out(`${name}=${logger.redact(value)}\n`)
  return failed ? failed.exitCode : EXIT.ok
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
