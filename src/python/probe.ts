/**
 * The one Python probe verify runs inside the environment: it reads the installed
 * distribution, imports vllm then torch, and answers in JSON. The script lives here as a string
 * so the bundled action carries it; it runs with `python -I` from an empty directory, so a
 * vLLM source checkout in the workspace can never be imported instead of the installed package.
 */
import type { ProcessRunner, RunResult } from '../util/process.js'
import { PythonToolError, venvEnvironment, type VirtualEnv } from './venv.js'

/** Marks the JSON line among whatever the imports print to stdout. */
export const PROBE_MARKER = '@@vllm-cpu-publish-probe@@'

/** The probe's source. Arguments: mode (`requires` or `check`), distribution name. */
export const PROBE_SCRIPT = String.raw`
import json, os, sys, traceback
import importlib.metadata as md

MARKER = '${PROBE_MARKER}'
mode, name = sys.argv[1], sys.argv[2]
errors = {}

def describe(exc):
    lines = traceback.format_exception_only(type(exc), exc)
    return ''.join(lines).strip()

def real(p):
    return os.path.realpath(p) if p else None

def answer(data):
    data['errors'] = errors
    sys.stdout.write('\n' + MARKER + json.dumps(data) + '\n')
    sys.stdout.flush()

dist = None
try:
    d = md.distribution(name)
    dist = {'name': d.metadata['Name'], 'version': d.version, 'requires': list(d.requires or [])}
except Exception as exc:
    errors['distribution'] = describe(exc)

if mode == 'requires':
    answer({'distribution': dist})
    sys.exit(0)

installed_torch = None
try:
    t = md.distribution('torch')
    installed_torch = {'version': t.version, 'file': real(str(t.locate_file('torch/__init__.py')))}
except Exception as exc:
    errors['torch-distribution'] = describe(exc)

vllm = {'imported': False, 'version': None, 'file': None, 'torchFile': None}
try:
    import vllm as module
    vllm['imported'] = True
    version = getattr(module, '__version__', None)
    vllm['version'] = None if version is None else str(version)
    vllm['file'] = real(getattr(module, '__file__', None))
except BaseException as exc:
    errors['vllm'] = describe(exc)
loaded = sys.modules.get('torch')
if loaded is not None:
    vllm['torchFile'] = real(getattr(loaded, '__file__', None))

torch = {'imported': False, 'version': None, 'cuda': None, 'cudaAvailable': None, 'file': None,
         'distribution': installed_torch}
try:
    import torch as module
    torch['imported'] = True
    torch['version'] = str(getattr(module, '__version__', ''))
    torch['file'] = real(getattr(module, '__file__', None))
    cuda = getattr(getattr(module, 'version', None), 'cuda', None)
    torch['cuda'] = None if cuda is None else str(cuda)
    try:
        torch['cudaAvailable'] = bool(module.cuda.is_available())
    except BaseException as exc:
        errors['torch-cuda'] = describe(exc)
except BaseException as exc:
    errors['torch'] = describe(exc)

# vLLM finds its platform at first use; ask it as vLLM would, then load the compiled kernels
# as its first op would (vllm._custom_ops): a kernel built for instructions this CPU lacks
# kills the process here (SIGILL), which the caller reports by name.
platform = {'qualname': None, 'deviceType': None, 'isCpu': None, 'vllmDistribution': None,
            'providers': [], 'kernels': []}
if vllm['imported']:
    try:
        platform['vllmDistribution'] = md.version('vllm')
    except Exception as exc:
        errors['vllm-distribution'] = describe(exc)
    try:
        platform['providers'] = sorted(set(md.packages_distributions().get('vllm', [])))
    except Exception as exc:
        errors['providers'] = describe(exc)
    try:
        from vllm import platforms as vllm_platforms
        current = vllm_platforms.current_platform
        platform['qualname'] = type(current).__module__ + '.' + type(current).__qualname__
        device = getattr(current, 'device_type', None)
        platform['deviceType'] = None if device is None else str(device)
        is_cpu = getattr(current, 'is_cpu', None)
        platform['isCpu'] = bool(is_cpu()) if callable(is_cpu) else None
    except BaseException as exc:
        errors['platform'] = describe(exc)
    if platform['isCpu']:
        try:
            import importlib
            importlib.import_module('vllm._custom_ops')
        except BaseException as exc:
            errors['kernels'] = describe(exc)
        platform['kernels'] = sorted(n for n in sys.modules if n.startswith('vllm._C'))

answer({'distribution': dist, 'vllm': vllm, 'torch': torch, 'platform': platform})
`

/** The installed distribution as the probe saw it. */
export interface ProbedDistribution {
  readonly name: string
  readonly version: string
  /** Requires-Dist lines, markers included. */
  readonly requires: readonly string[]
}

/** What importing vllm showed. */
export interface ProbedVllm {
  readonly imported: boolean
  readonly version: string | null
  readonly file: string | null
  /** `torch.__file__` of the torch module loaded by `import vllm`, null when it loaded none. */
  readonly torchFile: string | null
}

/** What importing torch showed. */
export interface ProbedTorch {
  readonly imported: boolean
  readonly version: string | null
  /** `torch.version.cuda`: null for a CPU build. */
  readonly cuda: string | null
  readonly cudaAvailable: boolean | null
  readonly file: string | null
  /** The installed torch distribution and where its `torch/__init__.py` lies. */
  readonly distribution: { readonly version: string; readonly file: string | null } | null
}

