import { parseWheelFilename } from '../../src/wheel/filename.js'
import {
  NormalizeError,
  planRewrite,
  retagPlatform,
  wheelNameComponent
} from '../../src/wheel/rewrite.js'

const METADATA = Buffer.from(
  'Metadata-Version: 2.1\r\nName: vllm\r\nVersion: 0.6.3+cpu\r\n\r\nBody says Version: 9.9\r\n'
)
const WHEEL = Buffer.from(
  'Wheel-Version: 1.0\nRoot-Is-Purelib: false\nTag: cp311-cp311-linux_x86_64\n'
)
const FILENAME = parseWheelFilename('vllm-0.6.3+cpu-cp311-cp311-linux_x86_64.whl')
const DIST = 'vllm-0.6.3+cpu.dist-info'
const NAMES = [
  'vllm/__init__.py',
  `${DIST}/METADATA`,
  `${DIST}/WHEEL`,
  `${DIST}/RECORD`,
  `${DIST}/RECORD.jws`,
  'vllm-0.6.3+cpu.data/scripts/helper'
]

describe('retagPlatform and wheelNameComponent', () => {
  it('replaces only a plain linux tag, and only with one for the same architecture', () => {
    expect(retagPlatform('linux_x86_64', 'manylinux_2_28_x86_64')).toBe('manylinux_2_28_x86_64')
    expect(() => retagPlatform('linux_aarch64', 'manylinux_2_28_x86_64')).toThrow(NormalizeError)
    expect(retagPlatform('manylinux_2_17_x86_64', 'manylinux_2_28_x86_64')).toBe(
      'manylinux_2_17_x86_64'
    )
    expect(retagPlatform('linux_x86_64', undefined)).toBe('linux_x86_64')
    expect(wheelNameComponent('vllm-cpu.AVX512')).toBe('vllm_cpu_avx512')
  })
})

describe('planRewrite', () => {
  it('renames, strips the local label and retags everywhere, keeping line ends and the body', () => {
    const plan = planRewrite(FILENAME, DIST, METADATA, WHEEL, NAMES, {
      name: 'vllm-cpu',
      platformTag: 'manylinux_2_28_x86_64'
    })
    expect(plan.filename).toBe('vllm_cpu-0.6.3-cp311-cp311-manylinux_2_28_x86_64.whl')
    expect(plan.distInfo).toBe('vllm_cpu-0.6.3.dist-info')
    expect(plan.metadata.toString()).toBe(
      'Metadata-Version: 2.1\r\nName: vllm-cpu\r\nVersion: 0.6.3\r\n\r\nBody says Version: 9.9\r\n'
    )
    expect(plan.wheel.toString()).toBe(
      'Wheel-Version: 1.0\nRoot-Is-Purelib: false\nTag: cp311-cp311-manylinux_2_28_x86_64\n'
    )
    expect(plan.changes).toEqual([
      'name vllm -> vllm-cpu',
      'version 0.6.3+cpu -> 0.6.3',
      'platform tag linux_x86_64 -> manylinux_2_28_x86_64',
      'dist-info vllm-0.6.3+cpu.dist-info -> vllm_cpu-0.6.3.dist-info',
      'filename vllm-0.6.3+cpu-cp311-cp311-linux_x86_64.whl -> vllm_cpu-0.6.3-cp311-cp311-manylinux_2_28_x86_64.whl',
      `dropped ${DIST}/RECORD.jws (it signed the old RECORD)`
    ])
    expect(plan.dropped).toEqual([`${DIST}/RECORD.jws`])
    expect(plan.rename(`${DIST}/WHEEL`)).toBe('vllm_cpu-0.6.3.dist-info/WHEEL')
    expect(plan.rename('vllm-0.6.3+cpu.data/scripts/helper')).toBe(
      'vllm_cpu-0.6.3.data/scripts/helper'
    )
    expect(plan.rename('vllm/__init__.py')).toBe('vllm/__init__.py')
  })

  it('plans nothing for a wheel that is already right', () => {
    const filename = parseWheelFilename('vllm-0.6.3-cp311-cp311-manylinux_2_28_x86_64.whl')
    const metadata = Buffer.from('Metadata-Version: 2.1\nName: vllm\nVersion: 0.6.3\n')
    const wheel = Buffer.from('Wheel-Version: 1.0\nTag: cp311-cp311-manylinux_2_28_x86_64\n')
    const plan = planRewrite(filename, 'vllm-0.6.3.dist-info', metadata, wheel, [], {
      platformTag: 'manylinux_2_28_x86_64'
    })
    expect(plan.changes).toEqual([])
    expect(plan.metadata.equals(metadata)).toBe(true)
    expect(plan.wheel.equals(wheel)).toBe(true)
  })

  it('refuses an invalid name', () => {
    expect(() =>
      planRewrite(FILENAME, DIST, METADATA, WHEEL, NAMES, { name: 'bad name!' })
    ).toThrow(/'bad name!' is not a valid distribution name/)
  })
})
