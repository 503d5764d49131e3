/**
 * Verify's check policy, pure: what the probe of the environment and the outcome of
 * verify-command mean, as one passed, failed or warning decision per check. Computes only on
 * what it is given; the probing and running live in `environment.ts`.
 */
import { describeSignal, type ProbeReport } from '../../python/probe.js'
import type { Decision } from '../../report/decisions.js'
import type { RunResult } from '../../util/process.js'
import { normalizeVersion, publicVersion } from '../../version/pep440.js'

/** Check names: the `target` of each decision verify records. */
export const CHECKS = {
  index: 'test index',
  install: 'install',
  version: 'installed version',
  vllm: 'import vllm',
  command: 'verify-command',
  torch: 'import torch',
  cpu: 'cpu torch',
  together: 'vllm + torch',
  platform: 'vllm platform',
  isa: 'runner cpu'
} as const

/** What to do when vLLM does not detect its CPU platform: the build gate's change. */
export const PLATFORM_HINT =
  "Build the wheel with this action's build gate: it changes vLLM's lookups of its own " +
  'distribution so that a renamed wheel keeps the "cpu" marker the platform detection looks ' +
  'for (README: "Renamed distributions"). A wheel renamed after its build cannot run.'

/** Why vLLM found no CPU platform, from what the probe saw of the installed distributions. */
function platformReason(report: ProbeReport, packageName: string): string {
  const { platform } = report
  const detection =
    'vLLM finds its CPU platform by the version of the installed distribution named vllm ' +
    'containing "cpu" (vllm/platforms/__init__.py, vllm_version_matches_substr)'
  if (platform.vllmDistribution === null) {
    const provider = platform.providers[0] ?? packageName
    return (
      `${detection}, and this wheel is installed as the renamed distribution '${provider}': ` +
      'there is no distribution named vllm, so no platform is detected (and every `vllm` ' +
      "command, whose parser asks for that distribution's version, dies with PackageNotFoundError)"
    )
  }
  if (!platform.vllmDistribution.includes('cpu')) {
    return `${detection}, and the installed vllm is version ${platform.vllmDistribution}, without the marker`
  }
  return `${detection}; the installed vllm is version ${platform.vllmDistribution}`
}

/**
 * The platform check: vLLM, asked in the environment, must detect its CPU platform (a warning
 * instead when `required` is false).
 */
export function evaluatePlatform(
  report: ProbeReport,
  packageName: string,
  required = true
): CheckOutcome {
  const { platform } = report
  if (!report.vllm.imported) {
    return {
      target: CHECKS.platform,
      decision: 'failed',
      reason: 'cannot tell: vllm does not import'
    }
  }
  const name = platform.qualname?.split('.').pop() ?? null
  if (platform.isCpu === true) {
    const kernels = platform.kernels.length
      ? `; compiled kernels loaded: ${platform.kernels.join(', ')}`
      : report.errors.kernels
        ? `; loading the compiled kernels failed: ${report.errors.kernels}`
        : ''
    return {
      target: CHECKS.platform,
      decision: report.errors.kernels ? 'failed' : 'passed',
      reason: `vLLM detected ${name ?? 'the CPU platform'} (device ${platform.deviceType ?? 'cpu'})${kernels}`,
      ...(report.errors.kernels
        ? { hint: "vLLM's compiled kernels must load on the CPU platform; see the error above." }
        : {})
    }
  }
  const detected = report.errors.platform
    ? `asking vLLM for its platform failed: ${report.errors.platform}`
    : `vLLM detected ${name ?? 'no platform'} instead of the CPU platform`
  return {
    target: CHECKS.platform,
    decision: required ? 'failed' : 'warning',
    reason: `${detected}: ${platformReason(report, packageName)}`,
    hint: PLATFORM_HINT
  }
}

/** One check's outcome, as recorded in the log. */
export interface CheckOutcome {
  readonly target: string
  readonly decision: Extract<Decision, 'passed' | 'failed' | 'warning'>
  readonly reason: string
  /** What to do about a failure or warning. */
  readonly hint?: string
}

// Two invalid versions are the same only when their text is.
function sameVersion(a: string, b: string): boolean {
  const normal = normalizeVersion(a)
  return normal === null ? a === b : normal === normalizeVersion(b)
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

/**
 * Turns the probe's answer and the command's outcome into one decision per check. The command's
 * output passes through `redact` whole before a line of it is cut for a reason: a secret cut
 * first would leave a part no redactor knows.
 */
export function evaluateChecks(
  report: ProbeReport,
  command: CommandOutcome,
  expected: { readonly packageName: string; readonly version: string },
  requireCpuTorch: boolean,
  requireCpuPlatform = true,
  redact: (text: string) => string = text => text
): CheckOutcome[] {
  const checks: CheckOutcome[] = []
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
    const output = redact(`${command.result.stdout}\n${command.result.stderr}`)
    const versions = [expectedPublic, ...(vllm.version === null ? [] : [vllm.version])]
    const lines = output
      .split('\n')
      .map(line => line.trim())
      .filter(Boolean)
    // Show the line carrying the version: imports may print warnings around it.
    const versionLine = lines.find(line => versions.some(v => line.includes(v)))
    const lastLine = lines[lines.length - 1] ?? ''
    const printed = versionLine !== undefined
    if (command.result.signal) {
      checks.push({
        target: CHECKS.command,
        decision: 'failed',
        reason: `${commandText} was killed by ${describeSignal(command.result.signal)}: ${lastLine.slice(0, 300)}`,
        hint: "SIGILL means an instruction this runner's CPU lacks: see the runner cpu check."
      })
    } else if (command.result.exitCode !== 0) {
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
  checks.push(evaluatePlatform(report, expected.packageName, requireCpuPlatform))
  return checks
}
