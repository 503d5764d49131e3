import {
  buildArgv,
  buildEnvironment,
  DEFAULT_BUILD_COMMAND,
  pretendVersionVariable,
  splitShellWords,
  targetVersion
} from '../../src/build/command.js'
import { BUILTIN_VARIANTS, findVariant } from '../../src/build/variants.js'
import { GateError } from '../../src/util/errors.js'

describe('splitShellWords', () => {
  it('splits like a shell: quotes, escapes, runs of blanks', () => {
    expect(splitShellWords(`python  -m build 'a b' "c \\"d\\"" e\\ f ''`)).toEqual([
      'python',
      '-m',
      'build',
      'a b',
      'c "d"',
      'e f',
      ''
    ])
  })
  it('refuses shell syntax, open quotes and empty text', () => {
    for (const text of ['a | b', 'a > log', 'a; b', 'echo $HOME', "a 'b", '   ']) {
      expect(() => splitShellWords(text)).toThrow(GateError)
    }
  })
})

describe('buildArgv', () => {
  it('fills in {python} and {outdir} in the default command', () => {
    expect(buildArgv(DEFAULT_BUILD_COMMAND, '/py/bin/python3', '/tmp/out dir')).toEqual([
      '/py/bin/python3',
      '-m',
      'build',
      '--wheel',
      '--no-isolation',
      '--outdir',
      '/tmp/out dir'
    ])
  })
})

describe('targetVersion', () => {
  it('drops a local label and appends .postN / .devN', () => {
    expect(targetVersion('0.6.3+cpu', '')).toEqual({ version: '0.6.3', droppedLocal: 'cpu' })
    expect(targetVersion('v0.6.3', '.post2')).toEqual({
      version: '0.6.3.post2',
      droppedLocal: null
    })
    expect(targetVersion('0.7.0rc1', '.dev1').version).toBe('0.7.0rc1.dev1')
  })
  it('refuses other suffixes and impossible combinations with a clear error', () => {
    for (const suffix of ['+cpu', 'post1', '.post', '.rc1', '.post01', '-1']) {
      expect(() => targetVersion('0.6.3', suffix)).toThrow(/only \.postN or \.devN/)
    }
    expect(() => targetVersion('0.6.3.post1', '.post2')).toThrow(/not a PEP 440 version/)
    expect(() => targetVersion('banana', '')).toThrow(GateError)
  })
})

describe('buildEnvironment', () => {
  it('sets the target device, the variant flags and the version for setuptools-scm and vLLM', () => {
    const env = buildEnvironment(findVariant(BUILTIN_VARIANTS, 'vllm-cpu-amxbf16'), '0.6.3.post1')
    expect(env).toEqual({
      VLLM_CPU_AVX512VNNI: '1',
      VLLM_CPU_AVX512BF16: '1',
      VLLM_CPU_AMXBF16: '1',
      VLLM_TARGET_DEVICE: 'cpu',
      SETUPTOOLS_SCM_PRETEND_VERSION: '0.6.3.post1',
      VLLM_VERSION_OVERRIDE: '0.6.3.post1',
      SETUPTOOLS_SCM_PRETEND_VERSION_FOR_VLLM: '0.6.3.post1',
      SETUPTOOLS_SCM_PRETEND_VERSION_FOR_VLLM_CPU_AMXBF16: '0.6.3.post1'
    })
  })
  it('keeps VLLM_TARGET_DEVICE=cpu even when a variant row says otherwise', () => {
    const env = buildEnvironment(
      { ...BUILTIN_VARIANTS[0]!, env: { VLLM_TARGET_DEVICE: 'cuda' } },
      '1.0'
    )
    expect(env.VLLM_TARGET_DEVICE).toBe('cpu')
    expect(pretendVersionVariable('vllm.cpu-x')).toBe(
      'SETUPTOOLS_SCM_PRETEND_VERSION_FOR_VLLM_CPU_X'
    )
  })
})
