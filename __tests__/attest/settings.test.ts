/** The attestations input: auto (the default) is null, true and false as given, else an error. */
import { describe, expect, it } from '@jest/globals'
import { parseSettings } from '../../src/settings.js'

function attestations(value: string | undefined) {
  return parseSettings(name =>
    name === 'gate' ? 'publish' : name === 'attestations' ? (value ?? '') : ''
  ).attestations
}

describe('attestations input', () => {
  it('defaults to auto (decided by the publish gate per index)', () => {
    expect(attestations(undefined)).toBeNull()
    expect(attestations('auto')).toBeNull()
  })
  it('takes true and false', () => {
    expect(attestations('true')).toBe(true)
    expect(attestations('false')).toBe(false)
  })
  it('refuses anything else', () => {
    expect(() => attestations('sometimes')).toThrow(/attestations/)
  })
})
