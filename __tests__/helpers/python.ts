/**
 * The Python that tests drive for real: the .venv made by scripts/test.sh
 * (packaging, pypiserver, twine, build, uv), or TEST_PYTHON when set; and where tests that
 * install the real PyTorch CPU build take it and its dependencies from.
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'

/** Path of the test virtual environment's python. */
export function testPython(): string {
  const fromEnv = process.env.TEST_PYTHON
  if (fromEnv) return fromEnv
  const local = path.resolve('.venv/bin/python')
  if (existsSync(local)) return local
  throw new Error('No test Python: run `npm test` (it creates .venv) or set TEST_PYTHON')
}

/** Runs the test Python with arguments (and optional stdin); throws with stderr on failure. */
export function runPython(args: string[], input?: string): string {
  const result = spawnSync(testPython(), args, {
    input,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024
  })
  if (result.status !== 0) {
    throw new Error(`python ${args.join(' ')} failed (${result.status}): ${result.stderr}`)
  }
  return result.stdout
}

let sources: string[] | null = null

/**
 * Where the real torch==2.13.0 (CPU) and its dependencies come from, decided in one place
 * (scripts/pip-sources.py): the sources of this machine's pip configuration (its find-links
 * and extra indexes) where it has them, else PyPI and PyTorch's CPU index, as on a
 * GitHub-hosted runner. No test names a directory of this machine.
 */
export function dependencySources(): string[] {
  sources ??= runPython([path.resolve('scripts/pip-sources.py')])
    .trim()
    .split(/\s+/)
  return [...sources]
}
