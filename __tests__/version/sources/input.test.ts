/** The version input as a source: taken as written, trimmed; absent when empty. */
import { describe, expect, it } from '@jest/globals'
import { inputSource } from '../../../src/version/sources/input.js'
import { detectOptions, fakePorts } from '../../helpers/detect.js'

describe('inputSource', () => {
  it('takes the input as written, without surrounding whitespace, and asks no port', async () => {
    const outcome = await inputSource.detect(detectOptions({ input: ' V0.6.3 ' }), fakePorts())
    expect(outcome).toEqual({ found: true, version: 'V0.6.3', detail: 'the version input' })
  })

  it('has nothing when the input is empty or blank', async () => {
    for (const input of ['', '  \t']) {
      const outcome = await inputSource.detect(detectOptions({ input }), fakePorts())
      expect(outcome).toEqual({ found: false, reason: 'the version input is not set' })
    }
  })
})