/** What vLLM said of its platform in the environment. */
export interface ProbedPlatform {
  /** `vllm.platforms.cpu.CpuPlatform`, `vllm.platforms.interface.UnspecifiedPlatform`, ... */
  readonly qualname: string | null
  readonly deviceType: string | null
  /** `current_platform.is_cpu()`. */
  readonly isCpu: boolean | null
  /** Version of the installed distribution named `vllm`; null when there is none. */
  readonly vllmDistribution: string | null
  /** Distributions that provide the `vllm` package (a renamed wheel: not `vllm`). */
  readonly providers: readonly string[]
  /** The compiled kernel modules loaded (`vllm._C`, `vllm._C_AVX2`). */
  readonly kernels: readonly string[]
}

/** The probe's full answer. */
export interface ProbeReport {
  readonly distribution: ProbedDistribution | null
  readonly vllm: ProbedVllm
  readonly torch: ProbedTorch
  readonly platform: ProbedPlatform
  /**
   * Error text by what failed: distribution, vllm, torch, torch-cuda, torch-distribution,
   * vllm-distribution, platform, kernels.
   */
  readonly errors: Readonly<Record<string, string>>
}

type Json = Record<string, unknown>

function object(value: unknown): Json | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Json)
    : null
}

function text(value: unknown): string | null {
  return typeof value === 'string' ? value : null
}

function flag(value: unknown): boolean | null {
  return typeof value === 'boolean' ? value : null
}

function parseDistribution(value: unknown): ProbedDistribution | null {
  const data = object(value)
  if (!data) return null
  const requires = Array.isArray(data.requires)
    ? data.requires.filter((line): line is string => typeof line === 'string')
    : []
  return { name: text(data.name) ?? '', version: text(data.version) ?? '', requires }
}

/** Reads the probe's JSON answer out of its stdout; throws when there is none. */
export function parseProbeOutput(stdout: string): ProbeReport {
  const line = stdout
    .split('\n')
    .reverse()
    .find(l => l.startsWith(PROBE_MARKER))
  if (line === undefined) throw new Error('the probe printed no answer')
  const data = object(JSON.parse(line.slice(PROBE_MARKER.length)))
  if (!data) throw new Error('the probe answered something other than a JSON object')
  const vllm = object(data.vllm) ?? {}
  const torch = object(data.torch) ?? {}
  const torchDist = object(torch.distribution)
  const platform = object(data.platform) ?? {}
  const strings = (value: unknown): string[] =>
    Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []
  const errors: Record<string, string> = {}
  for (const [key, value] of Object.entries(object(data.errors) ?? {})) {
    if (typeof value === 'string') errors[key] = value
  }
  return {
    distribution: parseDistribution(data.distribution),
    vllm: {
      imported: flag(vllm.imported) ?? false,
      version: text(vllm.version),
      file: text(vllm.file),
      torchFile: text(vllm.torchFile)
    },
    torch: {
      imported: flag(torch.imported) ?? false,
      version: text(torch.version),
      cuda: text(torch.cuda),
      cudaAvailable: flag(torch.cudaAvailable),
      file: text(torch.file),
      distribution: torchDist
        ? { version: text(torchDist.version) ?? '', file: text(torchDist.file) }
        : null
    },
    platform: {
      qualname: text(platform.qualname),
      deviceType: text(platform.deviceType),
      isCpu: flag(platform.isCpu),
      vllmDistribution: text(platform.vllmDistribution),
      providers: strings(platform.providers),
      kernels: strings(platform.kernels)
    },
    errors
  }
}

/** The probe was killed by a signal (SIGILL: an instruction this CPU does not have). */
export class ProbeSignalError extends PythonToolError {
  constructor(
    readonly signal: string,
    argv: readonly string[],
    result: RunResult
  ) {
    super(`The verify probe was killed by ${describeSignal(signal)}`, argv, result)
    this.name = 'ProbeSignalError'
  }
}

/** A signal's name with what it means, e.g. `SIGILL (illegal instruction)`. */
export function describeSignal(signal: string): string {
  const meaning: Record<string, string> = {
    SIGILL: 'illegal instruction',
    SIGSEGV: 'segmentation fault',
    SIGBUS: 'bus error',
    SIGFPE: 'arithmetic error',
    SIGABRT: 'abort',
    SIGKILL: 'killed, often for lack of memory',
    SIGTRAP: 'trap'
  }
  return meaning[signal] ? `${signal} (${meaning[signal]})` : signal
}

async function runProbe(
  venv: VirtualEnv,
  mode: 'requires' | 'check',
  name: string,
  workDir: string,
  run: ProcessRunner
): Promise<ProbeReport> {
  const args = ['-I', '-c', PROBE_SCRIPT, mode, name]
  const shown = [venv.python, '-I', '-c', '<probe>', mode, name]
  let result: RunResult | null = null
  try {
    result = await run(venv.python, args, { ...venvEnvironment(venv), cwd: workDir })
  } catch (error) {
    throw new PythonToolError(
      `The verify probe (${mode}) could not run: ${(error as Error).message}`,
      shown,
      null
    )
  }
  if (result.signal) throw new ProbeSignalError(result.signal, shown, result)
  try {
    return parseProbeOutput(result.stdout)
  } catch (error) {
    throw new PythonToolError(
      `The verify probe (${mode}) failed: ${(error as Error).message}`,
      shown,
      result
    )
  }
}

/** Reads the installed distribution (name, version, Requires-Dist) without importing it. */
export async function probeDistribution(
  venv: VirtualEnv,
  name: string,
  workDir: string,
  run: ProcessRunner
): Promise<ProbedDistribution | null> {
  return (await runProbe(venv, 'requires', name, workDir, run)).distribution
}

/** Runs every import check of the probe in one interpreter. */
export async function probeEnvironment(
  venv: VirtualEnv,
  name: string,
  workDir: string,
  run: ProcessRunner
): Promise<ProbeReport> {
  return runProbe(venv, 'check', name, workDir, run)
}
