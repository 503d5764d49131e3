/**
 * Finding the wheel(s) a gate acts on: a path or glob, relative to the working directory.
 * No match is an error that says where we looked, since every later gate needs a wheel.
 */
import path from 'node:path'
import type { Gate } from '../report/decisions.js'
import { GateError } from '../util/errors.js'
import { globFiles } from '../util/glob.js'

/** Resolves the `wheel` setting to sorted absolute paths of existing `.whl` files. */
export async function resolveWheelPaths(
  pattern: string,
  cwd: string,
  gate: Gate
): Promise<string[]> {
  const matches = await globFiles(pattern, cwd)
  if (matches.length === 0) {
    throw new GateError(
      gate,
      `No wheel matches '${pattern}' (looked in ${cwd}).`,
      'Build the wheel first (gate: build), or point the wheel input at an existing .whl file; ' +
        'on the command line, quote a glob so the shell does not expand it.'
    )
  }
  const notWheels = matches.filter(match => !match.endsWith('.whl'))
  if (notWheels.length > 0) {
    throw new GateError(
      gate,
      `'${pattern}' matches files that are not wheels: ${notWheels.map(f => path.basename(f)).join(', ')}.`,
      "Narrow the wheel input to the .whl files, e.g. 'dist/*.whl'."
    )
  }
  return matches
}
