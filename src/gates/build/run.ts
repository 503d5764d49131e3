/**
 * Running the build once: the build command with the variant's environment and the compiler
 * cache, its output streamed to the log line by line, and the one wheel it produced found in
 * {outdir} or vllm-source/dist.
 */
import path from 'node:path'
import { buildArgv } from '../../build/command.js'
import type { CacheStore } from '../../store/ports.js'
import { GateError } from '../../util/errors.js'
import type { Logger } from '../../util/logger.js'
import { ProcessStartError, type ProcessRunner } from '../../util/process.js'
import { restoreCompilerCache, saveCompilerCache } from './ccache.js'
import { wheelsIn } from './files.js'
import type { BuildPlan } from './plan.js'

/** Runs a program with its output streamed to the logger line by line. */
async function runStreaming(
  run: ProcessRunner,
  logger: Logger,
  argv: readonly string[],
  cwd: string,
  env: Record<string, string>
): Promise<{ exitCode: number; tail: string[] }> {
  const tail: string[] = []
  const partial = { stdout: '', stderr: '' }
  const emit = (line: string): void => {
    logger.info(line)
    tail.push(line)
    if (tail.length > 30) tail.shift()
  }
  const [command, ...args] = argv as [string, ...string[]]
  let result
  try {
    result = await run(command, args, {
      cwd,
      env,
      onOutput(chunk, stream) {
        const lines = (partial[stream] + chunk).split(/\r?\n/)
        partial[stream] = lines.pop() ?? ''
        lines.forEach(emit)
      }
    })
  } catch (error) {
    if (error instanceof ProcessStartError) {
      throw new GateError(
        'build',
        `The build command could not be started: ${error.message}`,
        'Check build-command and python: the program must exist on the runner.'
      )
    }
    throw error
  }
  for (const rest of [partial.stdout, partial.stderr]) if (rest) emit(rest)
  return { exitCode: result.exitCode, tail }
}

/**
 * Builds the plan's wheel with `python` into `outDir` (or vllm-source/dist, when the command
 * does not write to {outdir}); returns the wheel's path or throws GateError.
 */
export async function buildOnce(
  p: BuildPlan,
  python: string,
  run: ProcessRunner,
  cache: CacheStore,
  logger: Logger,
  outDir: string
): Promise<string> {
  const argv = buildArgv(p.commandText, python, outDir)
  const env: Record<string, string> = { ...p.env }
  const compilerCache = await restoreCompilerCache(p, run, cache, env, logger)
  const started = Date.now() - 1000
  let outcome
  try {
    outcome = await logger.group(
      `Building ${p.distribution} ${p.target.version} (${p.variant.name}, ${p.python.tag}, ${p.python.arch})`,
      async () => {
        logger.info(`$ ${argv.join(' ')}`)
        logger.info(
          `environment: ${Object.entries(env)
            .map(([k, v]) => `${k}=${v}`)
            .join(' ')}`
        )
        return runStreaming(run, logger, argv, p.sourceDir, env)
      }
    )
  } finally {
    // a failed build's objects still save the next attempt most of its work
    await saveCompilerCache(compilerCache, cache)
  }
  if (outcome.exitCode !== 0) {
    throw new GateError(
      'build',
      `The build of ${p.variant.name} failed (exit code ${outcome.exitCode}). Last lines:\n` +
        outcome.tail.join('\n'),
      'Read the build log group above. vLLM CPU builds need gcc >= 12.3, cmake, ninja, and ' +
        "vLLM's CPU build requirements installed in the build's python: requirements/build/cpu.txt " +
        '(requirements/cpu-build.txt or requirements-cpu.txt in older releases), with torch from ' +
        'https://download.pytorch.org/whl/cpu.'
    )
  }
  const wheels = argv.some(a => a.includes(outDir))
    ? await wheelsIn(outDir)
    : await wheelsIn(path.join(p.sourceDir, 'dist'), started)
  if (wheels.length !== 1) {
    throw new GateError(
      'build',
      `The build finished but produced ${wheels.length} wheels, expected one` +
        (wheels.length ? `: ${wheels.map(w => path.basename(w)).join(', ')}` : '.'),
      'Let the build command write its wheel to {outdir} (e.g. --outdir {outdir}), or to ' +
        'vllm-source/dist.'
    )
  }
  return wheels[0] as string
}
