/**
 * Which version of a distribution an interpreter has installed, asked through
 * `importlib.metadata` in that interpreter: the real adapter behind the `installed` version
 * source (src/version/sources/installed.ts).
 */
import { ProcessStartError, type ProcessRunner } from '../util/process.js'
import type { InstalledAnswer } from '../version/types.js'

// The distribution name arrives as argv, never inside the code; the current directory is
// dropped from sys.path so that a checkout there cannot stand in for the installed copy.
const INSTALLED_SCRIPT = `
import json, sys
sys.path[:] = [p for p in sys.path if p]
from importlib import metadata
try:
    found = {"version": metadata.version(sys.argv[1])}
except metadata.PackageNotFoundError:
    found = {"missing": True}
print(json.dumps(found))
`

const lastLine = (text: string): string => text.trim().split('\n').pop()?.trim() ?? ''

function readAnswer(stdout: string): { readonly version?: unknown } | null {
  try {
    const answer: unknown = JSON.parse(lastLine(stdout))
    return typeof answer === 'object' && answer !== null ? answer : null
  } catch {
    return null
  }
}

/** Asks `python` for the installed version of `distribution`; never throws for a bad interpreter. */
export async function probeInstalledVersion(
  run: ProcessRunner,
  python: string,
  distribution: string
): Promise<InstalledAnswer> {
  let result
  try {
    result = await run(python, ['-c', INSTALLED_SCRIPT, distribution])
  } catch (error) {
    if (error instanceof ProcessStartError) return { status: 'no-python' }
    throw error
  }
  const answer = result.exitCode === 0 ? readAnswer(result.stdout) : null
  if (answer === null) {
    return { status: 'failed', reason: lastLine(result.stderr) || `exit code ${result.exitCode}` }
  }
  if (typeof answer.version !== 'string') return { status: 'not-installed' }
  return { status: 'installed', version: answer.version }
}
