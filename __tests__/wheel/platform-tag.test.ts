import { linuxArchitecture, manylinuxTag } from '../../src/wheel/platform-tag.js'

describe('the platform-tag policy', () => {
  it('takes the architecture of a linux_<arch> tag only', () => {
    expect(linuxArchitecture(['linux_x86_64'])).toBe('x86_64')
    expect(linuxArchitecture(['manylinux_2_28_aarch64', 'linux_aarch64'])).toBe('aarch64')
    expect(linuxArchitecture(['manylinux_2_28_x86_64'])).toBeUndefined()
    expect(linuxArchitecture(['any'])).toBeUndefined()
  })

  it('names the manylinux tag of a glibc version, and none without glibc', () => {
    expect(manylinuxTag('2.36', 'x86_64')).toBe('manylinux_2_36_x86_64')
    expect(manylinuxTag('2.28', 'aarch64')).toBe('manylinux_2_28_aarch64')
    expect(manylinuxTag(null, 'x86_64')).toBeUndefined()
    expect(manylinuxTag('', 'x86_64')).toBeUndefined()
  })
})
