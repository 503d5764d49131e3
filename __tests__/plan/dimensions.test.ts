/**
 * The plan's dimensions as settings read them: python-versions (3.X or abi3), platforms,
 * runner labels over their defaults, and a version list that only gate: plan takes.
 */
import { describe, expect, it } from '@jest/globals'
import {
  parsePlatforms,
  parsePythonVersions,
  parseRunnerLabels,
  parseVersions
} from '../../src/plan/dimensions.js'
import { parseSettings } from '../../src/settings.js'
import { GateError } from '../../src/util/errors.js'

const settings = (values: Record<string, string>) => parseSettings(name => values[name] ?? '')

describe('python-versions', () => {
  it('maps 3.X to cpXY-cpXY and abi3 to the cp38-abi3 wheel vLLM builds (with 3.12)', () => {
    expect(parsePythonVersions('3.10, 3.13 abi3')).toEqual([
      { name: '3.10', pythonTag: 'cp310', abiTag: 'cp310', buildPython: '3.10' },
      { name: '3.13', pythonTag: 'cp313', abiTag: 'cp313', buildPython: '3.13' },
      { name: 'abi3', pythonTag: 'cp38', abiTag: 'abi3', buildPython: '3.12' }
    ])
  })

  it.each(['3', '312', 'cp312', '2.7', '3.12.1', 'abi4'])('refuses %s', value => {
    expect(() => parsePythonVersions(value)).toThrow(/Invalid python-versions entry/)
  })

  it('refuses a version listed twice', () => {
    expect(() => parsePythonVersions('3.12 3.12')).toThrow("python-versions lists '3.12' twice")
  })

  it('defaults to abi3 in settings', () => {
    expect(settings({ gate: 'plan' }).pythonVersions.map(p => p.name)).toEqual(['abi3'])
  })
})

describe('platforms and runner-labels', () => {
  it('defaults to both architectures on GitHub-hosted runners', () => {
    const parsed = settings({ gate: 'plan' })
    expect(parsed.platforms).toEqual(['x86_64', 'aarch64'])
    expect(parsed.runnerLabels).toEqual({ x86_64: 'ubuntu-latest', aarch64: 'ubuntu-24.04-arm' })
  })

  it('overrides only the platforms a pair names', () => {
    expect(parseRunnerLabels('aarch64=self-hosted-arm')).toEqual({
      x86_64: 'ubuntu-latest',
      aarch64: 'self-hosted-arm'
    })
  })

  it('refuses a label without its platform and a platform name uname would not print', () => {
    expect(() => parseRunnerLabels('ubuntu-latest')).toThrow(/Expected PLATFORM=LABEL/)
    expect(() => parsePlatforms('x86-64')).toThrow(/Invalid platforms entry 'x86-64'/)
  })
})

describe('version', () => {
  it('takes several versions for plan only', () => {
    expect(parseVersions('0.17.0 0.16.0,0.15.1', true)).toEqual(['0.17.0', '0.16.0', '0.15.1'])
    expect(settings({ gate: 'plan', version: '0.17.0 0.16.0' }).versions).toEqual([
      '0.17.0',
      '0.16.0'
    ])
    let error: unknown = null
    try {
      settings({ gate: 'build', version: '0.17.0 0.16.0' })
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(GateError)
    expect((error as GateError).message).toBe(
      "version '0.17.0 0.16.0' names 2 versions, but only gate: plan takes several."
    )
  })

  it('keeps one version as given for every gate', () => {
    const parsed = settings({ gate: 'build', version: '0.6.3' })
    expect(parsed.version).toBe('0.6.3')
    expect(parsed.versions).toEqual(['0.6.3'])
    expect(() => settings({ gate: 'plan', version: '0.17.0 nope' })).toThrow(
      "Invalid version 'nope'"
    )
  })
})
