#!/usr/bin/env node
/**
 * The command line: `vllm-cpu-publish <gate> [--input value ...]`. The flags are the action's
 * input names; they go through the same settings parser to the same gates.
 * Exit codes: 0 the gate passed, 1 the gate failed, 2 the command line itself was wrong.
 */
import { realpathSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { runGate } from './gates/registry.js'
import { DecisionLog, GATES } from './report/decisions.js'
import { renderText } from './report/render.js'
import { INPUT_NAMES, parseSettings, type Settings } from './settings.js'
import { ConsoleLogger } from './util/console-logger.js'
import { describeError, GateError } from './util/errors.js'
import { runProcess } from './util/process.js'

/** Exit codes scripts can rely on. */
export const EXIT = { ok: 0, gateFailed: 1, usage: 2 } as const

/** Raised for a command line that cannot be understood. */
export class UsageError extends Error {}

/** Parses argv (without node and script) into input values by action.yml name. */
export function parseArgs(argv: readonly string[]): Map<string, string> {
  const values = new Map<string, string>()
  const known = new Set<string>(INPUT_NAMES)
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
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
  return values
}

/** The usage text. */
export function usage(): string {
  return [
    'Usage: vllm-cpu-publish <gate> [--input value ...]',
    '',
    `Gates: ${GATES.join(', ')}`,
    `Inputs (the action's input names): ${INPUT_NAMES.filter(n => n !== 'gate')
      .map(n => `--${n}`)
      .join(' ')}`,
    '',
    'Exit codes: 0 passed, 1 a gate failed, 2 bad command line or settings.'
  ].join('\n')
}

/** Runs the command line; returns the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h') || argv.length === 0) {
    process.stdout.write(usage() + '\n')
    return argv.length === 0 ? EXIT.usage : EXIT.ok
  }
  const logger = new ConsoleLogger({
    colour: Boolean(process.stderr.isTTY) && !process.env.NO_COLOR,
    verbose: Boolean(process.env.RUNNER_DEBUG)
  })
  let settings: Settings
  try {
    const values = parseArgs(argv)
    settings = parseSettings(name => values.get(name) ?? '')
  } catch (error) {
    process.stderr.write(`error: ${describeError(error)}\n\n${usage()}\n`)
    return EXIT.usage
  }
  const log = new DecisionLog()
  let code: number = EXIT.ok
  try {
    await runGate(settings, { log, logger, runProcess, cwd: process.cwd() })
  } catch (error) {
    const gate = error instanceof GateError ? error.gate : settings.gate
    process.stderr.write(`error: ${gate} gate failed: ${describeError(error)}\n`)
    code = EXIT.gateFailed
  }
  process.stdout.write(renderText(log) + '\n')
  for (const [name, value] of log.outputs()) process.stdout.write(`${name}=${value}\n`)
  return code
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
